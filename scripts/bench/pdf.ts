// The bench's PDF figure on real office PDFs (../shared/realpdf, read in place, never copied): milliseconds per
// page of our PDF reader against poppler's pdftotext on the same files in the same run, median of several
// runs per file. Also split: our reader alone (content streams → text runs) and the layout on top, and
// pdf.js alone (the text source before our reader) for comparison. Skipped when the folder is absent.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../../src/parse/errors.js';
import { parsePdf } from '../../src/parse/pdf.js';
import { readPdf } from '../../src/parse/pdf/reader/index.js';
import { realPdfDir } from '../eval-realpdf.js';

export interface RealPdfBench {
  dir: string;
  files: number;
  pages: number;
  /** ms per page, Σ per-file medians / Σ pages */
  ours: number;
  reader: number;
  pdfjs: number;
  pdftotext: number;
  ratio: number;
  skipped: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

export async function benchRealPdf(root: string, rounds = 5): Promise<RealPdfBench | string> {
  const dir = realPdfDir(root);
  if (!dir) return 'skipped (no ../shared/realpdf folder; set KOMMUNARKIV_REALPDF)';
  if (spawnSync('pdftotext', ['-v']).error) return 'skipped (pdftotext is missing: apt-get install -y poppler-utils)';
  const res: RealPdfBench = { dir, files: 0, pages: 0, ours: 0, reader: 0, pdfjs: 0, pdftotext: 0, ratio: 0, skipped: [] };
  const now = () => performance.now();
  for (const f of readdirSync(dir).filter((x) => x.toLowerCase().endsWith('.pdf')).sort()) {
    const path = join(dir, f);
    const bytes = new Uint8Array(readFileSync(path));
    let pages: number;
    try {
      // The text layer only: pdftotext does no OCR (scanned pages are timed by the OCR bench).
      pages = (await parsePdf(bytes, { ocr: false })).pages.length; // warm-up
      await parsePdf(bytes, { reader: 'pdfjs', ocr: false });
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      res.skipped.push(`${f} (${err.message})`);
      continue;
    }
    const ours: number[] = [], reader: number[] = [], pdfjs: number[] = [], poppler: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let t = now();
      await parsePdf(bytes, { ocr: false });
      ours.push(now() - t);
      t = now();
      readPdf(bytes, 2000);
      reader.push(now() - t);
      t = now();
      await parsePdf(bytes, { reader: 'pdfjs', ocr: false });
      pdfjs.push(now() - t);
      t = now();
      const p = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
      poppler.push(now() - t);
      if (p.status !== 0) throw new Error(`pdftotext ${f}: ${p.stderr}`);
    }
    res.files++;
    res.pages += pages;
    res.ours += median(ours);
    res.reader += median(reader);
    res.pdfjs += median(pdfjs);
    res.pdftotext += median(poppler);
  }
  for (const k of ['ours', 'reader', 'pdfjs', 'pdftotext'] as const) res[k] = res.pages ? res[k] / res.pages : 0;
  res.ratio = res.pdftotext ? res.ours / res.pdftotext : 0;
  return res;
}

/** The bench's lines for the figure. */
export function realPdfLines(r: RealPdfBench | string, rounds: number): string[] {
  if (typeof r === 'string') return [`PDF on real office PDFs: ${r}`, ''];
  const f = (x: number) => x.toFixed(2).padStart(7);
  return [
    `PDF on real office PDFs (${r.dir}): ${r.files} files, ${r.pages} pages, median of ${rounds} runs per file, ms per page:`,
    `  ours (parsePdf: our reader + layout)      ${f(r.ours)}  → ratio ${r.ratio.toFixed(2)}× pdftotext (goal ≤ 4×: ${r.ratio <= 4 ? 'met' : 'MISSED'})`,
    `    of which our reader (text runs)         ${f(r.reader)}   layout ${f(Math.max(0, r.ours - r.reader))}`,
    `  pdf.js text source + layout (before)      ${f(r.pdfjs)}  → ratio ${(r.pdfjs / r.pdftotext).toFixed(2)}×`,
    `  pdftotext, a process per file (wall)      ${f(r.pdftotext)}`,
    ...r.skipped.map((s) => `  not timed: ${s}`),
    '',
  ];
}
