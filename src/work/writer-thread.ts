// The writer thread (see src/work/writer.ts): the only write connection to the SQLite file, and an Archive over
// it that runs the write steps. Requests come from the main thread; answers go back after the batch they were in
// has committed.
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { Archive, type WriteOps } from '../archive.js';
import type { DriverRows } from '../db/rows.js';
import { openSqlite } from '../db/sqlite.js';
import { fsBlobStore } from '../storage/fs.js';
import { reviveError, serialiseError, type SerialisedError } from './errors.js';

/** A batch closes after this many steps or this much time spent writing, whichever comes first. */
const MAX_BATCH = 256;
const MAX_BATCH_MS = 100;
/** How long the first step of a batch waits for company. */
const GATHER_MS = 2;

interface Request { id: number; op: string; args?: unknown[]; target?: unknown; data?: Uint8Array }

const { file, dataDir } = workerData as { file: string; dataDir: string };
const db = openSqlite(file, { migrate: false });
const sqlite = db.client;
const archive = new Archive({ db, blobs: fsBlobStore(dataDir) });
const main = parentPort!;

const WRITE_OPS = new Set<keyof WriteOps>(['storeUpload', 'storeQueued', 'restate', 'storeReprocess', 'deleteRecords']);

/** The store steps get `{ analysis }` or `{ error }` (an Error crosses a thread boundary as a SerialisedError). */
function revive(op: string, args: unknown[]): unknown[] {
  if (op !== 'storeUpload' && op !== 'storeReprocess') return args;
  const [target, payload] = args as [unknown, { analysis?: unknown; error?: SerialisedError }];
  return [target, payload.error ? reviveError(payload.error) : payload.analysis];
}

async function run(r: Request): Promise<unknown> {
  // A payload serialised by the extraction process is rebuilt here, inside the batch, not on the main thread.
  const args = r.data ? [r.target, deserialize(r.data)] : r.args ?? [];
  if (r.op === 'sql') {
    for (const s of args[0] as ({ sql: string; params: unknown[] } | { rows: DriverRows[] })[]) {
      if ('rows' in s) db.insertGroups(s.rows);
      else sqlite.prepare(s.sql).run(...(s.params as never[]));
    }
    return null;
  }
  if (!WRITE_OPS.has(r.op as keyof WriteOps)) throw new Error(`unknown write step ${r.op}`);
  const op = r.op as keyof WriteOps;
  return (archive[op] as (...a: unknown[]) => Promise<unknown>)(...revive(op, args));
}

const queue: Request[] = [];
let timer: NodeJS.Timeout | null = null;
let flushing = false;
let closing = false;

function enqueue(r: Request) {
  queue.push(r);
  if (!flushing && !timer) timer = setTimeout(flush, GATHER_MS);
}

async function flush() {
  timer = null;
  if (flushing) return;
  flushing = true;
  try {
    while (queue.length) {
      const batch: Request[] = [];
      const answers: { id: number; ok: boolean; result?: unknown; error?: SerialisedError }[] = [];
      const t0 = performance.now();
      sqlite.exec('BEGIN IMMEDIATE');
      while (queue.length && batch.length < MAX_BATCH && performance.now() - t0 < MAX_BATCH_MS) {
        const r = queue.shift()!;
        batch.push(r);
        // Each step all or nothing: a savepoint of its own inside the batch.
        sqlite.exec('SAVEPOINT step');
        try {
          const result = await run(r);
          sqlite.exec('RELEASE step');
          answers.push({ id: r.id, ok: true, result });
        } catch (err) {
          sqlite.exec('ROLLBACK TO step');
          sqlite.exec('RELEASE step');
          answers.push({ id: r.id, ok: false, error: serialiseError(err) });
        }
      }
      try {
        sqlite.exec('COMMIT');
      } catch (err) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        const error = serialiseError(err);
        for (const a of answers) Object.assign(a, { ok: false, error, result: undefined });
      }
      for (const a of answers) main.postMessage(a.ok ? { id: a.id, ok: true, result: a.result } : { id: a.id, ok: false, error: a.error });
    }
  } finally {
    flushing = false;
    if (closing) finish();
  }
}

function finish() {
  db.close();
  process.exit(0);
}

main.on('message', (msg: Request | { close: true }) => {
  if ('close' in msg) {
    closing = true;
    if (!flushing && !queue.length) finish();
    else if (!flushing && !timer) void flush();
    return;
  }
  enqueue(msg);
});
main.postMessage({ type: 'ready' });
