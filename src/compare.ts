// The comparison table: one row per municipality with documents, each cell backed by its evidence (a record
// id, linkable as /records/:id). Memberships of programmes come only from the documents: a wave a text places
// the municipality in, or a commitment to join or sign a programme that was decided or signed (never a
// proposal or an intention). Shared by /api/municipalities.csv|json, the /compare page and the export.
import { sql } from 'drizzle-orm';
import type { Db } from './db/index.js';
import { sinceDate } from './db/schema.js';
import { PROGRAMME_BY_KEY } from './programmes.js';
import { csvField, knownSql, listMunicipalities, waveSpans } from './queries.js';

export interface Membership {
  programme: string; name: string;
  /** The wave (våg 2) or year (2024) of joining, where the programme has cohorts and the text says. */
  cohort: string | null;
  /** The earliest date the documents show it (the commitment's date, else its document's publication date). */
  since: string | null;
  /** The record that shows it, and the other records that say the same (for one municipality at most MORE_EVIDENCE of them). */
  evidence: string; more: string[];
  /** How many records show it in all: the evidence, the others listed and those not listed. */
  evidenceCount: number;
}

/** Other records listed per membership on a municipality's own page and API answer (their number is in evidenceCount). */
export const MORE_EVIDENCE = 20;

export interface Cell<T> { value: T; evidence: string | null }

export interface CompareRow {
  code: string; name: string; county: string;
  programmes: Membership[];
  climateNeutralYear: Cell<number | null>;
  reduction: Cell<{ percent: number; baselineYear: number | null; targetYear: number | null } | null>;
  documents: number; people: number; commitments: number;
  newestEvidence: { date: string | null; documentId: string | null };
}

const MEMBER_TYPES = "('join', 'sign')";

type WaveRow = { code: string; wave: number; recordId: string; published: string | null };

