// Scanned versions of corpus PDFs, made here (by `npm run eval` and by test/ocr*.test.ts) rather than stored:
// every page rendered with poppler at 200 dpi in greyscale, turned by 1° and given mild noise (as an office
// scanner leaves it), then written back as an image-only PDF, or as PNG, JPEG or (multi-page) TIFF. The
// writers are minimal ones of our own (zlib only), so nothing beyond poppler-utils is needed. The OCR section
// of the eval scores the scans against the same documents' born-digital PDFs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { mulberry32 } from './random.js';

export const SCAN_DPI = 200;
export const SKEW_DEGREES = 1;
/** Bump when the scans change: the cache is keyed by it. */
const VERSION = 'scan-v1';

export interface Grey {
  width: number;
  height: number;
  /** 8-bit greyscale, row by row (0 black, 255 white). */
  px: Uint8Array;
}

/** Every page of a PDF as greyscale pixels at `dpi` (pdftoppm's PGM output). */
export function renderGrey(pdf: string, dpi = SCAN_DPI): Grey[] {
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, join(dir, 'p')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => readPgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPgm(b: Buffer): Grey {
  // "P5" width height maxval, each after white space, then one white-space byte and the pixels.
  const fields: string[] = [];
  let at = 2;
  while (fields.length < 3) {
    while (b[at]! <= 32) at++;
    let s = '';
    while (b[at]! > 32) s += String.fromCharCode(b[at++]!);
    fields.push(s);
  }
  const [width, height] = [Number(fields[0]), Number(fields[1])];
  return { width, height, px: new Uint8Array(b.subarray(at + 1, at + 1 + width * height)) };
}

const random = mulberry32;

/** The page turned by `degrees` about its centre (bilinear, white outside), with mild noise: grain of about
 * ±8 grey levels, a slightly grey paper, and a few specks. */
export function scanLook(page: Grey, seed: number, degrees = SKEW_DEGREES): Grey {
  const { width: w, height: h, px } = page;
  const out = new Uint8Array(w * h);
  const rad = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const [cx, cy] = [w / 2, h / 2];
  const rnd = random(seed);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Where this output pixel comes from in the original.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      let v = 255;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
        const i = y0 * w + x0;
        v = (px[i]! * (1 - fx) + px[i + 1]! * fx) * (1 - fy) + (px[i + w]! * (1 - fx) + px[i + w + 1]! * fx) * fy;
      }
      v = v * 0.94 + 4 + (rnd() + rnd() + rnd() - 1.5) * 9; // paper ~244, grain
      if (rnd() < 0.0004) v = rnd() * 90; // a speck
      out[y * w + x] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return { width: w, height: h, px: out };
}

