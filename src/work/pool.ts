// Heavy work off the event loop. Parsing, language detection and extraction of a document run in a pool of
// worker threads (src/work/thread.ts), one document per thread at a time, with
//   - a bounded queue: past `queueLimit` waiting documents, a document is refused at once (PoolBusy → 503);
//   - a CPU-time budget per document, read from the thread's own counters in /proc (wall time where there is
//     no /proc; ten times the budget in wall time in any case): past it the thread is terminated and the
//     document fails with BudgetExceeded;
//   - a memory ceiling per thread (`resourceLimits`): a document that needs more fails the same way;
//   - a lower scheduling priority for the threads (nice), so the HTTP event loop keeps answering while every
//     core is extracting.
// With a writer (src/work/writer.ts) a thread hands its analysis straight to the writer thread to be stored
// (`store`), so the analysis never passes through the main thread. A terminated or crashed thread is replaced
// on the next document. Node only (Workers use the queue).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoreStep } from '../archive.js';
import type { Analyser, Analysis, Progress } from '../pipeline.js';
import { BudgetExceeded, PoolBusy, reviveError, serialiseError, type SerialisedError } from './errors.js';
import type { WriterClient } from './writer.js';

export interface PoolOptions {
  /** Threads (default: the number of cores). */
  jobs?: number;
  /** Documents that may wait for a thread (default 128; their bytes are bounded by the upload memory budget); more are refused with PoolBusy. */
  queueLimit?: number;
  /** CPU time one document may use, in ms (default 60 s). */
  cpuMs?: number;
  /** Heap ceiling of one thread, in MiB (default 512). */
  memoryMb?: number;
  /** Niceness added to the threads (default 10; 0 for batch jobs that have the machine to themselves). */
  nice?: number;
  /** Where `store` sends the analyses. */
  writer?: WriterClient;
}

interface Job { bytes: Uint8Array; name: string; published?: string | null }

interface Task {
  job: Job;
  /** Set for `store`: the writer request this task's analysis becomes. */
  store?: { id: number; step: StoreStep };
  onProgress?: (p: Progress) => void;
  resolve(a: Analysis | null): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  tid: number | null;
  ready: boolean;
  task: Task | null;
  /** CPU ticks of the thread and wall clock when the current task started. */
  ticks0: number;
  wall0: number;
  /** Why it was terminated, when the pool did it. */
  killed: BudgetExceeded | null;
}

const THREAD = new URL('./thread.mjs', import.meta.url);
const ENTRY = new URL('./thread.ts', import.meta.url).href;
/** USER_HZ: the unit of utime/stime in /proc/<pid>/task/<tid>/stat (100 on every Linux build Node supports). */
const TICK_MS = 10;

