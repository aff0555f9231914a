// Threads: the commitments of one actor about one object across documents, in order (proposed → answered or
// decided → signed → revised). A thread exists wherever commitments carry an `object`; its id is
// `<actor key>:<object>` (src/queries.ts, threadOf). Shared by /api/threads and the /threads pages.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './db/index.js';
import { findMunicipality, knownSql, listCommitments, rankSql, STRENGTH_RANK, threadSql, type CommitmentView, type Listing } from './queries.js';

export interface ThreadSummary {
  id: string; actor: string; municipality: { code: string; name: string } | null; party: string | null; object: string;
  steps: number;
  /** Dates the archive learnt of the first and the latest step (the documents' publication dates). */
  first: string | null; last: string | null;
  /** The latest step: how far the thread has come. */
  latest: { recordId: string; type: string; strength: string | null; documentId: string };
}

export interface ThreadFilters { municipality?: string; object?: string; party?: string; limit: number; offset: number }

export async function listThreads(db: Db, f: ThreadFilters): Promise<Listing<ThreadSummary>> {
  const conds: SQL[] = [sql`c.thread is not null`, sql`c.review_state <> 'rejected'`];
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    // A party's commitment belongs to the thread of the municipality its document is from.
    conds.push(m ? sql`substr(c.thread, 1, 5) = ${`${m.code}:`}` : sql`0`);
  }
  if (f.object) conds.push(sql`c.object = ${f.object}`);
  if (f.party) conds.push(sql`c.party = ${f.party}`);
  const where = sql.join(conds, sql` and `);
  const t = threadSql('c'), known = knownSql('c'), rank = rankSql('c');
  // One max() per query: SQLite then takes the bare columns from the row holding it (the latest step).
  const rows = await db.all<{ id: string; n: number; latestKey: string; actor: string; code: string | null; party: string | null; object: string;
    recordId: string; type: string; strength: string | null; documentId: string }>(sql`
    select ${t} as id, count(*) as n, max(coalesce(${known}, '') || '~' || ${rank} || '~' || printf('%012d', c.id)) as latestKey,
      c.actor as actor, c.municipality_code as code, c.party as party, c.object as object, c.record_id as recordId, c.type as type,
      c.strength as strength, c.document_id as documentId
    from commitments c where ${where} group by ${t} order by latestKey desc, id limit ${f.limit} offset ${f.offset}`);
  const [total] = await db.all<{ n: number }>(sql`select count(distinct ${t}) as n from commitments c where ${where}`);
  const firsts = rows.length ? await db.all<{ id: string; first: string | null }>(sql`
    select ${t} as id, min(${known}) as first from commitments c where ${where} and ${t} in (${sql.join(rows.map((r) => sql`${r.id}`), sql`, `)}) group by ${t}`) : [];
  const first = new Map(firsts.map((r) => [r.id, r.first]));
  const names = new Map<string, string>();
  for (const r of rows) if (r.code && !names.has(r.code)) names.set(r.code, (await findMunicipality(db, r.code))?.name ?? r.code);
  return {
    items: rows.map((r) => ({
      id: r.id, actor: r.actor, municipality: r.code ? { code: r.code, name: names.get(r.code)! } : null, party: r.party, object: r.object,
      steps: Number(r.n), first: first.get(r.id) ?? null, last: r.latestKey.split('~')[0] || null,
      latest: { recordId: r.recordId, type: r.type, strength: r.strength, documentId: r.documentId },
    })),
    total: Number(total?.n ?? 0),
  };
}

const rankOf = (c: CommitmentView) => (c.type === 'revise' ? 5 : c.strength ? STRENGTH_RANK[c.strength] ?? 1 : 1);
const knownOf = (c: CommitmentView) => c.published ?? (c.when && /^\d{4}/.test(c.when) ? c.when : null);

/** One thread with every step in order, each with its evidence. */
export async function getThread(db: Db, id: string): Promise<(ThreadSummary & { items: CommitmentView[] }) | null> {
  const { items } = await listCommitments(db, { thread: id, limit: 200, offset: 0 });
  if (!items.length) return null;
  items.sort((a, b) => (knownOf(a) ?? '9999').localeCompare(knownOf(b) ?? '9999') || rankOf(a) - rankOf(b) || a.documentId.localeCompare(b.documentId) || a.start - b.start);
  const last = items.at(-1)!;
  return {
    id, actor: last.actor, municipality: last.municipality, party: last.party, object: last.object!, steps: items.length,
    first: knownOf(items[0]!), last: knownOf(last), latest: { recordId: last.id, type: last.type, strength: last.strength, documentId: last.documentId }, items,
  };
}
