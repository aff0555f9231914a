// Reading records and their reviews: one record with its history and citation, the audit log, the review
// queue, and a document's reviewed extraction as gold (corpus/SCHEMA.md). Shared by the API and the pages.
import { and, asc, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { describeRule } from '../extractors/index.js';
import type { Db } from './db/index.js';
import { documents, mentions, reviews } from './db/schema.js';
import { docName } from './pipeline.js';
import { context, findMunicipality, reviewInfo, type ReviewInfo } from './queries.js';
import { foldState, isReviewable, REVIEWABLE_KINDS, type ReviewRow } from './reviews.js';
import type { Extraction } from './types.js';

export interface AuditEntry {
  id: number; recordId: string; documentId: string | null; kind: string; action: string; reviewer: string; reviewerRole: string; at: string;
  start: number | null; end: number | null; quote: string | null; oldValue: unknown; newValue: unknown; comment: string | null; base: number | null;
}

const entry = (r: ReviewRow): AuditEntry => ({
  id: r.id, recordId: r.recordId, documentId: r.documentId, kind: r.kind, action: r.action, reviewer: r.reviewer, reviewerRole: r.reviewerRole,
  at: r.at, start: r.start, end: r.end, quote: r.exact, oldValue: r.oldValue ?? null, newValue: r.newValue ?? null, comment: r.comment, base: r.base,
});

export interface AuditFilters { since?: string; reviewer?: string; document?: string; record?: string; limit: number; offset: number }

/** The review log, oldest first: every action by a person and every re-anchoring by the archive. */
export async function listAudit(db: Db, f: AuditFilters): Promise<{ items: AuditEntry[]; total: number }> {
  const conds: SQL[] = [];
  if (f.since) conds.push(gte(reviews.at, f.since));
  if (f.reviewer) conds.push(eq(reviews.reviewer, f.reviewer));
  if (f.document) conds.push(eq(reviews.documentId, f.document));
  if (f.record) conds.push(eq(reviews.recordId, f.record));
  const where = and(...conds);
  const rows = await db.select().from(reviews).where(where).orderBy(asc(reviews.id)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: sql<number>`count(*)` }).from(reviews).where(where);
  return { items: rows.map(entry), total: Number(total?.n ?? 0) };
}

export interface Citation {
  title: string; publisher: string | null; published: string | null; page: number; quote: string; url: string;
  verifiedBy: string | null; verifiedAt: string | null;
  /** The citation as one line of text, to copy. */
  text: string;
  /** CSL-JSON (Citation Style Language), for reference managers. */
  csl: Record<string, unknown>;
}

export interface RecordView {
  id: string; kind: string; documentId: string; documentTitle: string | null; filename: string; published: string | null;
  start: number | null; end: number | null; page: number | null; text: string | null; value: unknown; machineValue: unknown;
  rule: string | null; ruleDescription: string | null; personId: string | null;
  review: ReviewInfo & { orphaned: boolean; latest: number | null };
  sentence: string | null;
  history: AuditEntry[];
  cite: Citation | null;
}

const dateParts = (d: string | null) => (d && /^\d{4}/.test(d) ? [d.split('-').map(Number)] : undefined);

/** One record by its stable id: current value, machine value, review state and history, and a citation. */
export async function getRecord(db: Db, id: string, origin: string): Promise<RecordView | null> {
  const [m] = await db.select().from(mentions).where(eq(mentions.recordId, id)).limit(1);
  const history = await db.select().from(reviews).where(eq(reviews.recordId, id)).orderBy(asc(reviews.id));
  if (!m && !history.length) return null;
  const state = history.length ? foldState(history) : null;
  const documentId = m?.documentId ?? state!.documentId!;
  const [d] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!d) return null;
  const info: ReviewInfo = m ? reviewInfo(m) : { state: state!.state, by: state!.by, at: state!.at };
  const publisher = await publisherOf(db, documentId);
  const start = m?.start ?? null, end = m?.end ?? null;
  const sentence = m && d.text ? context(d.text, m.start, m.end).sentence : null;
  const quote = m?.text ?? state?.anchor?.exact ?? '';
  const url = `${origin}/records/${id}`;
  const verified = info.state !== 'machine' && info.state !== 'rejected';
  const title = d.title || d.filename;
  const cite: Citation | null = m ? {
    title, publisher, published: d.published, page: m.page, quote, url, verifiedBy: verified ? info.by : null, verifiedAt: verified ? info.at : null,
    text: `”${quote}” ${title}${publisher ? `, ${publisher} kommun` : ''}${d.published ? `, ${d.published}` : ''}, s. ${m.page}. Kommunarkiv, ${url}` +
      (verified ? ` (granskad av ${info.by} ${info.at?.slice(0, 10)})` : ' (ej granskad)') + '.',
    csl: {
      id, type: kindCsl(d.kind), title, publisher: publisher ? `${publisher} kommun` : undefined, issued: dateParts(d.published) ? { 'date-parts': dateParts(d.published) } : undefined,
      page: String(m.page), URL: url, 'container-title': 'Kommunarkiv', language: d.language ?? undefined,
      note: `Citat: ”${quote}”${verified ? ` Granskad av ${info.by} ${info.at?.slice(0, 10)}.` : ''}`,
      accessed: { 'date-parts': [new Date().toISOString().slice(0, 10).split('-').map(Number)] },
    },
  } : null;
  return {
    id, kind: m?.kind ?? state!.kind, documentId, documentTitle: d.title, filename: d.filename, published: d.published,
    start, end, page: m?.page ?? null, text: m?.text ?? null, value: m?.value ?? state?.value ?? null, machineValue: m?.machineValue ?? null,
    rule: m?.rule ?? null, ruleDescription: describeRule(m?.rule), personId: m?.personId ?? null,
    review: { ...info, orphaned: !m && !!state?.orphaned, latest: state?.latest ?? null },
    sentence, history: history.map(entry), cite,
  };
}

