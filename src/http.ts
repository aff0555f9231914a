// HTTP plumbing shared by the routes: the OpenAPI router type, auth, cookies, bounded bodies and forms,
// admission of uploads into a memory budget, same-origin redirects.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Archive } from './archive.js';
import { boundaryOf, MultipartError, readChunk, readMultipart, type MultipartOptions, type Part } from './multipart.js';
import { badRequest, Problem, unauthorized } from './problem.js';
import { identify } from './tokens.js';

export interface AppConfig {
  /** Bearer token for writes (upload, reprocess). */
  token: string;
  /** When set, reads need a bearer token too (this one or the write token). */
  readToken?: string | null;
  /** Largest accepted upload in bytes. */
  maxBytes: number;
  /**
   * Uploads of at least `minBytes` are stored as processing and handed to `enqueue`, then answered 202: to the
   * queue on Workers, to background extraction in the process on Node.
   */
  defer?: { minBytes: number; enqueue(documentId: string): Promise<void> };
  /** Node: memory that uploads being read and analysed may take together; past it, 503 with Retry-After. */
  uploadBudget?: MemoryBudget;
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

/** The cookie the upload form sets for the browser session once a write token has worked. */
export const WRITE_COOKIE = 'kommunarkiv_write';
/** The only path the write cookie is sent to (and the path it must be cleared with). */
export const WRITE_COOKIE_PATH = '/upload';

/** A cookie's value, or null when it is absent or malformed (a bad cookie is ignored, never an error). */
export function cookie(c: Context, name: string): string | null {
  for (const part of (c.req.header('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      return value && !/[\u0000-\u001f\u007f]/.test(value) ? value : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Set-Cookie for a session cookie of ours (HttpOnly, SameSite=Strict, Secure over https); null value clears it. */
export function sessionCookie(c: Context, name: string, value: string | null, path = '/'): string {
  const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
  return value === null
    ? `${name}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Strict${secure}`
    : `${name}=${encodeURIComponent(value)}; Path=${path}; HttpOnly; SameSite=Strict${secure}`;
}

/** Whether this request may read: no read token configured, or a valid bearer token or login cookie. */
export async function mayRead(c: Context<Env>): Promise<boolean> {
  const { readToken, token } = c.var.config;
  if (!readToken) return true;
  const given = bearer(c) ?? cookie(c, READ_COOKIE);
  if (!given) return false;
  // The read token, the write token, or a named token (src/tokens.ts) that is not revoked.
  return (await identify(c.var.archive.storage.db.db, given, { token, readToken })) !== null;
}

/**
 * Where to go after login: a path on this origin only. Control characters, backslashes, `//host` and absolute
 * URLs give "/"; what remains is resolved against the request's own origin and must stay on it.
 */
export function safeNext(next: string | null | undefined, requestUrl: string): string {
  if (!next || next.length > 2000 || !next.startsWith('/') || next.startsWith('//') || /[\u0000-\u001f\u007f-\u009f\\]/.test(next)) return '/';
  try {
    const origin = new URL(requestUrl).origin;
    const url = new URL(next, origin);
    if (url.origin !== origin) return '/';
    const path = url.pathname + url.search + url.hash;
    return path.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    return '/';
  }
}

export const requireRead: MiddlewareHandler<Env> = async (c, next) => {
  if (!(await mayRead(c))) {
    throw unauthorized(bearer(c) ? 'The bearer token is not valid.' : 'Reading this archive needs a token: Authorization: Bearer <token>.');
  }
  await next();
};

export const tooLarge = (max: number, what = 'The upload') =>
  new Problem(413, 'Payload too large', `${what} is larger than the limit of ${max} bytes${what === 'The upload' ? ' (KOMMUNARKIV_MAX_BYTES)' : ''}.`);

/** A client that sends nothing for this long in the middle of a body is cut off (Node's own timeouts cover the rest). */
export const BODY_IDLE_MS = 30_000;
const stalled = () => new Problem(408, 'Request timeout', `The body stopped arriving (nothing for ${BODY_IDLE_MS / 1000} s).`);

/** Largest body of anything but an upload: login and other forms, JSON. */
export const SMALL_BODY_BYTES = 64 * 1024;

/** Read the request body, stopping as soon as it passes `max` bytes (never buffers more than that). */
export async function readBody(req: Request, max: number, what?: string): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max, what);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  // With a declared length the bytes go straight into one buffer; otherwise into chunks joined at the end.
  let out = Number.isFinite(declared) && declared > 0 ? new Uint8Array(declared) : null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await readChunk(reader, BODY_IDLE_MS, stalled);
      if (done) break;
      if (size + value.byteLength > max) throw tooLarge(max, what);
      if (out && size + value.byteLength <= out.length) out.set(value, size);
      else {
        if (out) { chunks.push(out.subarray(0, size)); out = null; }
        chunks.push(value);
      }
      size += value.byteLength;
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    throw err;
  }
  if (out) return size === out.length ? out : out.subarray(0, size);
  const joined = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) { joined.set(ch, at); at += ch.byteLength; }
  return joined;
}

/** An application/x-www-form-urlencoded body of at most SMALL_BODY_BYTES (a login form), as its fields. */
export async function readForm(req: Request): Promise<URLSearchParams> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  const body = await readBody(req, SMALL_BODY_BYTES, 'The form');
  if (type.startsWith('multipart/form-data')) {
    const boundary = boundaryOf(req.headers.get('content-type') ?? '');
    if (!boundary) throw badRequest('The multipart form has no boundary.');
    const parts = await readMultipart(new Request('http://form/', { method: 'POST', body: body as Uint8Array<ArrayBuffer> }), boundary,
      { max: SMALL_BODY_BYTES, tooLarge: () => tooLarge(SMALL_BODY_BYTES, 'The form') }).catch((err) => {
      throw err instanceof MultipartError ? badRequest(`The form could not be read: ${err.message}.`) : err;
    });
    return new URLSearchParams(parts.filter((p) => p.filename === null).map((p) => [p.name, new TextDecoder().decode(p.data)]));
  }
  return new URLSearchParams(new TextDecoder().decode(body));
}

