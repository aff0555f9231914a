// GET /api/export.zip: the whole archive as a Frictionless Data Package (src/export.ts), zipped.
import { createRoute, z } from '@hono/zod-openapi';
import { dataPackage, zip } from '../export.js';
import { requireRead, router } from '../http.js';

const route = createRoute({
  method: 'get', path: '/export.zip', tags: ['export'], middleware: [requireRead] as const,
  summary: 'The whole archive as a Frictionless Data Package: one CSV per record kind and datapackage.json (fields, keys, extractor versions, review states, citation)',
  responses: { 200: { description: 'A zip file', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } } },
});

export const exportRoutes = router().openapi(route, async (c) => {
  const stamp = new Date().toISOString().slice(0, 10);
  const bytes = zip(await dataPackage(c.var.archive.storage.db.db, new URL(c.req.url).origin), `kommunarkiv-${stamp}`);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/zip', 'content-disposition': `attachment; filename="kommunarkiv-${stamp}.zip"`,
  });
});
