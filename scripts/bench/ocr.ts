// The bench's OCR figure (issue 15): pages per second of our pipeline on a scan against running the
// `tesseract` command directly on the same page images, in the same run, both on all cores. The scan is one
// image-only PDF made of the scanned pages of corpus PDFs (scripts/eval-ocr.ts: 200 dpi, 1° skew, noise);
// ours is `analyse` on it (sniff, read the PDF, OCR its pages in parallel, layout, language, extraction);
// tesseract's is one process per page image (PNG files), as many at a time as there are cores, with
// OMP_THREAD_LIMIT=1 (its fastest setting for many pages). Rounds alternate; the best of each counts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrMissing } from '../../src/parse/ocr.js';
import { analyse } from '../../src/pipeline.js';
import { imagePdf, png, renderGrey, scanLook, type Grey } from '../eval-ocr.js';

export interface OcrBench {
  ocr_pages_per_s: number | null;
  ocr_tesseract_pages_per_s: number | null;
  ocr_vs_tesseract: number | null;
}

function tesseract(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', [file, '-', '-l', 'swe'], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited with ${code} on ${file}`))));
  });
}

async function pool<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Runs the comparison, prints its section on stdout, and returns the keys for the --out JSON. */
export async function benchOcr(root: string, log: (s: string) => void, rounds = 2): Promise<OcrBench> {
  const missing = await ocrMissing();
  if (missing.length) {
    console.log(`OCR: skipped (install ${missing.join(' ')})\n`);
    return { ocr_pages_per_s: null, ocr_tesseract_pages_per_s: null, ocr_vs_tesseract: null };
  }
  log('  OCR: making the scan…');
  const real = readdirSync(join(root, 'corpus/real/formats')).filter((f) => f.endsWith('.pdf')).sort().filter((_, i) => i % 8 === 0).map((f) => join(root, 'corpus/real/formats', f));
  const seed = readdirSync(join(root, 'corpus/formats')).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(root, 'corpus/formats', f));
  const pages: Grey[] = [];
  for (const pdf of [...seed, ...real]) for (const g of renderGrey(pdf)) pages.push(scanLook(g, 11 + pages.length));
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-bench-ocr-'));
  try {
    const scan = new Uint8Array(imagePdf(pages));
    const files = pages.map((g, i) => {
      const f = join(dir, `page-${String(i + 1).padStart(3, '0')}.png`);
      writeFileSync(f, png(g));
      return f;
    });
    const cores = availableParallelism();
    const ours: number[] = [];
    const theirs: number[] = [];
    let pagesRead = 0;
    for (let r = 0; r < rounds; r++) {
      log(`  OCR round ${r + 1}/${rounds}: tesseract on ${files.length} page images, ${cores} at a time…`);
      let t = performance.now();
      await pool(files, cores, tesseract);
      theirs.push((performance.now() - t) / 1000);
      log(`  OCR round ${r + 1}/${rounds}: ours on the ${pages.length}-page scan…`);
      t = performance.now();
      const a = await analyse(scan, 'bench-scan.txt');
      ours.push((performance.now() - t) / 1000);
      pagesRead = a.doc.ocr?.filter((o) => !o.error).length ?? 0;
      if (pagesRead !== pages.length) throw new Error(`OCR read ${pagesRead} of ${pages.length} pages`);
    }
    const [oursS, theirsS] = [Math.min(...ours), Math.min(...theirs)];
    const res: OcrBench = {
      ocr_pages_per_s: r2(pages.length / oursS),
      ocr_tesseract_pages_per_s: r2(pages.length / theirsS),
      ocr_vs_tesseract: r2(theirsS / oursS),
    };
    console.log([
      `OCR, a ${pages.length}-page scan (${seed.length} seed and ${real.length} real corpus PDFs at 200 dpi, 1° skew, noise; image-only PDF), ${cores} cores, best of ${rounds} alternating rounds:`,
      `  ours (analyse: read the PDF, Tesseract per page in parallel, layout, extraction)  ${oursS.toFixed(1)} s  ${res.ocr_pages_per_s} pages/s`,
      `  tesseract alone on the same page images (PNG, a process per page, ${cores} at a time) ${theirsS.toFixed(1)} s  ${res.ocr_tesseract_pages_per_s} pages/s`,
      `  ratio ours/tesseract ${res.ocr_vs_tesseract} (goal ≥ 0.8: ${res.ocr_vs_tesseract! >= 0.8 ? 'met' : 'MISSED'}); rounds ours ${ours.map((x) => x.toFixed(1)).join(', ')} s, tesseract ${theirs.map((x) => x.toFixed(1)).join(', ')} s`,
      '',
    ].join('\n'));
    return res;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
