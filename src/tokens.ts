// Named tokens and who a request is. A token is shown once when made; only its SHA-256 is stored, with
// the name, role and creation time. KOMMUNARKIV_TOKEN is an admin token (named "admin"),
// KOMMUNARKIV_READ_TOKEN a reader's. Knows no HTTP: the routes and pages hand it the token they were given.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db/index.js';
import { reviewers } from './db/schema.js';
import { conflict, invalid, missing } from './errors.js';

export const ROLES = ['reader', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity { name: string; role: Role }

export interface TokenInfo { name: string; role: Role; createdAt: string; revokedAt: string | null }

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Text(s: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))));
}

/** Constant-time comparison of two equal-length hex digests. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export const canReview = (who: Identity | null) => who?.role === 'reviewer' || who?.role === 'admin';

/**
 * Who holds this token: the configured write token (admin), the read token (reader), or a named token that
 * is not revoked. Every candidate is compared over its SHA-256, in constant time.
 */
export async function identify(db: Db, token: string | null | undefined, config: { token: string; readToken?: string | null }): Promise<Identity | null> {
  if (!token) return null;
  const digest = await sha256Text(token);
  // An empty configured token (a Worker without its secret) matches nothing.
  if (config.token && sameDigest(digest, await sha256Text(config.token))) return { name: 'admin', role: 'admin' };
  if (config.readToken && sameDigest(digest, await sha256Text(config.readToken))) return { name: 'reader', role: 'reader' };
  const [row] = await db.select().from(reviewers).where(eq(reviewers.tokenSha256, digest)).limit(1);
  if (!row || row.revokedAt || !sameDigest(digest, row.tokenSha256)) return null;
  return { name: row.name, role: row.role as Role };
}

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .'-]{0,79}$/u;

/** Make a named token; the token itself is returned once and never stored. */
export async function addToken(db: Db, name: string, role: Role = 'reviewer'): Promise<{ name: string; role: Role; token: string }> {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!NAME.test(clean)) throw invalid('Invalid name', 'A reviewer name is 1–80 letters, digits, spaces, dots, hyphens or apostrophes.');
  if (!ROLES.includes(role)) throw invalid('Invalid role', `The role is one of ${ROLES.join(', ')}.`);
  if (clean.toLowerCase() === 'admin' || clean.toLowerCase() === 'reader' || clean.toLowerCase() === 'archive') {
    throw invalid('Invalid name', `"${clean}" is reserved.`);
  }
  const [existing] = await db.select({ id: reviewers.id }).from(reviewers).where(eq(reviewers.name, clean)).limit(1);
  if (existing) throw conflict('Name taken', `There is already a token named "${clean}" (revoked or not); choose another name.`);
  const token = `ka_${hex(crypto.getRandomValues(new Uint8Array(24)))}`;
  await db.insert(reviewers).values({ name: clean, role, tokenSha256: await sha256Text(token), createdAt: new Date().toISOString() });
  return { name: clean, role, token };
}

export async function listTokens(db: Db): Promise<TokenInfo[]> {
  const rows = await db.select().from(reviewers).orderBy(asc(reviewers.name));
  return rows.map((r) => ({ name: r.name, role: r.role as Role, createdAt: r.createdAt, revokedAt: r.revokedAt }));
}

export async function revokeToken(db: Db, name: string): Promise<TokenInfo> {
  const [row] = await db.select().from(reviewers).where(eq(reviewers.name, name.normalize('NFC').trim())).limit(1);
  if (!row) throw missing(`No token named "${name}".`);
  const revokedAt = row.revokedAt ?? new Date().toISOString();
  if (!row.revokedAt) await db.update(reviewers).set({ revokedAt }).where(eq(reviewers.id, row.id));
  return { name: row.name, role: row.role as Role, createdAt: row.createdAt, revokedAt };
}

/** The CSRF token of a login session: derived from its token, so it needs no storage and dies with it. */
export const csrfToken = async (sessionToken: string) => (await sha256Text(`kommunarkiv-csrf:${sessionToken}`)).slice(0, 32);
