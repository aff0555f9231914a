// HTTP plumbing shared by the routes: the OpenAPI router type, auth, reading a bounded body.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Archive } from './archive.js';
import { badRequest, Problem, unauthorized } from './problem.js';
import { identify } from './tokens.js';

export interface AppConfig {
  /** Bearer token for writes (upload, reprocess). */
  token: string;
  /** When set, reads need a bearer token too (this one or the write token). */
  readToken?: string | null;
  /** Largest accepted upload in bytes. */
  maxBytes: number;
  /** Workers: uploads of at least `minBytes` are stored as processing and handed to `enqueue` (a queue). */
  defer?: { minBytes: number; enqueue(documentId: string): Promise<void> };
}

export type Env = { Variables: { archive: Archive; config: AppConfig } };

/** A router whose request validation failures become 400 problem+json. */
export function router() {
  return new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
        throw badRequest(issues.map((i) => `${i.field || 'request'}: ${i.message}`).join('; '), { issues });
      }
    },
  });
}

export const ProblemSchema = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(),
}).openapi('Problem');

export const problemResponse = (description: string) => ({
  description, content: { 'application/problem+json': { schema: ProblemSchema } },
});

async function digest(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
}

/** Compare secrets in constant time (over their SHA-256, so the length does not leak either). */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

function bearer(c: Context): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  return m ? m[1]!.trim() : null;
}

export const requireWrite: MiddlewareHandler<Env> = async (c, next) => {
  const given = bearer(c);
  if (!given) throw unauthorized('This request needs the write token: Authorization: Bearer <token>.');
  if (!(await sameSecret(given, c.var.config.token))) throw unauthorized('The bearer token is not valid.');
  await next();
};

/** The cookie the web pages' login form sets when reads need a token (browsers cannot send a bearer header). */
export const READ_COOKIE = 'kommunarkiv_read';

/** Whether this request may read: no read token configured, or a valid bearer token or login cookie. */
export async function mayRead(c: Context<Env>): Promise<boolean> {
  const { readToken, token } = c.var.config;
  if (!readToken) return true;
  const cookie = /(?:^|;\s*)kommunarkiv_read=([^;]+)/.exec(c.req.header('cookie') ?? '')?.[1];
  const given = bearer(c) ?? (cookie ? decodeURIComponent(cookie) : null);
  if (!given) return false;
  // The read token, the write token, or a named token (src/tokens.ts) that is not revoked.
  return (await identify(c.var.archive.storage.db.db, given, { token, readToken })) !== null;
}

export const requireRead: MiddlewareHandler<Env> = async (c, next) => {
  if (!(await mayRead(c))) {
    throw unauthorized(bearer(c) ? 'The bearer token is not valid.' : 'Reading this archive needs a token: Authorization: Bearer <token>.');
  }
  await next();
};

export const tooLarge = (max: number) =>
  new Problem(413, 'Payload too large', `The upload is larger than the limit of ${max} bytes (KOMMUNARKIV_MAX_BYTES).`);

/** Read the request body, stopping as soon as it passes `max` bytes (never buffers more than that). */
export async function readBody(req: Request, max: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) { out.set(ch, at); at += ch.byteLength; }
  return out;
}
