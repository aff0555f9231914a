// Heavy work off the event loop. Parsing, language detection and extraction of a document run in a pool of
// extraction processes (src/work/extractor.ts), one document per process at a time, with
//   - a bounded queue: past `queueLimit` waiting documents, a document is refused at once (PoolBusy → 503);
//   - a CPU-time budget per document, read from the process's own counters in /proc (wall time where there is
//     no /proc; ten times the budget in wall time in any case): past it the process is killed and the
//     document fails with BudgetExceeded;
//   - a memory ceiling: the V8 heap of each process is limited (--max-old-space-size) and its resident memory
//     watched; a document that needs more fails the same way;
//   - a lower scheduling priority (nice), so the HTTP event loop keeps answering while every core is extracting.
// Processes, not worker threads: a worker thread that reaches its `resourceLimits` can take the whole process
// down with it (V8's fatal out-of-memory) or thrash its collector for minutes; a process that does only ends
// itself. A killed or crashed process is replaced on the next document.
//
// With a writer (src/work/writer.ts), `store` hands a process's analysis to the writer thread as the bytes
// the process serialised, so a long text is never rebuilt on the main thread. Node only (Workers use the queue).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, getPriority, setPriority } from 'node:os';
import { deserialize } from 'node:v8';
import type { StoreStep } from '../archive.js';
import type { Analyser, Analysis, Progress } from '../pipeline.js';
import { BudgetExceeded, PoolBusy, reviveError, serialiseError, type SerialisedError } from './errors.js';
import type { WriterClient } from './writer.js';

export interface PoolOptions {
  /** Processes (default: the number of cores). */
  jobs?: number;
  /** Documents that may wait for a process (default 128; their bytes are bounded by the upload memory budget); more are refused with PoolBusy. */
  queueLimit?: number;
  /** CPU time one document may use, in ms (default 60 s). */
  cpuMs?: number;
  /** V8 heap ceiling of one process, in MiB (default 512); its resident memory may be 256 MiB more. */
  memoryMb?: number;
  /**
   * Niceness added to the processes (default 10), for the server and for a bulk ingest alike. The HTTP event loop keeps
   * answering while every core extracts, and the writer thread, the one stage every document passes in turn, gets a
   * core as soon as it has a batch. With the processes at the writer's own priority, the writer of a two-job plain-text
   * ingest waited 2.0–2.4 ms per document for a core and the ingest did 128–147 documents/s; niced, 0.7–0.8 ms and
   * 156–168 documents/s (three runs each, alternating, on this 2-core machine).
   */
  nice?: number;
  /** Where `store` sends the analyses. */
  writer?: WriterClient;
}

interface Job { bytes: Uint8Array; name: string; published?: string | null }

interface Task {
  job: Job;
  onProgress?: (p: Progress) => void;
  /** The serialised payload ({ analysis } or { error }) the process sent. */
  resolve(data: Uint8Array): void;
  reject(e: Error): void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  task: Task | null;
  /** CPU ticks of the process and wall clock when the current task started. */
  ticks0: number;
  wall0: number;
  /** Why it was killed, when the pool did it. */
  killed: BudgetExceeded | null;
  /** The end of what it wrote on stderr (V8 says "heap out of memory" there). */
  stderr: string;
}

const CHILD = new URL('./child.mjs', import.meta.url);
const ENTRY = new URL('./extractor.ts', import.meta.url).href;
/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (100 on every Linux build Node supports). */
const TICK_MS = 10;
/** Resident memory a process may have beyond its V8 heap ceiling (code, buffers, the bytes it reads). */
const RSS_ALLOWANCE_MB = 256;
/**
 * V8's young generation of an extraction process (each of its two semi-spaces, MiB). An analysis makes short-lived
 * objects by the megabyte (a PDF's operators and glyphs, mammoth's XML tree, the extractors' matches), and with
 * V8's own size its collector's helper threads did about a quarter of the process's work (7 of 26 ms of CPU per
 * corpus PDF). Measured per corpus PDF, process CPU (three alternating runs each): V8's own 22.9 / 24.4 / 23.2 ms,
 * 16 MiB 22.9 / 21.9 / 30.4, 32 MiB 16.9 / 17.0 / 22.7, 64 MiB 19.8 / 23.9 / 26.9 (a young generation larger than
 * the caches). It is part of the process's resident memory (RSS_ALLOWANCE_MB covers it).
 */
