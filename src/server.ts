// Node entry: SQLite file and originals under DATA_DIR, extraction in a pool of processes and every write in
// one writer thread (src/work/engine.ts), then the shared app. At start-up it cleans what a crash can leave
// (README, "After a crash"). Common mistakes (port in use, unusable DATA_DIR, a bad setting) end with one line
// on stderr and exit code 1.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { MemoryBudget } from './http.js';
import { fsBlobStore } from './storage/fs.js';
import { openNodeArchive, type NodeArchive } from './work/engine.js';

function fail(message: string): never {
  console.error(`kommunarkiv: ${message}`);
  process.exit(1);
}

const config = await loadConfig().catch((err) => fail(err instanceof ConfigError ? err.message : String(err)));
const file = join(config.dataDir, 'kommunarkiv.db');
let node: NodeArchive;
try {
  node = await openNodeArchive({
    file, dataDir: config.dataDir, blobs: fsBlobStore(config.dataDir),
    pool: { jobs: config.jobs, cpuMs: config.cpuMs, memoryMb: config.workerMemoryMb },
    onWriterExit: (code) => fail(`the writer thread stopped (exit code ${code}); stopping so that nothing is half-stored`),
  });
} catch (err) {
  fail(`the database ${file} cannot be opened: ${(err as Error).message}`);
}
const { archive, pool, storage } = node;
pool.warm();
const app = createApp(storage, {
  token: config.token, readToken: config.readToken, maxBytes: config.maxBytes,
  uploadBudget: new MemoryBudget(config.uploadMemoryBytes),
  defer: { minBytes: config.deferBytes, enqueue: async (id) => archive.processLater(id) },
}, archive);

const server = serve({
  fetch: app.fetch, port: config.port, hostname: process.env.HOST || '127.0.0.1',
  // A client gets 30 s for its headers and 10 minutes for the whole request (a 25 MiB upload on a slow line);
  // Node looks for connections past them every 5 s (30 s by default). A body that stops arriving for 30 s is
  // answered 408 by the app (src/http.ts, BODY_IDLE_MS).
  serverOptions: { headersTimeout: 30_000, requestTimeout: 600_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 5_000 },
}, (info) => {
  console.log(`kommunarkiv listening on http://${info.address}:${info.port} (data in ${config.dataDir}, ${pool.jobs} extraction process${pool.jobs === 1 ? '' : 'es'})`);
  if (config.tokenGenerated) console.log(`write token (saved in ${join(config.dataDir, 'token')}, mode 600): ${config.token}`);
  void archive.recover().then((r) => {
    const said: string[] = [];
    if (r.temporary) said.push(`removed ${r.temporary} half-written temporary file${r.temporary === 1 ? '' : 's'}`);
    if (r.resumed.length) said.push(`resumed ${r.resumed.length} document${r.resumed.length === 1 ? '' : 's'} left processing`);
    if (r.adopted.length) said.push(`adopted ${r.adopted.length} original${r.adopted.length === 1 ? '' : 's'} stored without a row (${r.adopted.join(', ')})`);
    if (r.removed) said.push(`removed ${r.removed} original${r.removed === 1 ? '' : 's'} of deleted documents`);
    if (said.length) console.log(`after a crash: ${said.join('; ')}`);
  }, (err) => console.error('start-up recovery failed:', err));
}) as Server;

server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE') fail(`port ${config.port} is already in use: stop the other server or set PORT`);
  if (err.code === 'EACCES') fail(`port ${config.port} may not be opened by this user: use a port above 1023 (PORT)`);
  fail(`the server cannot listen: ${err.message}`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  // Documents still processing stay `processing` and are resumed at the next start; the writer commits what it has.
  void node.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
