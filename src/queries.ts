// Research queries: one function per view, shared by the JSON API and the HTML pages. Written once with
// drizzle's query builder or `sql` through db.all, so they run unchanged on better-sqlite3 and on D1.
import { and, asc, count, desc, eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { splitSentences, sentenceAt } from '../extractors/sentences.js';
import { describeRule } from '../extractors/index.js';
import { toView, type DocumentView } from './archive.js';
import { invalid } from './errors.js';
import type { Db } from './db/index.js';
import { foldTerm } from './db/search-terms.js';
import type { CommitmentStrength, CommitmentType } from './types.js';
import { commitments, documents, facetTallies, mentions, municipalities, people, renditions, searchTerms as searchTermsTable, STRENGTH_RANK, stepRank, tallies } from './db/schema.js';

export interface Page { limit: number; offset: number }
export interface Listing<T> {
  items: T[];
  /** How many match; at most LISTING_LIMITS.count where `more` says there are more. */
  total: number;
  /** True when more than LISTING_LIMITS.count match (a listing whose total is counted from its rows). */
  more?: boolean;
}

// ---------------------------------------------------------------- municipalities (a fixed list of 290)

export interface Municipality { code: string; name: string; county: string }

const municipalityCache = new WeakMap<object, Promise<Municipality[]>>();
const collator = new Intl.Collator('sv');
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

export function allMunicipalities(db: Db): Promise<Municipality[]> {
  let p = municipalityCache.get(db);
  if (!p) {
    p = Promise.resolve(db.select({ code: municipalities.code, name: municipalities.name, county: municipalities.county }).from(municipalities))
      .then((rows) => rows.sort((a, b) => collator.compare(a.name, b.name)));
    p.catch(() => municipalityCache.delete(db));
    municipalityCache.set(db, p);
  }
  return p;
}

/** A municipality by SCB code or by name (case-insensitive; "Karlstads kommun" and "Göteborgs stad" work too). */
export async function findMunicipality(db: Db, nameOrCode: string): Promise<Municipality | null> {
  const all = await allMunicipalities(db);
  const q = fold(nameOrCode);
  if (/^\d{4}$/.test(q)) return all.find((m) => m.code === q) ?? null;
  const exact = all.find((m) => fold(m.name) === q);
  if (exact) return exact;
  const stripped = q.replace(/\s+(kommun|stad)$/, '');
  return all.find((m) => fold(m.name) === stripped || `${fold(m.name)}s` === stripped) ?? null;
}

const nameOf = async (db: Db) => new Map((await allMunicipalities(db)).map((m) => [m.code, m.name]));

// ---------------------------------------------------------------- full-text query sanitising

/** What a search may ask: longer or broader queries cost more than an archive can spend on one request. */
export const SEARCH_LIMITS = { chars: 200, terms: 12, prefixes: 4, prefixStem: 2 } as const;

interface SearchTerm { core: string; prefix: boolean }

function searchTerms(input: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const token of input.normalize('NFC').split(/\s+/)) {
    const prefix = /\*$/.test(token);
    const core = token.replace(/["*]/g, '');
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    const key = `${core.toLocaleLowerCase('sv')}${prefix ? '*' : ''}`;
    if (seen.has(key)) continue; // "a* a* a*" is one term
    seen.add(key);
    terms.push({ core, prefix });
  }
  return terms;
}

/** Why a search query is refused (too long, too many words or prefixes, a one-letter prefix), or null. */
export function searchProblem(input: string): string | null {
  const L = SEARCH_LIMITS;
  if (input.length > L.chars) return `A search may be at most ${L.chars} characters long (this one has ${input.length}).`;
  const terms = searchTerms(input);
  if (terms.length > L.terms) return `A search may have at most ${L.terms} different words (this one has ${terms.length}).`;
  const prefixes = terms.filter((t) => t.prefix);
  if (prefixes.length > L.prefixes) return `A search may have at most ${L.prefixes} words ending in * (this one has ${prefixes.length}).`;
  const short = prefixes.find((t) => [...t.core.replace(/[^\p{L}\p{N}]/gu, '')].length < L.prefixStem);
  if (short) return `A word ending in * needs at least ${L.prefixStem} letters before the * ("${short.core}*" matches almost everything).`;
  return null;
}

/**
 * Turn what a user typed into a safe FTS5 query: every word becomes a quoted term (so quotes, operators
 * and column filters are only text), a trailing * stays a prefix query, terms are ANDed. Null when
 * nothing searchable is left. Repeated words count once; `searchProblem` says what is refused.
 */
export function ftsQuery(input: string): string | null {
  const terms = searchTerms(input).map((t) => `"${t.core}"${t.prefix ? '*' : ''}`);
  return terms.length ? terms.join(' ') : null;
}

/** A prefix is spelt out only into this many terms; a broader one stays a prefix query. */
const PREFIX_TERMS = 64;

/**
 * The FTS5 query of `terms` with each one-word prefix ("klimatneutral*") replaced by the terms of the index it
 * stands for, ORed ("klimatneutrala" OR "klimatneutralitet", from `search_terms`): it matches the same documents, but FTS5 reads ORed
 * terms as far as a query needs them, where a prefix has every doclist merged before its first row. `query` is that
 * FTS5 query (the terms as they are where nothing is spelt out); `spelt` says whether anything was (not for a
 * prefix with more than PREFIX_TERMS terms, nor for none); `broad`, that such a prefix stayed a prefix.
 */
async function expandPrefixes(db: Db, terms: SearchTerm[]): Promise<{ query: string; spelt: boolean; broad: boolean }> {
  let changed = false;
  let broad = false;
  const parts: string[] = [];
  for (const t of terms) {
    const stem = foldTerm(t.core);
    if (!t.prefix || !/^[\p{L}\p{N}]+$/u.test(stem)) { parts.push(`"${t.core}"${t.prefix ? '*' : ''}`); continue; }
    const rows = await db.all<{ term: string }>(sql`select term from ${searchTermsTable} where term >= ${stem} and term < ${`${stem}\u{10FFFF}`} limit ${PREFIX_TERMS + 1}`);
    if (rows.length > PREFIX_TERMS) { parts.push(`"${t.core}"*`); broad = true; continue; }
    changed = true;
    parts.push(rows.length ? `(${rows.map((r) => `"${r.term.replace(/"/g, '""')}"`).join(' OR ')})` : `"${t.core}"*`);
  }
  return { query: parts.join(' AND '), spelt: changed, broad };
}

const ftsMatch = (q: string) =>
  sql`${documents}.rowid in (select rowid from documents_fts where documents_fts match ${q})`;

/** `published >= from` and `published <= to` where both may be partial ISO dates (2023, 2023-05). */
const dateFrom = (col: SQL | typeof documents.published, from: string) => sql`${col} >= ${from}`;
const dateTo = (col: SQL | typeof documents.published, to: string) => sql`substr(${col}, 1, ${to.length}) <= ${to}`;

// ---------------------------------------------------------------- documents

export interface DocumentFilters extends Page {
  municipality?: string; person?: string; party?: string; kind?: string; language?: string;
  from?: string; to?: string; q?: string;
  /** `published` (default): newest publication date first, undated last; `added`: newest archived first. */
  sort?: 'published' | 'added';
  /** true: documents a reviewer has worked on (any review by a person); false: documents no one has reviewed. */
  reviewed?: boolean;
}

const NOTHING = sql`0`;

/** A count kept on write (the `tallies` table, maintained by triggers): an unfiltered total without counting the table. */
const tally = (db: Db, key: 'documents' | 'commitments' | 'commitments_all') =>
  db.select({ n: tallies.n }).from(tallies).where(eq(tallies.key, key));

/** The words of `q` (two letters or more each) as FTS5 prefixes: a prefilter for a substring search. */
function wordPrefixes(q: string): SearchTerm[] {
  return [...new Set(q.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 2))].slice(0, SEARCH_LIMITS.prefixes)
    .map((core) => ({ core, prefix: true }));
}
/** Records a reviewer rejected stay in the tables (the log explains them) but are shown only when asked for. */
const LIVE = sql`${mentions.reviewState} <> 'rejected'`;

/**
 * Bounds of listings whose totals are counted from their rows (tests lower them to try both ways on a small archive).
 * - `count`: above this many matches a total is given as "more than" (`more: true`, `total` this number): counting
 *   every match of a common filter would read all its rows.
 * - `common`: a filter matching more documents than this is checked in the listing's own order (newest first),
 *   which finds a page at once when matches are common; a rarer one is read from its own index and sorted.
 */
export const LISTING_LIMITS = { count: 10_000, common: 2_000 };

