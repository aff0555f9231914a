// /api/tokens: named tokens for reviewers, readers and admins (admin only). The same as `npm run token`,
// for Workers, where no command line reaches the database.
import { createRoute, z } from '@hono/zod-openapi';
import { requireAdmin } from '../auth.js';
import { problemResponse, router } from '../http.js';
import { addToken, listTokens, revokeToken, ROLES } from '../tokens.js';

const Info = z.object({ name: z.string(), role: z.enum(ROLES), createdAt: z.string(), revokedAt: z.string().nullable() }).openapi('Token');
const errors = { 401: problemResponse('No or wrong token'), 403: problemResponse('Not an admin') };

const list = createRoute({
  method: 'get', path: '/', tags: ['tokens'], middleware: [requireAdmin] as const, security: [{ bearer: [] }], summary: 'Named tokens (never the tokens themselves)',
  responses: { 200: { description: 'Tokens', content: { 'application/json': { schema: z.object({ items: z.array(Info) }) } } }, ...errors },
});

const add = createRoute({
  method: 'post', path: '/', tags: ['tokens'], middleware: [requireAdmin] as const, security: [{ bearer: [] }],
  summary: 'Make a named token; the answer shows it once (only its SHA-256 is stored)',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ name: z.string().min(1).max(80), role: z.enum(ROLES).default('reviewer') }) } } } },
  responses: { 201: { description: 'The new token', content: { 'application/json': { schema: z.object({ name: z.string(), role: z.enum(ROLES), token: z.string() }) } } },
    400: problemResponse('Invalid name or role'), 409: problemResponse('The name is taken'), ...errors },
});

const revoke = createRoute({
  method: 'post', path: '/{name}/revoke', tags: ['tokens'], middleware: [requireAdmin] as const, security: [{ bearer: [] }],
  summary: 'Revoke a named token', request: { params: z.object({ name: z.string().min(1).max(80) }) },
  responses: { 200: { description: 'Revoked', content: { 'application/json': { schema: Info } } }, 404: problemResponse('No such token'), ...errors },
});

export const tokensRoutes = router()
  .openapi(list, async (c) => c.json({ items: await listTokens(c.var.archive.storage.db.db) }, 200))
  .openapi(add, async (c) => {
    const { name, role } = c.req.valid('json');
    return c.json(await addToken(c.var.archive.storage.db.db, name, role), 201);
  })
  .openapi(revoke, async (c) => c.json(await revokeToken(c.var.archive.storage.db.db, c.req.valid('param').name), 200));
