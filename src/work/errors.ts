// Errors of the extraction pool, apart from the pool itself so that code shared with the Workers bundle
// (src/archive.ts, src/app.ts) can recognise them without importing node:worker_threads.

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