// ------------------------------------------------------------------------------------------------ writers

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** An image-only PDF: each page one greyscale image (Flate, or the JPEG bytes given) over the whole page. */
export function imagePdf(pages: (Grey | { jpeg: Uint8Array; width: number; height: number })[], dpi = SCAN_DPI): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  const add = (head: string, data?: Uint8Array) => {
    offsets.push(at);
    const chunk = data
      ? Buffer.concat([latin1(`${offsets.length} 0 obj\n${head}\nstream\n`), data, latin1('\nendstream\nendobj\n')])
      : latin1(`${offsets.length} 0 obj\n${head}\nendobj\n`);
    parts.push(chunk);
    at += chunk.length;
    return offsets.length;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  for (const p of pages) {
    const [wPt, hPt] = [(p.width * 72) / dpi, (p.height * 72) / dpi].map((v) => Math.round(v * 100) / 100);
    const n = offsets.length + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${wPt} ${hPt}] /Resources << /XObject << /Im1 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`);
    const data = 'jpeg' in p ? p.jpeg : deflateSync(p.px);
    add(`<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /${'jpeg' in p ? 'DCTDecode' : 'FlateDecode'} /Length ${data.length} >>`, data);
    const content = latin1(`q ${wPt} 0 0 ${hPt} 0 0 cm /Im1 Do Q`);
    add(`<< /Length ${content.length} >>`, content);
  }
  const xref = at;
  let tail = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  parts.push(latin1(tail));
  return Buffer.concat(parts);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A greyscale PNG, with its resolution (pHYs). */
export function png(g: Grey, dpi = SCAN_DPI): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(g.width, 0);
  ihdr.writeUInt32BE(g.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((g.width + 1) * g.height);
  for (let y = 0; y < g.height; y++) rows.set(g.px.subarray(y * g.width, (y + 1) * g.width), y * (g.width + 1) + 1);
  const phys = Buffer.alloc(9);
  const ppm = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

/** A (multi-page) greyscale TIFF, little-endian, each page one Deflate strip, with its resolution. */
export function tiff(pages: Grey[], dpi = SCAN_DPI, opts: { pageNumberTotal?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  let at = 8;
  const header = Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0]);
  parts.push(header);
  let prevNext = 4; // where the previous "next IFD" offset goes (the header's first-IFD field at first)
  const fix: [number, number][] = [];
  pages.forEach((g, i) => {
    const data = deflateSync(g.px);
    const dataAt = at;
    parts.push(data);
    at += data.length + (data.length & 1);
    if (data.length & 1) parts.push(Buffer.alloc(1));
    const resAt = at;
    const res = Buffer.alloc(8);
    res.writeUInt32LE(dpi, 0);
    res.writeUInt32LE(1, 4);
    parts.push(res);
    at += 8;
    const tags: [number, number, number, number][] = [
      [256, 4, 1, g.width], [257, 4, 1, g.height], [258, 3, 1, 8], [259, 3, 1, 8], [262, 3, 1, 1], [273, 4, 1, dataAt],
      [277, 3, 1, 1], [278, 4, 1, g.height], [279, 4, 1, data.length], [282, 5, 1, resAt], [283, 5, 1, resAt], [296, 3, 1, 2],
    ];
    if (opts.pageNumberTotal !== undefined) tags.push([297, 3, 2, (opts.pageNumberTotal << 16) | i]);
    tags.sort((a, b) => a[0] - b[0]);
    const ifd = Buffer.alloc(2 + tags.length * 12 + 4);
    ifd.writeUInt16LE(tags.length, 0);
    tags.forEach(([tag, type, count, value], k) => {
      const e = 2 + k * 12;
      ifd.writeUInt16LE(tag, e);
      ifd.writeUInt16LE(type, e + 2);
      ifd.writeUInt32LE(count, e + 4);
      if (type === 3 && count === 1) ifd.writeUInt16LE(value, e + 8);
      else if (tag === 297) [ifd.writeUInt16LE(value & 0xffff, e + 8), ifd.writeUInt16LE(value >>> 16, e + 10)];
      else ifd.writeUInt32LE(value >>> 0, e + 8);
    });
    fix.push([prevNext, at]);
    prevNext = at + 2 + tags.length * 12;
    parts.push(ifd);
    at += ifd.length;
  });
  const out = Buffer.concat(parts);
  for (const [where, value] of fix) out.writeUInt32LE(value, where);
  return out;
}

/** A JPEG of the page, by poppler from an image-only PDF of it (no encoder of our own). */
export function jpeg(g: Grey, dpi = SCAN_DPI): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-scan-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), imagePdf([g], dpi));
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=85', '-singlefile', join(dir, 'p.pdf'), join(dir, 'p')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(join(dir, 'p.jpg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type ScanKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

/** A scan of a born-digital PDF as `kind`, cached under the system's temporary folder (keyed by the source's
 * bytes and this generator's version). PNG and JPEG hold the first page only. */
export function scanOf(pdf: string, kind: ScanKind): Buffer {
  const src = readFileSync(pdf);
  const key = createHash('sha256').update(VERSION).update(src).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), 'kommunarkiv-scan-cache');
  const file = join(cache, `${basename(pdf, '.pdf')}-${key}.${kind}`);
  if (existsSync(file)) return readFileSync(file);
  const seed = parseInt(key.slice(0, 8), 16);
  const pages = renderGrey(pdf).map((g, i) => scanLook(g, seed + i));
  const out = kind === 'pdf' ? imagePdf(pages) : kind === 'png' ? png(pages[0]!) : kind === 'jpeg' ? jpeg(pages[0]!) : tiff(pages);
  mkdirSync(cache, { recursive: true });
  writeFileSync(`${file}.tmp`, out);
  renameSync(`${file}.tmp`, file);
  return out;
}

// ------------------------------------------------------------------------------------------------ the eval

/** The documents of the OCR section: every other corpus/real PDF and every seed PDF, each as one kind of scan
 * (mostly image-only PDFs; every fifth a PNG, JPEG or TIFF in turn). */
export function ocrSet(root = '.'): { pdf: string; gold: string; kind: ScanKind }[] {
  const out: { pdf: string; gold: string; kind: ScanKind }[] = [];
  const kinds: ScanKind[] = ['png', 'tiff', 'jpeg'];
  const take = (dir: string, gold: string, every: number) => {
    readdirSync(join(root, dir)).filter((f) => f.endsWith('.pdf')).sort().forEach((f, i) => {
      if (i % every) return;
      const n = out.length;
      out.push({ pdf: join(root, dir, f), gold: join(root, gold, basename(f, '.pdf') + '.json'), kind: n % 5 === 4 ? kinds[Math.floor(n / 5) % 3]! : 'pdf' });
    });
  };
  take('corpus/real/formats', 'corpus/real/gold', 2);
  take('corpus/formats', 'corpus/gold', 1);
  return out.filter((d) => existsSync(d.gold));
}

/** `npm run eval`'s OCR section: the scans scored against the gold, beside the same documents' born-digital PDFs. */
export async function ocrReport(opts: { verbose?: boolean; jobs?: number } = {}): Promise<{ report: string; ocrF1: number | null; bornF1: number | null }> {
  const { analyse, docName } = await import('../src/pipeline.js');
  const { ocrMissing } = await import('../src/parse/ocr.js');
  const missing = await ocrMissing();
  if (missing.length) return { report: `== OCR: skipped (install ${missing.join(' ')})`, ocrF1: null, bornF1: null };
  const set = ocrSet();
  const root = mkdtempSync(join(tmpdir(), 'kommunarkiv-eval-ocr-'));
  const [gold, born, scans] = [join(root, 'gold'), join(root, 'born'), join(root, 'ocr')];
  for (const d of [gold, born, scans]) mkdirSync(d);
  const t0 = performance.now();
  const confidences: number[] = [];
  let pages = 0;
  let ocrMs = 0;
  // Documents two or more at a time (most are one page: their pages alone would leave cores idle).
  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < set.length) {
      const d = set[next++]!;
      const name = basename(d.pdf, '.pdf');
      writeFileSync(join(gold, `${name}.json`), readFileSync(d.gold));
      const bornDoc = await analyse(new Uint8Array(readFileSync(d.pdf)), docName(d.pdf));
      writeFileSync(join(born, `${name}.json`), JSON.stringify(bornDoc.extraction));
      const scan = new Uint8Array(scanOf(d.pdf, d.kind));
      const t = performance.now();
      try {
        const got = await analyse(scan, docName(d.pdf));
        ocrMs += performance.now() - t;
        writeFileSync(join(scans, `${name}.json`), JSON.stringify(got.extraction));
        for (const o of got.doc.ocr ?? []) {
          pages++;
          if (o.confidence !== null) confidences.push(o.confidence);
        }
      } catch (err) {
        failures.push(`${d.pdf} (${d.kind}): ${(err as Error).message} (scored as empty)`);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.jobs ?? 2 }, worker));
  const score = (pred: string) => execFileSync(process.execPath, ['scripts/score.mjs', '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  const [ocrText, bornText] = [score(scans), score(born)];
  const f1 = (r: string) => {
    const m = /overall F1 (\S+)/.exec(r)?.[1];
    return m === undefined ? null : Number(m);
  };
  const [ocrF1, bornF1] = [f1(ocrText), f1(bornText)];
  const kinds = Object.entries(set.reduce<Record<string, number>>((a, d) => ({ ...a, [d.kind]: (a[d.kind] ?? 0) + 1 }), {})).map(([k, n]) => `${k} ×${n}`).join(', ');
  const mean = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null;
  const diff = ocrF1 !== null && bornF1 !== null ? ocrF1 - bornF1 : null;
  const report = [
    `== OCR: scans of ${set.length} corpus PDFs (${SCAN_DPI} dpi, ${SKEW_DEGREES}° skew, noise; ${kinds}), ${pages} pages OCR'd in ${(ocrMs / 1000).toFixed(1)} s of document time` +
      `${mean !== null ? `, mean word confidence ${mean.toFixed(1)}` : ''}${opts.verbose ? `; predictions in ${root}` : ''}`,
    ...failures,
    ocrText.trimEnd(),
    `-- the same documents' born-digital PDFs:`,
    bornText.trimEnd(),
    `OCR overall F1 ${ocrF1} against born-digital ${bornF1}${diff !== null ? ` (${diff >= 0 ? '+' : ''}${diff.toFixed(1)} points)` : ''} [${((performance.now() - t0) / 1000).toFixed(0)} s]`,
  ].join('\n');
  if (!opts.verbose) rmSync(root, { recursive: true, force: true });
  return { report, ocrF1, bornF1 };
}