/**
 * One filter of a document listing. `drive`: a form an index can start from (the matching ids); `check`: the same
 * condition tested per document; `ids`: the document ids it matches, from its index, to tell a rare filter (read
 * from its index) from a common one (checked in the listing's order). Without `ids`, `drive` is the only form.
 */
interface DocumentFilter {
  drive: SQL; check?: SQL; ids?: SQL;
  /** The count kept on write (facet_tallies) of the documents this filter alone matches, where there is one. */
  kept?: { facet: string; value: string };
}

/** The filters of a document listing; `NOTHING` when a filter names something that does not exist. */
async function documentFilters(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset'>): Promise<DocumentFilter[]> {
  const out: DocumentFilter[] = [];
  /** Documents with a live mention meeting `where` (a condition on `mm`). */
  const byMention = (where: SQL, kept?: DocumentFilter['kept']): DocumentFilter => ({
    kept,
    drive: sql`"documents"."id" in (select mm.document_id from mentions mm where ${where} and mm.review_state <> 'rejected')`,
    check: sql`exists (select 1 from mentions mm where mm.document_id = "documents"."id" and ${where} and mm.review_state <> 'rejected')`,
    ids: sql`select distinct mm.document_id from mentions mm where ${where} and mm.review_state <> 'rejected'`,
  });
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    out.push(m ? byMention(sql`mm.municipality_code = ${m.code}`, { facet: 'municipality', value: m.code }) : { drive: NOTHING });
  }
  if (f.person) {
    // By id or by name (which can be several people): read first, so that the index is read per person.
    const ids = await personIds(db, f.person);
    out.push(ids.length === 1 ? byMention(sql`mm.person_id = ${ids[0]}`, { facet: 'person_documents', value: ids[0]! })
      : ids.length ? byMention(sql`mm.person_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`) : { drive: NOTHING });
  }
  if (f.party) out.push(byMention(sql`mm.party = ${f.party}`, { facet: 'party', value: f.party }));
  // documents_kind_published_idx has a kind's documents in the listing's order.
  if (f.kind) out.push({ drive: eq(documents.kind, f.kind), kept: { facet: 'kind', value: f.kind } });
  if (f.language) out.push({ drive: eq(documents.language, f.language) });
  if (f.from) out.push({ drive: dateFrom(documents.published, f.from) });
  if (f.to) out.push({ drive: dateTo(documents.published, f.to) });
  if (f.q) {
    const q = ftsQuery(f.q);
    out.push(q ? { drive: ftsMatch(q), check: sql`+${documents}.rowid in (select rowid from documents_fts where documents_fts match ${q})`,
      ids: sql`select rowid from documents_fts where documents_fts match ${q}` } : { drive: NOTHING });
  }
  if (f.reviewed === true) {
    // Few documents are reviewed: read from the reviews.
    out.push({ drive: sql`"documents"."id" in (select rv.document_id from reviews rv where rv.reviewer_role <> 'system')` });
  } else if (f.reviewed === false) {
    out.push({ drive: sql`not exists (select 1 from reviews rv where rv.document_id = "documents"."id" and rv.reviewer_role <> 'system')` });
  }
  return out;
}

/** How many rows `ids` has, reading at most `limit` + 1 of them. */
async function countUpTo(db: Db, ids: SQL, limit: number): Promise<number> {
  const [r] = await db.all<{ n: number }>(sql`select count(*) as n from (${ids} limit ${limit + 1})`);
  return Number(r?.n ?? 0);
}

/**
 * The where clause of a document listing, each filter in the form that does the least work: a rare filter as an
 * index to start from, a common one checked in the listing's order (`inOrder`: the caller reads in its own order
 * and wants every filter as a check, as a municipality's documents are). `only`: the filter when there is one.
 */
async function documentConditions(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset'>, inOrder = false): Promise<{ conds: SQL[]; only: DocumentFilter | null }> {
  const conds: SQL[] = [];
  const filters = await documentFilters(db, f);
  for (const x of filters) {
    if (!x.check) conds.push(x.drive);
    else if (inOrder) conds.push(x.check);
    else conds.push((await countUpTo(db, x.ids!, LISTING_LIMITS.common)) > LISTING_LIMITS.common ? x.check : x.drive);
  }
  return { conds, only: filters.length === 1 ? filters[0]! : null };
}

/** A total read up to LISTING_LIMITS.count: `more` when there are more. */
async function boundedTotal(db: Db, ids: SQL): Promise<{ total: number; more: boolean }> {
  const n = await countUpTo(db, ids, LISTING_LIMITS.count);
  return { total: Math.min(n, LISTING_LIMITS.count), more: n > LISTING_LIMITS.count };
}

/** A count kept on write (facet_tallies). */
async function keptCount(db: Db, kept: { facet: string; value: string }): Promise<number> {
  const [t] = await db.select({ n: facetTallies.n }).from(facetTallies).where(and(eq(facetTallies.facet, kept.facet), eq(facetTallies.value, kept.value)));
  return t?.n ?? 0;
}

/** The people a person filter names: by id, or by name (which can be several). */
const personIds = async (db: Db, person: string) =>
  (await db.select({ id: people.id }).from(people).where(sql`${people.id} = ${person} or ${people.nameKey} = ${fold(person)}`).limit(90)).map((r) => r.id);

export async function listDocuments(db: Db, f: DocumentFilters): Promise<Listing<DocumentView>> {
  if (f.municipality && f.sort !== 'added') return municipalityDocuments(db, f);
  const { conds, only } = await documentConditions(db, f);
  const where = and(...conds);
  // SQLite orders NULL below every value, so descending puts undated documents last (and an index can serve it).
  const order = f.sort === 'added' ? [desc(documents.createdAt), desc(documents.id)] : [desc(documents.published), desc(documents.createdAt), desc(documents.id)];
  const rows = await db.select().from(documents).where(where).orderBy(...order).limit(f.limit).offset(f.offset);
  const items = await views(db, rows);
  if (!conds.length) return { items, total: (await tally(db, 'documents'))[0]?.n ?? 0, more: false };
  // One filter: its count kept on write, else its own index read up to the limit.
  if (only?.kept) return { items, total: await keptCount(db, only.kept), more: false };
  return { items, ...(await boundedTotal(db, only?.ids ?? sql`select 1 from documents where ${where}`)) };
}

/**
 * The documents (id, published) that mention a municipality and meet `rest`, read in the order of
 * mentions_municipality_page_idx: order by `p.published desc, p.document_id` and a page stops at its last row.
 */
function municipalityMatching(code: string, rest: SQL[]): SQL {
  const where = rest.length ? sql`where ${and(...rest)}` : sql``;
  return sql`select p.document_id as id, p.published as published from (select x.published as published, x.document_id as document_id
      from mentions x indexed by mentions_municipality_page_idx where x.municipality_code = ${code} and x.review_state <> 'rejected'
      group by x.published, x.document_id order by x.published desc, x.document_id) p
    join documents indexed by documents_card_idx on "documents"."id" = p.document_id ${where}`;
}

/**
 * Documents that mention a municipality, newest publication first (then by id, as on the municipality's page):
 * read in the order of mentions_municipality_page_idx, so a page stops at its last document however many
 * mention the municipality. Without other filters the total is the count kept on write. The other filters are
 * checked on documents_card_idx (id, date, kind …), not on the rows, where a document fills a page of the file:
 * /documents?municipality=Lund&kind=motion counted 10,000 of them in 111 ms at a million documents.
 */
async function municipalityDocuments(db: Db, f: DocumentFilters): Promise<Listing<DocumentView>> {
  const m = await findMunicipality(db, f.municipality!);
  if (!m) return { items: [], total: 0 };
  const { conds: rest } = await documentConditions(db, { ...f, municipality: undefined }, true);
  const matching = municipalityMatching(m.code, rest);
  const page = await db.all<{ id: string }>(sql`${matching} order by p.published desc, p.document_id limit ${f.limit} offset ${f.offset}`);
  const total = rest.length ? await boundedTotal(db, matching) : { total: await keptCount(db, { facet: 'municipality', value: m.code }), more: false };
  const byId = new Map<string, typeof documents.$inferSelect>();
  for (let i = 0; i < page.length; i += 90) {
    for (const r of await db.select().from(documents).where(inArray(documents.id, page.slice(i, i + 90).map((p) => p.id)))) byId.set(r.id, r);
  }
  return { items: await views(db, page.map((p) => byId.get(p.id)!).filter(Boolean)), ...total };
}

