// One database interface over both drivers. Queries are written once and awaited: better-sqlite3 runs
// them synchronously, D1 asynchronously. `atomic` writes a set of statements all-or-nothing: a
// transaction on SQLite, a batch on D1.
import type { BatchItem } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RowsInsert } from './rows.js';
import * as schema from './schema.js';

export { schema };
export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;
export type Statement = BatchItem<'sqlite'>;
/** What `atomic` takes: drizzle statements, and bulk row inserts as data (src/db/rows.ts). */
export type Write = Statement | RowsInsert;

export interface Database {
  db: Db;
  /** Run the statements in one transaction: all of them or none. */
  atomic(statements: Write[]): Promise<void>;
  /** Which engine: decides the few places where SQL differs (none so far besides atomic). */
  driver: 'sqlite' | 'd1';
  /** Most parameters one statement may bind: D1 allows 100, SQLite 32766. Multi-row inserts are chunked by it. */
  maxParams: number;
}
