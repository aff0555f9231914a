// The benchmark: `npm run bench -- --out FILE [--docs N] [--seconds S] [--queries R]`. Prints a table on stdout,
// writes the JSON figures to FILE. Against temporary SQLite files; no network.
//   1. ingest: Archive.upload through the Node engine (extraction processes + the batching writer thread), per
//      format, with one process and with one per core (the scaling), from corpus documents made unique
//      (scripts/bench/variants.ts); the stages (parse, language, extract) timed alone in this process right after
//      each format's ingest; the CPU per document of each kind of thread; and the reference for the scaling: the
//      extraction processes alone
//   2. pipeline vs text: wall ms per document through the archive / parse ms, per format
//   3. PDF text: parseDocument vs poppler's pdftotext (a process per file) on formats/ and hard/ PDFs, and ms per
//      page on the real office PDFs of ../shared/realpdf when present (scripts/bench/pdf.ts)
//   4. research queries (scripts/bench/queries.ts) on a generated database of 100,000 documents, and of N
//      (--docs N, N > 100,000, e.g. 1000000: built once, minutes) or of 1,000,000 when that one is cached
//      (scripts/bench/querydb.ts)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extractors/index.js';
import { textKey } from '../src/archive.js';
import { detectLanguage } from '../src/language.js';
import { parseDocument, sniff } from '../src/parse/index.js';
import { docName } from '../src/pipeline.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { openNodeArchive } from '../src/work/engine.js';
import { AnalysisPool, statTicks } from '../src/work/pool.js';
import type { Format } from '../src/types.js';
import { extractionVsLanguage } from './bench/extraction.js';
import { benchOcr } from './bench/ocr.js';
import { benchRealPdf, realPdfLines } from './bench/pdf.js';
import { LISTING_LABELS, timeListings, type ListingFigures } from './bench/listings.js';
import { QUERY_LABELS, timeQueries, type QueryFigures } from './bench/queries.js';
import { buildQueryDb, cachedQueryDb, readIntoCache } from './bench/querydb.js';
import { variants } from './bench/variants.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const OUT = opt('--out');
const QUERY_DOCS = Number(opt('--docs') ?? 100_000);
const INGEST_SECONDS = Number(opt('--seconds') ?? 3); // timed window per format (after warm-up)
const WARM_SECONDS = 8; // untimed, before each timed window (see the warm-up below)
if (!OUT) { console.error('usage: npm run bench -- --out FILE [--docs 1000000] [--seconds 3] [--queries 100] [--no-realpdf]'); process.exit(2); }

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

// Variants: each says something of its own (the archive keeps one document per text), read as the original is.
const keyOf = async (b: Uint8Array) => textKey((await parseDocument(b)).text);
const makers = new Map<CorpusFile, (n: number) => Promise<Uint8Array>>();
let serial = 1;
const unique = (f: CorpusFile) => makers.get(f)!(serial++);
const parseErrors: Partial<Record<Fmt, string>> = {};
for (const fmt of FORMATS) {
  for (const f of corpus[fmt]) {
    try {
      makers.set(f, await variants(FORMAT_OF[fmt], f.bytes, keyOf));
      const [a, b, c] = [f.bytes, await unique(f), await unique(f)];
      const keys = new Set([await keyOf(a), await keyOf(b), await keyOf(c)]);
      if (sniff(b) !== FORMAT_OF[fmt] || keys.size !== 3) throw new Error(`the variants of ${f.name} do not each have a text of their own`);
    } catch (err) {
      parseErrors[fmt] ??= `${f.name}: ${(err as Error).message}`;
    }
  }
  if (parseErrors[fmt]) log(`  ${fmt}: ${parseErrors[fmt]}`);
}

