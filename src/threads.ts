// Threads: the commitments of one actor about one object across documents, in order (proposed → answered or
// decided → signed → revised). A thread exists wherever commitments carry an `object`; its id is
// `<actor key>:<object>` (src/queries.ts, threadOf). Shared by /api/threads and the /threads pages.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './db/index.js';
import { findMunicipality, listCommitments, STRENGTH_RANK, type CommitmentView, type Listing } from './queries.js';

export interface ThreadSummary {
  id: string; actor: string; municipality: { code: string; name: string } | null; party: string | null; object: string;
  steps: number;
  /** Dates the archive learnt of the first and the latest step (the documents' publication dates). */
  first: string | null; last: string | null;
  /** The latest step: how far the thread has come. */
  latest: { recordId: string; type: string; strength: string | null; documentId: string };
}

export interface ThreadFilters { municipality?: string; object?: string; party?: string; limit: number; offset: number }

/**
 * Threads, the most recently moved first (by the date known of their latest step, how far along, id: the order
 * of a thread's own steps and of as_of, where 2022-12 comes before 2022-12-05): a page of thread_latest, kept on
 * write with each thread's number of steps and first date (migration 0016), in the order of its index (of an
 * object: thread_latest_object_idx; of a municipality: its threads, whose ids start with its code). A party's
 * threads are those with a step of the party, each summed up over the party's steps alone: a page of
 * thread_party_latest (migration 0018), kept the same way for every thread and party.
 */
export async function listThreads(db: Db, f: ThreadFilters): Promise<Listing<ThreadSummary>> {
  const table = sql.raw(f.party ? 'thread_party_latest' : 'thread_latest');
  const conds: SQL[] = f.party ? [sql`tl.party = ${f.party}`] : [];
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    if (!m) return { items: [], total: 0 };
    // A party's commitment belongs to the thread of the municipality its document is from: its ids start with the code.
    conds.push(sql`tl.thread >= ${`${m.code}:`} and tl.thread < ${`${m.code};`}`);
  }
  if (f.object) conds.push(sql`tl.object = ${f.object}`);
  const where = conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``;
  const rows = await db.all<{ id: string; last: string | null; steps: number; first: string | null; actor: string; code: string | null; party: string | null;
    object: string; recordId: string; type: string; strength: string | null; documentId: string }>(sql`
    select tl.thread as id, tl.known as last, tl.steps as steps, tl.first as first, c.actor as actor, c.municipality_code as code, c.party as party,
      c.object as object, c.record_id as recordId, c.type as type, c.strength as strength, c.document_id as documentId
    from (select * from ${table} tl ${where} order by tl.known desc, tl.rank desc, tl.commitment_id desc limit ${f.limit} offset ${f.offset}) tl
      join commitments c on c.id = tl.commitment_id
    order by tl.known desc, tl.rank desc, tl.commitment_id desc`);
  const [total] = await db.all<{ n: number }>(sql`select count(*) as n from ${table} tl ${where}`);
  const names = new Map<string, string>();
  for (const r of rows) if (r.code && !names.has(r.code)) names.set(r.code, (await findMunicipality(db, r.code))?.name ?? r.code);
  return {
    items: rows.map((r) => ({
      id: r.id, actor: r.actor, municipality: r.code ? { code: r.code, name: names.get(r.code)! } : null, party: r.party, object: r.object,
      steps: Number(r.steps), first: r.first, last: r.last,
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
