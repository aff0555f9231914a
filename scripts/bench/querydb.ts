// A research database of ≥100,000 documents for the query benchmark, generated from the corpus.
//
// The five corpus texts go through the real pipeline once (analyse). Each generated document is one of
// them with its municipalities, people and years substituted (text and every mention span rewritten
// together, so spans still index the text), then written with the Archive's own row builders
// (documents row + recordStatements: mentions, resolved people, commitments) in big transactions.
// Parsing and extraction are not re-run per generated document: that is what makes 100k feasible.
// Cached under the OS temp dir, keyed by migrations + generator + EXTRACTOR_VERSION + corpus.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { freemem, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../../extractors/index.js';
import { commitmentRow, mentionRow } from '../../src/archive.js';
import { pageAt } from '../../src/parse/pages.js';
import { openSqlite } from '../../src/db/sqlite.js';
import { municipalities } from '../../src/db/schema.js';
import { analyse, docName, type Analysis } from '../../src/pipeline.js';
import type { Mention } from '../../src/types.js';
import { mulberry32 } from '../random.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_PREFIX = 'kommunarkiv-bench-';

export interface QueryDbInfo {
  file: string;
  docs: number;
  cached: boolean;
  seconds: number;
  rows: { mentions: number; commitments: number; people: number };
  /** How the rows were made, for the report. */
  method: string;
  commitmentsFromGold: string[];
}

function filesUnder(dir: string, re: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => re.test(f)).sort().map((f) => join(dir, f));
}

function cacheKey(docs: number): string {
  const h = createHash('sha256').update(`docs=${docs};v=${EXTRACTOR_VERSION}\n`);
  // Migrations + this generator + the corpus it starts from; extractor changes show through EXTRACTOR_VERSION
  // (bumped with every rule change), so edits in progress do not force a rebuild on every run.
  const sources = [
    ...filesUnder(join(ROOT, 'migrations'), /\.sql$/),
    fileURLToPath(import.meta.url),
    ...filesUnder(join(ROOT, 'corpus/docs'), /\.txt$/), ...filesUnder(join(ROOT, 'corpus/gold'), /\.json$/),
  ];
  for (const f of sources) if (existsSync(f)) h.update(f.slice(ROOT.length)).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

const rng = mulberry32;

// Generic Swedish given names and surnames for the generated politicians (not the corpus's people).
const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Per', 'Kristina', 'Mikael', 'Lena', 'Magnus',
  'Sara', 'Fredrik', 'Emma', 'Jonas', 'Ida', 'Björn', 'Åsa', 'Göran', 'Malin', 'Stefan', 'Elin', 'Håkan', 'Sofia', 'Mats',
  'Linnéa', 'Ulf', 'Frida', 'Örjan', 'Hanna', 'Tomas', 'Ingrid', 'Patrik', 'Märta', 'Oskar', 'Helén', 'Niklas', 'Jenny', 'Rickard'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Olsson', 'Svensson', 'Gustafsson', 'Pettersson',
  'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Åberg',
  'Öberg', 'Sjöberg', 'Ström', 'Lundqvist', 'Holmgren', 'Bergström', 'Wallin', 'Engström', 'Sandberg', 'Håkansson',
  'Forsberg', 'Nyström', 'Björk', 'Ekström', 'Sundström', 'Hedlund', 'Dahlgren', 'Lindholm', 'Söderberg', 'Fransson', 'Åkesson'];
const PEOPLE_PER_MUNICIPALITY = 30;

interface Template { name: string; a: Analysis; home: string | null; people: { name: string; municipality: string }[]; muniNames: string[] }

