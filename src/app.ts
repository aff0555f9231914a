// The one Hono app. Node (src/server.ts) and Workers (src/worker.ts) only build its storage and config.
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { Archive, type Storage } from './archive.js';
import { busy, problemResponse, requireWrite, RETRY_AFTER_SECONDS, router, SMALL_BODY_BYTES, tooLarge, type AppConfig } from './http.js';
import { ArchiveError, type ArchiveErrorKind } from './errors.js';
import { Problem } from './problem.js';
import { commitmentsRoutes } from './routes/commitments.js';
import { deletionsRoutes } from './routes/deletions.js';
import { documentsRoutes } from './routes/documents.js';
import { municipalitiesRoutes } from './routes/municipalities.js';
import { peopleRoutes } from './routes/people.js';
import { recordsRoutes } from './routes/records.js';
import { searchRoutes } from './routes/search.js';
import { exportRoutes } from './routes/export.js';
import { threadsRoutes } from './routes/threads.js';
import { tokensRoutes } from './routes/tokens.js';
import { webRoutes } from './web/index.js';
import { PoolBusy } from './work/errors.js';

export type { AppConfig } from './http.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const reprocessAll = createRoute({
  method: 'post', path: '/api/reprocess', tags: ['documents'], middleware: [requireWrite] as const, security: [{ bearer: [] }],
  summary: 'Re-extract every document extracted by an older extractor version (or failed)',
  responses: { 200: { description: 'What was reprocessed', content: { 'application/json': { schema: z.object({
    reprocessed: z.number().int(), failed: z.number().int(), ids: z.array(z.string()) }) } } }, 401: problemResponse('Missing or wrong token') },
});

/** Requests whose bodies are uploads (bounded by KOMMUNARKIV_MAX_BYTES); every other body is a small form or JSON. */
const isUpload = (method: string, path: string) => method === 'POST' && (path === '/api/documents' || path === '/api/documents/' || path === '/upload');

/** The app over a storage; pass an Archive built with options (the Node entry's worker pool) to share it. */
export function createApp(storage: Storage, config: AppConfig, archive: Archive = new Archive(storage)) {
  const app = router();

  app.use('*', async (c, next) => {
    c.set('archive', archive);
    c.set('config', config);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', CSP);
    c.header('Referrer-Policy', 'same-origin');
  });

  // Every body has a limit: uploads their own (read while streaming), anything else SMALL_BODY_BYTES.
  const small = bodyLimit({ maxSize: SMALL_BODY_BYTES, onError: () => { throw tooLarge(SMALL_BODY_BYTES, 'The request body'); } });
  app.use('*', async (c, next) => (isUpload(c.req.method, c.req.path) ? next() : small(c, next)));

  app.get('/api/health', async (c) => c.json({ status: 'ok', documents: await archive.count() }));
  app.route('/api/documents', documentsRoutes);
  app.route('/api/municipalities', municipalitiesRoutes);
  app.route('/api/people', peopleRoutes);
  app.route('/api', commitmentsRoutes);
  app.route('/api/deletions', deletionsRoutes);
  app.route('/api/search', searchRoutes);
  app.route('/api', recordsRoutes);
  app.route('/api/tokens', tokensRoutes);
  app.route('/api', threadsRoutes);
  app.route('/api', exportRoutes);
  app.openapi(reprocessAll, async (c) => {
    const ids = await archive.staleIds();
    let failed = 0;
    for (const id of ids) if ((await archive.reprocess(id, { waitForPool: true })).status === 'failed') failed++;
    return c.json({ reprocessed: ids.length, failed, ids }, 200);
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const openapi = {
    openapi: '3.1.0',
    info: { title: 'kommunarkiv', version: '0.1.0', description: 'Swedish municipal press releases and council motions: who committed to what, and when.' },
  };
  app.doc31('/api/openapi.json', openapi);
  app.route('/', webRoutes(() => app.getOpenAPI31Document(openapi)));

  app.notFound((c) => problem(new Problem(404, 'Not found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`)));
  app.onError((err) => {
    if (err instanceof Problem) return problem(err);
    if (err instanceof ArchiveError) return problem(new Problem(STATUS_OF[err.kind], err.title, err.message, err.details));
    if (err instanceof PoolBusy) return problem(busy(`${err.message} Nothing was stored.`));
    if (err instanceof HTTPException) return problem(new Problem(err.status, err.message || 'Error', err.message || 'Request failed.'));
    console.error(err);
    return problem(new Problem(500, 'Internal server error', 'The server failed to handle this request; nothing was stored half-way.'));
  });
  return app;
}

/** The HTTP status of each kind of the archive's own errors. */
const STATUS_OF: Record<ArchiveErrorKind, number> = { invalid: 400, not_found: 404, conflict: 409, unsupported: 415, unreadable: 422 };

function problem(p: Problem): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': CSP,
      ...(p.status === 401 ? { 'www-authenticate': 'Bearer realm="kommunarkiv"' } : {}),
      ...(p.status === 503 ? { 'retry-after': String(p.extra.retryAfter ?? RETRY_AFTER_SECONDS) } : {}),
    },
  });
}

export type App = ReturnType<typeof createApp>;
