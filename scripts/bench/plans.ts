// Query plans of what the research queries run: every statement prepared on a better-sqlite3 connection while
// `fn` runs is recorded with its parameters, then explained (EXPLAIN QUERY PLAN) with the same parameters.
// Used by test/plans.test.ts (no full scan of mentions, commitments or documents) and by the bench.
import type BetterSqlite3 from 'better-sqlite3';

export interface Plan { sql: string; steps: string[] }

export async function plansOf(client: BetterSqlite3.Database, fn: () => Promise<unknown>): Promise<Plan[]> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prepare = client.prepare;
  // Wrap each statement: the methods that run it record the parameters they are given.
  client.prepare = function (this: BetterSqlite3.Database, source: string) {
    const st = prepare.call(this, source);
    const wrap = (target: BetterSqlite3.Statement): BetterSqlite3.Statement => new Proxy(target, {
      get(t, key, recv) {
        const v = Reflect.get(t, key, recv) as unknown;
        if (typeof v !== 'function') return v;
        if (key === 'all' || key === 'get' || key === 'run' || key === 'iterate') {
          return (...params: unknown[]) => { seen.push({ sql: source, params }); return (v as (...a: unknown[]) => unknown).apply(t, params); };
        }
        if (key === 'raw' || key === 'pluck' || key === 'expand' || key === 'safeIntegers') {
          return (...a: unknown[]) => { (v as (...x: unknown[]) => unknown).apply(t, a); return wrap(t); };
        }
        return (v as (...a: unknown[]) => unknown).bind(t);
      },
    });
    return wrap(st);
  } as typeof client.prepare;
  try {
    await fn();
  } finally {
    client.prepare = prepare;
  }
  const plans: Plan[] = [];
  for (const s of seen) {
    if (!/^\s*(select|with)\b/i.test(s.sql)) continue;
    const rows = client.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.params as never[])) as { detail: string }[];
    // "USING INDEX i FOR IN-OPERATOR": `x IN (select id from t)` walks all of i; it is a scan of i's table.
    const steps = rows.map((r) => r.detail.replace(/^USING (?:COVERING )?INDEX (\w+) FOR IN-OPERATOR$/, (all, idx: string) => {
      const t = client.prepare('select tbl_name as t from sqlite_master where name = ?').get(idx) as { t: string } | undefined;
      return t ? `SCAN ${t.t} USING INDEX ${idx} FOR IN-OPERATOR` : all;
    }));
    plans.push({ sql: s.sql, steps });
  }
  return plans;
}

/**
 * The steps of a plan that read a whole table (or a whole index of it): SCAN of mentions, commitments or documents.
 * An index read in the order the statement asks for, under a LIMIT, stops at the page: that one is not counted.
 */
export function fullScans(plans: Plan[], opts: { tables?: string[]; boundedIndexes?: string[] } = {}): { sql: string; step: string }[] {
  const tables = opts.tables ?? ['mentions', 'commitments', 'documents'];
  const out: { sql: string; step: string }[] = [];
  for (const p of plans) {
    // Aliases: "from mentions m" shows as "SCAN m"; map each alias back to its table.
    const alias = new Map<string, string>();
    for (const m of p.sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi)) {
      const [table, a] = [m[1]!.toLowerCase(), m[2]?.toLowerCase()];
      alias.set(table, table);
      if (a && !/^(where|on|join|inner|left|cross|group|order|limit|using|natural)$/.test(a)) alias.set(a, table);
    }
    // A page: LIMIT, no aggregate (it would read every row before the first answer), no sort of its own. A count
    // read up to a number (`select count(*) as n from (… limit ?)`, the totals of src/queries.ts) is one too: its
    // rows come as they are read (a DISTINCT there only remembers what it has seen) and stop at the limit.
    const cappedCount = /^\s*select count\(\*\) as n from \(select (?:(?!\bcount\s*\(|\bgroup\s+by\b|\border\s+by\b)[\s\S])* limit \?\)\s*$/i.test(p.sql) &&
      !p.steps.some((x) => /TEMP B-TREE FOR (ORDER|GROUP) BY/.test(x));
    const paged = cappedCount || (/\blimit\b/i.test(p.sql) && !/\b(count|sum|min|max|group_concat)\s*\(|\bgroup\s+by\b/i.test(p.sql) &&
      !p.steps.some((x) => /TEMP B-TREE FOR (ORDER|GROUP) BY|TEMP B-TREE FOR DISTINCT/.test(x)));
    for (const step of p.steps) {
      const m = /^SCAN "?(\w+)"?( USING (?:COVERING )?INDEX)?/.exec(step);
      if (!m || (m[2] && paged && !/IN-OPERATOR/.test(step))) continue;
      // A partial index that holds only what people made (reviewed records) grows with their work, not with the archive.
      if (opts.boundedIndexes?.some((i) => step.includes(` INDEX ${i}`))) continue;
      const table = alias.get(m[1]!.toLowerCase()) ?? m[1]!.toLowerCase();
      if (tables.includes(table)) out.push({ sql: p.sql.replace(/\s+/g, ' ').trim(), step });
    }
  }
  return out;
}
