// /api/search: full-text search over titles and text, ranked by bm25, with highlighted snippets.
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse, requireRead, router } from '../http.js';
import { search, SEARCH_RANK_LIMIT } from '../queries.js';
import { SearchQuery } from '../schemas.js';

const Hit = z.object({
  documentId: z.string(), title: z.string().nullable(), filename: z.string(), published: z.string().nullable(), kind: z.string().nullable(),
  snippet: z.string().openapi({ description: 'HTML: escaped document text, matched terms in <mark>' }), rank: z.number(),
}).openapi('SearchHit');

const route = createRoute({
  method: 'get', path: '/', tags: ['search'], middleware: [requireRead] as const, summary: `Full-text search, best match first (newest first when more than ${SEARCH_RANK_LIMIT} documents match)`,
  request: { query: SearchQuery },
  responses: { 200: { description: 'Hits', content: { 'application/json': { schema: z.object({
    items: z.array(Hit),
    total: z.number().int().openapi({ description: `Matching documents; at most ${SEARCH_RANK_LIMIT} (see more)` }),
    more: z.boolean().openapi({ description: `True when more than ${SEARCH_RANK_LIMIT} documents match` }),
    order: z.enum(['rank', 'newest']).openapi({ description: `rank: best bm25 match first. newest: more than ${SEARCH_RANK_LIMIT} documents match, so they come newest first (rank is 0); narrow the query to rank them` }),
    query: z.string().nullable().openapi({ description: 'The FTS5 query that ran' }) }) } } },
    400: problemResponse('Missing or invalid q') },
});

export const searchRoutes = router().openapi(route, async (c) => {
  const { q, limit, offset } = c.req.valid('query');
  return c.json(await search(c.var.archive.storage.db.db, q, { limit, offset }), 200);
});
