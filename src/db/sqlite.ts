// The embedded default: one SQLite file in DATA_DIR, migrations applied at start-up.
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import type { Database, Db } from './index.js';
import * as schema from './schema.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

export function openSqlite(file: string): Database & { close(): void } {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db: db as unknown as Db,
    driver: 'sqlite',
    maxParams: 32766,
    async atomic(statements) {
      sqlite.transaction(() => {
        for (const s of statements) (s as unknown as { run(): unknown }).run();
      })();
    },
    close: () => sqlite.close(),
  };
}
