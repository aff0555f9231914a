// The embedded default: one SQLite file in DATA_DIR, migrations applied at start-up.
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import type { Database, Db } from './index.js';
import { driverRows, insertSql, RowsInsert, type DriverRows } from './rows.js';
import * as schema from './schema.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** `migrate: false` for a second connection to a file the first one has migrated (the writer thread). */
export function openSqlite(file: string, opts: { migrate?: boolean } = {}): Database & { close(): void; client: BetterSqlite3.Database; insertGroups(groups: DriverRows[]): void } {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Up to 64 MiB of pages per connection (the default is 2 MiB): an archive's pages of people, municipalities and
  // search read the same index pages again and again, and a page read from this cache costs no system call.
  sqlite.pragma('cache_size = -65536');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  if (opts.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // One compiled INSERT per table and column set, reused for every row (see src/db/rows.ts).
  const inserts = new Map<string, BetterSqlite3.Statement>();
  const insert = (g: Pick<DriverRows, 'table' | 'columns' | 'onConflict'>) => {
    const text = insertSql(g);
    let st = inserts.get(text);
    if (!st) inserts.set(text, (st = sqlite.prepare(text)));
    return st;
  };
  return {
    db: db as unknown as Db,
    driver: 'sqlite',
    maxParams: 32766,
    async atomic(statements) {
      sqlite.transaction(() => {
        for (const s of statements) {
          if (s instanceof RowsInsert) {
            for (const g of driverRows(s)) {
              const st = insert(g);
              for (const v of g.values) st.run(...(v as never[]));
            }
          } else (s as unknown as { run(): unknown }).run();
        }
      })();
    },
    insertGroups(groups) {
      for (const g of groups) {
        const st = insert(g);
        for (const v of g.values) st.run(...(v as never[]));
      }
    },
    close: () => sqlite.close(),
    client: sqlite,
  };
}

/** Compiled statements kept per connection (by SQL text, the most recently used). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Keep the statements a connection compiles, by their SQL text. drizzle compiles every query it runs anew
 * (`prepare` on each call): a page of the archive runs the same few dozen texts again and again, and compiling
 * them was a third of the comparison table's time (290 municipalities, a few queries each) and ~0.2 ms of the
 * writer's work per document. A statement comes back as new: its modes (raw, pluck, expand) off; one in use by
 * an iterator is not handed out again (a new one is compiled).
 */
function cacheStatements(sqlite: BetterSqlite3.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    const st = kept.get(source);
    if (st && !st.busy) {
      kept.delete(source);
      kept.set(source, st);
      if (st.reader) st.raw(false).pluck(false).expand(false);
      return st;
    }
    const fresh = compile(source);
    if (!st) {
      kept.set(source, fresh);
      if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
    }
    return fresh;
  }) as typeof sqlite.prepare;
}
