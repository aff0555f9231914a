// One extraction thread of the pool (src/work/pool.ts): it receives a document's bytes, runs the pipeline and
// posts back the analysis (or why it failed), with progress on the way.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyse } from '../pipeline.js';

/** This thread's id in the kernel (Linux), so the pool can read its CPU time and lower its priority. */
function threadId(): number | null {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

const tid = threadId();
const nice = Number((workerData as { nice?: number } | null)?.nice ?? 0);
if (tid && nice > 0) {
  try {
    setPriority(tid, nice);
  } catch {
    // Not allowed here: the thread keeps the process's priority.
  }
}

const port = parentPort!;
port.on('message', async (msg: { bytes: Uint8Array; name: string; published: string | null }) => {
  try {
    const analysis = await analyse(msg.bytes, msg.name, {
      published: msg.published,
      onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
    });
    port.postMessage({ type: 'done', analysis });
  } catch (err) {
    const e = err as Error & { reason?: string };
    port.postMessage({ type: 'failed', error: { name: e?.name ?? 'Error', message: e?.message ?? String(err), reason: e?.reason } });
  }
});
port.postMessage({ type: 'ready', tid });
