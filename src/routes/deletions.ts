// /api/deletions: the record of deleted documents (who, when, why, which originals). Nothing here can be changed.
import { createRoute, z } from '@hono/zod-openapi';
import { desc, count } from 'drizzle-orm';
import { deletions } from '../db/schema.js';
import { requireAdmin } from '../auth.js';
import { problemResponse, router } from '../http.js';
import { Pagination } from '../schemas.js';

const Deletion = z.object({
  id: z.number().int(), documentId: z.string(), sha256s: z.array(z.string()), filename: z.string(), title: z.string().nullable(),
  deletedBy: z.string(), reason: z.string().nullable(), deletedAt: z.string(),
}).openapi('Deletion');

const list = createRoute({
  method: 'get', path: '/', tags: ['documents'], middleware: [requireAdmin] as const, security: [{ bearer: [] }],
  summary: 'Deleted documents, newest first (admin only)', request: { query: z.object(Pagination) },
  responses: { 200: { description: 'A page of deletions', content: { 'application/json': { schema: z.object({ items: z.array(Deletion), total: z.number().int() }) } } },
    401: problemResponse('Missing or wrong token'), 403: problemResponse('Not an admin') },
});

export const deletionsRoutes = router().openapi(list, async (c) => {
  const db = c.var.archive.storage.db.db;
  const { limit, offset } = c.req.valid('query');
  const items = await db.select().from(deletions).orderBy(desc(deletions.deletedAt), desc(deletions.id)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(deletions);
  return c.json({ items, total: total?.n ?? 0 }, 200);
});