const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Substitute names and shift years in text, returning the new text and an offset map for spans. */
function substitute(text: string, re: RegExp, replace: (m: string) => string) {
  const edits: { os: number; oe: number; ns: number; ne: number }[] = [];
  let out = '';
  let last = 0;
  let delta = 0;
  for (const m of text.matchAll(re)) {
    const os = m.index!;
    const oe = os + m[0].length;
    const r = replace(m[0]);
    if (r === m[0]) continue;
    out += text.slice(last, os) + r;
    last = oe;
    edits.push({ os, oe, ns: os + delta, ne: os + delta + r.length });
    delta += r.length - m[0].length;
  }
  out += text.slice(last);
  // Position p → new position; a span edge inside an edit snaps to the edit's start (side 0) or end (side 1).
  const map = (p: number, side: 0 | 1) => {
    let lo = 0, hi = edits.length; // first edit with oe > p
    while (lo < hi) { const mid = (lo + hi) >> 1; if (edits[mid]!.oe <= p) lo = mid + 1; else hi = mid; }
    const before = lo > 0 ? edits[lo - 1]! : null;
    const d = before ? before.ne - before.oe : 0;
    const e = edits[lo];
    if (e && e.os < p) return side === 0 ? e.ns : e.ne;
    return p + d;
  };
  return { text: out, map };
}

/** Commitments from the gold file, located by their evidence, for templates where the extractor found none yet. */
function goldCommitments(name: string, text: string): Mention[] {
  const file = join(ROOT, 'corpus/gold', name.replace(/\.txt$/, '.json'));
  if (!existsSync(file)) return [];
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { commitments?: { actor: string; type: string; what: string; when: string | null; evidence: string }[] };
  const out: Mention[] = [];
  for (const c of gold.commitments ?? []) {
    const start = text.indexOf(c.evidence);
    if (start < 0) continue;
    out.push({ kind: 'commitment', start, end: start + c.evidence.length, text: c.evidence,
      value: { actor: c.actor, type: c.type, what: c.what, when: c.when }, rule: 'gold' });
  }
  return out;
}

/** The statements of the migrations that fill what is kept on write (INSERT INTO tallies / facet_tallies / thread_latest / thread_party_latest). */
function tallyStatements(): string[] {
  return filesUnder(join(ROOT, 'migrations'), /\.sql$/).flatMap((f) => readFileSync(f, 'utf8').split('--> statement-breakpoint'))
    .map((x) => x.trim()).filter((x) => /^INSERT INTO `(tallies|facet_tallies|thread_latest|thread_party_latest)`/.test(x));
}

/** Where the database of `docs` documents is cached (one folder per size: 100k and 1M live side by side). */
function cachePlace(docs: number) {
  const prefix = `${CACHE_PREFIX}${docs}-`;
  const dir = join(tmpdir(), prefix + cacheKey(docs));
  return { prefix, dir, file: join(dir, 'research.sqlite'), infoFile: join(dir, 'info.json') };
}

/** The cached database of `docs` documents of this generation, or null when it has not been built. */
export function cachedQueryDb(docs: number): QueryDbInfo | null {
  const { infoFile } = cachePlace(docs);
  return existsSync(infoFile) ? { ...(JSON.parse(readFileSync(infoFile, 'utf8')) as QueryDbInfo), cached: true } : null;
}