// ---------------------------------------------------------------- 1. ingest through the Node engine
// What `npm run ingest` and the server do: Archive.upload with the extraction processes (src/work/pool.ts) and
// the one writer thread that commits in batches (src/work/writer.ts), with one process and with one per core.
// Enough uploads are in flight to keep every process and the writer busy. The variants are made before the
// clock starts (a DOCX variant is zipped again) and used in both runs.
const CORES = availableParallelism();
const JOB_COUNTS = [...new Set([1, CORES])];
/** CPU ms per document by thread (from /proc/<pid>/task): where an ingest's time goes, and what a second job costs. */
interface ThreadCpu { extraction: number; extraction_helpers: number; writer: number; main: number; main_helpers: number }
interface IngestResult { docs: number; wallS: number; cpuS: number; failed: string | null; loadBefore: number; loadAfter: number; threads?: ThreadCpu }
const ingest: Record<number, Partial<Record<Fmt, IngestResult>>> = Object.fromEntries(JOB_COUNTS.map((j) => [j, {}]));
/** CPU seconds of this process (main and writer threads) and of the given child processes, from /proc. */
const treeCpuS = (pids: number[]) => {
  const own = process.cpuUsage();
  const ticks = pids.reduce((a, pid) => a + (statTicks(`/proc/${pid}/stat`) ?? 0), 0);
  return (own.user + own.system) / 1e6 + ticks / 100;
};
/** utime + stime ticks of every thread of the given processes, by "pid/tid". */
const threadTicks = (pids: number[]) => {
  const out = new Map<string, number>();
  for (const pid of pids) {
    let tids: string[] = [];
    try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      const t = statTicks(`/proc/${pid}/task/${tid}/stat`);
      if (t !== null) out.set(`${pid}/${tid}`, t);
    }
  }
  return out;
};
/**
 * The ticks between two snapshots, per document, in groups: the extraction processes' JavaScript threads and their
 * other threads (V8's collector and compiler helpers), this process's JavaScript thread, the writer thread (this
 * process's busiest other thread: Node 20 gives worker threads no name of their own) and the rest of its threads.
 */
