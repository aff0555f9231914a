// /api/records, /api/audit, /api/review/queue, reviews of records, added records, merges and splits of people,
// and a document's reviewed extraction as gold. Reviews need a reviewer's or admin's bearer token.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireReviewer, whoIs } from '../auth.js';
import { problemResponse, requireRead, router, type Env } from '../http.js';
import { notFound } from '../problem.js';
import { getRecord, goldOf, listAudit, reviewQueue } from '../records.js';
import { RECORD_ID, REVIEWABLE_KINDS, Reviews } from '../reviews.js';
import { Pagination, ReviewInfoSchema } from '../schemas.js';
import type { Identity } from '../tokens.js';

const RecordParam = z.object({ id: z.string().regex(RECORD_ID, 'a record id is 20 hex digits').openapi({ example: '4be1c0de5a7f3e9d21aa' }) });
const DocParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hex digits') });
const Comment = z.string().max(2000).nullable().optional().openapi({ description: 'Why: kept in the audit log' });

const AuditEntrySchema = z.object({
  id: z.number().int(), recordId: z.string(), documentId: z.string().nullable(), kind: z.string(),
  action: z.enum(['confirm', 'correct', 'reject', 'add', 'merge', 'split', 'moved', 'anchored', 'orphaned']).or(z.string())
    .openapi({ description: 'By people: confirm, correct, reject, add, merge, split. By the archive on reprocess: moved, anchored, orphaned' }),
  reviewer: z.string(), reviewerRole: z.string(), at: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable(),
  quote: z.string().nullable(), oldValue: z.any(), newValue: z.any(), comment: z.string().nullable(),
  base: z.number().int().nullable().openapi({ description: 'The review the reviewer saw as the latest' }),
}).openapi('AuditEntry');

const RecordSchema = z.object({
  id: z.string(), kind: z.string(), documentId: z.string(), documentTitle: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
  start: z.number().int().nullable(), end: z.number().int().nullable(), page: z.number().int().nullable(), text: z.string().nullable(),
  value: z.any().openapi({ description: 'The current value: the latest review over the machine value' }),
  machineValue: z.any().openapi({ description: "The extractor's value (null for a record a reviewer added)" }),
  rule: z.string().nullable(), ruleDescription: z.string().nullable(), personId: z.string().nullable(),
  review: ReviewInfoSchema.extend({ orphaned: z.boolean(), latest: z.number().int().nullable().openapi({ description: 'Send it as base with a review' }) }),
  sentence: z.string().nullable(), history: z.array(AuditEntrySchema),
  cite: z.object({ title: z.string(), publisher: z.string().nullable(), published: z.string().nullable(), page: z.number().int(), quote: z.string(), url: z.string(),
    verifiedBy: z.string().nullable(), verifiedAt: z.string().nullable(), text: z.string(), csl: z.record(z.string(), z.any()) }).nullable(),
}).openapi('Record');

const Reviewed = z.object({ recordId: z.string(), state: z.string(), by: z.string().nullable(), at: z.string().nullable(), value: z.any(), review: z.number().int().nullable() });

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const reviewErrors = {
  400: problemResponse('Invalid value'), 401: problemResponse('No or wrong token'), 403: problemResponse('A reader token'),
  404: problemResponse('No such record'), 409: problemResponse('A stale edit: someone changed the record after the version you saw (both values in current and yours)'),
};

const getOne = createRoute({
  method: 'get', path: '/records/{id}', tags: ['reviews'], middleware: [requireRead] as const, request: { params: RecordParam },
  summary: 'One record: current and machine value, review state, history and a citation (text and CSL-JSON)',
  responses: { 200: { description: 'The record', content: { 'application/json': { schema: RecordSchema } } }, 404: problemResponse('No such record') },
});

const review = createRoute({
  method: 'post', path: '/records/{id}/reviews', tags: ['reviews'], middleware: [requireReviewer] as const, security: [{ bearer: [] }],
  summary: 'Confirm, correct or reject a record', description: 'correct takes the fields to change in value (a person: party, role, municipality, politician; a commitment: actor, type, what, when and its attributes; a date: value; a wave: wave, municipality; a municipality: name). Send base (the record\'s review.latest as you saw it) to be refused with 409 when someone changed it since.',
  request: { params: RecordParam, body: json(z.object({
    action: z.enum(['confirm', 'correct', 'reject']), value: z.record(z.string(), z.any()).optional(), comment: Comment,
    base: z.number().int().nullable().optional().openapi({ description: 'The latest review you saw (null: the machine value)' }),
  })) },
  responses: { 201: { description: 'Stored and applied', content: { 'application/json': { schema: Reviewed } } }, ...reviewErrors },
});

const split = createRoute({
  method: 'post', path: '/records/{id}/split', tags: ['reviews'], middleware: [requireReviewer] as const, security: [{ bearer: [] }],
  summary: 'Split a person mention off into a person of its own', request: { params: RecordParam, body: json(z.object({ comment: Comment })) },
  responses: { 201: { description: 'Split', content: { 'application/json': { schema: z.object({ recordId: z.string(), personId: z.string(), review: z.number().int().nullable() }) } } }, ...reviewErrors },
});

