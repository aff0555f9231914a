// The benchmark: `npm run bench -- --out FILE [--docs N]`. Prints a table on stdout, writes the JSON figures
// to FILE. Everything runs in this process on one core, against temporary SQLite files; no network.
//   1. ingest: Archive.upload (sniff, hash, store original, parse, language, extract, one transaction)
//      per format, from corpus documents made unique by a harmless byte change (scripts/bench/variants.ts)
//   2. parse alone on the same files → pipeline_vs_text; language and extraction timed separately
//   3. PDF text: parseDocument vs poppler's pdftotext (a process per file) on formats/ and hard/ PDFs, and ms per
//      page on the real office PDFs of ../shared/realpdf when present (scripts/bench/pdf.ts)
//   4. research queries (src/queries.ts) on a generated database of ≥100,000 documents (scripts/bench/querydb.ts)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extractors/index.js';
import { Archive } from '../src/archive.js';
import { openSqlite } from '../src/db/sqlite.js';
import { detectLanguage } from '../src/language.js';
import { parseDocument, sniff } from '../src/parse/index.js';
import { docName } from '../src/pipeline.js';
import { getMunicipality, getPerson, listCommitments, search } from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';
import type { Format } from '../src/types.js';
import { extractionVsLanguage } from './bench/extraction.js';
import { benchOcr } from './bench/ocr.js';
import { benchRealPdf, realPdfLines } from './bench/pdf.js';
import { buildQueryDb } from './bench/querydb.js';
import { variant } from './bench/variants.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const OUT = opt('--out');
const QUERY_DOCS = Number(opt('--docs') ?? 100_000);
const INGEST_SECONDS = Number(opt('--seconds') ?? 3); // timed window per format (after warm-up)
if (!OUT) { console.error('usage: npm run bench -- --out FILE [--docs 100000] [--seconds 3]'); process.exit(2); }

