// Entry of every worker thread of the service (extraction threads, the writer): TypeScript sources are loaded
// through tsx, as `npm start` loads them, then the thread's own module (workerData.entry) runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
