// Research queries: one function per view, shared by the JSON API and the HTML pages. Written once with
// drizzle's query builder or `sql` through db.all, so they run unchanged on better-sqlite3 and on D1.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { splitSentences, sentenceAt } from '../extractors/sentences.js';
import { toView, type DocumentView } from './archive.js';
import type { Db } from './db/index.js';
import type { CommitmentType } from './types.js';
import { commitments, documents, mentions, municipalities, people } from './db/schema.js';

export interface Page { limit: number; offset: number }
export interface Listing<T> { items: T[]; total: number }

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

/**
 * Turn what a user typed into a safe FTS5 query: every word becomes a quoted term (so quotes, operators
 * and column filters are only text), a trailing * stays a prefix query, terms are ANDed. Null when
 * nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const token of input.normalize('NFC').split(/\s+/)) {
    const prefix = /\*$/.test(token);
    const core = token.replace(/["*]/g, '');
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    terms.push(`"${core}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
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
}

const NOTHING = sql`0`;

/** The where clause of a document listing; `NOTHING` when a filter names something that does not exist. */
async function documentConditions(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset'>): Promise<SQL[]> {
  const conds: SQL[] = [];
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? sql`exists (select 1 from mentions mm where mm.document_id = "documents"."id" and mm.municipality_code = ${m.code})` : NOTHING);
  }
  if (f.person) {
    conds.push(sql`exists (select 1 from mentions mm where mm.document_id = "documents"."id" and mm.person_id in
      (select pp.id from people pp where pp.id = ${f.person} or pp.name_key = ${fold(f.person)}))`);
  }
  if (f.party) conds.push(sql`exists (select 1 from mentions mm where mm.document_id = "documents"."id" and mm.party = ${f.party})`);
  if (f.kind) conds.push(eq(documents.kind, f.kind));
  if (f.language) conds.push(eq(documents.language, f.language));
  if (f.from) conds.push(dateFrom(documents.published, f.from));
  if (f.to) conds.push(dateTo(documents.published, f.to));
  if (f.q) {
    const q = ftsQuery(f.q);
    conds.push(q ? ftsMatch(q) : NOTHING);
  }
  return conds;
}

export async function listDocuments(db: Db, f: DocumentFilters): Promise<Listing<DocumentView>> {
  const where = and(...(await documentConditions(db, f)));
  const rows = await db.select().from(documents).where(where).orderBy(desc(documents.createdAt), documents.id).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(documents).where(where);
  return { items: rows.map(toView), total: total?.n ?? 0 };
}

export interface Facet { value: string; label: string; count: number }
export interface DocumentFacets { municipality: Facet[]; party: Facet[]; kind: Facet[]; year: Facet[] }

export const KIND_LABELS: Record<string, string> = { press_release: 'Pressmeddelande', motion: 'Motion', other: 'Övrigt' };

/** Counts of the filtered documents by municipality, party, kind and year (for the front page). */
export async function documentFacets(db: Db, f: Omit<DocumentFilters, 'limit' | 'offset'>): Promise<DocumentFacets> {
  const ids = db.select({ id: documents.id }).from(documents).where(and(...(await documentConditions(db, f))));
  const nDocs = sql<number>`count(distinct ${mentions.documentId})`;
  const [muni, party, kind, year] = await Promise.all([
    db.select({ value: municipalities.code, label: municipalities.name, count: nDocs }).from(mentions)
      .innerJoin(municipalities, eq(mentions.municipalityCode, municipalities.code))
      .where(inArray(mentions.documentId, ids)).groupBy(municipalities.code).orderBy(desc(nDocs), municipalities.name).limit(25),
    db.select({ value: mentions.party, count: nDocs }).from(mentions)
      .where(and(inArray(mentions.documentId, ids), sql`${mentions.party} is not null`)).groupBy(mentions.party).orderBy(desc(nDocs), mentions.party),
    db.select({ value: documents.kind, count: count() }).from(documents)
      .where(and(inArray(documents.id, ids), sql`${documents.kind} is not null`)).groupBy(documents.kind).orderBy(desc(count())),
    db.select({ value: sql<string>`substr(${documents.published}, 1, 4)`, count: count() }).from(documents)
      .where(and(inArray(documents.id, ids), sql`${documents.published} is not null`)).groupBy(sql`1`).orderBy(desc(sql`1`)),
  ]);
  return {
    municipality: muni.map((r) => ({ value: r.label, label: r.label, count: r.count })),
    party: party.map((r) => ({ value: r.value!, label: r.value!, count: r.count })),
    kind: kind.map((r) => ({ value: r.value!, label: KIND_LABELS[r.value!] ?? r.value!, count: r.count })),
    year: year.map((r) => ({ value: r.value, label: r.value, count: r.count })),
  };
}