const kindCsl = (k: string | null) => (k === 'press_release' ? 'article' : k === 'motion' ? 'bill' : 'document');

/** The municipality a document is from: the one it names most (its publisher, in practice). */
async function publisherOf(db: Db, documentId: string): Promise<string | null> {
  const [row] = await db.all<{ code: string; n: number }>(sql`
    select municipality_code as code, count(*) as n from mentions where document_id = ${documentId} and kind = 'municipality'
      and municipality_code is not null and review_state <> 'rejected' group by municipality_code order by n desc, min(start) limit 1`);
  if (!row) return null;
  return (await findMunicipality(db, row.code))?.name ?? null;
}

// ---------------------------------------------------------------- the review queue

export interface QueueItem {
  recordId: string; kind: string; documentId: string; documentTitle: string | null; filename: string; published: string | null;
  start: number | null; end: number | null; text: string; value: unknown; rule: string | null; ruleDescription: string | null;
  sentence: string; orphaned: boolean; latest: number | null; reason: string;
}

export interface QueueFilters { kind?: string; municipality?: string; document?: string; limit: number; offset: number }

/**
 * What needs a person: orphaned reviews first (their quote is gone from the text), then every unreviewed
 * record of documents no reviewer has looked at, newest document first.
 */
export async function reviewQueue(db: Db, f: QueueFilters): Promise<{ orphans: QueueItem[]; items: QueueItem[]; total: number }> {
  const latest = await db.all<{ id: number }>(sql`
    select r.id as id from reviews r where r.record_id not like 'person:%' and r.id = (select max(x.id) from reviews x where x.record_id = r.record_id)
      and r.action = 'orphaned' ${f.kind ? sql`and r.kind = ${f.kind}` : sql``} ${f.document ? sql`and r.document_id = ${f.document}` : sql``}
    order by r.id desc limit 200`);
  const orphanRows = latest.length ? await db.select({ r: reviews, title: documents.title, filename: documents.filename, published: documents.published })
    .from(reviews).innerJoin(documents, eq(documents.id, reviews.documentId)).where(inArray(reviews.id, latest.map((l) => Number(l.id)))).orderBy(desc(reviews.id)) : [];
  const orphans: QueueItem[] = [];
  for (const { r, title, filename, published } of orphanRows) {
    const history = await db.select().from(reviews).where(eq(reviews.recordId, r.recordId)).orderBy(asc(reviews.id));
    const s = foldState(history);
    orphans.push({ recordId: r.recordId, kind: r.kind, documentId: r.documentId!, documentTitle: title, filename, published, start: null, end: null,
      text: r.exact ?? '', value: s.value ?? history.find((h) => h.oldValue)?.oldValue ?? null, rule: null, ruleDescription: null,
      sentence: `…${r.prefix ?? ''}${r.exact ?? ''}${r.suffix ?? ''}…`, orphaned: true, latest: s.latest,
      reason: 'Citatet finns inte längre i texten med samma sammanhang' });
  }
  const conds: SQL[] = [
    inArray(mentions.kind, [...REVIEWABLE_KINDS]), eq(mentions.reviewState, 'machine'),
    sql`not exists (select 1 from reviews rr where rr.document_id = ${mentions.documentId} and rr.reviewer_role <> 'system')`,
  ];
  if (f.kind && isReviewable(f.kind)) conds.push(eq(mentions.kind, f.kind));
  if (f.document) conds.push(eq(mentions.documentId, f.document));
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? sql`exists (select 1 from mentions mm where mm.document_id = ${mentions.documentId} and mm.municipality_code = ${m.code})` : sql`0`);
  }
  const where = and(...conds);
  const rows = await db.select({ m: mentions, title: documents.title, filename: documents.filename, published: documents.published, text: documents.text })
    .from(mentions).innerJoin(documents, eq(documents.id, mentions.documentId)).where(where)
    .orderBy(desc(documents.createdAt), asc(documents.id), asc(mentions.start), asc(mentions.id)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: sql<number>`count(*)` }).from(mentions).where(where);
  const items = rows.map(({ m, title, filename, published, text }) => ({
    recordId: m.recordId!, kind: m.kind, documentId: m.documentId, documentTitle: title, filename, published, start: m.start, end: m.end,
    text: m.text, value: m.value, rule: m.rule, ruleDescription: describeRule(m.rule),
    sentence: text ? context(text, m.start, m.end).sentence : m.text, orphaned: false, latest: null, reason: 'Dokumentet är inte granskat',
  }));
  return { orphans, items, total: Number(total?.n ?? 0) };
}

