// Who is asking, for reviews and token admin: a bearer token (API) or the login cookie (web pages, which
// also carry a CSRF token in every form). The identities themselves come from src/tokens.ts.
import type { Context, MiddlewareHandler } from 'hono';
import { cookie, READ_COOKIE, type Env } from './http.js';
import { Problem, unauthorized } from './problem.js';
import { canReview, csrfToken, identify, type Identity } from './tokens.js';

export function bearerToken(c: Context): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  return m ? m[1]!.trim() : null;
}

/** The token of the web session (the login cookie), if any. */
export const sessionToken = (c: Context): string | null => cookie(c, READ_COOKIE);

const seen = new WeakMap<Request, Promise<Identity | null>>();

/** The identity of a bearer token (API) or, for pages, of the login cookie. */
export function whoIs(c: Context<Env>, via: 'bearer' | 'session' = 'bearer'): Promise<Identity | null> {
  if (via === 'session') return identify(c.var.archive.storage.db.db, sessionToken(c), c.var.config);
  let p = seen.get(c.req.raw);
  if (!p) {
    p = identify(c.var.archive.storage.db.db, bearerToken(c), c.var.config);
    seen.set(c.req.raw, p);
  }
  return p;
}

const forbidden = (detail: string) => new Problem(403, 'Forbidden', detail);

/** API: a reviewer's or admin's bearer token. No token: 401; a reader's: 403. */
export const requireReviewer: MiddlewareHandler<Env> = async (c, next) => {
  const who = await whoIs(c);
  if (!who) throw unauthorized(bearerToken(c) ? 'The bearer token is not valid.' : 'Reviewing needs a reviewer token: Authorization: Bearer <token>.');
  if (!canReview(who)) throw forbidden(`${who.name} may read but not review (role ${who.role}).`);
  await next();
};

export const requireAdmin: MiddlewareHandler<Env> = async (c, next) => {
  const who = await whoIs(c);
  if (!who) throw unauthorized(bearerToken(c) ? 'The bearer token is not valid.' : 'This needs an admin token: Authorization: Bearer <token>.');
  if (who.role !== 'admin') throw forbidden(`${who.name} is not an admin (role ${who.role}).`);
  await next();
};

/** The CSRF token for this web session's forms (empty without a session). */
export async function sessionCsrf(c: Context<Env>): Promise<string> {
  const token = sessionToken(c);
  return token ? csrfToken(token) : '';
}

/** Whether a posted form carries this session's CSRF token. */
export async function validCsrf(c: Context<Env>, given: unknown): Promise<boolean> {
  const expected = await sessionCsrf(c);
  if (!expected || typeof given !== 'string' || given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}