export interface MentionView {
  id: number; kind: string; text: string; start: number; end: number; page: number; value: unknown;
  personId: string | null; municipality: { code: string; name: string } | null; party: string | null; role: string | null;
}

export interface DocumentDetail extends DocumentView {
  mentions: MentionView[];
  municipalities: { code: string; name: string; count: number }[];
  people: { id: string; name: string; party: string | null; role: string | null; politician: boolean }[];
}

/** One document with every extracted span (offsets index its clean text) and the records they resolve to. */
export async function getDocument(db: Db, id: string): Promise<(DocumentDetail & { text: string | null }) | null> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  if (!row) return null;
  const names = await nameOf(db);
  const rows = await db.select().from(mentions).where(eq(mentions.documentId, id)).orderBy(asc(mentions.start), desc(mentions.end), asc(mentions.id));
  const personRows = await db.select().from(people)
    .where(inArray(people.id, db.selectDistinct({ id: mentions.personId }).from(mentions).where(eq(mentions.documentId, id))));
  const byPerson = new Map(personRows.map((p) => [p.id, p]));
  const ms: MentionView[] = rows.map((m) => ({
    id: m.id, kind: m.kind, text: m.text, start: m.start, end: m.end, page: m.page, value: m.value,
    personId: m.personId, party: m.party, role: m.role,
    municipality: m.municipalityCode ? { code: m.municipalityCode, name: names.get(m.municipalityCode) ?? m.municipalityCode } : null,
  }));
  const muniCount = new Map<string, number>();
  for (const m of ms) if (m.municipality && (m.kind === 'municipality' || m.kind === 'wave')) muniCount.set(m.municipality.code, (muniCount.get(m.municipality.code) ?? 0) + 1);
  for (const m of ms) if (m.municipality && !muniCount.has(m.municipality.code)) muniCount.set(m.municipality.code, 0);
  const seen = new Set<string>();
  const peopleOut: DocumentDetail['people'] = [];
  for (const m of ms) {
    if (!m.personId || seen.has(m.personId)) continue;
    seen.add(m.personId);
    const p = byPerson.get(m.personId);
    if (p) peopleOut.push({ id: p.id, name: p.name, party: m.party ?? p.party, role: m.role, politician: p.politician });
  }
  return {
    ...toView(row), text: row.text, mentions: ms, people: peopleOut,
    municipalities: [...muniCount].map(([code, n]) => ({ code, name: names.get(code) ?? code, count: n }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)),
  };
}

// ---------------------------------------------------------------- context: the sentence or the quote

