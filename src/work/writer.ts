// The one writer (Node). Every write to the SQLite file goes through one thread (src/work/writer-thread.ts),
// which owns the only write connection and commits in batches: what arrives while it is busy, or within a
// couple of milliseconds (up to 100 ms while the pool says more analyses are coming), goes into one
// transaction (bounded by count and by time), each step inside its own
// savepoint so a step that fails leaves the others whole. A step is answered only after its batch has
// committed. The event loop never waits for a write lock, and FTS indexing of a long text happens elsewhere.
//
// Steps: the Archive's own (WriteOps: store an upload, a reprocess, a deletion…), run by an Archive over the
// writer's connection, and raw SQL (`sql`) from code on the main thread (reviews) through `forwardWrites`.
// Analyses arrive as the bytes the extraction process serialised (`callWithData`): the main thread passes them
// on without reading them, and the writer thread rebuilds them.
import { Worker } from 'node:worker_threads';
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

  private request<T>(msg: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
    const id = ++this.last;
    const answer = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.worker.postMessage({ id, ...msg }, transfer);
    return answer;
  }

  /** Run write step `op` with `args` in the writer; resolves after its batch has committed. */
  call<T>(op: string, args: unknown[]): Promise<T> {
    return this.request<T>({ op, args });
  }

  /**
   * Run store step `op` on `target` with a payload ({ analysis } or { error }) serialised by node:v8. `more`: how
   * many documents are still being analysed behind this one (the writer waits a little for them, to commit together).
   */
  callWithData<T>(op: string, target: unknown, data: Uint8Array, more = 0): Promise<T> {
    // Moved, not copied, when the bytes fill their buffer.
    const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    return this.request<T>({ op, target, data, more }, own ? [data.buffer as ArrayBuffer] : []);
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
