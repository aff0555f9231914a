// OCR of scanned pages with Tesseract (Swedish), rendered by poppler's pdftoppm: Debian's tesseract-ocr,
// tesseract-ocr-swe and poppler-utils. Tesseract's TSV gives words with boxes; they become text runs that go
// through the same layout as born-digital pages (columns, hyphenation, running headers). Node only: where the
// binaries are missing (or on Workers) the caller reports that the document needs OCR.
import type { PageSpan, ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { orientItems, type PageItems, type RawRun } from './pdf/items.js';
import { layoutDocument } from './pdf/layout.js';

export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-swe poppler-utils';
export const OCR_DPI = 300;
/** Pages of one document that may be OCR'd (a 500-page scan is refused with a clear error). */
export const MAX_OCR_PAGES = Number(process.env.KOMMUNARKIV_OCR_MAX_PAGES ?? 200);
/** Largest page raster (pixels) rendered for OCR; larger pages are rendered at a lower resolution. */
export const MAX_OCR_PIXELS = 60_000_000;
/** Largest uploaded image page (pixels) given to Tesseract: an A4 page at 600 dpi is 35 megapixels. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Virtual memory one Tesseract or pdftoppm process may take (KiB, ulimit -v). */
const PROCESS_MEMORY_KB = 1_000_000;

export interface OcrPageInfo {
  page: number;
  engine: string;
  language: string;
  /** Tesseract's mean word confidence, 0–100; null when it found no words. */
  confidence: number | null;
  /** Why this page could not be read (the rest of the document still counts). */
  error?: string;
}

type Spawn = typeof import('node:child_process').spawn;

async function childProcess(): Promise<{ spawn: Spawn; spawnSync: typeof import('node:child_process').spawnSync } | null> {
  try {
    const cp = await import('node:child_process');
    return typeof cp.spawn === 'function' && typeof cp.spawnSync === 'function' ? cp : null;
  } catch {
    return null;
  }
}

let cached: { path: string; missing: string[]; version: string } | null = null;

/** What is missing for OCR here (empty when Tesseract with Swedish and pdftoppm are on the PATH). */
export async function ocrMissing(): Promise<string[]> {
  const path = process.env.PATH ?? '';
  if (cached && cached.path === path) return cached.missing;
  const cp = await childProcess();
  const missing: string[] = [];
  let version = 'tesseract';
  if (!cp) missing.push('tesseract-ocr', 'tesseract-ocr-swe', 'poppler-utils');
  else {
    try {
      const t = cp.spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
      if (t.error || t.status !== 0) missing.push('tesseract-ocr', 'tesseract-ocr-swe');
      else {
        if (!/^swe$/m.test(t.stdout)) missing.push('tesseract-ocr-swe');
        const v = cp.spawnSync('tesseract', ['--version'], { encoding: 'utf8', timeout: 10_000 });
        version = /tesseract\s+([\d.]+)/.exec(`${v.stdout}${v.stderr}`)?.[0] ?? version;
      }
      const p = cp.spawnSync('pdftoppm', ['-v'], { encoding: 'utf8', timeout: 10_000 });
      if (p.error) missing.push('poppler-utils');
    } catch {
      // A runtime that has node:child_process but cannot start processes (Workers with nodejs_compat).
      missing.splice(0, missing.length, 'tesseract-ocr', 'tesseract-ocr-swe', 'poppler-utils');
    }
  }
  cached = { path, missing, version };
  return missing;
}

/**
 * One of the machine's OCR slots (as many as cores), shared by every process with the same temporary folder (the
 * server's extraction processes, a CLI ingest): a lock file per slot under that folder, holding the
 * owner's pid; a slot whose owner is gone, or older than any page may take, is free again. Tesseract runs only
 * in a slot, so however many documents are OCR'd at once, at most one Tesseract per core runs (and its memory
 * is bounded by that), and the rest wait their turn.
 */
async function ocrSlot(): Promise<() => void> {
  const fs = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = join(tmpdir(), '.kommunarkiv-ocr-slots');
  fs.mkdirSync(dir, { recursive: true });
  const n = await ocrCores();
  for (let wait = 5; ; wait = Math.min(100, wait * 2)) {
    for (let i = 0; i < n; i++) {
      const file = join(dir, `slot-${i}`);
      try {
        fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
        return () => fs.rmSync(file, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        try {
          const pid = Number(fs.readFileSync(file, 'utf8'));
          const age = Date.now() - fs.statSync(file).mtimeMs;
          // No pid yet: its owner is writing it (unless that was seconds ago).
          let alive = pid > 0 || age < 5_000;
          if (pid > 0) try { process.kill(pid, 0); } catch (e) { alive = (e as NodeJS.ErrnoException).code === 'EPERM'; }
          if (!alive || age > 600_000) fs.rmSync(file, { force: true });
        } catch {
          // Released meanwhile (or half-written): try again.
        }
      }
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

/** Run a command with `input` on stdin; its stdout, or an error with its stderr. Bounded in time and memory. */
async function run(cmd: string, args: string[], input: Uint8Array | null, timeoutMs: number): Promise<Buffer> {
  const cp = (await childProcess())!;
  return new Promise((resolve, reject) => {
    // ulimit -v: a hostile page cannot take the machine's memory; OMP_THREAD_LIMIT=1: pages run in parallel instead.
    const child = cp.spawn('sh', ['-c', `ulimit -v ${PROCESS_MEMORY_KB} 2>/dev/null; exec "$@"`, 'sh', cmd, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > 512 << 20) child.kill('SIGKILL');
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${cmd} ${signal ? `was stopped (${signal === 'SIGKILL' ? 'time or size limit' : signal})` : `exited with ${code}`}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 300)}`));
    });
    child.stdin.on('error', () => undefined);
    if (input) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** A PDF page rendered to a greyscale PNG at `dpi`, with poppler (into `file`'s folder, read back). */
export async function renderPage(file: string, page: number, dpi: number): Promise<Buffer> {
  const { readFileSync, rmSync } = await import('node:fs');
  const root = `${file}-p${page}`;
  await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-png', '-singlefile', file, root], null, 120_000);
  try {
    return readFileSync(`${root}.png`);
  } finally {
    rmSync(`${root}.png`, { force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const unescape = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
  ENTITIES[e] ?? (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : m));

/**
 * OCR one page image (PNG, JPEG, TIFF or PNM bytes) → text runs in PDF user space (points, y upwards) for a
 * page `heightPt` high, and the mean word confidence. Tesseract's hOCR gives each line its baseline (offset and
 * slope: a scan is seldom straight) and its size, so every word of a line gets the line's baseline at its
 * middle and the line's size, which the layout compares from line to line like those of a born-digital page.
 */
export async function ocrImage(image: Uint8Array, dpi: number, heightPt: number): Promise<{ runs: RawRun[]; confidence: number | null }> {
  const release = await ocrSlot();
  let hocr: string;
  try {
    hocr = (await run('tesseract', ['stdin', 'stdout', '-l', 'swe', '--psm', '3', '--dpi', String(dpi), 'hocr'], image, 300_000)).toString('utf8');
  } finally {
    release();
  }
  const k = 72 / dpi;
  const runs: RawRun[] = [];
  let confSum = 0;
  let confN = 0;
  let line: { y: number; size: number; first: number } | null = null;
  const span = /<span class=['"](ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)['"][^>]*?title=(?:"([^"]*)"|'([^']*)')[^>]*>([^]*?)(?=<span class=['"](?:ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)['"]|<\/p>|<\/div>)/g;
  for (const m of hocr.matchAll(span)) {
    const title = m[2] ?? m[3] ?? '';
    const box = /bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)/.exec(title)?.slice(1).map(Number);
    if (!box) continue;
    const [x0, , x1, y1] = box as [number, number, number, number];
    if (m[1] !== 'ocrx_word') {
      const [slope = 0, offset = 0] = /baseline (-?[\d.]+) (-?[\d.]+)/.exec(title)?.slice(1).map(Number) ?? [];
      const xSize = Number(/x_size ([\d.]+)/.exec(title)?.[1] ?? (box[3]! - box[1]!) * 0.75);
      fixBullet(runs, line?.first ?? -1);
      line = { y: heightPt - (y1 + offset + (slope * (x1 - x0)) / 2) * k, size: Math.max(4, Math.round(xSize * k * 4) / 4), first: runs.length };
      continue;
    }
    const text = unescape(m[4] ?? '').replace(/<\/span>[^]*$/, '').trim();
    if (!text || !line) continue;
    const conf = Number(/x_wconf (\d+)/.exec(title)?.[1] ?? NaN);
    if (Number.isFinite(conf)) [confSum, confN] = [confSum + conf, confN + 1];
    runs.push({ str: text, transform: [line.size, 0, 0, line.size, x0 * k, line.y], width: (x1 - x0) * k });
  }
  fixBullet(runs, line?.first ?? -1);
  return { runs, confidence: confN ? Math.round((confSum / confN) * 10) / 10 : null };
}

/** A list bullet at the start of a line, which Tesseract reads as +, *, «, ° before a word (or e before a capitalised one):
 * the bullet again (the extractors read "• Att …" lists as a motion's att-satser). */
function fixBullet(runs: RawRun[], first: number): void {
  const [a, b] = [runs[first], runs[first + 1]];
  if (a && b && ((/^[+*«»°®©¢·]$/.test(a.str) && /^\p{L}/u.test(b.str)) || (/^[eo]$/.test(a.str) && /^\p{Lu}/u.test(b.str)))) a.str = '•';
}

/** Run `jobs` in parallel, at most `limit` at a time, in order of their results. */
export async function inParallel<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return out;
}

export async function ocrCores(): Promise<number> {
  try {
    const os = await import('node:os');
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  } catch {
    return 1;
  }
}

export async function engineName(): Promise<string> {
  await ocrMissing();
  return cached?.version ?? 'tesseract';
}

/** One page to OCR: `load` gives its image (bytes Tesseract reads), its resolution and its size in points. */
export interface OcrJob {
  page: number;
  load: () => Promise<{ bytes: Uint8Array; dpi: number; widthPt: number; heightPt: number }>;
}

/** Throw needs_ocr (naming the packages) when OCR cannot run here; `what` says what needs it. */
export async function requireOcr(what: string): Promise<void> {
  const missing = await ocrMissing();
  if (missing.length) {
    throw new ParseError('needs_ocr', `${what}: OCR needs ${missing.join(' ')} (apt-get install -y ${OCR_PACKAGES}); once installed, POST /api/reprocess reads it.`);
  }
}

/** OCR pages in parallel (up to the number of cores): their items, and a record per page (a failed page says why). */
export async function ocrJobs(jobs: OcrJob[], onProgress?: (p: { done: number; total: number }) => void): Promise<{ items: Map<number, PageItems>; info: OcrPageInfo[] }> {
  const engine = await engineName();
  const items = new Map<number, PageItems>();
  let done = 0;
  const info = await inParallel(jobs.map((job) => async () => {
    const rec: OcrPageInfo = { page: job.page, engine, language: 'swe', confidence: null };
    try {
      const img = await job.load();
      const { runs, confidence } = await ocrImage(img.bytes, img.dpi, img.heightPt);
      items.set(job.page, orientItems(runs, [0, 0, img.widthPt, img.heightPt]));
      rec.confidence = confidence;
    } catch (err) {
      rec.error = `OCR of page ${job.page} failed: ${(err as Error).message}`;
    }
    onProgress?.({ done: ++done, total: jobs.length });
    return rec;
  }), await ocrCores());
  return { items, info };
}

/** The per-page OCR record on the page table (stored with the document's pages, shown by the API). */
export function markOcrPages(pages: PageSpan[], info: OcrPageInfo[]): PageSpan[] {
  const by = new Map(info.map((o) => [o.page, o]));
  return pages.map((p) => {
    const o = by.get(p.page);
    if (!o) return p;
    const { page: _, ...rest } = o;
    return { ...p, ocr: rest };
  });
}

/** A document that is all scan (uploaded images): every page OCR'd and laid out. */
export async function ocrDocument(jobs: OcrJob[], opts: { what: string; onProgress?: (p: { done: number; total: number }) => void }): Promise<Pick<ParsedDocument, 'text' | 'pages'> & { ocr: OcrPageInfo[] }> {
  await requireOcr(opts.what);
  if (jobs.length > MAX_OCR_PAGES) throw new ParseError('unreadable', `${opts.what} of ${jobs.length} pages to OCR (limit ${MAX_OCR_PAGES}, KOMMUNARKIV_OCR_MAX_PAGES)`);
  const { items, info } = await ocrJobs(jobs, opts.onProgress);
  const empty: PageItems = { items: [], top: 0, bottom: 0 };
  const { text, pages } = layoutDocument(jobs.map((j) => items.get(j.page) ?? empty));
  if (!text.trim()) throw new ParseError('unreadable', info.find((o) => o.error)?.error ?? 'OCR found no text in the scan');
  return { text, pages: markOcrPages(pages, info), ocr: info };
}