/** Document views of rows, with their renditions (one query for the page). */
async function views(db: Db, rows: (typeof documents.$inferSelect)[]): Promise<DocumentView[]> {
  const byDoc = new Map<string, (typeof renditions.$inferSelect)[]>();
  // At most 90 ids per statement: D1 binds at most 100 parameters, and a page may hold 200 documents.
  for (let i = 0; i < rows.length; i += 90) {
    const list = await db.select().from(renditions).where(inArray(renditions.documentId, rows.slice(i, i + 90).map((r) => r.id)))
      .orderBy(asc(renditions.createdAt), asc(renditions.id));
    for (const r of list) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r]);
  }
  return rows.map((row) => toView(row, { renditions: byDoc.get(row.id) }));
}

export interface Facet { value: string; label: string; count: number }
export interface DocumentFacets {
  municipality: Facet[]; party: Facet[]; kind: Facet[]; year: Facet[];
  /** Set when the counts are of the newest FACET_SAMPLE (or the asked-for number of) matching documents only; null when of all. */
  sample: number | null;
}

/** Under a filter, facets are counted over its newest documents, at most this many: a bounded page however many match. */
export const FACET_SAMPLE = 200;

export const KIND_LABELS: Record<string, string> = { press_release: 'Pressmeddelande', motion: 'Motion', other: 'Övrigt' };

/** Which documents facets are counted in: a condition on a document id column, and the sample size when not all. */
interface FacetScope { within: (col: Column) => SQL; sample: number | null }

/**
 * The newest `size` documents of the filter, read as the listing reads its first page (null without a filter: the
 * whole archive has its counts kept on write). Counting facets over every match of a common filter would read all
 * its mentions; these are the documents the listing shows first.
 */
async function newestMatching(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset' | 'sort'>, size: number): Promise<FacetScope | null> {
  const { conds } = await documentConditions(db, f);
  if (!conds.length) return null;
  const newest = await db.select({ id: documents.id }).from(documents).where(and(...conds))
    .orderBy(desc(documents.published), desc(documents.createdAt), desc(documents.id)).limit(size);
  return idsScope(newest, size);
}

/**
 * Values read from the database, inlined as quoted SQL text (`'a', 'b'`, or `null` for none), not bound: D1 binds
 * at most 100 parameters and a page may hold 200.
 */
export const quotedList = (values: string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ') || 'null');

/** A scope of read ids. */
function idsScope(ids: { id: string }[], size: number): FacetScope {
  const list = quotedList(ids.map((r) => r.id));
  return { within: (col) => sql`${col} in (${list})`, sample: ids.length >= size ? size : null };
}

/** A municipality's newest `size` documents of the filter, from mentions_municipality_page_idx in order. */
async function newestOfMunicipality(db: Db, code: string, f: Omit<DocumentFilters, 'limit' | 'offset' | 'sort'>, size: number): Promise<FacetScope> {
  const newest = await db.all<{ id: string }>(sql`${municipalityMatching(code, (await documentConditions(db, { ...f, municipality: undefined }, true)).conds)}
    order by p.published desc, p.document_id limit ${size}`);
  return idsScope(newest, size);
}

/** Counts of the filtered documents by municipality, party, kind and year (for the front page). */
export async function documentFacets(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset' | 'sort'>, sampleSize = FACET_SAMPLE): Promise<DocumentFacets> {
  const m = f.municipality ? await findMunicipality(db, f.municipality) : null;
  const scope = m ? await newestOfMunicipality(db, m.code, f, sampleSize) : await newestMatching(db, f, sampleSize);
  if (!scope) return archiveFacets(db);
  const { within, sample } = scope;
  const nDocs = sql<number>`count(distinct ${mentions.documentId})`;
  const [muni, party, kind, year] = await Promise.all([
    db.select({ value: municipalities.code, label: municipalities.name, count: nDocs }).from(mentions)
      .innerJoin(municipalities, eq(mentions.municipalityCode, municipalities.code))
      .where(and(within(mentions.documentId), LIVE)).groupBy(municipalities.code).orderBy(desc(nDocs), municipalities.name).limit(25),
    db.select({ value: mentions.party, count: nDocs }).from(mentions)
      .where(and(within(mentions.documentId), sql`${mentions.party} is not null`, LIVE)).groupBy(mentions.party).orderBy(desc(nDocs), mentions.party),
    db.select({ value: documents.kind, count: count() }).from(documents)
      .where(and(within(documents.id), sql`${documents.kind} is not null`)).groupBy(documents.kind).orderBy(desc(count())),
    db.select({ value: sql<string>`substr(${documents.published}, 1, 4)`, count: count() }).from(documents)
      .where(and(within(documents.id), sql`${documents.published} is not null`)).groupBy(sql`1`).orderBy(desc(sql`1`)),
  ]);
  return {
    municipality: muni.map((r) => ({ value: r.label, label: r.label, count: r.count })),
    party: party.map((r) => ({ value: r.value!, label: r.value!, count: r.count })),
    kind: kind.map((r) => ({ value: r.value!, label: KIND_LABELS[r.value!] ?? r.value!, count: r.count })),
    year: year.map((r) => ({ value: r.value, label: r.value, count: r.count })),
    sample,
  };
}

/** The facets of the whole archive (the front page without a filter): from the counts kept on write (facet_tallies). */
async function archiveFacets(db: Db): Promise<DocumentFacets> {
  const rows = await db.select({ facet: facetTallies.facet, value: facetTallies.value, n: facetTallies.n }).from(facetTallies)
    .where(and(inArray(facetTallies.facet, ['municipality', 'party', 'kind', 'year']), sql`${facetTallies.n} > 0`));
  const names = await nameOf(db);
  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const byCount = (a: { n: number; label: string }, b: { n: number; label: string }) => b.n - a.n || collator.compare(a.label, b.label);
  return {
    municipality: of('municipality').map((r) => ({ n: r.n, label: names.get(r.value) ?? r.value })).sort(byCount).slice(0, 25)
      .map((r) => ({ value: r.label, label: r.label, count: r.n })),
    party: of('party').map((r) => ({ n: r.n, label: r.value })).sort((a, b) => b.n - a.n || (a.label < b.label ? -1 : 1))
      .map((r) => ({ value: r.label, label: r.label, count: r.n })),
    kind: of('kind').sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1)).map((r) => ({ value: r.value, label: KIND_LABELS[r.value] ?? r.value, count: r.n })),
    year: of('year').sort((a, b) => (a.value < b.value ? 1 : -1)).map((r) => ({ value: r.value, label: r.value, count: r.n })),
    sample: null,
  };
}

/** Whose word a record stands on: the machine's, or a reviewer's (and what they did). */
export interface ReviewInfo { state: 'machine' | 'confirmed' | 'corrected' | 'rejected' | 'added'; by: string | null; at: string | null }

export interface MentionView {
  /** The record's stable id (/records/:id); it survives reprocessing. */
  id: string; kind: string; text: string; start: number; end: number; page: number; value: unknown;
  personId: string | null; municipality: { code: string; name: string } | null; party: string | null; role: string | null;
  /** The rule that found it, and what that rule reads. */
  rule: string | null; ruleDescription: string | null;
  review: ReviewInfo;
}

export interface DocumentDetail extends DocumentView {
  mentions: MentionView[];
  municipalities: { code: string; name: string; count: number }[];
  people: { id: string; name: string; party: string | null; role: string | null; politician: boolean }[];
}

/** One document with every extracted span (offsets index its clean text) and the records they resolve to. */
export async function getDocument(db: Db, id: string, opts: { includeRejected?: boolean } = {}): Promise<(DocumentDetail & { text: string | null }) | null> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  if (!row) return null;
  const names = await nameOf(db);
  const rows = await db.select().from(mentions).where(and(eq(mentions.documentId, id), opts.includeRejected ? undefined : LIVE))
    .orderBy(asc(mentions.start), desc(mentions.end), asc(mentions.id));
  const personRows = await db.select().from(people)
    .where(inArray(people.id, db.selectDistinct({ id: mentions.personId }).from(mentions).where(eq(mentions.documentId, id))));
  const byPerson = new Map(personRows.map((p) => [p.id, p]));
  const ms: MentionView[] = rows.map((m) => ({
    id: m.recordId ?? String(m.id), kind: m.kind, text: m.text, start: m.start, end: m.end, page: m.page, value: m.value,
    personId: m.personId, party: m.party, role: m.role, rule: m.rule, ruleDescription: describeRule(m.rule),
    review: reviewInfo(m),
    municipality: m.municipalityCode ? { code: m.municipalityCode, name: names.get(m.municipalityCode) ?? m.municipalityCode } : null,
  }));
  const muniCount = new Map<string, number>();
  for (const m of ms) if (m.municipality && (m.kind === 'municipality' || m.kind === 'wave')) muniCount.set(m.municipality.code, (muniCount.get(m.municipality.code) ?? 0) + 1);
  for (const m of ms) if (m.municipality && !muniCount.has(m.municipality.code)) muniCount.set(m.municipality.code, 0);
  const seen = new Set<string>();
  const peopleOut: DocumentDetail['people'] = [];
  for (const m of ms) {
    if (!m.personId || seen.has(m.personId) || m.review.state === 'rejected') continue;
    seen.add(m.personId);
    const p = byPerson.get(m.personId);
    if (p) peopleOut.push({ id: p.id, name: p.name, party: m.party ?? p.party, role: m.role, politician: p.politician });
  }
  return {
    ...(await views(db, [row]))[0]!, text: row.text, mentions: ms, people: peopleOut,
    municipalities: [...muniCount].map(([code, n]) => ({ code, name: names.get(code) ?? code, count: n }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)),
  };
}