/** The sentence around a span, and, when the text attributes a quote to the span ("– …, säger X"), the quote. */
export function context(text: string, start: number, end: number): { sentence: string; quote: string | null } {
  const sentence = sentenceAt(splitSentences(text), start)?.text ?? text.slice(start, end);
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const para = text.slice(paraStart, nl < 0 ? text.length : nl);
  const rel = start - paraStart;
  // "– Quote. Quote, säger Name" / "”Quote”, säger Name": the quote ends at the comma before the speech verb.
  const m = /^\s*(?:[–—-]\s*|[”"»])(.+?)[”"»]?,?\s+(?:säger|sa|menar|berättar|konstaterar|förklarar|understryker|betonar|framhåller|tycker|anser|skriver|avslutar)\s+$/su
    .exec(para.slice(0, rel));
  return { sentence, quote: m ? m[1]!.replace(/[”"»]$/, '').trim() : null };
}

// ---------------------------------------------------------------- municipalities

export interface MunicipalitySummary extends Municipality { documents: number; people: number; commitments: number }

export async function listMunicipalities(db: Db, f: Page & { all?: boolean; q?: string }): Promise<Listing<MunicipalitySummary>> {
  const counts = await db.all<{ code: string; documents: number; people: number; commitments: number }>(sql`
    select m.code as code,
      (select count(distinct document_id) from mentions where municipality_code = m.code) as documents,
      (select count(*) from people where municipality_code = m.code) as people,
      (select count(*) from commitments where municipality_code = m.code) as commitments
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

export interface WaveView { wave: number; documentId: string; documentTitle: string | null; filename: string; published: string | null; evidence: string; start: number; end: number; page: number }

export interface MunicipalityDetail extends Municipality {
  countyCode: string;
  waves: WaveView[];
  people: PersonSummary[];
  commitments: CommitmentView[];
  documents: { id: string; title: string | null; filename: string; published: string | null; kind: string | null; mentions: number }[];
}

export async function getMunicipality(db: Db, nameOrCode: string): Promise<MunicipalityDetail | null> {
  const m = await findMunicipality(db, nameOrCode);
  if (!m) return null;
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, m.code));
  const waveRows = await db.select({ value: mentions.value, documentId: mentions.documentId, start: mentions.start, end: mentions.end, page: mentions.page,
    text: documents.text, title: documents.title, filename: documents.filename, published: documents.published })
    .from(mentions).innerJoin(documents, eq(documents.id, mentions.documentId))
    .where(and(eq(mentions.kind, 'wave'), eq(mentions.municipalityCode, m.code))).orderBy(asc(documents.published), asc(mentions.start));
  const docs = await db.select({ id: documents.id, title: documents.title, filename: documents.filename, published: documents.published, kind: documents.kind,
    mentions: count() }).from(mentions).innerJoin(documents, eq(documents.id, mentions.documentId))
    .where(eq(mentions.municipalityCode, m.code)).groupBy(documents.id).orderBy(desc(documents.published), documents.id);
  const [ppl, cms] = await Promise.all([
    listPeople(db, { municipality: m.code, limit: 200, offset: 0 }),
    listCommitments(db, { municipality: m.code, limit: 1000, offset: 0 }),
  ]);
  return {
    ...m, countyCode: row!.countyCode,
    waves: waveRows.map((w) => ({
      wave: Number((w.value as { wave?: number } | null)?.wave), documentId: w.documentId, documentTitle: w.title, filename: w.filename, published: w.published,
      evidence: w.text ? context(w.text, w.start, w.end).sentence : '', start: w.start, end: w.end, page: w.page,
    })),
    people: ppl.items, commitments: cms.items, documents: docs,
  };
}

// ---------------------------------------------------------------- people

export interface PersonSummary {
  id: string; name: string; party: string | null; politician: boolean;
  municipality: { code: string; name: string } | null; roles: string[]; mentions: number; documents: number;
}

export interface PeopleFilters extends Page { party?: string; municipality?: string; politician?: boolean; q?: string }

export async function listPeople(db: Db, f: PeopleFilters): Promise<Listing<PersonSummary>> {
  const conds: SQL[] = [];
  if (f.party) conds.push(eq(people.party, f.party));
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? eq(people.municipalityCode, m.code) : NOTHING);
  }
  if (f.politician !== undefined) conds.push(eq(people.politician, f.politician));
  if (f.q) conds.push(sql`instr(${people.nameKey}, ${fold(f.q)}) > 0`);
  const where = and(...conds);
  const rows = await db.select({
    id: people.id, name: people.name, party: people.party, politician: people.politician, code: people.municipalityCode,
    mentions: sql<number>`(select count(*) from mentions mm where mm.person_id = "people"."id")`,
    documents: sql<number>`(select count(distinct mm.document_id) from mentions mm where mm.person_id = "people"."id")`,
    roles: sql<string | null>`(select group_concat(role, char(31)) from (select distinct mm.role as role from mentions mm where mm.person_id = "people"."id" and mm.role is not null))`,
  }).from(people).where(where).orderBy(asc(people.nameKey), asc(people.id)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(people).where(where);
  const names = await nameOf(db);
  return {
    items: rows.map((r) => ({
      id: r.id, name: r.name, party: r.party, politician: !!r.politician,
      municipality: r.code ? { code: r.code, name: names.get(r.code) ?? r.code } : null,
      roles: r.roles ? r.roles.split('\u001f') : [], mentions: Number(r.mentions), documents: Number(r.documents),
    })),
    total: total?.n ?? 0,
  };
}

export interface PersonMention {
  documentId: string; documentTitle: string | null; filename: string; published: string | null;
  role: string | null; party: string | null; municipality: { code: string; name: string } | null;
  text: string; start: number; end: number; page: number; sentence: string; quote: string | null;
}

export async function getPerson(db: Db, id: string): Promise<(PersonSummary & { mentionList: PersonMention[] }) | null> {
  const [p] = await db.select().from(people).where(eq(people.id, id));
  if (!p) return null;
  const rows = await db.select({ documentId: mentions.documentId, title: documents.title, filename: documents.filename, published: documents.published,
    role: mentions.role, party: mentions.party, code: mentions.municipalityCode, text: mentions.text, start: mentions.start, end: mentions.end,
    page: mentions.page, body: documents.text })
    .from(mentions).innerJoin(documents, eq(documents.id, mentions.documentId))
    .where(eq(mentions.personId, id)).orderBy(sql`${documents.published} is null`, asc(documents.published), asc(documents.createdAt), asc(mentions.start));
  const names = await nameOf(db);
  const mentionList = rows.map((r) => ({
    documentId: r.documentId, documentTitle: r.title, filename: r.filename, published: r.published, role: r.role, party: r.party,
    municipality: r.code ? { code: r.code, name: names.get(r.code) ?? r.code } : null,
    text: r.text, start: r.start, end: r.end, page: r.page, ...(r.body ? context(r.body, r.start, r.end) : { sentence: r.text, quote: null }),
  }));
  return {
    id: p.id, name: p.name, party: p.party, politician: p.politician,
    municipality: p.municipalityCode ? { code: p.municipalityCode, name: names.get(p.municipalityCode) ?? p.municipalityCode } : null,
    roles: [...new Set(rows.map((r) => r.role).filter((r): r is string => !!r))],
    mentions: rows.length, documents: new Set(rows.map((r) => r.documentId)).size, mentionList,
  };
}

// ---------------------------------------------------------------- commitments

export const COMMITMENT_TYPES = ['join', 'sign', 'twin', 'adopt_plan', 'target', 'propose', 'revise', 'other'] as const;
export const TYPE_LABELS: Record<string, string> = {
  join: 'Anslutning', sign: 'Undertecknande', twin: 'Tvillingstad', adopt_plan: 'Antagen plan',
  target: 'Mål', propose: 'Förslag', revise: 'Revidering', other: 'Övrigt',
};

export interface CommitmentView {
  id: number; actor: string; type: CommitmentType; what: string; when: string | null; evidence: string;
  documentId: string; documentTitle: string | null; filename: string; start: number; end: number; page: number; published: string | null;
  municipality: { code: string; name: string } | null; party: string | null;
}

export interface CommitmentFilters extends Page {
  actor?: string; municipality?: string; party?: string; type?: string; from?: string; to?: string; q?: string;
}

export async function listCommitments(db: Db, f: CommitmentFilters): Promise<Listing<CommitmentView>> {
  const conds: SQL[] = [];
  if (f.actor) {
    const m = await findMunicipality(db, f.actor);
    conds.push(sql`(${commitments.actor} = ${f.actor} or ${commitments.actor} = ${m?.name ?? f.actor} or ${commitments.actor} = ${f.actor.toUpperCase()})`);
  }
  if (f.municipality) {
    const m = await findMunicipality(db, f.municipality);
    conds.push(m ? eq(commitments.municipalityCode, m.code) : NOTHING);
  }
  if (f.party) conds.push(eq(commitments.party, f.party));
  if (f.type) conds.push(eq(commitments.type, f.type));
  if (f.from) conds.push(sql`${commitments.sortDate} >= ${f.from}`);
  if (f.to) conds.push(sql`substr(${commitments.sortDate}, 1, ${f.to.length}) <= ${f.to}`);
  if (f.q) conds.push(sql`(instr(lower(${commitments.what}), ${fold(f.q)}) > 0 or instr(lower(${commitments.evidence}), ${fold(f.q)}) > 0)`);
  const where = and(...conds);
  const rows = await db.select({ c: commitments, title: documents.title, filename: documents.filename }).from(commitments).innerJoin(documents, eq(documents.id, commitments.documentId))
    .where(where)
    .orderBy(sql`${commitments.sortDate} is null`, asc(commitments.sortDate), sql`${commitments.published} is null`, asc(commitments.published), asc(commitments.id))
    .limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(commitments).where(where);
  const names = await nameOf(db);
  return {
    items: rows.map(({ c, title, filename }) => ({
      id: c.id, actor: c.actor, type: c.type as CommitmentType, what: c.what, when: c.when, evidence: c.evidence, documentId: c.documentId, documentTitle: title, filename,
      start: c.start, end: c.end, page: c.page, published: c.published, party: c.party,
      municipality: c.municipalityCode ? { code: c.municipalityCode, name: names.get(c.municipalityCode) ?? c.municipalityCode } : null,
    })),
    total: total?.n ?? 0,
  };
}

const CSV_COLUMNS = ['id', 'actor', 'type', 'what', 'when', 'published', 'evidence', 'document_id', 'document_title', 'start', 'end', 'page'] as const;

function csvField(v: unknown): string {
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
    lines.push([c.id, c.actor, c.type, c.what, c.when, c.published, c.evidence, c.documentId, c.documentTitle, c.start, c.end, c.page].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  documentId: string; title: string | null; filename: string; published: string | null; kind: string | null;
  /** HTML: the document text escaped, the matched terms in <mark>. */
  snippet: string; rank: number;
}

const OPEN = '\uE000', CLOSE = '\uE001';
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Build a snippet safely: private-use markers from FTS5, then escape the text, then markers become <mark>. */
export function markSnippet(raw: string): string {
  return escapeHtml(raw).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

export async function search(db: Db, input: string, page: Page): Promise<Listing<SearchHit> & { query: string | null }> {
  const query = ftsQuery(input);
  if (!query) return { items: [], total: 0, query: null };
  const rows = await db.all<{ id: string; title: string | null; filename: string; published: string | null; kind: string | null; snippet: string; rank: number }>(sql`
    select d.id as id, d.title as title, d.filename as filename, d.published as published, d.kind as kind,
      snippet(documents_fts, 1, ${OPEN}, ${CLOSE}, '…', 28) as snippet, bm25(documents_fts, 4.0, 1.0) as rank
    from documents_fts join documents d on d.rowid = documents_fts.rowid
    where documents_fts match ${query}
    order by rank, d.id limit ${page.limit} offset ${page.offset}`);
  const [total] = await db.all<{ n: number }>(sql`select count(*) as n from documents_fts where documents_fts match ${query}`);
  return {
    query, total: Number(total?.n ?? 0),
    items: rows.map((r) => ({ documentId: r.id, title: r.title, filename: r.filename, published: r.published, kind: r.kind,
      snippet: markSnippet(r.snippet ?? ''), rank: r.rank })),
  };
}
