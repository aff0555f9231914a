// One extraction process of the pool (src/work/pool.ts): it receives a document's bytes, runs the pipeline and
// sends back the analysis (or why it failed) already serialised, so that the main thread can hand it to the
// writer thread as bytes without reading it; progress goes to the pool on the way. A process of its own, so
// that running out of memory, or being stopped, ends only this process.
import { serialize } from 'node:v8';
import { analyse } from '../pipeline.js';
import { serialiseError } from './errors.js';

interface Job { bytes: Uint8Array; name: string; published: string | null }

const send = (msg: unknown) => new Promise<void>((resolve) => process.send!(msg, () => resolve()));

process.on('message', async (job: Job) => {
  let payload: { analysis: unknown } | { error: ReturnType<typeof serialiseError> };
  try {
    const analysis = await analyse(job.bytes, job.name, {
      published: job.published,
      // (The pool says 'parsing' itself when it hands the document over: one message less per document.)
      onProgress: (progress) => { if (progress.stage !== 'parsing' || progress.ocr) void send({ type: 'progress', progress }); },
    });
    payload = { analysis };
  } catch (err) {
    payload = { error: serialiseError(err) };
  }
  await send({ type: 'done', data: serialize(payload) });
});
// The pool went away (the server stopped or was killed): so does this process.
process.on('disconnect', () => process.exit(0));
void send({ type: 'ready' });