export const reviewInfo = (r: { reviewState: string; reviewedBy: string | null; reviewedAt: string | null }): ReviewInfo =>
  ({ state: r.reviewState as ReviewInfo['state'], by: r.reviewedBy, at: r.reviewedAt });

// ---------------------------------------------------------------- context: the sentence or the quote

/** The sentence around a span, and, when the text attributes a quote to the span ("– …, säger X"), the quote. */
export function context(text: string, start: number, end: number): { sentence: string; quote: string | null } {
  return contextIn(text, 0, start, end, true)!;
}

/**
 * `context` from a window of the document text that begins at offset `base`. Sentences never cross a line,
 * so only the line around the span is split. Null when the line does not lie wholly inside the window.
 */
function contextIn(win: string, base: number, start: number, end: number, reachesEnd: boolean): { sentence: string; quote: string | null } | null {
  const s = start - base, e = end - base;
  const lineStart = win.lastIndexOf('\n', s - 1) + 1;
  if (lineStart === 0 && base > 0) return null;
  const nl = win.indexOf('\n', e);
  if (nl < 0 && !reachesEnd) return null;
  const line = win.slice(lineStart, nl < 0 ? win.length : nl);
  const rel = s - lineStart;
  const sentence = sentenceAt(splitSentences(line), rel)?.text ?? win.slice(s, e);
  // "– Quote. Quote, säger Name" / "”Quote”, säger Name": the quote ends at the comma before the speech verb.
  const m = /^\s*(?:[–—-]\s*|[”"»])(.+?)[”"»]?,?\s+(?:säger|sa|menar|berättar|konstaterar|förklarar|understryker|betonar|framhåller|tycker|anser|skriver|avslutar)\s+$/su
    .exec(line.slice(0, rel));
  return { sentence, quote: m ? m[1]!.replace(/[”"»]$/, '').trim() : null };
}

// The text read around a span for its context: enough for the line (paragraph) it stands in.
const BEFORE = 1500, AFTER = 1000;
/** SQL: the window of `documents.text` around a span, as `win`; its first offset is max(start - BEFORE, 0). */
const windowSql = (text: SQL | string, start: SQL | string, end: SQL | string) => {
  const [t, s, e] = [text, start, end].map((x) => (typeof x === 'string' ? sql.raw(x) : x));
  return sql`substr(${t}, max(${s} - ${BEFORE}, 0) + 1, ${e} - max(${s} - ${BEFORE}, 0) + ${AFTER})`;
};

/**
 * Context for many spans from their windows. SQLite counts characters where JavaScript counts UTF-16 units,
 * so a window is trusted only when the span text sits at the expected place; otherwise (or when the line is
 * longer than the window) the whole text of that document is read.
 */
async function contexts(db: Db, rows: { documentId: string; start: number; end: number; text: string; win: string | null }[]) {
  const out = rows.map((r) => {
    if (r.win == null) return { sentence: r.text, quote: null };
    const base = Math.max(r.start - BEFORE, 0);
    if (r.win.slice(r.start - base, r.end - base) !== r.text) return null;
    return contextIn(r.win, base, r.start, r.end, r.win.length < r.end - base + AFTER);
  });
  const missing = [...new Set(rows.filter((_, i) => !out[i]).map((r) => r.documentId))];
  const full = new Map<string, string | null>();
  for (const id of missing) {
    const [d] = await db.select({ text: documents.text }).from(documents).where(eq(documents.id, id));
    full.set(id, d?.text ?? null);
  }
  return rows.map((r, i) => {
    const c = out[i];
    if (c) return c;
    const text = full.get(r.documentId);
    return text ? context(text, r.start, r.end) : { sentence: r.text, quote: null };
  });
}

// ---------------------------------------------------------------- municipalities

export interface MunicipalitySummary extends Municipality { documents: number; people: number; commitments: number }

export async function listMunicipalities(db: Db, f: Page & { all?: boolean; q?: string }): Promise<Listing<MunicipalitySummary>> {
  // Documents and commitments from the counts kept on write (facet_tallies); people from their own (small) table.
  const counts = await db.all<{ code: string; documents: number; people: number; commitments: number }>(sql`
    select m.code as code,
      (select t.n from facet_tallies t where t.facet = 'municipality' and t.value = m.code) as documents,
      (select count(*) from people where municipality_code = m.code and merged_into is null) as people,
      (select t.n from facet_tallies t where t.facet = 'municipality_commitments' and t.value = m.code) as commitments
    from municipalities m`);
  const byCode = new Map(counts.map((r) => [r.code, r]));
  const q = f.q ? fold(f.q) : null;
  const rows = (await allMunicipalities(db))
    .map((m) => {
      const c = byCode.get(m.code);
      return { ...m, documents: Number(c?.documents ?? 0), people: Number(c?.people ?? 0), commitments: Number(c?.commitments ?? 0) };
    })
    .filter((m) => (f.all || m.documents > 0) && (!q || fold(m.name).includes(q) || m.code === q || fold(m.county).includes(q)));
  return { items: rows.slice(f.offset, f.offset + f.limit), total: rows.length };
}

export interface WaveEvidence { documentId: string; documentTitle: string | null; filename: string; published: string | null; sentence: string; start: number; end: number; page: number }
/** One wave of the programme: how many spans place the municipality in it, and the earliest published few with their sentence. */
export interface WaveView { wave: number; mentions: number; evidence: WaveEvidence[] }
export const WAVE_EVIDENCE = 3;

export interface MunicipalityDocument { id: string; title: string | null; filename: string; published: string | null; kind: string | null; mentions: number }

export interface MunicipalityDetail extends Municipality {
  countyCode: string;
  waves: WaveView[];
  people: PersonSummary[];
  /** A page of the commitments (`commitmentsTotal` in all). */
  commitments: CommitmentView[];
  commitmentsTotal: number;
  /** A page of the documents that mention the municipality, newest first (`documentsTotal` in all). */
  documents: MunicipalityDocument[];
  documentsTotal: number;
}

export interface MunicipalityPages { documents?: Page; commitments?: Page }
const FIRST_PAGE: Page = { limit: 50, offset: 0 };

/** The waves a municipality is placed in, in order, with the number of live spans of each (facet 'municipality_wave'). */
async function waveTallies(db: Db, code: string): Promise<{ wave: number | string; n: number }[]> {
  const rows = await db.select({ value: facetTallies.value, n: facetTallies.n }).from(facetTallies)
    .where(and(eq(facetTallies.facet, 'municipality_wave'), sql`${facetTallies.value} >= ${`${code}:`} and ${facetTallies.value} < ${`${code};`}`, sql`${facetTallies.n} > 0`));
  return rows.map((r) => { const w = r.value.slice(code.length + 1); return { wave: /^\d+$/.test(w) ? Number(w) : w, n: r.n }; })
    .sort((a, b) => Number(a.wave) - Number(b.wave) || String(a.wave).localeCompare(String(b.wave)));
}

/** A span that places a municipality in a wave, with its document's title and, when asked for, a window of its text. */
export interface WaveSpan {
  wave: number; n: number; id: number; recordId: string | null; documentId: string; start: number; end: number; page: number; text: string;
  title: string | null; filename: string; published: string | null; win: string | null;
}

/**
 * The waves a municipality is placed in: per wave the number of live spans (the count kept on write, facet
 * 'municipality_wave') and the earliest published `perWave` of them, then in archive order (mentions_wave_idx),
 * with the window of text around each when `windows` is set. Reads no more than that however often it is named.
 */
export async function waveSpans(db: Db, code: string, perWave: number, windows = true): Promise<WaveSpan[]> {
  const waves = await waveTallies(db, code);
  const win = windows ? windowSql(sql`d.text`, 'm.start', 'm."end"') : sql`null`;
  const rows = await Promise.all(waves.map((w) => db.all<Omit<WaveSpan, 'wave' | 'n'>>(sql`
    select m.id as id, m.record_id as recordId, m.document_id as documentId, m.start as start, m."end" as "end", m.page as page, m.text as text,
      d.title as title, d.filename as filename, d.published as published, ${win} as win
    from mentions m indexed by mentions_wave_idx join documents d on d.id = m.document_id
    where m.kind = 'wave' and m.review_state <> 'rejected' and m.municipality_code = ${code} and json_extract(m.value, '$.wave') = ${w.wave}
    order by m.published is null, m.published, m.id limit ${perWave}`)));
  return waves.flatMap((w, i) => rows[i]!.map((r) => ({ ...r, wave: Number(w.wave), n: w.n })));
}

export async function getMunicipality(db: Db, nameOrCode: string, pages: MunicipalityPages = {}): Promise<MunicipalityDetail | null> {
  const m = await findMunicipality(db, nameOrCode);
  if (!m) return null;
  const docPage = pages.documents ?? FIRST_PAGE;
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, m.code));
  const [waveRows, docs, docTotal, ppl, cms] = await Promise.all([
    waveSpans(db, m.code, WAVE_EVIDENCE),
    // The page of documents comes from mentions_municipality_page_idx (municipality, date, document; rejected
    // records left out) and their number from the count kept on write, so no more rows than the page are read
    // whatever the archive's size. Each document's mentions are counted in the same index, whose pages the page
    // has just read (mentions_municipality_doc_idx would read every mention's row for its review state), and its
    // card comes from documents_card_idx.
    db.all<MunicipalityDocument>(sql`
      select d.id as id, d.title as title, d.filename as filename, d.published as published, d.kind as kind,
        (select count(*) from mentions c indexed by mentions_municipality_page_idx where c.municipality_code = ${m.code}
          and c.published is q.published and c.document_id = q.id and c.review_state <> 'rejected') as mentions
      from (${municipalityMatching(m.code, [])} order by p.published desc, p.document_id limit ${docPage.limit} offset ${docPage.offset}) q
      join documents d indexed by documents_card_idx on d.id = q.id
      order by q.published desc, q.id`),
    // How many documents mention it (rejected records left out): the count kept on write.
    keptCount(db, { facet: 'municipality', value: m.code }),
    listPeople(db, { municipality: m.code, limit: 200, offset: 0 }),
    listCommitments(db, { municipality: m.code, ...(pages.commitments ?? FIRST_PAGE) }),
  ]);
  const ctx = await contexts(db, waveRows);
  const waves: WaveView[] = [];
  waveRows.forEach((r, i) => {
    const wave = Number(r.wave);
    if (waves.at(-1)?.wave !== wave) waves.push({ wave, mentions: Number(r.n), evidence: [] });
    waves.at(-1)!.evidence.push({ documentId: r.documentId, documentTitle: r.title, filename: r.filename, published: r.published,
      sentence: ctx[i]!.sentence, start: r.start, end: r.end, page: r.page });
  });
  return {
    ...m, countyCode: row!.countyCode, waves, people: ppl.items,
    commitments: cms.items, commitmentsTotal: cms.total,
    documents: docs.map((d) => ({ ...d, mentions: Number(d.mentions) })), documentsTotal: docTotal,
  };
}

// ---------------------------------------------------------------- people

export interface PersonSummary {
  id: string; name: string; party: string | null; politician: boolean;
  municipality: { code: string; name: string } | null; roles: string[]; mentions: number; documents: number;
}

export interface PeopleFilters extends Page {
  party?: string; municipality?: string; politician?: boolean; q?: string;
  /** true: people with a mention a reviewer confirmed, corrected, split or added; false: people with none. */
  reviewed?: boolean;
}

/**
 * The roles each person is named with, in order: one seek per role in mentions_person_role_idx (the next role after
 * the last one), not a read of every mention with a role (a councillor named 40,000 times has a few roles).
 */
async function rolesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const list = quotedList(ids);
  const live = sql`mm.role is not null and mm.review_state <> 'rejected'`;
  const rows = await db.all<{ id: string; role: string }>(sql`with recursive r(id, role) as (
      select p.id, (select min(mm.role) from mentions mm where mm.person_id = p.id and ${live}) from people p where p.id in (${list})
      union all select r.id, (select min(mm.role) from mentions mm where mm.person_id = r.id and ${live} and mm.role > r.role) from r where r.role is not null)
    select id, role from r where role is not null order by id, role`);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.role]);
  return out;
}

