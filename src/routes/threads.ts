// /api/threads: the commitments of one actor about one object across documents, in order; and the comparison
// table of municipalities (/api/municipalities.csv and .json), every cell with its evidence.
import { createRoute, z } from '@hono/zod-openapi';
import { compareCsv, compareRows, MORE_EVIDENCE } from '../compare.js';
import { problemResponse, requireRead, router } from '../http.js';
import { notFound } from '../problem.js';
import { PROGRAMMES } from '../programmes.js';
import { MunicipalityRef, Pagination, Party } from '../schemas.js';
import { getThread, listThreads } from '../threads.js';
import { CommitmentSchema } from './commitments.js';

const Summary = z.object({
  id: z.string().openapi({ example: '0360:klimatkommunerna' }), actor: z.string(), municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
  party: z.string().nullable(), object: z.string(), steps: z.number().int(), first: z.string().nullable(), last: z.string().nullable(),
  latest: z.object({ recordId: z.string(), type: z.string(), strength: z.string().nullable(), documentId: z.string() }),
}).openapi('Thread');

const list = createRoute({
  method: 'get', path: '/threads', tags: ['threads'], middleware: [requireRead] as const,
  summary: 'Threads: the commitments of one actor about one object across documents, latest first',
  request: { query: z.object({ ...Pagination, municipality: MunicipalityRef.optional(), party: Party.optional(),
    object: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/).optional().openapi({ example: 'klimatkommunerna' }) }) },
  responses: { 200: { description: 'Threads', content: { 'application/json': { schema: z.object({ items: z.array(Summary), total: z.number().int() }) } } },
    400: problemResponse('Invalid query parameter') },
});

const one = createRoute({
  method: 'get', path: '/threads/{id}', tags: ['threads'], middleware: [requireRead] as const,
  summary: 'One thread: every step in order (proposed → answered or decided → signed → revised), each with its evidence',
  request: { params: z.object({ id: z.string().min(3).max(300) }) },
  responses: { 200: { description: 'The thread', content: { 'application/json': { schema: Summary.extend({ items: z.array(CommitmentSchema) }) } } },
    404: problemResponse('No such thread') },
});

const Cell = (value: z.ZodType) => z.object({ value, evidence: z.string().nullable().openapi({ description: 'The record: /api/records/{evidence}' }) });
const Row = z.object({
  code: z.string(), name: z.string(), county: z.string(),
  programmes: z.array(z.object({ programme: z.string(), name: z.string(), cohort: z.string().nullable(), since: z.string().nullable(),
    evidence: z.string(), more: z.array(z.string()).openapi({ description: `Other records that say the same, at most ${MORE_EVIDENCE} (as on the municipality's page)` }),
    evidenceCount: z.number().int().openapi({ description: 'How many records show it in all' }) })),
  climateNeutralYear: Cell(z.number().int().nullable()),
  reduction: Cell(z.object({ percent: z.number(), baselineYear: z.number().int().nullable(), targetYear: z.number().int().nullable() }).nullable()),
  documents: z.number().int(), people: z.number().int(), commitments: z.number().int(),
  newestEvidence: z.object({ date: z.string().nullable(), documentId: z.string().nullable() }),
}).openapi('ComparisonRow');

const csv = createRoute({
  method: 'get', path: '/municipalities.csv', tags: ['municipalities'], middleware: [requireRead] as const,
  summary: 'The comparison table: one row per municipality with documents (programmes and since when, earliest climate-neutrality year, latest reduction target, counts, newest evidence), every cell with the URL of its evidence; UTF-8 with BOM, CRLF',
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
});

const json = createRoute({
  method: 'get', path: '/municipalities.json', tags: ['municipalities'], middleware: [requireRead] as const,
  summary: 'The comparison table as JSON, with the programme table it refers to',
  responses: { 200: { description: 'Rows', content: { 'application/json': { schema: z.object({ items: z.array(Row), programmes: z.array(z.any()) }) } } } },
});

const stamp = () => new Date().toISOString().slice(0, 10);

export const threadsRoutes = router()
  .openapi(list, async (c) => c.json(await listThreads(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(one, async (c) => {
    const t = await getThread(c.var.archive.storage.db.db, c.req.valid('param').id);
    if (!t) throw notFound(`No thread ${c.req.valid('param').id}.`);
    return c.json(t, 200);
  })
  .openapi(csv, async (c) => c.body(compareCsv(await compareRows(c.var.archive.storage.db.db), new URL(c.req.url).origin), 200, {
    'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="kommunarkiv-kommuner-${stamp()}.csv"`,
  }))
  .openapi(json, async (c) => c.json({ items: await compareRows(c.var.archive.storage.db.db), programmes: [...PROGRAMMES] }, 200));
