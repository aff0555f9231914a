// The one writer (Node). Every write to the SQLite file goes through one thread (src/work/writer-thread.ts),
// which owns the only write connection and commits in batches: what arrives while it is busy, or within a
// couple of milliseconds, goes into one transaction (bounded by count and by time), each step inside its own
// savepoint so a step that fails leaves the others whole. A step is answered only after its batch has
// committed. The event loop never waits for a write lock, and FTS indexing of a long text happens elsewhere.
//
// Steps: the Archive's own (WriteOps: store an upload, a reprocess, a deletion…), run by an Archive over the
// writer's connection, and raw SQL (`sql`) from code on the main thread (reviews) through `forwardWrites`.
// Extraction threads send their analyses straight to the writer over a MessagePort, so a long text never
// passes through the main thread.
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { Database } from '../db/index.js';
import { driverRows, RowsInsert } from '../db/rows.js';
import { reviveError, type SerialisedError } from './errors.js';

const THREAD = new URL('./thread.mjs', import.meta.url);
const ENTRY = new URL('./writer-thread.ts', import.meta.url).href;

export interface WriterOptions {
  /** The SQLite file (already migrated by the main thread). */
  file: string;
  /** DATA_DIR: the writer's Archive reads originals from it. */
  dataDir: string;
  /** Called when the writer thread stops on its own (it should not): nothing more can be stored. */
  onExit?: (code: number) => void;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerialisedError };

export class WriterClient {
  private readonly worker: Worker;
  private last = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private closing = false;
  readonly ready: Promise<void>;

  constructor(opts: WriterOptions) {
    this.worker = new Worker(THREAD, { workerData: { entry: ENTRY, file: opts.file, dataDir: opts.dataDir }, execArgv: [] });
    let started!: () => void;
    let failed!: (e: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => { started = resolve; failed = reject; });
    this.worker.on('message', (msg: Reply | { type: 'ready' } | { type: 'failed'; error: SerialisedError }) => {
      if ('type' in msg) {
        if (msg.type === 'ready') started();
        else failed(reviveError(msg.error));
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(reviveError(msg.error));
    });
    this.worker.on('error', (err) => failed(err));
    this.worker.on('exit', (code) => {
      const err = new Error(`The writer thread stopped (exit code ${code}); nothing more can be stored.`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      failed(err);
      if (!this.closing) opts.onExit?.(code);
    });
  }

  /** A fresh request id (shared by requests from this thread and those an extraction thread sends for it). */
  id(): number {
    return ++this.last;
  }

  /** The answer to request `id`, whoever sends the request. */
  expect<T>(id: number): Promise<T> {
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Send request `id` (`ifFirst`: only if no request with this id reached the writer before). */
  send(id: number, op: string, args: unknown[], ifFirst = false): void {
    this.worker.postMessage({ id, op, args, ifFirst });
  }

  call<T>(op: string, args: unknown[]): Promise<T> {
    const id = this.id();
    const answer = this.expect<T>(id);
    this.send(id, op, args);
    return answer;
  }

  /** A port over which another thread sends requests straight to the writer (answers come here). */
  connect(): MessagePort {
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ port: port2 }, [port2]);
    return port1;
  }

  /** Let the writer commit what it has, close its connection and stop. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const done = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ close: true });
    await done;
  }
}

/** The main thread's database: reads on its own connection, every write through the writer (`sql` steps). */
export function forwardWrites(db: Database, writer: WriterClient): Database {
  return {
    ...db,
    async atomic(statements) {
      if (!statements.length) return;
      const steps = statements.map((s) => (s instanceof RowsInsert ? { rows: driverRows(s) }
        : (s as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL()));
      await writer.call('sql', [steps]);
    },
  };
}