const threadCpu = (before: Map<string, number>, after: Map<string, number>, childPids: number[], docs: number): ThreadCpu => {
  const g: ThreadCpu = { extraction: 0, extraction_helpers: 0, writer: 0, main: 0, main_helpers: 0 };
  const others: number[] = [];
  for (const [key, t] of after) {
    const d = t - (before.get(key) ?? 0);
    const [pid, tid] = key.split('/').map(Number) as [number, number];
    if (childPids.includes(pid)) g[pid === tid ? 'extraction' : 'extraction_helpers'] += d;
    else if (pid === tid) g.main += d;
    else others.push(d);
  }
  others.sort((a, b) => b - a);
  g.writer = others[0] ?? 0;
  g.main_helpers = others.slice(1).reduce((a, b) => a + b, 0);
  for (const k of Object.keys(g) as (keyof ThreadCpu)[]) g[k] = r2((g[k] * 10) / Math.max(1, docs));
  return g;
};
const rssOf = (pid: number) => {
  try { return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0) * 1024; } catch { return 0; }
};
// ---------------------------------------------------------------- 1a. stages on the same files (run by 1. below)
// In this process, right after the format's ingest: the pipeline-vs-text ratio divides the ingest's wall time by
// the parse time, and this machine's speed moves within minutes (the DOCX parse took 6.1 to 9.5 ms in four runs
// of one evening when it was measured after all the ingests), so the two are measured as close together as they can be.
interface Stages { parseMs: number; languageMs: number; extractMs: number }
const stages: Partial<Record<Fmt, Stages>> = {};
async function measureStages(fmt: Fmt) {
  const files = corpus[fmt];
  const parse: number[] = [], language: number[] = [], extracting: number[] = [];
  // Warm-up of all three stages: this process has not extracted before (the ingest ran in extraction processes),
  // and unwarmed the first format's extraction took ~3x the time of the others.
  for (const until = now() + 1000; now() < until;) {
    for (const f of files) { const doc = await parseDocument(await unique(f)); extract({ ...doc, language: detectLanguage(doc.text) }, docName(f.path)); }
  }
  const t0 = now();
  for (let i = 0; ; i++) {
    const f = files[i % files.length]!;
    const bytes = await unique(f);
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

let treeRssPeak = 0;
const INGEST_CAP = { txt: 6000, html: 3000, docx: 1500, pdf: 1500 } as const;
for (const fmt of FORMATS) {
  if (parseErrors[fmt]) { for (const j of JOB_COUNTS) ingest[j]![fmt] = { docs: 0, wallS: 0, cpuS: 0, failed: parseErrors[fmt]!, loadBefore: 0, loadAfter: 0 }; continue; }
  const files = corpus[fmt];
  // Made up front: more than the window can take at the rate of all cores (capped), for both runs.
  const pool: { f: CorpusFile; bytes: Uint8Array }[] = [];
  const madeUntil = now() + 1000 * Math.min(20, (INGEST_SECONDS + WARM_SECONDS) * 3);
  for (let i = 0; pool.length < INGEST_CAP[fmt] && (now() < madeUntil || pool.length < 4 * files.length); i++) {
    const f = files[i % files.length]!;
    pool.push({ f, bytes: await unique(f) });
  }
  for (const jobs of JOB_COUNTS) {
    const dir = mkdtempSync(join(tmpdir(), `kommunarkiv-ingest-${fmt}-`));
    const node = await openNodeArchive({ file: join(dir, 'archive.sqlite'), dataDir: dir, blobs: fsBlobStore(dir), pool: { jobs } });
    const res: IngestResult = { docs: 0, wallS: 0, cpuS: 0, failed: null, loadBefore: loadavg()[0]!, loadAfter: 0 };
    const upload = async (x: { f: CorpusFile; bytes: Uint8Array }) => {
      const out = await node.archive.upload({ bytes: x.bytes, filename: x.f.path.split('/').pop()! });
      if (out.outcome !== 'created') throw new Error(`${x.f.name}: ${out.outcome}${out.document.error ? ` (${out.document.error})` : ''}`);
    };
    let usedAll = false;
    const sample = setInterval(() => { treeRssPeak = Math.max(treeRssPeak, process.memoryUsage.rss() + node.pool.pids.reduce((a, p) => a + rssOf(p), 0)); }, 50);
    try {
      node.pool.warm();
      // As in `npm run ingest` (which keeps jobs + 128 in flight): enough for the writer to commit many documents at once.
      let next = 0;
      const run = (seconds: number, atLeast: number, counted: boolean) => {
        const t = now();
        const start = next;
        return Promise.all(Array.from({ length: jobs + 64 }, async () => {
          while (next < pool.length && ((now() - t) / 1000 < seconds || next - start < atLeast)) {
            await upload(pool[next++]!);
            if (counted) res.docs++;
          }
        }));
      };
      // Warm-up, not timed: the processes started and their code optimised by the JIT, lazy imports, the writer's caches.
      // V8 keeps optimising an extraction process for its first ~10 s of work (3.5 s of compiler threads in its first 4 s,
      // 1.2 s in the next 6), on the cores the other threads need: after 1.5 s of warm-up two jobs did 74-88 plain-text
      // documents per second, after 8 s 98-136 (one job: 78-85 and 92-97). A bulk ingest runs for minutes; this is its pace.
      await run(WARM_SECONDS, files.length * jobs, false);
      const cpu0 = treeCpuS(node.pool.pids);
      const threads0 = threadTicks([process.pid, ...node.pool.pids]);
      const t0 = now();
      await run(INGEST_SECONDS, 0, true);
      res.wallS = (now() - t0) / 1000;
      res.cpuS = treeCpuS(node.pool.pids) - cpu0;
      res.threads = threadCpu(threads0, threadTicks([process.pid, ...node.pool.pids]), node.pool.pids, res.docs);
      usedAll = next >= pool.length;
    } catch (err) {
      res.failed = (err as Error).message;
    } finally {
      clearInterval(sample);
      await node.close();
      rmSync(dir, { recursive: true, force: true });
    }
    res.loadAfter = loadavg()[0]!;
    if (usedAll) notes.push(`ingest ${fmt} with ${jobs} job(s) used all ${pool.length} prepared variants before the window ended`);
    ingest[jobs]![fmt] = res;
    log(`  ingest ${fmt}, ${jobs} job(s): ${res.failed ? `FAILED ${res.failed}` : `${res.docs} docs in ${res.wallS.toFixed(2)} s`} (load ${res.loadBefore.toFixed(1)} → ${res.loadAfter.toFixed(1)})`);
  }
  await measureStages(fmt);
}

// ---------------------------------------------------------------- 1b. the reference for the scaling: analysis alone
// The extraction processes without the writer, the archive or the disk: parse + language + extraction of the same
// plain-text variants with one process and with one per core, the results dropped. What a second process adds
// when it does nothing else is what this machine can give the ingest's scaling. On this 2-core VM it was 1.24×,
// because each process's own CPU per document grew when both ran (9.9 → 13.4 ms on 2026-12-03); both figures are
// printed, so that the ingest's scaling can be read against them.
interface AnalysisOnly { docsPerS: number; cpuMsPerDoc: number }
const analysisOnly: Record<number, AnalysisOnly | null> = {};
if (!parseErrors.txt) {
  // Variants, as in the ingest: an extraction process keeps the sentences of the last text it split, and the same
  // text twice in a row would make the reference faster than an ingest.
  const texts: Uint8Array[] = [];
  for (let i = 0; i < 3000; i++) texts.push(await unique(corpus.txt[i % corpus.txt.length]!));
  for (const jobs of JOB_COUNTS) {
    const pool = new AnalysisPool({ jobs, nice: 0 });
    try {
      pool.warm();
      let next = 0;
      const run = (seconds: number) => {
        const t = now();
        let n = 0;
        return Promise.all(Array.from({ length: jobs * 2 }, async () => {
          while ((now() - t) / 1000 < seconds) { await pool.analyse({ bytes: texts[next++ % texts.length]!, name: 'reference.txt' }); n++; }
        })).then(() => n);
      };
      await run(WARM_SECONDS);
      const before = threadTicks(pool.pids);
      const t0 = now();
      const n = await run(INGEST_SECONDS);
      const wallS = (now() - t0) / 1000;
      const ticks = [...threadTicks(pool.pids)].reduce((a, [k, v]) => a + v - (before.get(k) ?? 0), 0);
      analysisOnly[jobs] = { docsPerS: n / wallS, cpuMsPerDoc: (ticks * 10) / Math.max(1, n) };
      log(`  analysis alone (txt), ${jobs} process(es): ${analysisOnly[jobs]!.docsPerS.toFixed(1)} docs/s`);
    } catch (err) {
      analysisOnly[jobs] = null;
      notes.push(`analysis alone with ${jobs} process(es) failed: ${(err as Error).message}`);
    } finally {
      await pool.close();
    }
  }
}
const analysisScaling = analysisOnly[1] && analysisOnly[CORES] ? analysisOnly[CORES]!.docsPerS / analysisOnly[1]!.docsPerS : 0;

sampleRss();
const peakRssMb = Math.max(process.resourceUsage().maxRSS * 1024, rssPeak, treeRssPeak) / 2 ** 20;

// ---------------------------------------------------------------- 2. pipeline vs text
const ok = (jobs: number, f: Fmt) => !!ingest[jobs]?.[f] && !ingest[jobs]![f]!.failed && ingest[jobs]![f]!.docs > 0;
const measured = FORMATS.filter((f) => stages[f] && JOB_COUNTS.every((j) => ok(j, f)));
/** Wall ms per document through the archive (with `jobs` processes): what a bulk ingest spends per document. */
const uploadMs = (f: Fmt, jobs = CORES) => (ingest[jobs]![f]!.wallS * 1000) / ingest[jobs]![f]!.docs;
// Σ per-document pipeline time / Σ per-document parse time, over the formats (the parse in one process).
const ratio = (fs: Fmt[], jobs: number) => (fs.length ? sum(fs.map((f) => uploadMs(f, jobs))) / sum(fs.map((f) => stages[f]!.parseMs)) : 0);
const pipelineVsText = ratio(measured, CORES);

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
// --no-realpdf: skip it (13 MB of office PDFs, five rounds: minutes on a loaded machine).
log('  PDF on ../shared/realpdf…');
const realPdf = args.includes('--no-realpdf') ? 'skipped (--no-realpdf)' : await benchRealPdf(ROOT, REALPDF_ROUNDS);

// ---------------------------------------------------------------- 4. research queries at 100k (and 1M) documents
// Always at 100,000 documents; at --docs N (N > 100,000: built once, cached) or, when it is cached, at 1,000,000.
const QUERY_ROUNDS = Number(opt('--queries') ?? 100);
log('  query database: 100000 documents…');
const info = await buildQueryDb(100_000, log);
log(`  query database ${info.cached ? 'cached' : `generated in ${info.seconds.toFixed(0)} s`}: ${info.file}`);
const warmed: Record<string, number | null> = {};
warmed[info.file] = readIntoCache(info.file);
const q100k = await timeQueries(info.file, info.docs, QUERY_ROUNDS);
const l100k = await timeListings(info.file, info.docs);
const bigDocs = QUERY_DOCS > 100_000 ? QUERY_DOCS : 1_000_000;
let bigInfo = QUERY_DOCS > 100_000 ? null : cachedQueryDb(bigDocs);
if (QUERY_DOCS > 100_000) {
  log(`  query database: ${bigDocs} documents…`);
  bigInfo = await buildQueryDb(bigDocs, log);
  log(`  query database ${bigInfo.cached ? 'cached' : `generated in ${bigInfo.seconds.toFixed(0)} s`}: ${bigInfo.file}`);
}
if (bigInfo) warmed[bigInfo.file] = readIntoCache(bigInfo.file);
const qBig = bigInfo ? await timeQueries(bigInfo.file, bigInfo.docs, QUERY_ROUNDS) : null;
const lBig = bigInfo ? await timeListings(bigInfo.file, bigInfo.docs) : null;

// Extraction on corpus/real against franc on the same documents (issue 10: the ratio stays <= 4).
const extraction = extractionVsLanguage(ROOT);

// ---------------------------------------------------------------- results
const docsPerS = (f: Fmt, jobs = CORES) => (ok(jobs, f) && ingest[jobs]![f]!.wallS > 0 ? ingest[jobs]![f]!.docs / ingest[jobs]![f]!.wallS : 0);
const perFormat = <T>(fn: (f: Fmt) => T) => ({ txt: fn('txt'), html: fn('html'), docx: fn('docx'), pdf: fn('pdf') });
const scaling = docsPerS('txt', 1) > 0 ? docsPerS('txt') / docsPerS('txt', 1) : 0;
const pipelineOf = (f: Fmt, jobs: number) => (measured.includes(f) ? uploadMs(f, jobs) / stages[f]!.parseMs : 0);
const queryJson = (q: QueryFigures) => ({
  p50: r2(q.all.p50), p99: r2(q.all.p99), docs: q.docs,
  per_query: Object.fromEntries(Object.entries(q.perQuery).map(([k, v]) => [k, { p50: r2(v.p50), p99: r2(v.p99) }])),
});
const result = {
  /** All cores (one extraction process per core), through the Node engine: processes + the batching writer. */
  ingest_docs_per_s: perFormat((f) => r1(docsPerS(f))),
  ingest_docs_per_s_one_job: perFormat((f) => r1(docsPerS(f, 1))),
  scaling: r2(scaling),
  /** The reference for `scaling`: the extraction processes alone (no writer, no storage), plain text, all cores / one. */
  analysis_scaling: r2(analysisScaling),
  analysis_docs_per_s: Object.fromEntries(JOB_COUNTS.map((j) => [j, analysisOnly[j] ? r1(analysisOnly[j]!.docsPerS) : null])),
  analysis_cpu_ms_per_doc: Object.fromEntries(JOB_COUNTS.map((j) => [j, analysisOnly[j] ? r2(analysisOnly[j]!.cpuMsPerDoc) : null])),
  /** CPU ms per document by thread, per format, with one job and with all cores. */
  ingest_cpu_ms_per_doc_by_thread: Object.fromEntries(JOB_COUNTS.map((j) => [j, perFormat((f) => ingest[j]?.[f]?.threads ?? null)])),
  cores: CORES,
  pdf_vs_pdftotext: r2(pdfVsPdftotext),
  realpdf_ms_per_page: typeof realPdf === 'string' ? null : { ours: r2(realPdf.ours), pdftotext: r2(realPdf.pdftotext), ratio: r2(realPdf.ratio) },
  pipeline_vs_text: r2(pipelineVsText),
  pipeline_vs_text_per_format: perFormat((f) => r2(pipelineOf(f, CORES))),
  pipeline_vs_text_per_format_one_job: perFormat((f) => r2(pipelineOf(f, 1))),
  query_ms: queryJson(q100k),
  query_db_read_first_s: warmed[info.file] === null ? null : r1(warmed[info.file]!),
  top_entity_page_ms: { person: r1(q100k.top.person.ms), municipality: r1(q100k.top.municipality.ms) },
  ...(qBig ? { query_ms_1m: queryJson(qBig), top_entity_page_ms_1m: { person: r1(qBig.top.person.ms), municipality: r1(qBig.top.municipality.ms) } } : {}),
  /** Listings under filters beyond the research queries: best of 3 ms per shape (scripts/bench/listings.ts). */
  listing_ms: Object.fromEntries(Object.entries(l100k.ms).map(([k, v]) => [k, r2(v)])),
  ...(lBig ? { listing_ms_1m: Object.fromEntries(Object.entries(lBig.ms).map(([k, v]) => [k, r2(v)])) } : {}),
  peak_rss_mb: Math.round(peakRssMb),
  load_average: loadavg().map(r2),
  ...(extraction ? { extraction_vs_language: extraction } : {}),
};
Object.assign(result, await benchOcr(ROOT, log)); // OCR pages/s against tesseract alone, all cores (scripts/bench/ocr.ts)
writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');

const goal = (met: boolean) => (met ? 'met' : 'MISSED');
const pad = (x: string, n: number) => x.padEnd(n);
const lines: string[] = [];
lines.push(`kommunarkiv bench (node ${process.version}, ${CORES} cores, load average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ` +
  'the machine may be shared: wall times move with its load, ratios less)', '');
if (extraction) {
  lines.push(`Extraction on corpus/real (${extraction.documents} documents): median ${extraction.median_extract_ms} ms per document, ` +
    `franc language detection ${extraction.median_language_ms} ms; ratio ${extraction.ratio} (goal <= 4: ${goal(extraction.ratio <= 4)})`, '');
}
lines.push('Ingest: Archive.upload through the Node engine (sniff + sha256 + original to disk, then parse + language + extract in an');
lines.push(`extraction process, stored by the one writer thread in batches), fresh database per run, ${INGEST_SECONDS} s per run; stages in one process`);
lines.push(`${pad('format', 7)}${pad('1 job/s', 9)}${pad(`${CORES} jobs/s`, 10)}${pad('scaling', 9)}${pad('CPU ms/doc*', 12)}${pad('parse ms', 10)}${pad('lang ms', 9)}` +
  `${pad('extract ms', 12)}${pad('pipeline/parse (1 job, all)', 28)}load`);
for (const f of FORMATS) {
  const [one, all] = [ingest[1]![f]!, ingest[CORES]![f]!];
  if (one.failed || all.failed) { lines.push(`${pad(f, 7)}FAILED: ${one.failed ?? all.failed}`); continue; }
  const st = stages[f]!;
  lines.push(`${pad(f, 7)}${pad(docsPerS(f, 1).toFixed(1), 9)}${pad(docsPerS(f).toFixed(1), 10)}${pad(`${(docsPerS(f) / docsPerS(f, 1)).toFixed(2)}×`, 9)}` +
    `${pad((1000 * all.cpuS / all.docs).toFixed(1), 12)}${pad(st.parseMs.toFixed(2), 10)}${pad(st.languageMs.toFixed(2), 9)}${pad(st.extractMs.toFixed(2), 12)}` +
    `${pad(`${pipelineOf(f, 1).toFixed(2)}× ${pipelineOf(f, CORES).toFixed(2)}×`, 28)}${one.loadBefore.toFixed(1)}/${all.loadBefore.toFixed(1)}`);
}
lines.push('  * CPU time of the whole process tree (main and writer threads, extraction processes) per document, all-cores run: less');
lines.push('    sensitive to other load than wall time. pipeline/parse: wall ms per document through the archive / parse ms in one process.');
lines.push(`  goal ≥ 300 txt docs/s with all cores: ${goal(docsPerS('txt') >= 300)} (${docsPerS('txt').toFixed(0)}); ` +
  `scaling ≥ 1.7×: ${goal(scaling >= 1.7)} (${scaling.toFixed(2)}×)`);
if (analysisScaling) {
  const [a1, aN] = [analysisOnly[1]!, analysisOnly[CORES]!];
  lines.push(`  reference, the extraction processes alone on plain text (no writer, no storage): ${a1.docsPerS.toFixed(0)} docs/s with one, ` +
    `${aN.docsPerS.toFixed(0)} with ${CORES}: ${analysisScaling.toFixed(2)}× (CPU per document ${a1.cpuMsPerDoc.toFixed(1)} → ${aN.cpuMsPerDoc.toFixed(1)} ms)`);
}
lines.push(`  CPU ms per document by thread (1 job / ${CORES} jobs): extraction processes (JS, their helpers), writer, main (JS, other threads)`);
for (const f of FORMATS) {
  const [t1, tN] = [ingest[1]?.[f]?.threads, ingest[CORES]?.[f]?.threads];
  if (!t1 || !tN) continue;
  const cell = (k: keyof ThreadCpu) => pad(`${t1[k].toFixed(1)}/${tN[k].toFixed(1)}`, 12);
  lines.push(`    ${pad(f, 6)}${cell('extraction')}${cell('extraction_helpers')}${cell('writer')}${cell('main')}${cell('main_helpers')}`);
}
lines.push(`  pipeline vs text ≤ 1.5× for PDF and DOCX (all cores): ${goal(pipelineOf('pdf', CORES) <= 1.5 && pipelineOf('docx', CORES) <= 1.5 && measured.length === 4)} ` +
  `(PDF ${pipelineOf('pdf', CORES).toFixed(2)}×, DOCX ${pipelineOf('docx', CORES).toFixed(2)}×; one job: ${pipelineOf('pdf', 1).toFixed(2)}×, ${pipelineOf('docx', 1).toFixed(2)}×)`);
lines.push(`  pipeline_vs_text = Σ upload ms (all cores) / Σ parse ms over the formats = ${pipelineVsText.toFixed(2)}× (one job ${ratio(measured, 1).toFixed(2)}×)`, '');
lines.push(`PDF text, ${pdfFiles.length} files (corpus/formats + corpus/hard), median of ${PDF_ROUNDS} runs per file, mean over files:`);
if (pdfError) lines.push(`  FAILED: ${pdfError}`);
lines.push(`  ours (parseDocument, in process)          ${oursPdfMs.toFixed(2)} ms/file`);
lines.push(`  pdftotext, a process per file (wall)      ${popplerPdfMs.toFixed(2)} ms/file  → ratio ${pdfVsPdftotext.toFixed(2)}× (reported; goal ≤ 2×: ${goal(pdfVsPdftotext <= 2)})`);
lines.push(`  spawn overhead: \`true\` ${spawnTrueMs.toFixed(2)} ms, \`pdftotext -v\` ${spawnPdftotextVMs.toFixed(2)} ms (process start + poppler's shared libraries)`);
lines.push(`  pdftotext minus its own start-up           ${popplerNetMs.toFixed(2)} ms/file  → ratio ${(oursPdfMs / popplerNetMs).toFixed(2)}× (text work only; the stricter comparison)`, '');
lines.push(...realPdfLines(realPdf, REALPDF_ROUNDS));
const queryLines = (q: QueryFigures, i: typeof info, goalMs: number) => {
  lines.push(`Research queries (src/queries.ts functions on better-sqlite3), ${i.docs} documents, ${i.rows.mentions} mentions, ${i.rows.commitments} commitments, ${i.rows.people} people`);
  lines.push(`  database: ${i.cached ? 'cached' : `generated in ${i.seconds.toFixed(0)} s`} — ${i.method}`);
  const w = warmed[i.file];
  lines.push(`  ${w === null || w === undefined ? 'the file is larger than half the free memory: timed as the operating system holds it' : `the file read once first (${w.toFixed(1)} s), so the OS holds its pages as it does for a running server`}`);
  if (i.commitmentsFromGold.length) lines.push(`  commitments taken from gold for ${i.commitmentsFromGold.join(', ')} (the extractor found none there)`);
  lines.push(`${pad('  query', 46)}${pad('n', 6)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}max ms`);
  for (const [k, v] of Object.entries(q.perQuery)) {
    lines.push(`${pad(`  ${k}: ${QUERY_LABELS[k] ?? k}`, 46)}${pad(String(v.n), 6)}${pad(v.p50.toFixed(2), 9)}${pad(v.p99.toFixed(2), 9)}${v.max.toFixed(2)}${v.p99 > goalMs ? '  MISSED' : ''}`);
  }
  const worst = Math.max(...Object.values(q.perQuery).map((v) => v.p99));
  lines.push(`${pad('  all', 46)}${pad(String(q.all.n), 6)}${pad(q.all.p50.toFixed(2), 9)}${pad(q.all.p99.toFixed(2), 9)}${q.all.max.toFixed(2)}   (goal every query p99 ≤ ${goalMs} ms: ${goal(worst <= goalMs)})`);
  lines.push(`  most-mentioned person (${q.top.person.mentions} mentions): first page ${q.top.person.ms.toFixed(1)} ms; most-mentioned municipality, ` +
    `${q.top.municipality.name} (${q.top.municipality.mentions} mentions): ${q.top.municipality.ms.toFixed(1)} ms (median of 5; goal ≤ 50 ms: ` +
    `${goal(q.top.person.ms <= 50 && q.top.municipality.ms <= 50)})`);
  lines.push(`  query plans: ${q.fullScans.length ? `${q.fullScans.length} full scan(s): ${q.fullScans.map((x) => `${x.query} (${x.step})`).join('; ')}` : 'no full scan of mentions, commitments or documents'}`, '');
};
queryLines(q100k, info, 20);
if (qBig && bigInfo) queryLines(qBig, bigInfo, 40);
else lines.push(`(no ${bigDocs}-document database cached: \`npm run bench -- --docs ${bigDocs}\` builds it once and times the queries there too)`, '');
const listingLines = (small: ListingFigures, big: ListingFigures | null) => {
  lines.push(`Listings under filters (best of 3 ms each, after one untimed), ${small.docs} documents${big ? ` / ${big.docs}` : ''}:`);
  for (const [k, v] of Object.entries(small.ms)) {
    lines.push(`${pad(`  ${LISTING_LABELS[k] ?? k}`, 76)} ${pad(v.toFixed(1), 9)}${big ? big.ms[k]!.toFixed(1) : ''}`);
  }
  lines.push('');
};
listingLines(l100k, lBig);
lines.push(`Peak RSS during ingest: ${peakRssMb.toFixed(0)} MiB (this process and its extraction processes together; goal ≤ 1024: ${goal(peakRssMb <= 1024)})`);
for (const n of notes) lines.push(`note: ${n}`);
console.log(lines.join('\n'));
console.log(`\nwrote ${OUT}: ${JSON.stringify(result)}`);