export async function listPeople(db: Db, f: PeopleFilters): Promise<Listing<PersonSummary>> {
  const conds: SQL[] = [];
  if (f.party) conds.push(eq(people.party, f.party));
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? eq(people.municipalityCode, m.code) : NOTHING);
  }
  if (f.politician !== undefined) conds.push(eq(people.politician, f.politician));
  if (f.q) conds.push(sql`instr(${people.nameKey}, ${fold(f.q)}) > 0`);
  // Merged-away people, and people whose every mention a reviewer rejected, are no longer named in the archive.
  conds.push(sql`${people.mergedInto} is null`);
  conds.push(sql`exists (select 1 from mentions mm indexed by mentions_person_page_idx where mm.person_id = "people"."id" and mm.review_state <> 'rejected')`);
  if (f.reviewed !== undefined) {
    // The reviewed mentions are few whatever the archive's size (a reviewer's work): read from their own index,
    // the reviewed people are a list to look up, and "not reviewed" one seek per person into it.
    const reviewedIds = sql`select mm.person_id from mentions mm indexed by mentions_reviewed_idx
      where mm.person_id is not null and mm.review_state <> 'rejected' and mm.review_state <> 'machine'`;
    conds.push(f.reviewed ? sql`${people.id} in (${reviewedIds})` : sql`${people.id} not in (${reviewedIds})`);
  }
  const where = and(...conds);
  const rows = await db.select({
    id: people.id, name: people.name, party: people.party, politician: people.politician, code: people.municipalityCode,
    // The counts kept on write (facet_tallies), as on the person's own page.
    mentions: sql<number>`coalesce((select t.n from facet_tallies t where t.facet = 'person_mentions' and t.value = "people"."id"), 0)`,
    documents: sql<number>`coalesce((select t.n from facet_tallies t where t.facet = 'person_documents' and t.value = "people"."id"), 0)`,
  }).from(people).where(where).orderBy(asc(people.nameKey), asc(people.id)).limit(f.limit).offset(f.offset);
  const roles = await rolesOf(db, rows.map((r) => r.id));
  const [total] = await db.select({ n: count() }).from(people).where(where);
  const names = await nameOf(db);
  return {
    items: rows.map((r) => ({
      id: r.id, name: r.name, party: r.party, politician: !!r.politician,
      municipality: r.code ? { code: r.code, name: names.get(r.code) ?? r.code } : null,
      roles: roles.get(r.id) ?? [], mentions: Number(r.mentions), documents: Number(r.documents),
    })),
    total: total?.n ?? 0,
  };
}

export interface PersonMention {
  documentId: string; documentTitle: string | null; filename: string; published: string | null;
  role: string | null; party: string | null; municipality: { code: string; name: string } | null;
  text: string; start: number; end: number; page: number; sentence: string; quote: string | null;
}

export interface PersonDetail extends PersonSummary {
  /** A page of the mentions, oldest document first; `mentions` is the number in all. */
  mentionList: PersonMention[];
}

