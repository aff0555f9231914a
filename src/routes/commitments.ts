// /api/commitments (+ .csv, .json): who committed to what and when, in date order.
import { createRoute, z } from '@hono/zod-openapi';
import { requireRead, router, problemResponse } from '../http.js';
import { COMMITMENT_TYPES, commitmentsCsv, listCommitments } from '../queries.js';
import { CommitmentsExportQuery as ExportQuery, CommitmentsQuery, ListingTotal, ReviewInfoSchema } from '../schemas.js';

export const CommitmentSchema = z.object({
  id: z.string().openapi({ description: 'The stable record id: /api/records/{id}' }), actor: z.string(), type: z.enum(COMMITMENT_TYPES), what: z.string(), when: z.string().nullable(),
  evidence: z.string().openapi({ description: 'The sentence it stands in: text.slice(start, end) of the document' }),
  documentId: z.string(), documentTitle: z.string().nullable(), filename: z.string(), start: z.number().int(), end: z.number().int(), page: z.number().int(),
  published: z.string().nullable(), party: z.string().nullable(), municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
  rule: z.string().nullable().openapi({ description: 'The extractor rule that found it (a stable id)' }),
  ruleDescription: z.string().nullable().openapi({ description: 'What that rule reads, in plain English' }),
  strength: z.enum(['proposed', 'decided', 'signed', 'stated', 'answered']).nullable().openapi({ description: 'How firm: proposed, decided, signed, stated or answered' }),
  object: z.string().nullable().openapi({ description: 'A normalised key of what is committed to', example: 'klimatkontrakt-2030' }),
  targetYear: z.number().int().nullable(), baselineYear: z.number().int().nullable(), reductionPercent: z.number().nullable(),
  scope: z.enum(['organisation', 'area']).nullable().openapi({ description: "The municipality's own operations, or the whole area" }),
  review: ReviewInfoSchema,
  thread: z.string().nullable().openapi({ description: 'The thread it is a step of: /api/threads/{thread}', example: '0360:klimatkommunerna' }),
}).openapi('Commitment');

const ListResponse = z.object({ items: z.array(CommitmentSchema), ...ListingTotal });

const list = createRoute({
  method: 'get', path: '/commitments', tags: ['commitments'], middleware: [requireRead] as const,
  summary: 'Commitments, ordered by when (else the document\'s published date)', request: { query: CommitmentsQuery },
  responses: { 200: { description: 'A page of commitments', content: { 'application/json': { schema: ListResponse } } }, 400: problemResponse('Invalid query parameter') },
});

const csv = createRoute({
  method: 'get', path: '/commitments.csv', tags: ['commitments'], middleware: [requireRead] as const,
  summary: 'The same query as CSV for spreadsheets (UTF-8 with BOM, CRLF)', request: { query: ExportQuery },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, 400: problemResponse('Invalid query parameter') },
});

const json = createRoute({
  method: 'get', path: '/commitments.json', tags: ['commitments'], middleware: [requireRead] as const,
  summary: 'The same query as a JSON download', request: { query: ExportQuery },
  responses: { 200: { description: 'JSON', content: { 'application/json': { schema: ListResponse } } }, 400: problemResponse('Invalid query parameter') },
});

const stamp = () => new Date().toISOString().slice(0, 10);

export const commitmentsRoutes = router()
  .openapi(list, async (c) => c.json(await listCommitments(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(csv, async (c) => {
    const { items } = await listCommitments(c.var.archive.storage.db.db, c.req.valid('query'));
    return c.body(commitmentsCsv(items), 200, {
      'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="kommunarkiv-ataganden-${stamp()}.csv"`,
    });
  })
  .openapi(json, async (c) => {
    const result = await listCommitments(c.var.archive.storage.db.db, c.req.valid('query'));
    c.header('content-disposition', `attachment; filename="kommunarkiv-ataganden-${stamp()}.json"`);
    return c.json(result, 200);
  });
