// Entry of an extraction process (src/work/pool.ts): TypeScript sources are loaded through tsx, as `npm start`
// loads them, then the process's own module (the first argument) runs.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