export async function getPerson(db: Db, id: string, page: Page = FIRST_PAGE): Promise<PersonDetail | null> {
  const [p] = await db.select().from(people).where(eq(people.id, id));
  if (!p) return null;
  // A person merged into another is answered by that one.
  if (p.mergedInto && p.mergedInto !== id) return getPerson(db, p.mergedInto, page);
  // Everything here is read from mentions_person_page_idx (person, date, document, offset, role; rejected records
  // left out): the page is chosen from the index alone and only its rows are read, with a window of their text.
  const [rows, [totals], roles] = await Promise.all([
    db.all<{ documentId: string; title: string | null; filename: string; published: string | null; role: string | null; party: string | null;
      code: string | null; text: string; start: number; end: number; page: number; win: string | null }>(sql`
      select x.document_id as documentId, d.title as title, d.filename as filename, d.published as published, m.role as role, m.party as party,
        m.municipality_code as code, m.text as text, m.start as start, m."end" as "end", m.page as page, ${windowSql(sql`d.text`, 'm.start', 'm."end"')} as win
      from (select p.id, p.published, p.document_id, p.start from mentions p indexed by mentions_person_page_idx where p.person_id = ${id} and p.review_state <> 'rejected'
        order by p.published is null, p.published, p.document_id, p.start limit ${page.limit} offset ${page.offset}) x
      join mentions m on m.id = x.id join documents d on d.id = x.document_id
      order by x.published is null, x.published, x.document_id, x.start`),
    // Its live mentions and their documents: the counts kept on write (facet_tallies), however often it is named.
    db.all<{ n: number; docs: number }>(sql`select
      coalesce((select n from facet_tallies where facet = 'person_mentions' and value = ${id}), 0) as n,
      coalesce((select n from facet_tallies where facet = 'person_documents' and value = ${id}), 0) as docs`),
    // Roles in the order they first appear. A person has few roles and mentions_person_role_idx (person, role, date)
    // holds them in order: the walk jumps from one role to the next, and each role's first date is its first entry.
    db.all<{ role: string }>(sql`
      with recursive r(role) as (
        select min(role) from mentions indexed by mentions_person_role_idx where person_id = ${id} and role is not null and review_state <> 'rejected'
        union all
        select (select min(m.role) from mentions m indexed by mentions_person_role_idx where m.person_id = ${id} and m.role > r.role
          and m.role is not null and m.review_state <> 'rejected') from r where r.role is not null)
      select role from (select r.role as role, (select min(m.published) from mentions m indexed by mentions_person_role_idx
          where m.person_id = ${id} and m.role = r.role and m.role is not null and m.review_state <> 'rejected') as first
        from r where r.role is not null)
      order by first is null, first, role`),
  ]);
  const names = await nameOf(db);
  const ctx = await contexts(db, rows);
  const mentionList = rows.map((r, i) => ({
    documentId: r.documentId, documentTitle: r.title, filename: r.filename, published: r.published, role: r.role, party: r.party,
    municipality: r.code ? { code: r.code, name: names.get(r.code) ?? r.code } : null,
    text: r.text, start: r.start, end: r.end, page: r.page, ...ctx[i]!,
  }));
  return {
    id: p.id, name: p.name, party: p.party, politician: p.politician,
    municipality: p.municipalityCode ? { code: p.municipalityCode, name: names.get(p.municipalityCode) ?? p.municipalityCode } : null,
    roles: roles.map((r) => r.role), mentions: Number(totals?.n ?? 0), documents: Number(totals?.docs ?? 0), mentionList,
  };
}

// ---------------------------------------------------------------- commitments

export const COMMITMENT_TYPES = ['join', 'sign', 'twin', 'adopt_plan', 'target', 'propose', 'revise', 'other'] as const;
export const TYPE_LABELS: Record<string, string> = {
  join: 'Anslutning', sign: 'Undertecknande', twin: 'Tvillingstad', adopt_plan: 'Antagen plan',
  target: 'Mål', propose: 'Förslag', revise: 'Revidering', other: 'Övrigt',
};

export interface CommitmentView {
  /** The record's stable id (/records/:id). */
  id: string; actor: string; type: CommitmentType; what: string; when: string | null; evidence: string;
  documentId: string; documentTitle: string | null; filename: string; start: number; end: number; page: number; published: string | null;
  municipality: { code: string; name: string } | null; party: string | null;
  rule: string | null; ruleDescription: string | null;
  strength: CommitmentStrength | null; object: string | null; targetYear: number | null; baselineYear: number | null;
  reductionPercent: number | null; scope: 'organisation' | 'area' | null;
  review: ReviewInfo;
  /** The thread this commitment is a step of (same actor, same object), or null when it has no object. */
  thread: string | null;
}

/**
 * A thread is the commitments of one actor about one object, across documents: its id is the actor's key
 * (municipality code, else party, else the actor's name in lower case) and the object key, `0360:klimatkommunerna`.
 */
export function threadOf(c: { municipalityCode: string | null; party: string | null; actor: string; object: string | null }): string | null {
  if (!c.object) return null;
  return `${c.municipalityCode ?? c.party ?? c.actor.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, '-')}:${c.object}`;
}

/** The thread column of a commitments row called `t` (set from threadOf when the row is written). */
export const threadSql = (t: string) => sql.raw(`${t}.thread`);
/** When the archive learnt of a commitment: its document's publication date (else its own date). */
export const knownSql = (t: string) => sql.raw(`coalesce(${t}.published, ${t}.sort_date)`);
/** Steps of a thread in order: by date known, then by how far along (proposed … signed, then revised). */
export { STRENGTH_RANK };
export const rankSql = (t: string) => sql.raw(stepRank(`${t}.`));

/**
 * `with … latest(thread, id)`: of each thread its latest live step (by date known, rank, id) that meets `step` (a
 * condition on `c`). The threads are read one seek each from commitments_thread_known_idx (thread, known, rank,
 * id), `from` ≤ thread < `below` when given, and of each its latest step another: the work grows with the number
 * of threads, not with their steps. `thread`: a condition on `t.thread`, the thread's id.
 */
export function latestSteps(o: { step?: SQL; from?: string; below?: string; thread?: SQL }): SQL {
  const below = o.below === undefined ? sql`` : sql`and c.thread < ${o.below}`;
  return sql`with recursive t(thread) as (
      select (select min(c.thread) from commitments c where c.thread >= ${o.from ?? ''} ${below})
      union all select (select min(c.thread) from commitments c where c.thread > t.thread ${below}) from t where t.thread is not null),
    latest as (select t.thread as thread, (select c.id from commitments c where c.thread = t.thread and c.review_state <> 'rejected' ${o.step ? sql`and ${o.step}` : sql``}
        order by ${knownSql('c')} desc, ${rankSql('c')} desc, c.id desc limit 1) as id from t where t.thread is not null ${o.thread ? sql`and ${o.thread}` : sql``})`;
}

export interface CommitmentFilters extends Page {
  actor?: string; municipality?: string; party?: string; type?: string; from?: string; to?: string; q?: string;
  strength?: string; object?: string; thread?: string;
  /** What the archive knew on that day: documents published by then, and of each thread only its latest step. */
  as_of?: string;
  /** true: only records a reviewer confirmed, corrected or added; false: only the machine's. */
  reviewed?: boolean;
  /** Show rejected records too. */
  include?: 'rejected';
}

/**
 * The index a commitment listing is read from where SQLite's planner, which has no statistics, would pick a worse
 * one; null to leave it the choice. `ofMunicipality`: the municipality filter names one; `dated`: a date range.
 */
async function drivingIndex(db: Db, f: CommitmentFilters, ofMunicipality: boolean, dated: boolean): Promise<string | null> {
  // The reviewed ones: the few a reviewer touched, from their own index and then sorted, where the listing's order
  // read every commitment to find them (159 ms at 100k).
  if (f.reviewed === true) return f.include === 'rejected' ? 'commitments_touched_idx' : 'commitments_reviewed_idx';
  // A municipality's commitments in a date range: the planner takes commitments_order_idx here (every
  // municipality's rows of the range, each one read to check it: 37 ms at 1M) over the municipality's own (1.9 ms).
  if (ofMunicipality) return dated ? 'commitments_municipality_order_idx' : null;
  // Of two or three of a type, a party and a strength, the order index of the value with the fewest commitments
  // (each counted in its own index up to LISTING_LIMITS.common). The planner takes any of them: for a party with no
  // commitments and the commonest strength it read the strength's every entry (600,000 at a million documents:
  // 61 ms) to find none, where the party's own index is empty. An actor, object, thread, words or a day name fewer
  // rows than any of these, and the planner starts from those.
  const given = ([['type', f.type], ['party', f.party], ['strength', f.strength]] as const).filter(([, v]) => v !== undefined);
  if (given.length < 2 || f.actor || f.object || f.thread || f.q || f.as_of) return null;
  let best: { index: string; n: number } | null = null;
  for (const [column, value] of given) {
    const index = `commitments_${column}_order_idx`;
    const n = await countUpTo(db, sql`select 1 from commitments indexed by ${sql.raw(index)} where ${sql.raw(`"${column}"`)} = ${value}`, LISTING_LIMITS.common);
    if (!best || n < best.n) best = { index, n };
  }
  return best!.index;
}