const add = createRoute({
  method: 'post', path: '/documents/{id}/records', tags: ['reviews'], middleware: [requireReviewer] as const, security: [{ bearer: [] }],
  summary: 'Add a record the extractor missed: kind, span (offsets into /text) and value',
  request: { params: DocParam, body: json(z.object({
    kind: z.enum(REVIEWABLE_KINDS), start: z.number().int().min(0), end: z.number().int().min(1), value: z.record(z.string(), z.any()), comment: Comment,
  })) },
  responses: { 201: { description: 'Added', content: { 'application/json': { schema: Reviewed } } }, ...reviewErrors },
});

const merge = createRoute({
  method: 'post', path: '/people/{id}/merge', tags: ['reviews'], middleware: [requireReviewer] as const, security: [{ bearer: [] }],
  summary: 'Merge this person into another: all its mentions move there, now and after reprocessing',
  request: { params: z.object({ id: z.string().min(1).max(100) }), body: json(z.object({ into: z.string().min(1).max(100), comment: Comment })) },
  responses: { 201: { description: 'Merged', content: { 'application/json': { schema: z.object({ from: z.string(), into: z.string(), review: z.number().int().nullable() }) } } }, ...reviewErrors },
});

const audit = createRoute({
  method: 'get', path: '/audit', tags: ['reviews'], middleware: [requireRead] as const,
  summary: 'The review log, oldest first; append-only (there is no way to change or delete an entry)',
  request: { query: z.object({
    ...Pagination,
    limit: z.coerce.number().int().min(1).max(1000).default(200).openapi({ description: 'At most 1000' }),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date or time').optional().openapi({ description: 'At or after this time (ISO 8601)' }),
    reviewer: z.string().min(1).max(100).optional(), document: z.string().regex(/^[0-9a-f]{16}$/).optional(), record: z.string().regex(RECORD_ID).optional(),
  }) },
  responses: { 200: { description: 'Log entries', content: { 'application/json': { schema: z.object({ items: z.array(AuditEntrySchema), total: z.number().int() }) } } },
    400: problemResponse('Invalid query parameter') },
});

const queue = createRoute({
  method: 'get', path: '/review/queue', tags: ['reviews'], middleware: [requireRead] as const,
  summary: 'What needs a person: orphaned reviews, then records of documents no one has reviewed, newest first',
  request: { query: z.object({ ...Pagination, kind: z.enum(REVIEWABLE_KINDS).optional(), municipality: z.string().min(1).max(100).optional(),
    document: z.string().regex(/^[0-9a-f]{16}$/).optional() }) },
  responses: { 200: { description: 'The queue', content: { 'application/json': { schema: z.object({ orphans: z.array(z.any()), items: z.array(z.any()), total: z.number().int() }) } } },
    400: problemResponse('Invalid query parameter') },
});

const gold = createRoute({
  method: 'get', path: '/documents/{id}/gold.json', tags: ['reviews'], middleware: [requireRead] as const, request: { params: DocParam },
  summary: "The document's reviewed extraction in the corpus schema (corpus/SCHEMA.md), rejected records left out; review tells how complete it is",
  responses: { 200: { description: 'Gold', content: { 'application/json': { schema: z.any() } } }, 404: problemResponse('No such document') },
});

const origin = (c: Context) => new URL(c.req.url).origin;
const reviewer = async (c: Context<Env>) => (await whoIs(c)) as Identity;
const service = (c: Context<Env>) => new Reviews(c.var.archive);

export const recordsRoutes = router()
  .openapi(getOne, async (c) => {
    const r = await getRecord(c.var.archive.storage.db.db, c.req.valid('param').id, origin(c));
    if (!r) throw notFound(`No record ${c.req.valid('param').id}.`);
    return c.json(r, 200);
  })
  .openapi(review, async (c) => {
    const body = c.req.valid('json');
    return c.json(await service(c).review(await reviewer(c), c.req.valid('param').id, body), 201);
  })
  .openapi(split, async (c) => c.json(await service(c).split(await reviewer(c), c.req.valid('param').id, c.req.valid('json').comment), 201))
  .openapi(add, async (c) => c.json(await service(c).add(await reviewer(c), c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(merge, async (c) => {
    const { into, comment } = c.req.valid('json');
    return c.json(await service(c).merge(await reviewer(c), c.req.valid('param').id, into, comment), 201);
  })
  .openapi(audit, async (c) => c.json(await listAudit(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(queue, async (c) => c.json(await reviewQueue(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(gold, async (c) => {
    const g = await goldOf(c.var.archive.storage.db.db, c.req.valid('param').id);
    if (!g) throw notFound(`No document ${c.req.valid('param').id}.`);
    return c.json(g, 200);
  });