// ---------------------------------------------------------------- reviews as gold

export interface ReviewCoverage { records: number; reviewed: number; orphaned: number; complete: boolean }

/** How much of a document a reviewer has seen: complete when every record has a person's word and nothing is orphaned. */
export async function coverage(db: Db, documentId: string): Promise<ReviewCoverage> {
  const [c] = await db.all<{ records: number; reviewed: number }>(sql`
    select count(*) as records, sum(case when review_state <> 'machine' then 1 else 0 end) as reviewed from mentions
    where document_id = ${documentId} and kind in ('municipality', 'person', 'wave', 'date', 'commitment')`);
  const [o] = await db.all<{ n: number }>(sql`
    select count(*) as n from reviews r where r.document_id = ${documentId} and r.action = 'orphaned'
      and r.id = (select max(x.id) from reviews x where x.record_id = r.record_id)`);
  const [h] = await db.all<{ n: number }>(sql`select count(*) as n from reviews where document_id = ${documentId} and reviewer_role <> 'system'`);
  const records = Number(c?.records ?? 0), reviewed = Number(c?.reviewed ?? 0), orphaned = Number(o?.n ?? 0);
  return { records, reviewed, orphaned, complete: Number(h?.n ?? 0) > 0 && reviewed === records && orphaned === 0 };
}

/** Ids of the documents whose every record a reviewer has seen. */
export async function fullyReviewed(db: Db): Promise<string[]> {
  const ids = await db.all<{ id: string }>(sql`select distinct document_id as id from reviews where document_id is not null and reviewer_role <> 'system' order by 1`);
  const out: string[] = [];
  for (const { id } of ids) if ((await coverage(db, id)).complete) out.push(id);
  return out;
}

/** A document's extraction as its reviewers left it, in the corpus schema (rejected records left out). */
export async function goldOf(db: Db, documentId: string): Promise<(Extraction & { review: ReviewCoverage }) | null> {
  const [d] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!d) return null;
  const rows = await db.select().from(mentions).where(and(eq(mentions.documentId, documentId), sql`${mentions.reviewState} <> 'rejected'`))
    .orderBy(asc(mentions.start), asc(mentions.id));
  const out: Extraction = {
    doc: docName(d.filename), title: d.title, language: d.language, kind: (d.kind ?? 'other') as Extraction['kind'], published: d.published,
    municipalities: [], people: [], waves: [], dates: [], commitments: [],
  };
  const seen = new Set<string>();
  const once = (k: string) => (seen.has(k) ? false : (seen.add(k), true));
  for (const m of rows) {
    const v = (m.value ?? {}) as Record<string, unknown>;
    switch (m.kind) {
      case 'municipality': if (once(`m:${v.name}`)) out.municipalities.push(String(v.name)); break;
      case 'person': if (once(`p:${v.name}`)) out.people.push({ name: String(v.name), party: (v.party as string | null) ?? null, role: (v.role as string | null) ?? null,
        municipality: (v.municipality as string | null) ?? null, politician: !!v.politician }); break;
      case 'wave': if (once(`w:${v.municipality}:${v.wave}`)) out.waves.push({ municipality: String(v.municipality), wave: Number(v.wave) }); break;
      case 'date': out.dates.push({ text: m.text, value: String(v.value) }); break;
      case 'commitment': {
        const c: Extraction['commitments'][number] = { actor: String(v.actor), type: v.type as never, what: String(v.what), when: (v.when as string | null) ?? null, evidence: m.text };
        for (const k of ['strength', 'target_year', 'baseline_year', 'reduction_percent', 'scope', 'object'] as const) {
          if (v[k] !== undefined && v[k] !== null) (c as unknown as Record<string, unknown>)[k] = v[k];
        }
        out.commitments.push(c);
        break;
      }
    }
  }
  return { ...out, review: await coverage(db, documentId) };
}
