// What every page handler needs: its query parsed with the API's own schema (src/schemas.ts), the
// database, and the two error pages.
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { ErrorPage } from './layout.js';

type Schema<T> = z.ZodType<T, any>;

/** Parse a page's query with its API schema; empty form fields count as absent. */
export function pageQuery<T>(c: Context<Env>, schema: Schema<T>): { ok: true; value: T; raw: Record<string, string> } | { ok: false; error: string } {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v.trim() !== ''));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, raw };
  return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'fråga'}: ${i.message}`).join('; ') };
}

export const badQuery = (c: Context<Env>, detail: string) =>
  c.html(<ErrorPage status={400} title="Ogiltig fråga" detail={detail} path={c.req.path} />, 400);
export const notFoundPage = (c: Context<Env>, detail: string) =>
  c.html(<ErrorPage status={404} title="Hittades inte" detail={detail} path={c.req.path} />, 404);

export const db = (c: Context<Env>) => c.var.archive.storage.db.db;