/** A multipart/form-data body, bounded and read as it streams (see src/multipart.ts); 400 when malformed. */
export async function readMultipartBody(req: Request, max: number, hooks: Pick<MultipartOptions, 'onField' | 'onPartStart'> = {}): Promise<Part[]> {
  const boundary = boundaryOf(req.headers.get('content-type') ?? '');
  if (!boundary) throw badRequest('The multipart body has no boundary.');
  try {
    return await readMultipart(req, boundary, { max, tooLarge: () => tooLarge(max), idleMs: BODY_IDLE_MS, stalled, ...hooks });
  } catch (err) {
    if (err instanceof MultipartError) throw badRequest(`The multipart body could not be read: ${err.message}.`);
    throw err;
  }
}

/**
 * Memory for uploads in flight (Node). An upload reserves an estimate before its body is read — its declared
 * length (or the upload limit when it declares none) times UPLOAD_MEMORY_FACTOR — and gives it back when it is
 * answered. When the budget is taken, it is answered 503 with Retry-After at once, before reading anything;
 * one upload is always let in when nothing else is in flight, so the limit can never block everything.
 */
export class MemoryBudget {
  private used = 0;
  constructor(readonly total: number) {}

  get inUse(): number {
    return this.used;
  }

  reserve(bytes: number): (() => void) | null {
    if (this.used > 0 && this.used + bytes > this.total) return null;
    this.used += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= bytes;
    };
  }
}

/** The body, the file cut from it, and the copy the extraction thread reads. */
export const UPLOAD_MEMORY_FACTOR = 3;
export const RETRY_AFTER_SECONDS = 5;

export const busy = (detail: string) => new Problem(503, 'Service unavailable', detail, { retryAfter: RETRY_AFTER_SECONDS });

/** Admit an upload into the memory budget (a no-op without one); the returned function releases it. */
export function admitUpload(c: Context<Env>, limit: number): () => void {
  const budget = c.var.config.uploadBudget;
  if (!budget) return () => undefined;
  const declared = Number(c.req.header('content-length') ?? NaN);
  const size = Number.isFinite(declared) && declared >= 0 ? Math.min(declared, limit) : limit;
  const release = budget.reserve(size * UPLOAD_MEMORY_FACTOR);
  if (!release) {
    throw busy(`The server is reading and extracting as many large uploads as its memory budget allows (KOMMUNARKIV_UPLOAD_MEMORY_MB). Try again in ${RETRY_AFTER_SECONDS} s.`);
  }
  return release;
}
