// Bulk row inserts, the one write the archive does by the thousand (a document's mentions and commitments, and the
// counts kept on write for them).
// Built by drizzle's query builder, every multi-row insert is a new SQL text for SQLite to compile; `insertRows`
// hands the rows over as data instead. SQLite runs them through one cached single-row statement per table and
// column set (src/db/sqlite.ts); D1 gets ordinary drizzle inserts, chunked by its 100-parameter limit (src/db/d1.ts).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * A row whose unique key (`target`, SQL column names) is already stored adds its values of `add` to the stored
 * row's: `ON CONFLICT (target) DO UPDATE SET c = c + excluded.c` for each c of `add`.
 */
export interface AddOnConflict { target: string[]; add: string[] }

/**
 * What a row that breaks a unique constraint does: `abort` the statement, be skipped (`ignore`: INSERT OR IGNORE /
 * ON CONFLICT DO NOTHING), or add to the stored row (an AddOnConflict).
 */
export type OnConflict = 'abort' | 'ignore' | AddOnConflict;

export class RowsInsert {
  constructor(
    readonly table: SQLiteTable,
    readonly rows: Record<string, unknown>[],
    readonly onConflict: OnConflict = 'abort',
  ) {}
}

export function insertRows<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][], opts: { ignoreConflicts?: boolean } = {}): RowsInsert {
  return new RowsInsert(table, rows as Record<string, unknown>[], opts.ignoreConflicts ? 'ignore' : 'abort');
}

/**
 * Rows that add to stored ones on a conflict of their key, e.g. counts: `upsertAdding(facetTallies, rows, ['facet',
 * 'value'], ['n'])` stores a count the first time and adds to it afterwards.
 */
export function upsertAdding<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][], target: string[], add: string[]): RowsInsert {
  return new RowsInsert(table, rows as Record<string, unknown>[], { target, add });
}

/** The rows as driver values, grouped by the columns they set: what one prepared INSERT can take. */
export interface DriverRows { table: string; columns: string[]; values: unknown[][]; onConflict: OnConflict }

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
    if (!g) groups.set(key, (g = { table, columns: names, values: [], onConflict: ins.onConflict }));
    g.values.push(present.map(([k, c]) => (row[k] === null ? null : c.mapToDriverValue(row[k]))));
  }
  return [...groups.values()];
}

const quote = (c: string) => `"${c}"`;

/** `INSERT [OR IGNORE] INTO "t" ("a", "b") VALUES (?, ?) [ON CONFLICT ("a") DO UPDATE SET "b" = "b" + excluded."b"]` for one group. */
export function insertSql(g: Pick<DriverRows, 'table' | 'columns' | 'onConflict'>): string {
  const c = g.onConflict;
  const insert = `INSERT${c === 'ignore' ? ' OR IGNORE' : ''} INTO ${quote(g.table)} (${g.columns.map(quote).join(', ')}) VALUES (${g.columns.map(() => '?').join(', ')})`;
  if (typeof c === 'string') return insert;
  return `${insert} ON CONFLICT (${c.target.map(quote).join(', ')}) DO UPDATE SET ${c.add.map((a) => `${quote(a)} = ${quote(a)} + excluded.${quote(a)}`).join(', ')}`;
}
