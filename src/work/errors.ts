// Errors of the extraction pool, apart from the pool itself so that code shared with the Workers bundle
// (src/archive.ts, src/app.ts) can recognise them without importing node:worker_threads.
import { ArchiveError, type ArchiveErrorKind } from '../errors.js';
import { ParseError } from '../parse/errors.js';

/** The pool is full: try again later (HTTP 503 with Retry-After). Nothing was stored. */
export class PoolBusy extends Error {
  constructor(readonly queued: number, readonly retryAfterSeconds = 5) {
    super(`The extraction queue is full (${queued} documents waiting). Try again in a few seconds.`);
    this.name = 'PoolBusy';
  }
}

/** A document used more than its CPU time or memory: it is stored as failed, with this as the reason. */
export class BudgetExceeded extends Error {
  constructor(readonly budget: 'cpu' | 'memory', message: string) {
    super(message);
    this.name = 'BudgetExceeded';
  }
}


/** An error as it crosses a thread boundary (structured clone keeps only message and name of an Error). */
export interface SerialisedError {
  name: string;
  message: string;
  reason?: ParseError['reason'];
  kind?: ArchiveErrorKind;
  title?: string;
  details?: Record<string, unknown>;
  budget?: 'cpu' | 'memory';
}

export function serialiseError(err: unknown): SerialisedError {
  const e = err instanceof Error ? err : new Error(String(err));
  const out: SerialisedError = { name: e.name, message: e.message };
  if (e instanceof ParseError) out.reason = e.reason;
  if (e instanceof ArchiveError) Object.assign(out, { kind: e.kind, title: e.title, details: e.details });
  if (e instanceof BudgetExceeded) out.budget = e.budget;
  return out;
}

export function reviveError(e: SerialisedError): Error {
  if (e.name === 'ParseError' && e.reason) return new ParseError(e.reason, e.message);
  if (e.name === 'ArchiveError' && e.kind) return new ArchiveError(e.kind, e.title ?? 'Error', e.message, e.details ?? {});
  if (e.name === 'BudgetExceeded' && e.budget) return new BudgetExceeded(e.budget, e.message);
  if (e.name === 'PoolBusy') return new PoolBusy(0);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