const log = (s: string) => process.stderr.write(`${s}\n`);
const now = () => performance.now();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : 0);
const quantile = (xs: number[], q: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

let rssPeak = 0;
const sampleRss = () => { rssPeak = Math.max(rssPeak, process.memoryUsage.rss()); };
const rssTimer = setInterval(sampleRss, 50);
rssTimer.unref();

// ---------------------------------------------------------------- corpus
type Fmt = 'txt' | 'html' | 'docx' | 'pdf';
const FORMAT_OF: Record<Fmt, Format> = { txt: 'text', html: 'html', docx: 'docx', pdf: 'pdf' };
interface CorpusFile { path: string; name: string; fmt: Fmt; bytes: Uint8Array }
const list = (dir: string, ext: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(ROOT, dir, f));
const load = (path: string, fmt: Fmt): CorpusFile => ({ path, name: path.slice(ROOT.length), fmt, bytes: new Uint8Array(readFileSync(path)) });
const FORMATS: Fmt[] = ['txt', 'html', 'docx', 'pdf'];
const corpus: Record<Fmt, CorpusFile[]> = {
  txt: list('corpus/docs', '.txt').map((p) => load(p, 'txt')),
  html: list('corpus/formats', '.html').map((p) => load(p, 'html')),
  docx: list('corpus/formats', '.docx').map((p) => load(p, 'docx')),
  pdf: list('corpus/formats', '.pdf').map((p) => load(p, 'pdf')),
};
const hardPdfs = list('corpus/hard', '.pdf').map((p) => load(p, 'pdf'));

log(`kommunarkiv bench: node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const notes: string[] = [];

// Variants must sniff and parse to exactly what the original gives, or the ingest figures would lie.
let serial = 1;
const unique = (f: CorpusFile) => variant(FORMAT_OF[f.fmt], f.bytes, serial++);
const parseErrors: Partial<Record<Fmt, string>> = {};
for (const fmt of FORMATS) {
  for (const f of corpus[fmt]) {
    try {
      const [a, b] = [await parseDocument(f.bytes), await parseDocument(unique(f))];
      if (sniff(unique(f)) !== FORMAT_OF[fmt] || a.text !== b.text) throw new Error(`the unique variant of ${f.name} parses differently`);
    } catch (err) {
      parseErrors[fmt] ??= `${f.name}: ${(err as Error).message}`;
    }
  }
  if (parseErrors[fmt]) log(`  ${fmt}: ${parseErrors[fmt]}`);
}

// ---------------------------------------------------------------- 1. ingest through Archive.upload
interface IngestResult { docs: number; wallS: number; cpuS: number; perDocMs: number[]; failed: string | null }
const ingest: Partial<Record<Fmt, IngestResult>> = {};
for (const fmt of FORMATS) {
  const dir = mkdtempSync(join(tmpdir(), `kommunarkiv-ingest-${fmt}-`));
  const db = openSqlite(join(dir, 'archive.sqlite'));
  const archive = new Archive({ db, blobs: fsBlobStore(join(dir, 'blobs')) });
  const files = corpus[fmt];
  const res: IngestResult = { docs: 0, wallS: 0, cpuS: 0, perDocMs: [], failed: null };
  const upload = async (f: CorpusFile) => {
    const bytes = unique(f);
    const out = await archive.upload({ bytes, filename: f.path.split('/').pop()! });
    if (out.outcome !== 'created') throw new Error(`${f.name}: ${out.outcome}${out.document.error ? ` (${out.document.error})` : ''}`);
  };
  try {
    for (const f of files) await upload(f); // warm-up: JIT, lazy imports, the municipality cache
    const cpu0 = process.cpuUsage();
    const t0 = now();
    for (let i = 0; ; i++) {
      const f = files[i % files.length]!;
      const t = now();
      await upload(f);
      res.perDocMs.push(now() - t);
      res.docs++;
      if (res.docs % 25 === 0) sampleRss();
      // Whole passes over the files, at least two, within the time window (bounded at 20,000 uploads).
      if ((i + 1) % files.length === 0 && ((now() - t0) / 1000 >= INGEST_SECONDS && res.docs >= 2 * files.length || res.docs >= 20_000)) break;
    }
    res.wallS = (now() - t0) / 1000;
    const c = process.cpuUsage(cpu0);
    res.cpuS = (c.user + c.system) / 1e6;
  } catch (err) {
    res.failed = (err as Error).message;
  }
  sampleRss();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  ingest[fmt] = res;
  log(`  ingest ${fmt}: ${res.failed ? `FAILED ${res.failed}` : `${res.docs} docs in ${res.wallS.toFixed(2)} s`}`);
}
const ingestMaxRssMb = process.resourceUsage().maxRSS / 1024; // kB → MiB; the process high-water mark so far
sampleRss();
const peakRssMb = Math.max(ingestMaxRssMb, rssPeak / 2 ** 20);

// ---------------------------------------------------------------- 2. stages on the same files
interface Stages { parseMs: number; languageMs: number; extractMs: number }
const stages: Partial<Record<Fmt, Stages>> = {};
for (const fmt of FORMATS) {
  if (ingest[fmt]?.failed) continue;
  const files = corpus[fmt];
  const parse: number[] = [], language: number[] = [], extracting: number[] = [];
  for (const f of files) await parseDocument(unique(f)); // warm-up
  const t0 = now();
  for (let i = 0; ; i++) {
    const f = files[i % files.length]!;
    const bytes = unique(f);
    let t = now();
    const doc = await parseDocument(bytes);
    parse.push(now() - t);
    t = now();
    const lang = detectLanguage(doc.text);
    language.push(now() - t);
    t = now();
    extract({ ...doc, language: lang }, docName(f.path));
    extracting.push(now() - t);
    if ((i + 1) % files.length === 0 && (now() - t0) / 1000 >= Math.min(2, INGEST_SECONDS) && parse.length >= 2 * files.length) break;
  }
  stages[fmt] = { parseMs: mean(parse), languageMs: mean(language), extractMs: mean(extracting) };
}
const measured = FORMATS.filter((f) => stages[f] && ingest[f] && !ingest[f]!.failed);
const uploadMs = (f: Fmt) => (ingest[f]!.wallS * 1000) / ingest[f]!.docs;
// One pass over the same 20 files: Σ per-document pipeline time / Σ per-document parse time.
const pipelineVsText = measured.length ? sum(measured.map(uploadMs)) / sum(measured.map((f) => stages[f]!.parseMs)) : 0;

// ---------------------------------------------------------------- 3. PDF text vs pdftotext
function ensurePdftotext(): void {
  if (spawnSync('pdftotext', ['-v']).error === undefined) return;
  if (process.getuid?.() !== 0) {
    throw new Error('pdftotext (poppler-utils) is missing: run `sudo apt-get install -y poppler-utils` and rerun the bench.');
  }
  log('  installing poppler-utils (apt-get)…');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}
ensurePdftotext();
const pdfFiles = [...corpus.pdf, ...hardPdfs];
const PDF_ROUNDS = 8;
const oursPerFile: number[] = [];
const popplerPerFile: number[] = [];
let pdfError: string | null = null;
try {
  for (const f of pdfFiles) await parseDocument(f.bytes); // warm-up
  for (const f of pdfFiles) {
    const ours: number[] = [], theirs: number[] = [];
    for (let r = 0; r < PDF_ROUNDS; r++) {
      let t = now();
      await parseDocument(f.bytes);
      ours.push(now() - t);
      t = now();
      const p = spawnSync('pdftotext', ['-enc', 'UTF-8', f.path, '-'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      theirs.push(now() - t);
      if (p.status !== 0) throw new Error(`pdftotext ${f.name}: ${p.stderr}`);
    }
    // Median per file: the middle of 8 runs is robust against the odd scheduling hiccup on a shared machine.
    oursPerFile.push(quantile(ours, 0.5));
    popplerPerFile.push(quantile(theirs, 0.5));
  }
} catch (err) {
  pdfError = (err as Error).message;
}
const spawnMs = (cmd: string, a: string[]) => {
  const xs: number[] = [];
  for (let i = 0; i < 20; i++) { const t = now(); spawnSync(cmd, a, { stdio: 'ignore' }); xs.push(now() - t); }
  return quantile(xs, 0.5);
};
const spawnTrueMs = spawnMs('true', []);
const spawnPdftotextVMs = spawnMs('pdftotext', ['-v']);
const oursPdfMs = mean(oursPerFile);
const popplerPdfMs = mean(popplerPerFile);
const popplerNetMs = Math.max(0.05, popplerPdfMs - spawnPdftotextVMs);
const pdfVsPdftotext = pdfError ? 0 : oursPdfMs / popplerPdfMs;

const REALPDF_ROUNDS = 5;
log('  PDF on ../shared/realpdf…');
const realPdf = await benchRealPdf(ROOT, REALPDF_ROUNDS);

// ---------------------------------------------------------------- 4. research queries at 100k documents
log(`  query database: ${QUERY_DOCS} documents…`);
const info = await buildQueryDb(QUERY_DOCS, log);
log(`  query database ${info.cached ? 'cached' : `generated in ${info.seconds.toFixed(0)} s`}: ${info.file}`);
const qdb = openSqlite(info.file);
const sqlite = (qdb.db as unknown as { $client: import('better-sqlite3').Database }).$client;
const rand = (() => { let a = 7; return () => { a = (a * 1103515245 + 12345) & 0x7fffffff; return a / 0x7fffffff; }; })();
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
const muniYears = sqlite.prepare(`SELECT m.name AS name, substr(c.sort_date, 1, 4) AS year FROM commitments c JOIN municipalities m ON m.code = c.municipality_code
  WHERE c.sort_date IS NOT NULL GROUP BY 1, 2`).all() as { name: string; year: string }[];
const personIds = (sqlite.prepare('SELECT DISTINCT person_id AS id FROM mentions WHERE person_id IS NOT NULL').all() as { id: string }[]).map((r) => r.id);
const muniNames = (sqlite.prepare('SELECT DISTINCT m.name AS name FROM mentions x JOIN municipalities m ON m.code = x.municipality_code').all() as { name: string }[]).map((r) => r.name);
const SEARCH_TERMS = ['klimatneutral*', 'klimatkontrakt', 'Viable Cities', 'vätgas', 'kommunstyrelsen', 'koldioxid*', 'tvillingstad*',
  'hållbar* städer', 'elbilar', 'Agenda 2030', 'energieffektivisering', 'motion'];
const page = { limit: 50, offset: 0 };
type QueryKind = 'commitments' | 'person' | 'municipality' | 'search';
const queries: Record<QueryKind, () => Promise<unknown>> = {
  commitments: () => { const x = pick(muniYears); return listCommitments(qdb.db, { municipality: x.name, from: x.year, to: x.year, ...page }); },
  person: () => getPerson(qdb.db, pick(personIds)),
  municipality: () => getMunicipality(qdb.db, pick(muniNames)),
  search: () => search(qdb.db, rand() < 0.5 ? pick(SEARCH_TERMS) : pick(muniNames), page),
};
const QUERY_ROUNDS = Number(opt('--queries') ?? 100);
const times: Record<QueryKind, number[]> = { commitments: [], person: [], municipality: [], search: [] };
const kinds = Object.keys(queries) as QueryKind[];
for (const k of kinds) for (let i = 0; i < 5; i++) await queries[k](); // warm-up (page cache, prepared code paths)
const qStart = now();
for (let r = 0; r < QUERY_ROUNDS && now() - qStart < 120_000; r++) {
  for (const k of kinds) { const t = now(); await queries[k](); times[k].push(now() - t); }
}
const allQ = kinds.flatMap((k) => times[k]);
// The most-mentioned person once: the worst case a researcher can click on.
const [top] = sqlite.prepare('SELECT person_id AS id, count(*) AS n FROM mentions WHERE person_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1').all() as { id: string; n: number }[];
let topPersonMs = 0;
if (top) { const t = now(); await getPerson(qdb.db, top.id); topPersonMs = now() - t; }
qdb.close();

// Extraction on corpus/real against franc on the same documents (issue 10: the ratio stays <= 4).
const extraction = extractionVsLanguage(ROOT);

// ---------------------------------------------------------------- results
const docsPerS = (f: Fmt) => (ingest[f] && !ingest[f]!.failed && ingest[f]!.wallS > 0 ? ingest[f]!.docs / ingest[f]!.wallS : 0);
const result = {
  ingest_docs_per_s: { txt: r1(docsPerS('txt')), html: r1(docsPerS('html')), docx: r1(docsPerS('docx')), pdf: r1(docsPerS('pdf')) },
  pdf_vs_pdftotext: r2(pdfVsPdftotext),
  realpdf_ms_per_page: typeof realPdf === 'string' ? null : { ours: r2(realPdf.ours), pdftotext: r2(realPdf.pdftotext), ratio: r2(realPdf.ratio) },
  pipeline_vs_text: r2(pipelineVsText),
  query_ms: { p50: r2(quantile(allQ, 0.5)), p99: r2(quantile(allQ, 0.99)), docs: info.docs },
  peak_rss_mb: Math.round(peakRssMb),
  ...(extraction ? { extraction_vs_language: extraction } : {}),
};
Object.assign(result, await benchOcr(ROOT, log)); // OCR pages/s against tesseract alone, all cores (scripts/bench/ocr.ts)
writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');

const goal = (ok: boolean) => (ok ? 'met' : 'MISSED');
const pad = (s: string, n: number) => s.padEnd(n);
const lines: string[] = [];
lines.push(`kommunarkiv bench (node ${process.version}, 1 core, load average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')})`, '');
if (extraction) {
  lines.push(`Extraction on corpus/real (${extraction.documents} documents): median ${extraction.median_extract_ms} ms per document, ` +
    `franc language detection ${extraction.median_language_ms} ms; ratio ${extraction.ratio} (goal <= 4: ${goal(extraction.ratio <= 4)})`, '');
}
lines.push('Ingest: Archive.upload = sniff + sha256 + original to disk + parse + language + extract + one SQLite transaction (fresh file per format)');
lines.push(`${pad('format', 7)}${pad('docs', 7)}${pad('docs/s', 9)}${pad('docs/CPU-s*', 12)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('parse ms', 10)}${pad('lang ms', 9)}${pad('extract ms', 12)}${pad('store+rest ms', 14)}pipeline/parse`);
for (const f of FORMATS) {
  const i = ingest[f]!;
  if (i.failed) { lines.push(`${pad(f, 7)}FAILED: ${i.failed}`); continue; }
  const s = stages[f]!;
  const up = uploadMs(f);
  lines.push(`${pad(f, 7)}${pad(String(i.docs), 7)}${pad(docsPerS(f).toFixed(1), 9)}${pad((i.docs / i.cpuS).toFixed(1), 12)}` +
    `${pad(quantile(i.perDocMs, 0.5).toFixed(2), 9)}${pad(quantile(i.perDocMs, 0.99).toFixed(2), 9)}${pad(s.parseMs.toFixed(2), 10)}` +
    `${pad(s.languageMs.toFixed(2), 9)}${pad(s.extractMs.toFixed(2), 12)}${pad(Math.max(0, up - s.parseMs - s.languageMs - s.extractMs).toFixed(2), 14)}${(up / s.parseMs).toFixed(2)}×`);
}
lines.push('  * per second of this process\'s CPU time (all threads: SQLite, libuv, GC), less sensitive to other load on the machine than wall time');
  lines.push(`  goal ≥ 300 txt docs/s: ${goal(docsPerS('txt') >= 300)} (${docsPerS('txt').toFixed(0)})`);
lines.push(`pipeline_vs_text = Σ upload ms / Σ parse ms over one pass of the ${measured.length * 5} files = ${pipelineVsText.toFixed(2)}×  (goal ≤ 1.5×: ${goal(pipelineVsText <= 1.5)})`, '');
lines.push(`PDF text, ${pdfFiles.length} files (corpus/formats + corpus/hard), median of ${PDF_ROUNDS} runs per file, mean over files:`);
if (pdfError) lines.push(`  FAILED: ${pdfError}`);
lines.push(`  ours (parseDocument, in process)          ${oursPdfMs.toFixed(2)} ms/file`);
lines.push(`  pdftotext, a process per file (wall)      ${popplerPdfMs.toFixed(2)} ms/file  → ratio ${pdfVsPdftotext.toFixed(2)}× (reported; goal ≤ 2×: ${goal(pdfVsPdftotext <= 2)})`);
lines.push(`  spawn overhead: \`true\` ${spawnTrueMs.toFixed(2)} ms, \`pdftotext -v\` ${spawnPdftotextVMs.toFixed(2)} ms (process start + poppler's shared libraries)`);
lines.push(`  pdftotext minus its own start-up           ${popplerNetMs.toFixed(2)} ms/file  → ratio ${(oursPdfMs / popplerNetMs).toFixed(2)}× (text work only; the stricter comparison)`, '');
lines.push(...realPdfLines(realPdf, REALPDF_ROUNDS));
lines.push(`Research queries (src/queries.ts functions on better-sqlite3), ${info.docs} documents, ${info.rows.mentions} mentions, ${info.rows.commitments} commitments, ${info.rows.people} people`);
lines.push(`  database: ${info.cached ? 'cached' : `generated in ${info.seconds.toFixed(0)} s`} — ${info.method}`);
if (info.commitmentsFromGold.length) lines.push(`  commitments taken from gold for ${info.commitmentsFromGold.join(', ')} (the extractor found none there)`);
lines.push(`${pad('  query', 44)}${pad('n', 6)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}max ms`);
const qlabel: Record<QueryKind, string> = {
  commitments: 'listCommitments(municipality, year)', person: 'getPerson(id) (all mentions + context)',
  municipality: 'getMunicipality(name) (page)', search: 'search(q) (FTS5 bm25 + snippet, limit 50)',
};
for (const k of kinds) lines.push(`${pad(`  ${qlabel[k]}`, 44)}${pad(String(times[k].length), 6)}${pad(quantile(times[k], 0.5).toFixed(2), 9)}${pad(quantile(times[k], 0.99).toFixed(2), 9)}${Math.max(...times[k]).toFixed(2)}`);
lines.push(`${pad('  all', 44)}${pad(String(allQ.length), 6)}${pad(quantile(allQ, 0.5).toFixed(2), 9)}${pad(quantile(allQ, 0.99).toFixed(2), 9)}${Math.max(...allQ).toFixed(2)}   (goal p99 ≤ 20 ms: ${goal(quantile(allQ, 0.99) <= 20)})`);
if (top) lines.push(`  most-mentioned person (${top.n} mentions), once: ${topPersonMs.toFixed(0)} ms`);
lines.push('');
lines.push(`Peak RSS during ingest: ${peakRssMb.toFixed(0)} MiB (process maxRSS after ingest, documents streamed one at a time; goal ≤ 1024: ${goal(peakRssMb <= 1024)})`);
for (const n of notes) lines.push(`note: ${n}`);
console.log(lines.join('\n'));
console.log(`\nwrote ${OUT}: ${JSON.stringify(result)}`);
