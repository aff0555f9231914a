// /api/municipalities: the 290 municipalities with what the archive holds about each.
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse, requireRead, router } from '../http.js';
import { MORE_EVIDENCE, memberships } from '../compare.js';
import { notFound } from '../problem.js';
import { getMunicipality, listMunicipalities, WAVE_EVIDENCE } from '../queries.js';
import { CommitmentSchema } from './commitments.js';
import { MunicipalitiesQuery, MunicipalityQuery } from '../schemas.js';
import { PersonSummarySchema } from './people.js';

const Summary = z.object({
  name: z.string(), code: z.string(), county: z.string(),
  documents: z.number().int(), people: z.number().int(), commitments: z.number().int(),
}).openapi('MunicipalitySummary');

const Detail = z.object({
  name: z.string(), code: z.string(), county: z.string(), countyCode: z.string(),
  waves: z.array(z.object({
    wave: z.number().int(),
    mentions: z.number().int().openapi({ description: 'How many spans in the archive place the municipality in this wave' }),
    evidence: z.array(z.object({ documentId: z.string(), documentTitle: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
      sentence: z.string().openapi({ description: 'The sentence the span stands in' }), start: z.number().int(), end: z.number().int(), page: z.number().int() }))
      .openapi({ description: `The first ${WAVE_EVIDENCE} spans archived for this wave` }),
  })).openapi({ description: 'One entry per wave number' }),
  people: z.array(PersonSummarySchema),
  commitments: z.array(CommitmentSchema).openapi({ description: 'One page (commitmentsLimit, commitmentsOffset), in date order' }),
  commitmentsTotal: z.number().int().openapi({ description: 'All commitments of the municipality' }),
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
    kind: z.string().nullable(), mentions: z.number().int() })).openapi({ description: 'One page (documentsLimit, documentsOffset) of the documents that mention the municipality, newest first' }),
  documentsTotal: z.number().int().openapi({ description: 'All documents that mention the municipality' }),
  programmes: z.array(z.object({ programme: z.string(), name: z.string(), cohort: z.string().nullable(), since: z.string().nullable(),
    evidence: z.string().openapi({ description: 'The record that shows it: /api/records/{evidence}' }), more: z.array(z.string()).openapi({ description: `Other records that say the same, at most ${MORE_EVIDENCE}` }),
    evidenceCount: z.number().int().openapi({ description: 'How many records show it in all' }) }))
    .openapi({ description: 'Programmes and networks the documents show it in (src/programmes.ts), each with its evidence' }),
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
  summary: 'One municipality by name (case-insensitive) or SCB code: waves with evidence, people, and a page each of commitments and documents (with their totals)',
  request: { params: z.object({ nameOrCode: z.string().min(1).max(100).openapi({ example: 'Karlstad' }) }), query: MunicipalityQuery },
  responses: { 200: { description: 'The municipality', content: { 'application/json': { schema: Detail } } }, 404: problemResponse('No such municipality') },
});

export const municipalitiesRoutes = router()
  .openapi(list, async (c) => c.json(await listMunicipalities(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(one, async (c) => {
    const q = c.req.valid('query');
    const m = await getMunicipality(c.var.archive.storage.db.db, c.req.valid('param').nameOrCode, {
      documents: { limit: q.documentsLimit, offset: q.documentsOffset }, commitments: { limit: q.commitmentsLimit, offset: q.commitmentsOffset },
    });
    if (!m) throw notFound(`No Swedish municipality is called or numbered "${c.req.valid('param').nameOrCode}".`);
    const programmes = (await memberships(c.var.archive.storage.db.db, m.code)).get(m.code) ?? [];
    return c.json({ ...m, programmes }, 200);
  });