const SEMI_SPACE_MB = 32;
/**
 * V8's helper threads per extraction process (its collector's parallel and concurrent work, background compiles).
 * Node gives each process four; with one process per core, four each and the main process's own, a core has six
 * helper threads besides the JavaScript ones, and on a busy machine their tasks wait for one another. One each,
 * measured with two jobs on this 2-core machine (two alternating runs each, documents/s, the default's first):
 * PDF 133.8 / 133.1 → 146.8 / 145.5 (helper CPU per document 1.81 / 2.12 → 1.47 / 1.63 ms), DOCX 108.6 / 107.3 →
 * 111.2 / 120.1, plain text 206.3 / 190.5 → 194.3 / 202.9 (no change beyond the noise), one job unchanged.
 */
const V8_HELPER_THREADS = 1;

/** utime + stime from a /proc stat file (`/proc/<pid>/stat`, or a thread's `/proc/<pid>/task/<tid>/stat`), in ticks; null when it cannot be read. */
export function statTicks(path: string): number | null {
  const fields = statFields(path);
  return fields ? Number(fields[11]) + Number(fields[12]) : null;
}

/**
 * The fields of a /proc stat file after the command name (which may hold spaces and brackets), from field 3 on:
 * `[0]` is the state, `[11]`/`[12]` utime/stime, `[16]` the niceness. Null when it cannot be read.
 */
