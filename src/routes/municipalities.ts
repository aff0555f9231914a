// /api/municipalities: the 290 municipalities with what the archive holds about each.
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse, requireRead, router } from '../http.js';
import { notFound } from '../problem.js';
import { getMunicipality, listMunicipalities } from '../queries.js';
import { CommitmentSchema } from './commitments.js';
import { Pagination } from './documents.js';
import { PersonSummarySchema } from './people.js';

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const MunicipalitiesQuery = z.object({
  ...Pagination,
  all: Flag.optional().openapi({ description: 'true: all 290 municipalities, not only those with documents' }),
  q: z.string().min(1).max(100).optional().openapi({ description: 'Part of the name or county, or a code' }),
});

const Summary = z.object({
  name: z.string(), code: z.string(), county: z.string(),
  documents: z.number().int(), people: z.number().int(), commitments: z.number().int(),
}).openapi('MunicipalitySummary');

const Detail = z.object({
  name: z.string(), code: z.string(), county: z.string(), countyCode: z.string(),
  waves: z.array(z.object({ wave: z.number().int(), documentId: z.string(), documentTitle: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
    evidence: z.string(), start: z.number().int(), end: z.number().int(), page: z.number().int() })),
  people: z.array(PersonSummarySchema),
  commitments: z.array(CommitmentSchema),
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
    kind: z.string().nullable(), mentions: z.number().int() })),
}).openapi('Municipality');

const list = createRoute({
  method: 'get', path: '/', tags: ['municipalities'], middleware: [requireRead] as const,
  summary: 'Municipalities with counts of documents, people and commitments (by default only those with documents)',
  request: { query: MunicipalitiesQuery },
  responses: { 200: { description: 'A page of municipalities in Swedish alphabetical order', content: { 'application/json': {
    schema: z.object({ items: z.array(Summary), total: z.number().int() }) } } }, 400: problemResponse('Invalid query parameter') },
});

const one = createRoute({
  method: 'get', path: '/{nameOrCode}', tags: ['municipalities'], middleware: [requireRead] as const,
  summary: 'One municipality by name (case-insensitive) or SCB code: waves with evidence, people, commitments, documents',
  request: { params: z.object({ nameOrCode: z.string().min(1).max(100).openapi({ example: 'Karlstad' }) }) },
  responses: { 200: { description: 'The municipality', content: { 'application/json': { schema: Detail } } }, 404: problemResponse('No such municipality') },
});

export const municipalitiesRoutes = router()
  .openapi(list, async (c) => c.json(await listMunicipalities(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(one, async (c) => {
    const m = await getMunicipality(c.var.archive.storage.db.db, c.req.valid('param').nameOrCode);
    if (!m) throw notFound(`No Swedish municipality is called or numbered "${c.req.valid('param').nameOrCode}".`);
    return c.json(m, 200);
  });