export async function listCommitments(db: Db, f: CommitmentFilters): Promise<Listing<CommitmentView>> {
  const conds: SQL[] = [];
  if (f.actor) {
    const m = await findMunicipality(db, f.actor);
    conds.push(sql`(${commitments.actor} = ${f.actor} or ${commitments.actor} = ${m?.name ?? f.actor} or ${commitments.actor} = ${f.actor.toUpperCase()})`);
  }
  let ofMunicipality = false;
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? eq(commitments.municipalityCode, m.code) : NOTHING);
    ofMunicipality = !!m;
  }
  // Party, type and strength have a few values each: each has its index in the listing's order (a page stops at its end).
  if (f.party) conds.push(eq(commitments.party, f.party));
  if (f.type) conds.push(eq(commitments.type, f.type));
  if (f.from) conds.push(sql`${commitments.sortDate} >= ${f.from}`);
  // The range term lets an index serve it; substr keeps its meaning (2023 includes all of 2023).
  if (f.to) conds.push(sql`${commitments.sortDate} <= ${f.to} || char(1114111) and substr(${commitments.sortDate}, 1, ${f.to.length}) <= ${f.to}`);
  if (f.q) {
    // The text itself in what or the evidence. Words in few documents: only those documents' commitments are read (the
    // full-text index names them) and sorted. Words in many (more than LISTING_LIMITS.common): that would read every
    // commitment of every such document (1.2 s for 'klimat' at 100k); the listing is read in its own order, the text
    // checked per commitment, and a page is found at once (0.5 ms). A full-text look-up per commitment is no way out:
    // a prefix query costs ~10 ms each time. (The index knows words by their beginnings: a rare word found only
    // inside another one, 'vätgas' in 'grönvätgas', is found when the word is common and not when it is rare.)
    conds.push(sql`(instr(lower(${commitments.what}), ${fold(f.q)}) > 0 or instr(lower(${commitments.evidence}), ${fold(f.q)}) > 0)`);
    // The prefixes are spelt out as the index's terms (expandPrefixes): FTS5 merges a prefix's every doclist before
    // its first row (0.9 s for 'klimat*' at a million documents), ORed terms it reads as far as needed. A prefix
    // of more terms than are spelt out is common by any measure.
    const words = wordPrefixes(f.q);
    const { query, broad } = await expandPrefixes(db, words);
    if (words.length && !broad) {
      const matching = sql`select rowid from documents_fts where documents_fts match ${query}`;
      if ((await countUpTo(db, matching, LISTING_LIMITS.common)) <= LISTING_LIMITS.common) {
        conds.push(sql`${commitments.documentId} in (select d.id from documents d where d.rowid in (${matching}))`);
      }
    }
  }
  if (f.include !== 'rejected') conds.push(sql`${commitments.reviewState} <> 'rejected'`);
  if (f.reviewed === true) conds.push(sql`${commitments.reviewState} <> 'machine'`);
  if (f.reviewed === false) conds.push(sql`${commitments.reviewState} = 'machine'`);
  if (f.strength) conds.push(eq(commitments.strength, f.strength));
  if (f.object) conds.push(eq(commitments.object, f.object));
  if (f.thread) conds.push(eq(commitments.thread, f.thread));
  if (f.as_of) {
    // Known by then; of a thread only its latest step by then (a later step known by then replaces it).
    const asOf = f.as_of;
    const knownBy = (t: string) => sql`${knownSql(t)} <= ${asOf} || char(1114111) and substr(${knownSql(t)}, 1, ${asOf.length}) <= ${asOf}`;
    conds.push(sql`(${commitments.id} in (${latestSteps({ step: knownBy('c') })} select id from latest)
      or (${commitments.thread} is null and ${knownBy('"commitments"')}))`);
  }
  const where = and(...conds);
  // The page from commitments alone, in the order of commitments_order_idx and commitments_municipality_order_idx
  // (a page stops at its last row), then its documents' titles: joined, SQLite may read every row and sort.
  // With a date range every row is dated: `(sort_date is null) = 0` lets the date-order indexes seek to the range
  // (their first column is that expression) and the order leaves the constant out, so the index order serves it.
  const dated = !!(f.from || f.to);
  const pageWhere = dated ? and(where, sql`(${commitments.sortDate} is null) = 0`)! : where;
  const order = [...(dated ? [] : [sql`${commitments.sortDate} is null`]), asc(commitments.sortDate), sql`${commitments.published} is null`, asc(commitments.published), asc(commitments.id)];
  let page: (typeof commitments.$inferSelect)[];
  // Read by id from the index drivingIndex names, then the rows of the page.
  const drive = await drivingIndex(db, f, ofMunicipality, dated);
  if (drive) {
    const ids = (await db.all<{ id: number }>(sql`select "commitments"."id" as id from "commitments" indexed by ${sql.raw(drive)}
      where ${pageWhere} order by ${sql.join(order, sql`, `)} limit ${f.limit} offset ${f.offset}`)).map((r) => Number(r.id));
    const byId = new Map((ids.length ? await db.select().from(commitments).where(inArray(commitments.id, ids)) : []).map((c) => [c.id, c]));
    page = ids.map((id) => byId.get(id)!);
  } else page = await db.select().from(commitments).where(pageWhere).orderBy(...order).limit(f.limit).offset(f.offset);
  const titles = new Map<string, { title: string | null; filename: string }>();
  const docIds = [...new Set(page.map((c) => c.documentId))];
  for (let i = 0; i < docIds.length; i += 90) {
    // From documents_card_idx: SQLite takes the id's own index and then the row (two descents) unless told.
    for (const d of await db.all<{ id: string; title: string | null; filename: string }>(sql`select id, title, filename
      from documents indexed by documents_card_idx where ${inArray(documents.id, docIds.slice(i, i + 90))}`)) titles.set(d.id, d);
  }
  const rows = page.filter((c) => titles.has(c.documentId)).map((c) => ({ c, ...titles.get(c.documentId)! }));
  // No filter: the count kept on write; only the unreviewed: that count less the reviewed ones (few, from their own index).
  const base = f.include === 'rejected' ? 0 : 1;
  const onlyUnreviewed = f.reviewed === false && f.include !== 'rejected' && conds.length === 2;
  let total: { n: number } | undefined;
  const onlyMunicipality = f.municipality && f.include !== 'rejected' && conds.length === 2;
  if (conds.length === base) [total] = await tally(db, f.include === 'rejected' ? 'commitments_all' : 'commitments');
  else if (onlyMunicipality) {
    // A municipality's commitments: the count kept on write (facet_tallies), as the municipality list shows it.
    const m = await findMunicipality(db, f.municipality!);
    const [t] = m ? await db.select({ n: facetTallies.n }).from(facetTallies)
      .where(and(eq(facetTallies.facet, 'municipality_commitments'), eq(facetTallies.value, m.code))) : [];
    total = { n: t?.n ?? 0 };
  }
  else if (onlyUnreviewed) {
    const [[all], [reviewed]] = [await tally(db, 'commitments'), await db.select({ n: count() }).from(commitments)
      .where(sql`${commitments.reviewState} <> 'rejected' and ${commitments.reviewState} <> 'machine'`)];
    total = { n: (all?.n ?? 0) - (reviewed?.n ?? 0) };
  }
  let more = false;
  if (!total) {
    const bounded = await boundedTotal(db, sql`select 1 from commitments ${drive ? sql`indexed by ${sql.raw(drive)}` : sql``} where ${where}`);
    total = { n: bounded.total };
    more = bounded.more;
  }
  const names = await nameOf(db);
  return {
    items: rows.map(({ c, title, filename }) => ({
      id: c.recordId ?? String(c.id), actor: c.actor, type: c.type as CommitmentType, what: c.what, when: c.when, evidence: c.evidence, documentId: c.documentId, documentTitle: title, filename,
      start: c.start, end: c.end, page: c.page, published: c.published, party: c.party,
      rule: c.rule, ruleDescription: describeRule(c.rule), strength: c.strength as CommitmentStrength | null, object: c.object, targetYear: c.targetYear,
      baselineYear: c.baselineYear, reductionPercent: c.reductionPercent, scope: c.scope as CommitmentView['scope'], review: reviewInfo(c), thread: c.thread,
      municipality: c.municipalityCode ? { code: c.municipalityCode, name: names.get(c.municipalityCode) ?? c.municipalityCode } : null,
    })),
    total: total?.n ?? 0,
    more,
  };
}

const CSV_COLUMNS = ['id', 'actor', 'type', 'what', 'when', 'published', 'evidence', 'document_id', 'document_title', 'start', 'end', 'page',
  'review_state', 'reviewed_by', 'reviewed_at'] as const;