/** utime + stime of one thread of this process, in ticks; null when /proc cannot tell. */
function threadTicks(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

const stepArgs = (step: StoreStep, payload: { analysis: unknown } | { error: SerialisedError }) =>
  [step.op === 'storeUpload' ? step.meta : step.id, payload];

export class AnalysisPool {
  readonly jobs: number;
  readonly queueLimit: number;
  readonly cpuMs: number;
  readonly memoryMb: number;
  private readonly nice: number;
  private readonly writer: WriterClient | null;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly watchdog: NodeJS.Timeout;
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));
    this.queueLimit = Math.max(0, Math.floor(opts.queueLimit ?? 128));
    this.cpuMs = opts.cpuMs ?? 60_000;
    this.memoryMb = opts.memoryMb ?? 512;
    this.nice = opts.nice ?? 10;
    this.writer = opts.writer ?? null;
    this.watchdog = setInterval(() => this.check(), 100);
    this.watchdog.unref();
  }

  /** Documents being analysed and waiting. */
  get load(): { running: number; queued: number } {
    return { running: this.slots.filter((s) => s.task).length, queued: this.queue.length };
  }

  /** Whether a document given now would be refused (every thread busy and the queue full). */
  get full(): boolean {
    return this.queue.length >= this.jobs - this.load.running + this.queueLimit;
  }

  /** Start the threads now rather than on the first document (they take about half a second each). */
  warm(): void {
    while (this.slots.length < this.jobs) this.spawn();
  }

  /** Analyse one document in a thread and get the analysis back (the `Analyser` of a local engine). */
  readonly analyse: Analyser = (job, onProgress) => new Promise<Analysis>((resolve, reject) => {
    this.submit({ job, onProgress, resolve: resolve as (a: Analysis | null) => void, reject });
  });

  /** Analyse one document in a thread and store it through the writer with `step`; resolves with the writer's answer. */
  store<T>(job: Job, step: StoreStep, onProgress?: (p: Progress) => void): Promise<T> {
    const writer = this.writer;
    if (!writer) return Promise.reject(new Error('This pool has no writer.'));
    const id = writer.id();
    const answer = writer.expect<T>(id);
    return new Promise<T>((resolve, reject) => {
      // The task ends when its thread has handed the analysis on (or failed); the answer comes from the writer.
      this.submit({
        job, store: { id, step }, onProgress,
        resolve: () => { answer.then(resolve, reject); },
        reject: (err) => {
          if (err instanceof PoolBusy || this.closed) { reject(err); return; }
          // The thread was stopped (budget, memory) or died: the writer stores the failure, unless the analysis got there first.
          writer.send(id, step.op, stepArgs(step, { error: serialiseError(err) }), true);
          answer.then(resolve, reject);
        },
      });
    });
  }

  private submit(task: Task): void {
    if (this.closed) return task.reject(new Error('The extraction pool is closed.'));
    if (this.full) return task.reject(new PoolBusy(this.queue.length));
    task.onProgress?.({ stage: 'queued', pages: null, characters: null });
    this.queue.push(task);
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    for (const t of this.queue.splice(0)) t.reject(new Error('The extraction pool is closed.'));
    await Promise.all(this.slots.splice(0).map((s) => {
      s.task?.reject(new Error('The extraction pool is closed.'));
      s.task = null;
      return s.worker.terminate();
    }));
  }

  private spawn(): Slot {
    const port = this.writer?.connect();
    const worker = new Worker(THREAD, {
      workerData: { entry: ENTRY, nice: this.nice, writer: port },
      transferList: port ? [port] : [],
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.memoryMb >> 3)), stackSizeMb: 8 },
    });
    worker.unref();
    const slot: Slot = { worker, tid: null, ready: false, task: null, ticks0: 0, wall0: 0, killed: null };
    this.slots.push(slot);
    worker.on('message', (msg: ThreadMessage) => this.onMessage(slot, msg));
    worker.on('error', (err: Error & { code?: string }) => {
      const t = slot.task;
      slot.task = null;
      if (!t) return;
      if (slot.killed) t.reject(slot.killed);
      else if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') t.reject(this.memoryError());
      else t.reject(err);
    });
    worker.on('exit', () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const t = slot.task;
      slot.task = null;
      t?.reject(slot.killed ?? new Error('The extraction thread stopped unexpectedly.'));
      if (!this.closed) this.dispatch();
    });
    return slot;
  }

  private memoryError(): BudgetExceeded {
    return new BudgetExceeded('memory', `Processing stopped: the document needed more than ${this.memoryMb} MiB of memory ` +
      '(KOMMUNARKIV_WORKER_MEMORY_MB). The original is kept; reprocess it with a higher ceiling.');
  }

  private onMessage(slot: Slot, msg: ThreadMessage): void {
    if (msg.type === 'ready') {
      slot.tid = msg.tid;
      slot.ready = true;
      this.dispatch();
      return;
    }
    const t = slot.task;
    if (!t) return;
    if (msg.type === 'progress') {
      t.onProgress?.(msg.progress);
      return;
    }
    slot.task = null;
    if (msg.type === 'done') t.resolve(msg.analysis);
    else if (msg.type === 'handed') t.resolve(null);
    else t.reject(reviveError(msg.error));
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.task || slot.killed) continue;
      const t = this.queue.shift()!;
      slot.task = t;
      slot.ticks0 = slot.tid ? threadTicks(slot.tid) ?? 0 : 0;
      slot.wall0 = performance.now();
      const { bytes, name, published } = t.job;
      const store = t.store && { id: t.store.id, op: t.store.step.op, target: t.store.step.op === 'storeUpload' ? t.store.step.meta : t.store.step.id };
      slot.worker.postMessage({ bytes, name, published: published ?? null, store });
    }
    // Threads still starting will take the rest when they are ready.
    let starting = this.slots.filter((s) => !s.ready && !s.killed).length;
    while (this.queue.length > starting && this.slots.length < this.jobs) {
      this.spawn();
      starting++;
    }
  }

  /** The watchdog: terminate a thread whose document passed its CPU budget (or, far beyond it, wall time). */
  private check(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      if (!slot.task || slot.killed) continue;
      const ticks = slot.tid ? threadTicks(slot.tid) : null;
      const cpu = ticks === null ? now - slot.wall0 : (ticks - slot.ticks0) * TICK_MS;
      const wall = now - slot.wall0;
      // Wall time only as a last resort (a niced thread on a busy machine gets little CPU): ten times the budget.
      if (cpu <= this.cpuMs && wall <= 10 * this.cpuMs + 60_000) continue;
      const seconds = (this.cpuMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
      slot.killed = new BudgetExceeded('cpu', cpu > this.cpuMs
        ? `Processing stopped: the document used more than its budget of ${seconds} s of CPU time (KOMMUNARKIV_CPU_SECONDS). ` +
          'The original is kept; reprocess it after an extractor fix or with a higher budget.'
        : `Processing stopped: the document was not done after ${(wall / 1000).toFixed(0)} s (its CPU budget is ${seconds} s). The original is kept.`);
      void slot.worker.terminate();
    }
  }
}

type ThreadMessage =
  | { type: 'ready'; tid: number | null }
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; analysis: Analysis }
  | { type: 'handed' }
  | { type: 'failed'; error: SerialisedError };

export { BudgetExceeded, PoolBusy };
