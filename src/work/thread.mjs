// Entry of the writer thread (src/work/writer.ts): TypeScript sources are loaded
// through tsx, as `npm start` loads them, then its module (workerData.entry) runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