/** One CSV field: text quoted (and kept from running as a spreadsheet formula), numbers as they are, null empty. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  // A cell starting with = + - @ would be run as a formula by a spreadsheet: keep it text.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]|^\s|\s$/.test(s) || typeof v === 'string' ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV for Excel: UTF-8 with a BOM (so å, ä, ö open right), CRLF line ends, every text field quoted. */
export function commitmentsCsv(items: CommitmentView[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of items) {
    lines.push([c.id, c.actor, c.type, c.what, c.when, c.published, c.evidence, c.documentId, c.documentTitle, c.start, c.end, c.page,
      c.review.state, c.review.by, c.review.at].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  documentId: string; title: string | null; filename: string; published: string | null; kind: string | null;
  /** HTML: the document text escaped, the matched terms in <mark>. */
  snippet: string; rank: number;
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Above this many matches, hits come newest first and the total is given as "more than". */
export const SEARCH_RANK_LIMIT = 10_000;

export interface SearchResult extends Listing<SearchHit> {
  query: string | null;
  /** `rank`: best bm25 match first, `total` exact. `newest`: more than SEARCH_RANK_LIMIT matches; newest first, `total` is that limit. */
  order: 'rank' | 'newest';
  /** True when there are more matches than `total` says (order `newest`). */
  more: boolean;
}

// Snippets are cut here, not by FTS5's snippet(): that one tokenises and scores the whole text for every phrase,
// which on a 10 MB document takes seconds per hit. Here a hit costs at most one read of SNIPPET_SCAN characters
// (and, when no word occurs in them, one instr() per word form over the text in SQLite's C code).
const SNIPPET_SCAN = 100_000;
const SNIPPET_BEFORE = 90, SNIPPET_AFTER = 160;
const WORD = '[\\p{L}\\p{N}\\p{M}]';

/** A regex for the words of a search as FTS5's unicode61 tokenizer matches them: whole tokens, any case, prefixes. */
function termPattern(terms: SearchTerm[]): RegExp | null {
  const alts: string[] = [];
  for (const t of terms) {
    const tokens = t.core.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
    tokens.forEach((tok, i) => {
      const esc = tok.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      alts.push(t.prefix && i === tokens.length - 1 ? `${esc}${WORD}*` : esc);
    });
  }
  if (!alts.length) return null;
  alts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${WORD})(?:${alts.join('|')})(?!${WORD})`, 'giu');
}

/**
 * The snippet of one hit: about 250 characters of text around the first matched word, HTML-escaped, every
 * matched word in <mark>. Only our own tags are added: nothing in the text can make one.
 */
export function snippetHtml(win: string, base: number, at: number | null, pattern: RegExp | null, textLength: number): string {
  let start = 0, end = Math.min(win.length, SNIPPET_BEFORE + SNIPPET_AFTER);
  if (at !== null) {
    start = Math.max(0, at - base - SNIPPET_BEFORE);
    end = Math.min(win.length, at - base + SNIPPET_AFTER);
  }
  // Whole words at the edges.
  if (start > 0) { const sp = win.indexOf(' ', start); if (sp >= 0 && sp < at! - base) start = sp + 1; }
  if (end < win.length) { const sp = win.lastIndexOf(' ', end); if (sp > start) end = sp; }
  const piece = win.slice(start, end).replace(/\s+/g, ' ');
  let html = '';
  let last = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    for (const m of piece.matchAll(pattern)) {
      html += escapeHtml(piece.slice(last, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
      last = m.index! + m[0].length;
    }
  }
  html += escapeHtml(piece.slice(last));
  return `${base + start > 0 ? '…' : ''}${html.trim()}${base + end < textLength ? '…' : ''}`;
}

type HitRow = { rowid: number; id: string; title: string | null; filename: string; published: string | null; kind: string | null; head: string | null; length: number | null };
const hitColumns = sql`documents_fts.rowid as rowid, d.id as id, d.title as title, d.filename as filename, d.published as published, d.kind as kind,
  substr(d.text, 1, ${SNIPPET_SCAN}) as head, length(d.text) as length`;

/** Snippets for a page of hits: from the first SNIPPET_SCAN characters, else around the first word found further on. */
async function snippets(db: Db, rows: HitRow[], terms: SearchTerm[]): Promise<string[]> {
  const pattern = termPattern(terms);
  return Promise.all(rows.map(async (r) => {
    const head = r.head ?? '';
    const length = Number(r.length ?? head.length);
    if (pattern) {
      pattern.lastIndex = 0;
      const m = pattern.exec(head);
      if (m) return snippetHtml(head, 0, m.index, pattern, length);
    }
    if (pattern && length > head.length) {
      // Deeper in a long text: SQLite finds the word (as typed, lower-case or capitalised) without tokenising it.
      const forms = new Set<string>();
      for (const t of terms) {
        const w = t.core.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)[0];
        if (!w) continue;
        for (const f of [w, w.toLocaleLowerCase('sv'), w[0]!.toLocaleUpperCase('sv') + w.slice(1).toLocaleLowerCase('sv')]) forms.add(f);
      }
      let best = 0;
      for (const f of forms) {
        const [hit] = await db.all<{ at: number }>(sql`select instr(text, ${f}) as at from documents where id = ${r.id}`);
        const at = Number(hit?.at ?? 0);
        if (at > 0 && (best === 0 || at < best)) best = at;
      }
      if (best > 0) {
        // instr counts characters from 1; the window starts a little before and is matched again in JavaScript.
        const from = Math.max(1, best - SNIPPET_BEFORE * 2);
        const [w] = await db.all<{ win: string | null }>(sql`select substr(text, ${from}, ${SNIPPET_BEFORE * 4 + SNIPPET_AFTER * 2}) as win from documents where id = ${r.id}`);
        const win = w?.win ?? '';
        pattern.lastIndex = 0;
        const m = pattern.exec(win);
        return snippetHtml(win, from - 1, m ? from - 1 + m.index : from - 1, pattern, length);
      }
    }
    return snippetHtml(head, 0, null, pattern, length);
  }));
}

/**
 * FTS5 costs: every statement over a query pays for reading (and, for a prefix, merging) its doclists, and bm25
 * reads every match. So: a capped count first; up to SEARCH_RANK_LIMIT matches are ranked by bm25 and only the
 * page is read (in one more pass, the page's rowids as integer literals); beyond it the newest page comes
 * straight from the index. Snippets are cut from a bounded window of each hit's text (see `snippets`).
 */
export async function search(db: Db, input: string, page: Page, rankLimit = SEARCH_RANK_LIMIT): Promise<SearchResult> {
  const problem = searchProblem(input);
  if (problem) throw invalid('Search too broad', problem);
  const terms = searchTerms(input);
  const query = ftsQuery(input);
  if (!query) return { items: [], total: 0, query: null, order: 'rank', more: false };
  // Counted, and a broad search paged, with its prefixes spelt out as the terms of the index (the same documents).
  const expanded = await expandPrefixes(db, terms);
  const spelt = expanded.spelt ? expanded.query : query;
  const [counted] = await db.all<{ n: number }>(sql`
    select count(*) as n from (select 1 from documents_fts where documents_fts match ${spelt} limit ${rankLimit + 1})`);
  const n = Number(counted?.n ?? 0);
  const hits = async (rows: HitRow[], rank: (r: HitRow) => number): Promise<SearchHit[]> => {
    const cut = await snippets(db, rows, terms);
    return rows.map((r, i) => ({ documentId: r.id, title: r.title, filename: r.filename, published: r.published, kind: r.kind, snippet: cut[i]!, rank: rank(r) }));
  };
  if (n > rankLimit) {
    const rows = await db.all<HitRow>(sql`
      select ${hitColumns} from documents_fts join documents d on d.rowid = documents_fts.rowid
      where documents_fts match ${spelt} order by documents_fts.rowid desc limit ${page.limit} offset ${page.offset}`);
    return { query, total: rankLimit, more: true, order: 'newest', items: await hits(rows, () => 0) };
  }
  const ranked = n === 0 ? [] : await db.all<{ rowid: number; rank: number }>(sql`
    select rowid as rowid, bm25(documents_fts, 4.0, 1.0) as rank from documents_fts where documents_fts match ${query}
    order by rank, rowid limit ${page.limit} offset ${page.offset}`);
  if (!ranked.length) return { query, total: n, more: false, order: 'rank', items: [] };
  // Integers from the index itself, inlined: D1 binds at most 100 parameters and a page may hold 200.
  const list = sql.raw(ranked.map((r) => String(Math.trunc(Number(r.rowid)))).join(','));
  const rows = await db.all<HitRow>(sql`
    select d.rowid as rowid, d.id as id, d.title as title, d.filename as filename, d.published as published, d.kind as kind,
      substr(d.text, 1, ${SNIPPET_SCAN}) as head, length(d.text) as length
    from documents d where d.rowid in (${list})`);
  const byRowid = new Map(rows.map((r) => [Number(r.rowid), r]));
  const rankOf = new Map(ranked.map((r) => [Number(r.rowid), r.rank]));
  const ordered = ranked.map((r) => byRowid.get(Number(r.rowid))).filter((r): r is HitRow => !!r);
  return { query, total: n, more: false, order: 'rank', items: await hits(ordered, (r) => rankOf.get(Number(r.rowid)) ?? 0) };
}