/** The wave spans of one municipality, earliest published first: at most MORE_EVIDENCE + 1 per wave, the rest counted. */
async function wavesOf(db: Db, code: string): Promise<(WaveRow & { unread: number })[]> {
  const spans = await waveSpans(db, code, MORE_EVIDENCE + 1, false);
  const read = new Map<number, number>();
  for (const s of spans) read.set(s.wave, (read.get(s.wave) ?? 0) + 1);
  const counted = new Set<number>();
  return spans
    .map((s) => {
      // The spans not read are counted once, with the first span of their wave.
      const unread = counted.has(s.wave) ? 0 : Math.max(0, s.n - read.get(s.wave)!);
      counted.add(s.wave);
      return { code, wave: s.wave, recordId: s.recordId!, published: s.published, id: s.id, unread };
    })
    .sort((a, b) => Number(a.published === null) - Number(b.published === null) || (a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id);
}

/** A statement of joining or signing that shows a membership: decided or signed, or of no strength outside a motion. */
const SHOWS = sql.raw(`(c.strength in ('decided', 'signed') or (c.strength is null and coalesce(d.kind, '') <> 'motion'))`);
/** The date a statement shows its membership from (sinceDate): its own full date, else the date the archive knew of it. */
const SINCE = sql.raw(sinceDate('c.'));

type StatementRow = { recordId: string; since: string | null };

/**
 * One municipality's statements of joining programme `key`, in bounded work: the first MORE_EVIDENCE + 1 in the
 * order they are listed (commitments_programme_idx), their number counted from that index alone (a document read
 * only for a statement of no strength), and the earliest date they show (commitments_programme_since_idx).
 * `firstSince`: the date of the first listed that shows one, read only when none of the first does (the year a
 * programme with yearly cohorts was joined).
 */
async function statementsOf(db: Db, code: string, key: string) {
  const scope = sql`c.municipality_code = ${code} and c.object = ${key} and c.type in ${sql.raw(MEMBER_TYPES)} and c.review_state <> 'rejected'`;
  const first = await db.all<StatementRow>(sql`
    select c.record_id as recordId, ${SINCE} as since
    from commitments c indexed by commitments_programme_idx join documents d indexed by documents_card_idx on d.id = c.document_id
    where ${scope} and ${SHOWS} order by ${knownSql('c')}, c.id limit ${MORE_EVIDENCE + 1}`);
  if (!first.length) return null;
  const [n] = await db.all<{ signed: number; plain: number; since: string | null }>(sql`select
    (select count(*) from commitments c indexed by commitments_programme_idx where ${scope} and c.strength in ('decided', 'signed')) as signed,
    (select count(*) from commitments c indexed by commitments_programme_idx join documents d indexed by documents_card_idx on d.id = c.document_id
      where ${scope} and c.strength is null and coalesce(d.kind, '') <> 'motion') as plain,
    (select ${SINCE} from commitments c indexed by commitments_programme_since_idx join documents d indexed by documents_card_idx on d.id = c.document_id
      where ${scope} and ${SINCE} is not null and ${SHOWS} order by ${SINCE} limit 1) as since`);
  const count = Number(n!.signed) + Number(n!.plain);
  let firstSince: string | null = null;
  if (count > first.length && !first.some((c) => c.since)) {
    const [f] = await db.all<{ since: string }>(sql`select ${SINCE} as since
      from commitments c indexed by commitments_programme_idx join documents d indexed by documents_card_idx on d.id = c.document_id
      where ${scope} and ${SHOWS} and ${SINCE} is not null order by ${knownSql('c')}, c.id limit 1`);
    firstSince = f?.since ?? null;
  }
  return { first, count, since: n!.since, firstSince };
}

/**
 * What the documents show of each municipality's programmes. For one municipality (its page, its API answer, a
 * row of the comparison table) in bounded work: per wave its earliest few spans and their number (counts kept on
 * write), per programme its first statements and their number (statementsOf). For all (the export) every row.
 */
export async function memberships(db: Db, code?: string): Promise<Map<string, Membership[]>> {
  const keys = [...PROGRAMME_BY_KEY.keys()];
  const inKeys = sql.raw(keys.map((k) => `'${k}'`).join(', '));
  const waves = code ? await wavesOf(db, code) : (await db.all<WaveRow>(sql`
    select m.municipality_code as code, json_extract(m.value, '$.wave') as wave, m.record_id as recordId, d.published as published
    from mentions m join documents d on d.id = m.document_id
    where m.kind = 'wave' and m.municipality_code is not null and m.review_state <> 'rejected'
    order by d.published is null, d.published, m.id`)).map((w) => ({ ...w, unread: 0 }));
  const cap = code ? MORE_EVIDENCE : Infinity;
  const out = new Map<string, Map<string, Membership>>();
  const add = (muni: string, key: string, cohort: string | null, since: string | null, evidence: string) => {
    const byKey = out.get(muni) ?? new Map<string, Membership>();
    out.set(muni, byKey);
    const seen = byKey.get(key);
    if (seen) {
      if (seen.more.length < cap) seen.more.push(evidence);
      seen.evidenceCount++;
      if (!seen.cohort && cohort) seen.cohort = cohort;
      if (since && (!seen.since || since < seen.since)) seen.since = since;
      return;
    }
    byKey.set(key, { programme: key, name: PROGRAMME_BY_KEY.get(key)!.name, cohort, since, evidence, more: [], evidenceCount: 1 });
  };
  const cohortOf = (key: string, since: string | null) => (PROGRAMME_BY_KEY.get(key)!.cohorts === 'year' && since ? since.slice(0, 4) : null);
  for (const w of waves) {
    add(w.code, 'klimatneutrala-stader-2030', `våg ${w.wave}`, w.published, w.recordId);
    out.get(w.code)!.get('klimatneutrala-stader-2030')!.evidenceCount += w.unread;
  }
  if (code) {
    for (const key of keys) {
      const found = await statementsOf(db, code, key);
      if (!found) continue;
      for (const c of found.first) add(code, key, cohortOf(key, c.since), c.since, c.recordId);
      const m = out.get(code)!.get(key)!;
      // The statements not read: in the count, the earliest date and (when none read showed one) the cohort.
      m.evidenceCount += found.count - found.first.length;
      if (found.since && (!m.since || found.since < m.since)) m.since = found.since;
      m.cohort ??= cohortOf(key, found.firstSince);
    }
  } else {
    const commits = await db.all<{ code: string; object: string; recordId: string; since: string | null; known: string | null }>(sql`
      select c.municipality_code as code, c.object as object, c.record_id as recordId, ${SINCE} as since, ${knownSql('c')} as known
      from commitments c join documents d indexed by documents_card_idx on d.id = c.document_id
      where c.municipality_code is not null and c.review_state <> 'rejected' and c.object in (${inKeys}) and c.type in ${sql.raw(MEMBER_TYPES)}
        and ${SHOWS}
      order by known, c.id`);
    for (const c of commits) add(c.code, c.object, cohortOf(c.object, c.since), c.since, c.recordId);
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'))]));
}

/** The climate-neutral target year of a commitment row `c` (its target year, else the year its `when` starts with). */
const NEUTRAL_YEAR = sql.raw('coalesce(c.target_year, cast(substr(c."when", 1, 4) as integer))');

/**
 * One row per municipality that has documents. Each cell is read per municipality from an index: its programmes
 * as its own page shows them (memberships of one municipality: its wave spans from the counts kept on write, its
 * statements of joining each programme from statementsOf), and one seek each for
 * the earliest climate-neutral year (commitments_neutral_idx), the latest reduction target
 * (commitments_reduction_idx) and its newest document, the first on its page (mentions_municipality_page_idx).
 */
export async function compareRows(db: Db): Promise<CompareRow[]> {
  const munis = (await listMunicipalities(db, { limit: 1000, offset: 0 })).items;
  const members = new Map<string, Membership[]>();
  for (const m of munis) members.set(m.code, (await memberships(db, m.code)).get(m.code) ?? []);
  const rows = await db.all<{ code: string; neutral: string | null; reduction: string | null; newest: string | null }>(sql`
    select m.code as code,
      (select json_array(${NEUTRAL_YEAR}, c.record_id) from commitments c
        where c.municipality_code = m.code and c.type = 'target' and c.review_state <> 'rejected'
          and (c.object = 'klimatneutral' or (c.object is null and instr(lower(c.what), 'klimatneutral') > 0)) and ${NEUTRAL_YEAR} is not null
        order by ${NEUTRAL_YEAR}, c.id limit 1) as neutral,
      (select json_array(c.reduction_percent, c.baseline_year, c.target_year, c.record_id) from commitments c
        where c.municipality_code = m.code and c.reduction_percent is not null and c.review_state <> 'rejected'
        order by ${knownSql('c')} desc, c.id desc limit 1) as reduction,
      -- Its newest document: the first on its page (newest publication first, then by id), one seek.
      (select json_array(x.published, x.document_id) from mentions x indexed by mentions_municipality_page_idx
        where x.municipality_code = m.code and x.review_state <> 'rejected' order by x.published desc, x.document_id limit 1) as newest
    from municipalities m`);
  const cells = new Map(rows.map((r) => [r.code, r]));
  const json = <T>(s: string | null | undefined) => (s ? (JSON.parse(s) as T) : null);
  return munis.map((m) => {
    const c = cells.get(m.code);
    const neutral = json<[number, string]>(c?.neutral);
    const reduction = json<[number, number | null, number | null, string]>(c?.reduction);
    const newest = json<[string | null, string]>(c?.newest);
    return {
      code: m.code, name: m.name, county: m.county, programmes: members.get(m.code) ?? [],
      climateNeutralYear: { value: neutral ? Number(neutral[0]) : null, evidence: neutral?.[1] ?? null },
      reduction: reduction
        ? { value: { percent: Number(reduction[0]), baselineYear: reduction[1], targetYear: reduction[2] }, evidence: reduction[3] }
        : { value: null, evidence: null },
      documents: m.documents, people: m.people, commitments: m.commitments,
      newestEvidence: { date: newest?.[0] ?? null, documentId: newest?.[1] ?? null },
    };
  });
}

export const COMPARE_COLUMNS = [
  'municipality', 'code', 'county', 'programmes', 'programmes_evidence', 'climate_neutral_year', 'climate_neutral_evidence',
  'reduction_percent', 'reduction_baseline_year', 'reduction_target_year', 'reduction_evidence',
  'documents', 'documents_url', 'people', 'people_url', 'commitments', 'commitments_url', 'newest_evidence', 'newest_evidence_url',
] as const;

/** The table as CSV for a spreadsheet: UTF-8 with BOM, CRLF; evidence as absolute archive URLs. */
export function compareCsv(rows: CompareRow[], origin: string): string {
  const rec = (id: string | null) => (id ? `${origin}/records/${id}` : null);
  const q = (path: string, m: string) => `${origin}${path}?municipality=${encodeURIComponent(m)}`;
  const lines = [COMPARE_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([
      r.name, r.code, r.county,
      r.programmes.map((p) => `${p.name}${p.cohort ? ` (${p.cohort})` : ''}${p.since ? ` sedan ${p.since}` : ''}`).join('; '),
      r.programmes.map((p) => rec(p.evidence)).join(' '),
      r.climateNeutralYear.value, rec(r.climateNeutralYear.evidence),
      r.reduction.value?.percent ?? null, r.reduction.value?.baselineYear ?? null, r.reduction.value?.targetYear ?? null, rec(r.reduction.evidence),
      r.documents, q('/', r.name), r.people, q('/people', r.name), r.commitments, q('/commitments', r.name),
      r.newestEvidence.date, r.newestEvidence.documentId ? `${origin}/documents/${r.newestEvidence.documentId}` : null,
    ].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
