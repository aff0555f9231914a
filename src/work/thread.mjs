// Entry of an extraction thread: TypeScript sources are loaded through tsx (as `npm start` loads them), then
// thread.ts answers the pool's messages.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
