// Node entry: SQLite file and originals under DATA_DIR, then the shared app.
import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openSqlite } from './db/sqlite.js';
import { fsBlobStore } from './storage/fs.js';

const config = await loadConfig();
const db = openSqlite(join(config.dataDir, 'kommunarkiv.db'));
const app = createApp({ db, blobs: fsBlobStore(config.dataDir) }, config);
const server = serve({ fetch: app.fetch, port: config.port, hostname: process.env.HOST || '127.0.0.1' }, (info) => {
  console.log(`kommunarkiv listening on http://${info.address}:${info.port} (data in ${config.dataDir})`);
  if (config.tokenGenerated) console.log(`write token (saved in ${join(config.dataDir, 'token')}, mode 600): ${config.token}`);
});
const stop = () => server.close(() => { db.close(); process.exit(0); });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