export function statFields(path: string): string[] | null {
  try {
    const stat = readFileSync(path, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime of a process, in ticks; null when /proc cannot tell. */
const processTicks = (pid: number): number | null => statTicks(`/proc/${pid}/stat`);

/** Resident memory of a process in MiB; null when /proc cannot tell. */
function processRssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

type Payload = { analysis: Analysis } | { error: SerialisedError };

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

  /** Whether a document given now would be refused (every process busy and the queue full). */
  get full(): boolean {
    return this.queue.length >= this.jobs - this.load.running + this.queueLimit;
  }

  /** The process ids of the extraction processes (for a memory report of the whole server). */
  get pids(): number[] {
    return this.slots.map((s) => s.child.pid).filter((p): p is number => !!p);
  }

  /** Start the processes now rather than on the first document (they take about half a second each). */
  warm(): void {
    while (this.slots.length < this.jobs) this.spawn();
  }

  /** Analyse one document in a process and get the analysis back (the `Analyser` of a local engine). */
  readonly analyse: Analyser = (job, onProgress) => new Promise<Analysis>((resolve, reject) => {
    this.submit({
      job, onProgress, reject,
      resolve: (data) => {
        const p = deserialize(data) as Payload;
        if ('analysis' in p) resolve(p.analysis);
        else reject(reviveError(p.error));
      },
    });
  });

  /** Analyse one document in a process and store it through the writer with `step`; resolves with the writer's answer. */
  store<T>(job: Job, step: StoreStep, onProgress?: (p: Progress) => void): Promise<T> {
    const writer = this.writer;
    if (!writer) return Promise.reject(new Error('This pool has no writer.'));
    const target = step.op === 'storeUpload' ? step.meta : step.id;
    return new Promise<T>((resolve, reject) => {
      this.submit({
        job, onProgress,
        // The analysis goes to the writer as the bytes the process made; the answer comes from the writer.
        // (Its slot is already free: `load` counts the other documents, whose analyses will follow.)
        resolve: (data) => { writer.callWithData<T>(step.op, target, data, this.load.running + this.load.queued).then(resolve, reject); },
        reject: (err) => {
          if (err instanceof PoolBusy || this.closed) { reject(err); return; }
          // The process was stopped (budget, memory) or died: the writer stores the failure.
          writer.call<T>(step.op, [target, { error: serialiseError(err) }]).then(resolve, reject);
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
    await Promise.all(this.slots.splice(0).map((s) => new Promise<void>((resolve) => {
      s.task?.reject(new Error('The extraction pool is closed.'));
      s.task = null;
      if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
      s.child.once('exit', () => resolve());
      s.child.kill('SIGKILL');
    })));
  }

  private spawn(): Slot {
    const child = fork(CHILD, [ENTRY], {
      execArgv: [`--max-old-space-size=${this.memoryMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, `--v8-pool-size=${V8_HELPER_THREADS}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, ready: false, task: null, ticks0: 0, wall0: 0, killed: null, stderr: '' };
    this.slots.push(slot);
    if (this.nice > 0 && child.pid) {
      try {
        // Added to ours (setPriority sets a niceness, it does not add one): a server started niced keeps its processes below it.
        setPriority(child.pid, Math.min(19, getPriority() + this.nice));
      } catch {
        // Not allowed here: the process keeps our priority.
      }
    }
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => { slot.stderr = (slot.stderr + d).slice(-4000); });
    child.on('message', (msg: ChildMessage) => this.onMessage(slot, msg));
    child.on('error', () => undefined); // reported by 'exit'
    child.on('exit', (code, signal) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const t = slot.task;
      slot.task = null;
      if (t) {
        if (slot.killed) t.reject(slot.killed);
        else if (/heap out of memory|Reached heap limit|Allocation failed/.test(slot.stderr)) t.reject(this.memoryError());
        else t.reject(new Error(`The extraction process stopped unexpectedly (${signal ?? `exit code ${code}`}).`));
      }
      if (!this.closed) this.dispatch();
    });
    return slot;
  }

  private memoryError(): BudgetExceeded {
    return new BudgetExceeded('memory', `Processing stopped: the document needed more than ${this.memoryMb} MiB of memory ` +
      '(KOMMUNARKIV_WORKER_MEMORY_MB). The original is kept; reprocess it with a higher ceiling.');
  }

  private onMessage(slot: Slot, msg: ChildMessage): void {
    if (msg.type === 'ready') {
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
    t.resolve(msg.data);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.task || slot.killed || !slot.child.connected) continue;
      const t = this.queue.shift()!;
      slot.task = t;
      slot.ticks0 = slot.child.pid ? processTicks(slot.child.pid) ?? 0 : 0;
      slot.wall0 = performance.now();
      const { bytes, name, published } = t.job;
      slot.child.send({ bytes, name, published: published ?? null });
      t.onProgress?.({ stage: 'parsing', pages: null, characters: null });
    }
    // Processes still starting will take the rest when they are ready.
    let starting = this.slots.filter((s) => !s.ready && !s.killed).length;
    while (this.queue.length > starting && this.slots.length < this.jobs) {
      this.spawn();
      starting++;
    }
  }

  /** The watchdog: kill a process whose document passed its CPU budget, its memory, or (far beyond) its wall time. */
  private check(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      if (!slot.task || slot.killed || !slot.child.pid) continue;
      const ticks = processTicks(slot.child.pid);
      const cpu = ticks === null ? now - slot.wall0 : (ticks - slot.ticks0) * TICK_MS;
      const wall = now - slot.wall0;
      const rss = processRssMb(slot.child.pid);
      const seconds = (this.cpuMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
      if (rss !== null && rss > this.memoryMb + RSS_ALLOWANCE_MB) slot.killed = this.memoryError();
      else if (cpu > this.cpuMs) {
        slot.killed = new BudgetExceeded('cpu', `Processing stopped: the document used more than its budget of ${seconds} s of CPU time ` +
          '(KOMMUNARKIV_CPU_SECONDS). The original is kept; reprocess it after an extractor fix or with a higher budget.');
      } else if (wall > 10 * this.cpuMs + 60_000) {
        // Wall time only as a last resort (a niced process on a busy machine gets little CPU): ten times the budget.
        slot.killed = new BudgetExceeded('cpu', `Processing stopped: the document was not done after ${(wall / 1000).toFixed(0)} s ` +
          `(its CPU budget is ${seconds} s). The original is kept.`);
      } else continue;
      slot.child.kill('SIGKILL');
    }
  }
}

type ChildMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; data: Uint8Array };

export { BudgetExceeded, PoolBusy };
