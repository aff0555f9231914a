// Cloudflare D1: the same schema and queries; migrations are applied by `wrangler d1 migrations apply`.
import type { D1Database } from '@cloudflare/workers-types';
import { getTableColumns, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database, Db, Statement } from './index.js';
import { RowsInsert, type AddOnConflict } from './rows.js';
import * as schema from './schema.js';

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMS = 100;

/** ON CONFLICT (target) DO UPDATE SET c = c + excluded.c, in drizzle's terms (its columns by their SQL names). */
function addingUpdate(table: SQLiteTable, c: AddOnConflict) {
  const byName = new Map(Object.entries(getTableColumns(table)).map(([key, col]) => [col.name, { key, col }]));
  const set = Object.fromEntries(c.add.map((name) => [byName.get(name)!.key, sql`${byName.get(name)!.col} + excluded.${sql.identifier(name)}`]));
  return { target: c.target.map((name) => byName.get(name)!.col), set };
}

export function openD1(binding: D1Database): Database {
  const db = drizzle(binding, { schema });
  // Bulk inserts become drizzle multi-row inserts, chunked so that none binds more than MAX_PARAMS.
  const expand = (s: Statement | RowsInsert): Statement[] => {
    if (!(s instanceof RowsInsert)) return [s];
    const out: Statement[] = [];
    const width = Math.max(1, ...s.rows.map((r) => Object.keys(r).length));
    const size = Math.max(1, Math.floor(MAX_PARAMS / width));
    const c = s.onConflict;
    const update = typeof c === 'string' ? null : addingUpdate(s.table, c);
    for (let i = 0; i < s.rows.length; i += size) {
      const q = db.insert(s.table).values(s.rows.slice(i, i + size) as never);
      out.push((c === 'ignore' ? q.onConflictDoNothing() : update ? q.onConflictDoUpdate(update) : q) as unknown as Statement);
    }
    return out;
  };
  return {
    db: db as unknown as Db,
    driver: 'd1',
    maxParams: MAX_PARAMS,
    async atomic(statements) {
      const all = statements.flatMap(expand);
      if (all.length) await db.batch(all as [never, ...never[]]);
    },
  };
}