export async function buildQueryDb(docs: number, log: (s: string) => void): Promise<QueryDbInfo> {
  const cached = cachedQueryDb(docs);
  if (cached) return cached;
  // An older generation of the same size is replaced.
  const { prefix, dir, file, infoFile } = cachePlace(docs);
  // Other generations of this cache (older migrations or generator) are ours to remove.
  for (const d of readdirSync(tmpdir())) {
    const old = d.startsWith(prefix) || /^kommunarkiv-bench-[0-9a-f]{16}$/.test(d); // the same size, or the unsized name of before
    if (old && join(tmpdir(), d) !== dir && statSync(join(tmpdir(), d)).isDirectory()) rmSync(join(tmpdir(), d), { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();

  const storage = { db: openSqlite(file), blobs: { put: async () => {}, get: async () => null } };
  const sqlite = (storage.db.db as unknown as { $client: import('better-sqlite3').Database }).$client;
  // Generation only (the queries run on the finished file): no fsync, and a cache big enough that index
  // pages are not evicted and re-read as the tables grow (the default 2 MB made it quadratic-ish).
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('journal_mode = OFF');
  const munis = await storage.db.db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities);
  const codeOf = new Map(munis.map((m) => [m.name, m.code]));

  // Raw prepared statements over the Archive's own row builders (mentionRow, commitmentRow); people resolved by name + municipality as the Archive does for
  // unambiguous names). Drizzle's per-statement building cost more than SQLite itself at this volume.
  const insertDoc = sqlite.prepare(`INSERT INTO documents (id, sha256, filename, media_type, format, size, title, language, kind,
    published, status, extractor_version, text, pages, extraction) VALUES (@id, @sha256, @filename, @media_type, @format, @size,
    @title, @language, @kind, @published, @status, @extractor_version, @text, @pages, @extraction)`);
  const insertMention = sqlite.prepare(`INSERT INTO mentions (document_id, kind, start, "end", page, text, value, extractor,
    municipality_code, person_id, party, role, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCommitment = sqlite.prepare(`INSERT OR IGNORE INTO commitments (document_id, actor, municipality_code, party, type,
    what, "when", evidence, start, "end", page, published, sort_date, object, strength, thread) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPerson = sqlite.prepare('INSERT INTO people (id, name, name_key, party, municipality_code, politician) VALUES (?, ?, ?, ?, ?, ?)');
  const personIds = new Map<string, string>();
  let personSeq = 0;
  const writeRecords = (documentId: string, a: Analysis) => {
    const ids = new Map<string, string>();
    for (const p of a.extraction.people) {
      const code = p.municipality ? codeOf.get(p.municipality) ?? null : null;
      const key = `${nameKey(p.name)}|${code ?? ''}`;
      let pid = personIds.get(key);
      if (!pid) {
        pid = `p-bench-${(personSeq++).toString(36)}`;
        personIds.set(key, pid);
        insertPerson.run(pid, p.name, nameKey(p.name), p.party, code, p.politician ? 1 : 0);
      }
      ids.set(p.name, pid);
    }
    for (const m of a.mentions) {
      const page = pageAt(a.doc.pages, m.start);
      const r = mentionRow(documentId, m, page, codeOf, ids, a.extraction.published);
      insertMention.run(r.documentId, r.kind, r.start, r.end, r.page, r.text, r.value === undefined ? null : JSON.stringify(r.value),
        r.extractor, r.municipalityCode, r.personId, r.party, r.role, r.published);
      if (m.kind === 'commitment') {
        const c = commitmentRow(documentId, m, page, a.extraction.published, codeOf);
        insertCommitment.run(c.documentId, c.actor, c.municipalityCode, c.party, c.type, c.what, c.when, c.evidence, c.start, c.end,
          c.page, c.published, c.sortDate, c.object, c.strength, c.thread);
      }
    }
  };

  // Templates: the five corpus texts through the real pipeline.
  const commitmentsFromGold: string[] = [];
  const templates: Template[] = [];
  for (const f of filesUnder(join(ROOT, 'corpus/docs'), /\.txt$/)) {
    const name = docName(f);
    const a = await analyse(new Uint8Array(readFileSync(f)), name);
    if (!a.mentions.some((m) => m.kind === 'commitment')) {
      const gold = goldCommitments(basename(f), a.doc.text);
      if (gold.length) {
        commitmentsFromGold.push(name);
        a.mentions = [...a.mentions, ...gold].sort((x, y) => x.start - y.start || x.end - y.end);
        a.extraction = { ...a.extraction, commitments: gold.map((m) => ({ ...(m.value as object), evidence: m.text })) as typeof a.extraction.commitments };
      }
    }
    const muniNames = [...new Set([...a.extraction.municipalities, ...a.extraction.people.map((p) => p.municipality).filter((m): m is string => !!m)])];
    const counts = new Map<string, number>();
    for (const m of a.mentions) if (m.kind === 'municipality') { const n = (m.value as { name: string }).name; counts.set(n, (counts.get(n) ?? 0) + 1); }
    const home = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? muniNames[0] ?? null;
    // People who act for a municipality become that municipality's (generated) people; others (national
    // programme staff) stay as they are and recur across documents, as they do in reality.
    const people = a.extraction.people.filter((p) => p.municipality).map((p) => ({ name: p.name, municipality: p.municipality! }));
    templates.push({ name, a, home, people, muniNames });
  }

  const random = rng(20240607);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  // Each municipality's generated people: PEOPLE_PER_MUNICIPALITY distinct names, the same in every run.
  const politicians = new Map<string, string[]>();
  for (const m of munis) {
    const r = rng(Number(m.code));
    const names = new Set<string>();
    while (names.size < PEOPLE_PER_MUNICIPALITY) names.add(`${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`);
    politicians.set(m.code, [...names]);
  }

  // Bulk load: the indexes of documents, mentions and commitments (all but the unique ones) and every trigger
  // (full-text index, counts kept on write) are dropped and made again afterwards from their own stored SQL, so the
  // schema ends identical; the full-text index and the counts are then rebuilt once, the counts by the very
  // statements of the migrations that made them. Building each once is far cheaper than millions of updates.
  const deferred = sqlite.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND
    ((type = 'index' AND tbl_name IN ('documents', 'mentions', 'commitments') AND sql NOT LIKE 'CREATE UNIQUE%') OR type = 'trigger')`)
    .all() as { type: string; name: string; sql: string }[];
  for (const d of deferred) sqlite.exec(`DROP ${d.type.toUpperCase()} "${d.name}"`);

  const BATCH = 5000;
  sqlite.exec('BEGIN');
  for (let i = 0; i < docs; i++) {
    const t = templates[i % templates.length]!;
    const target = pick(munis);
    const names = new Map<string, string>();
    if (t.home) names.set(t.home, target.name);
    for (const m of t.muniNames) if (!names.has(m)) names.set(m, pick(munis).name);
    const tIndex = i % templates.length;
    t.people.forEach((p, k) => {
      // A template person maps to a fixed slot of their (substituted) municipality: one name, one party.
      const code = codeOf.get(names.get(p.municipality) ?? p.municipality);
      const pool = code ? politicians.get(code) : undefined;
      if (!pool) return;
      const np = pool[(tIndex * 6 + k) % pool.length]!;
      names.set(p.name, np);
      const [ol, nl] = [p.name.split(' ').pop()!, np.split(' ').pop()!];
      if (ol.length > 2 && !names.has(ol)) names.set(ol, nl);
    });
    const shift = Math.floor(random() * 12) - 9; // years back to 9 years earlier, up to 2 later
    const alts = [...names.keys()].sort((x, y) => y.length - x.length).map(escapeRe).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${alts})(?=s?(?![\\p{L}]))|(?:19[5-9]\\d|20\\d\\d)(?![\\p{N}]))`, 'gu');
    const replace = (s: string) => /^\d{4}$/.test(s) ? String(Number(s) + shift) : names.get(s) ?? s;
    const sub = substitute(t.a.doc.text, re, replace);
    const subJson = <T>(v: T): T => {
      if (v === null || v === undefined) return v;
      const out = JSON.parse(JSON.stringify(v).replace(re, replace)) as T;
      return out;
    };
    const fixCode = (v: unknown) => {
      if (v && typeof v === 'object' && 'name' in v && 'code' in v) (v as { code: string }).code = codeOf.get((v as { name: string }).name) ?? (v as { code: string }).code;
      return v;
    };
    const mentions = t.a.mentions.map((m) => {
      const start = sub.map(m.start, 0);
      const end = sub.map(m.end, 1);
      return { ...m, start, end, text: sub.text.slice(start, end), value: fixCode(subJson(m.value)) };
    });
    const extraction = { ...subJson(t.a.extraction), doc: `bench-${i}.txt` };
    const pages = t.a.doc.pages.map((p) => ({ ...p, start: sub.map(p.start, 0), end: sub.map(p.end, 1) }));
    const analysis: Analysis = { doc: { ...t.a.doc, text: sub.text, pages, title: subJson(t.a.doc.title) }, mentions, extraction };

    const sha256 = createHash('sha256').update(`bench ${i}\n`).update(sub.text).digest('hex');
    const id = sha256.slice(0, 16);
    insertDoc.run({
      id, sha256, filename: `bench-${i}.txt`, media_type: 'text/plain', format: 'text', size: Buffer.byteLength(sub.text),
      title: analysis.doc.title, language: analysis.doc.language, kind: extraction.kind, published: extraction.published,
      status: 'extracted', extractor_version: EXTRACTOR_VERSION, text: sub.text, pages: JSON.stringify(pages),
      extraction: JSON.stringify(extraction),
    });
    writeRecords(id, analysis);
    if ((i + 1) % BATCH === 0) {
      sqlite.exec('COMMIT');
      if ((i + 1) % 10000 === 0) log(`  generated ${i + 1}/${docs} documents (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      sqlite.exec('BEGIN');
    }
  }
  sqlite.exec('COMMIT');
  log(`  inserted (${((performance.now() - t0) / 1000).toFixed(0)} s); indexing`);
  sqlite.exec("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')");
  log(`  full-text index (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  // The terms the Archive adds on write (src/db/search-terms.ts), read once from the index's vocabulary.
  sqlite.exec(`CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, documents_fts, 'row');
    INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.fts_terms; DROP TABLE temp.fts_terms;`);
  log(`  search terms (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  for (const d of deferred) if (d.type === 'index') sqlite.exec(d.sql);
  sqlite.exec('DELETE FROM tallies; DELETE FROM facet_tallies; DELETE FROM thread_latest; DELETE FROM thread_party_latest;');
  for (const statement of tallyStatements()) sqlite.exec(statement);
  for (const d of deferred) if (d.type === 'trigger') sqlite.exec(d.sql);
  // No ANALYZE: the server never runs it, so the plans timed here are the plans it runs.
  log(`  indexed and counted (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const info: QueryDbInfo = {
    file, docs: count('documents'), cached: false, seconds: (performance.now() - t0) / 1000,
    rows: { mentions: count('mentions'), commitments: count('commitments'), people: count('people') },
    method: `${templates.length} corpus texts analysed by the pipeline, then ${docs} substituted variants (municipalities, people, years) ` +
      'bulk-inserted with raw prepared statements in the Archive\'s row shapes (documents, mentions, people, commitments), 5000 per transaction, ' +
      'indexes, full-text index and counts built after the load',
    commitmentsFromGold,
  };
  storage.db.close();
  writeFileSync(infoFile, JSON.stringify(info, null, 2));
  return info;
}

/**
 * Read the database file once, so the queries are timed against an archive whose pages the operating system holds,
 * as it does for a server that has been answering for a while. This machine drops file pages from its cache after a
 * few idle minutes even with most of its memory free; timed cold, the person page, the municipality page and search
 * went from p99 4–9 ms to 37–61 ms (100k, measured after `echo 1 > /proc/sys/vm/drop_caches`). A file larger than
 * half the free memory is left as it is (it would not stay). Returns the seconds it took, or null when skipped.
 */
export function readIntoCache(file: string): number | null {
  const size = statSync(file).size;
  if (size > freemem() / 2) return null;
  const t0 = performance.now();
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(16 << 20);
    for (let at = 0; at < size; at += buf.length) readSync(fd, buf, 0, buf.length, at);
  } finally {
    closeSync(fd);
  }
  return (performance.now() - t0) / 1000;
}
