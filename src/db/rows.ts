// Bulk row inserts, the one write the archive does by the thousand (a document's mentions and commitments).
// Built by drizzle's query builder, every multi-row insert is a new SQL text for SQLite to compile; `insertRows`
// hands the rows over as data instead. SQLite runs them through one cached single-row statement per table and
// column set (src/db/sqlite.ts); D1 gets ordinary drizzle inserts, chunked by its 100-parameter limit (src/db/d1.ts).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export class RowsInsert {
  constructor(
    readonly table: SQLiteTable,
    readonly rows: Record<string, unknown>[],
    /** `ignore`: a row that breaks a unique constraint is skipped (INSERT OR IGNORE / ON CONFLICT DO NOTHING). */
    readonly onConflict: 'abort' | 'ignore' = 'abort',
  ) {}
}

export function insertRows<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][], opts: { ignoreConflicts?: boolean } = {}): RowsInsert {
  return new RowsInsert(table, rows as Record<string, unknown>[], opts.ignoreConflicts ? 'ignore' : 'abort');
}

/** The rows as driver values, grouped by the columns they set: what one prepared INSERT can take. */
export interface DriverRows { table: string; columns: string[]; values: unknown[][]; ignore: boolean }

const columnsCache = new WeakMap<SQLiteTable, [string, { name: string; mapToDriverValue(v: unknown): unknown }][]>();

export function driverRows(ins: RowsInsert): DriverRows[] {
  let cols = columnsCache.get(ins.table);
  if (!cols) {
    cols = Object.entries(getTableColumns(ins.table)) as unknown as [string, { name: string; mapToDriverValue(v: unknown): unknown }][];
    columnsCache.set(ins.table, cols);
  }
  const groups = new Map<string, DriverRows>();
  const table = getTableName(ins.table);
  for (const row of ins.rows) {
    const present = cols.filter(([key]) => row[key] !== undefined);
    const names = present.map(([, c]) => c.name);
    const key = names.join('\u0000');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { table, columns: names, values: [], ignore: ins.onConflict === 'ignore' }));
    g.values.push(present.map(([k, c]) => (row[k] === null ? null : c.mapToDriverValue(row[k]))));
  }
  return [...groups.values()];
}

/** `INSERT [OR IGNORE] INTO "t" ("a", "b") VALUES (?, ?)` for one group. */
export function insertSql(g: Pick<DriverRows, 'table' | 'columns' | 'ignore'>): string {
  return `INSERT${g.ignore ? ' OR IGNORE' : ''} INTO "${g.table}" (${g.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${g.columns.map(() => '?').join(', ')})`;
}
