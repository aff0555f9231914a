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
/**
 * While the extraction pool says more analyses are on their way, a batch waits for them up to this long after its
 * first step: one commit then writes the pages those documents share (index, full-text and tally pages) once.
 * Batches of two documents wrote ~100 WAL pages per document, batches of twenty ~33, and the store step cost
 * 4.6 vs 3.0 ms per document. A lone upload, or a review, waits only GATHER_MS.
 */
const MAX_GATHER_MS = 100;
/** Enough company: past this many steps the gain of waiting for more is small (3.3 ms per document at 10, 3.2 at 15). */
const GATHERED = 16;

interface Request { id: number; op: string; args?: unknown[]; target?: unknown; data?: Uint8Array; more?: number }

const { file, dataDir } = workerData as { file: string; dataDir: string };
const db = openSqlite(file, { migrate: false });
const sqlite = db.client;
// The writer checkpoints the WAL into the file every 8,192 pages (32 MiB) instead of SQLite's 1,000: a page written
// again and again by a bulk ingest (index, full-text and tally pages) is copied once per checkpoint, and the file is
// synced less often. Measured on the mention rows of a bulk ingest: 74 → 51 µs a row with a commit per document.
sqlite.pragma('wal_autocheckpoint = 8192');
// Each step of a batch runs in a savepoint, so SQLite keeps the pages a step changes that earlier steps had changed
// (index, full-text and tally pages) in a sub-journal. Past 64 KiB that journal is a temporary file on disk: a bulk
// ingest wrote ~140 pages per document to /var/tmp, 285 system calls, a new file per batch. In memory it costs no
// system call, and holds at most one copy of each page the batch changes. Stored plain-text documents at 16 per batch:
// 386 → 99 pwrite calls per document (strace, 1,000 documents), 0.8–0.9 → 0.4–0.5 ms of system time (2,000, two runs
// each). It also keeps this connection's sorts and temporary b-trees in memory: its queries read one document's rows.
sqlite.pragma('temp_store = MEMORY');
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
/** When the oldest step in the queue arrived, and how many more documents the latest step said were coming. */
let firstAt = 0;
let coming = 0;

function enqueue(r: Request) {
  if (!queue.length) firstAt = performance.now();
  queue.push(r);
  coming = r.more ?? 0;
  if (!flushing && !timer) timer = setTimeout(flush, GATHER_MS);
}

async function flush() {
  timer = null;
  if (flushing) return;
  if (!closing && coming > 0 && queue.length < GATHERED && performance.now() - firstAt < MAX_GATHER_MS) {
    timer = setTimeout(flush, GATHER_MS);
    return;
  }
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
