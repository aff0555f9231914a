// One extraction thread of the pool (src/work/pool.ts): it receives a document's bytes, runs the pipeline and
// either posts the analysis back, or (with a writer) sends it straight to the writer thread to be stored and
// tells the pool it is done; progress goes to the pool on the way.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyse } from '../pipeline.js';
import { serialiseError } from './errors.js';

/** This thread's id in the kernel (Linux), so the pool can read its CPU time and lower its priority. */
function threadId(): number | null {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

const { nice, writer } = workerData as { nice?: number; writer?: MessagePort };
const tid = threadId();
if (tid && nice && nice > 0) {
  try {
    setPriority(tid, nice);
  } catch {
    // Not allowed here: the thread keeps the process's priority.
  }
}

interface Job {
  bytes: Uint8Array;
  name: string;
  published: string | null;
  /** Store through the writer: request id and the step ([step, target]). */
  store?: { id: number; op: 'storeUpload' | 'storeReprocess'; target: unknown };
}

const port = parentPort!;
port.on('message', async (job: Job) => {
  let payload: { analysis: unknown } | { error: ReturnType<typeof serialiseError> };
  try {
    const analysis = await analyse(job.bytes, job.name, {
      published: job.published,
      onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
    });
    payload = { analysis };
  } catch (err) {
    payload = { error: serialiseError(err) };
  }
  if (job.store && writer) {
    // To the writer first, then free: a thread stopped in between has already handed its work on.
    writer.postMessage({ id: job.store.id, op: job.store.op, args: [job.store.target, payload] });
    port.postMessage({ type: 'handed' });
  } else if ('analysis' in payload) {
    port.postMessage({ type: 'done', analysis: payload.analysis });
  } else {
    port.postMessage({ type: 'failed', error: payload.error });
  }
});
port.postMessage({ type: 'ready', tid });
