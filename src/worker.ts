// Workers entry: D1 and R2 bindings in, the same app as the Node entry out. Large uploads are stored at
// once and extracted by the queue consumer (same Archive.reprocess as POST /api/documents/{id}/reprocess).
import type { D1Database, ExecutionContext, MessageBatch, Queue, R2Bucket } from '@cloudflare/workers-types';
import { createApp, type App } from './app.js';
import { Archive, type Storage } from './archive.js';
import { openD1 } from './db/d1.js';
import { ArchiveError } from './errors.js';
import { r2BlobStore } from './storage/r2.js';

export interface WorkerEnv {
  DB: D1Database;
  FILES: R2Bucket;
  EXTRACT: Queue<ExtractMessage>;
  KOMMUNARKIV_TOKEN?: string;
  KOMMUNARKIV_READ_TOKEN?: string;
  KOMMUNARKIV_MAX_BYTES?: string;
  KOMMUNARKIV_DEFER_BYTES?: string;
}

export interface ExtractMessage {
  id: string;
}

const MiB = 1024 * 1024;

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of bytes, not ${value}`);
  return n;
}

// One app and archive per isolate (bindings are stable for its lifetime).
let built: { env: WorkerEnv; app: App; archive: Archive } | null = null;

function build(env: WorkerEnv) {
  if (built?.env === env) return built;
  const storage: Storage = { db: openD1(env.DB), blobs: r2BlobStore(env.FILES) };
  if (!env.KOMMUNARKIV_TOKEN) console.error('KOMMUNARKIV_TOKEN is not set: every write will be refused (wrangler secret put KOMMUNARKIV_TOKEN)');
  const app = createApp(storage, {
    // An empty token matches no bearer token: without the secret, the archive is read-only.
    token: env.KOMMUNARKIV_TOKEN ?? '',
    readToken: env.KOMMUNARKIV_READ_TOKEN || null,
    maxBytes: positive(env.KOMMUNARKIV_MAX_BYTES, 25 * MiB, 'KOMMUNARKIV_MAX_BYTES'),
    defer: {
      minBytes: positive(env.KOMMUNARKIV_DEFER_BYTES, MiB, 'KOMMUNARKIV_DEFER_BYTES'),
      enqueue: async (id) => { await env.EXTRACT.send({ id }); },
    },
  });
  built = { env, app, archive: new Archive(storage) };
  return built;
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    return build(env).app.fetch(request, env, ctx);
  },

  async queue(batch: MessageBatch<ExtractMessage>, env: WorkerEnv): Promise<void> {
    const { archive } = build(env);
    for (const msg of batch.messages) {
      try {
        const doc = await archive.reprocess(msg.body.id);
        console.log(`extracted ${msg.body.id}: ${doc.status}${doc.id !== msg.body.id ? ` (a rendition of ${doc.id})` : ''}${doc.error ? ` (${doc.error})` : ''}`);
        msg.ack();
      } catch (err) {
        // A document that is gone, or whose original is gone, will not come back by retrying.
        if (err instanceof ArchiveError && (err.kind === 'not_found' || err.kind === 'conflict')) {
          console.error(`dropping ${msg.body.id}: ${err.message}`);
          msg.ack();
        } else {
          console.error(`extraction of ${msg.body.id} failed (attempt ${msg.attempts}):`, err);
          msg.retry({ delaySeconds: 30 });
        }
      }
    }
  },
};
