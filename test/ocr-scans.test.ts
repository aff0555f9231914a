// Scans made here from corpus PDFs (scripts/eval-ocr.ts: 200 dpi, 1° skew, noise) read back by OCR (issue 15):
// images as uploads (PNG, JPEG, multi-page TIFF), the same records as the born-digital PDF, the OCR shown by
// the API and the document page; and hostile scans refused or limited on the real server, which keeps answering.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imagePdf, png, renderGrey, scanLook, scanOf, tiff, type Grey } from '../scripts/eval-ocr.js';
import { parseDocument } from '../src/parse/index.js';
import { pageAt } from '../src/parse/pages.js';
import { analyse } from '../src/pipeline.js';
import { expectProblem, makeApp } from './helpers/app.js';
import { removeDataDir, startServer, type ServerProcess } from './helpers/server.js';

const haveOcr = /^swe$/m.test(spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout ?? '') && !spawnSync('pdftoppm', ['-v']).error;

/** Words of four letters or more, lower case. */
const words = (s: string) => new Set(s.toLocaleLowerCase('sv').match(/\p{L}{4,}/gu) ?? []);
/** Share of the born-digital text's words that the OCR'd text has. */
function recall(born: string, ocr: string): number {
  const [b, o] = [words(born), words(ocr)];
  let hit = 0;
  for (const w of b) if (o.has(w)) hit++;
  return hit / b.size;
}

const KALMAR = 'corpus/formats/kalmar-vag2.pdf';
const KARLSTAD = 'corpus/formats/karlstad-klimatkontrakt.pdf';
const REAL = 'corpus/real/formats/orebro-mp-motion-koldioxidbudget.pdf';
/** The born-digital text of a PDF's first page. */
const text = async (pdf: string) => {
  const doc = await parseDocument(new Uint8Array(readFileSync(pdf)));
  return doc.text.slice(0, doc.pages[0]!.end);
};

describe.runIf(haveOcr)('scanned images as uploads', () => {
  it('reads a PNG and a JPEG scan of a page (its first) as its born-digital text, with the OCR record on the page', async () => {
    const born = await text(KALMAR);
    for (const kind of ['png', 'jpeg'] as const) {
      const doc = await parseDocument(new Uint8Array(scanOf(KALMAR, kind)));
      expect(doc).toMatchObject({ format: kind, mediaType: `image/${kind}` });
      expect(doc.pages).toEqual([expect.objectContaining({ page: 1, ocr: expect.objectContaining({ engine: expect.stringMatching(/^tesseract \d/), language: 'swe' }) })]);
      expect(doc.ocr![0]!.confidence).toBeGreaterThan(85);
      expect(recall(born, doc.text)).toBeGreaterThan(0.95);
    }
  }, 120_000);

  it('reads a multi-page TIFF page by page (the pages its chain holds, whatever its page-number tag claims)', async () => {
    const pages = [KALMAR, KARLSTAD].map((f, i) => scanLook(renderGrey(f)[0]!, 7 + i));
    const doc = await parseDocument(tiff(pages, 200, { pageNumberTotal: 40 }));
    expect(doc.format).toBe('tiff');
    expect(doc.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(doc.ocr!.map((o) => o.page)).toEqual([1, 2]);
    const second = doc.text.slice(doc.pages[1]!.start, doc.pages[1]!.end);
    expect(recall(await text(KARLSTAD), second)).toBeGreaterThan(0.95);
    const at = doc.text.indexOf('varje år signerar');
    expect(at).toBeGreaterThan(doc.pages[1]!.start);
    expect(pageAt(doc.pages, at)).toBe(2);
  }, 120_000);

  it('gives a scanned PDF the records of its born-digital original (a seed and a real document)', async () => {
    for (const pdf of [KARLSTAD, REAL]) {
      const [born, scan] = [await analyse(new Uint8Array(readFileSync(pdf)), 'x.txt'), await analyse(new Uint8Array(scanOf(pdf, 'pdf')), 'x.txt')];
      expect(scan.doc.ocr?.length).toBe(born.doc.pages.length);
      expect(scan.extraction.municipalities).toEqual(born.extraction.municipalities);
      expect(scan.extraction.people.map((p) => p.name)).toEqual(born.extraction.people.map((p) => p.name));
      expect(scan.extraction.kind).toBe(born.extraction.kind);
      expect(scan.extraction.commitments.length).toBeGreaterThanOrEqual(born.extraction.commitments.length - 1);
    }
  }, 180_000);

  it('shows which pages were OCR\'d, with engine, language and confidence, in the API and on the document page', async () => {
    const t = makeApp();
    try {
      const pages = [KARLSTAD, KALMAR].map((f, i) => scanLook(renderGrey(f)[0]!, 3 + i));
      const res = await t.upload(tiff(pages), 'skannade-sidor.tif');
      expect(res.status).toBe(201);
      const { id, format, mediaType } = (await res.json()) as { id: string; format: string; mediaType: string };
      expect({ format, mediaType }).toEqual({ format: 'tiff', mediaType: 'image/tiff' });
      const doc = (await (await t.app.request(`/api/documents/${id}`)).json()) as { status: string; ocr: { page: number; engine: string; language: string; confidence: number }[]; mentions: { text: string; page: number }[] };
      expect(doc.status).toBe('extracted');
      expect(doc.ocr).toEqual([1, 2].map((page) => ({ page, engine: expect.stringMatching(/^tesseract/), language: 'swe', confidence: expect.any(Number) })));
      expect(doc.mentions.find((m) => m.text === 'Kalmar')?.page).toBe(2);
      const html = await (await t.app.request(`/documents/${id}`)).text();
      expect(html).toMatch(/OCR-lästa sidor \(tesseract [\d.]+, svenska\): 1 \(säkerhet \d+ %\), 2 \(säkerhet \d+ %\)/);
      const original = await t.app.request(`/api/documents/${id}/original`);
      expect(original.headers.get('content-type')).toBe('image/tiff');
    } finally {
      t.close();
    }
  }, 180_000);
});

// ------------------------------------------------------------------------------------------------ hostile scans

/** A zlib stream that inflates to `gib` GiB of zeros, a few MB long: one fully flushed 64 MiB block repeated. */
function bomb(gib: number): Buffer {
  const once = deflateSync(Buffer.alloc(64 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const [head, body] = [once.subarray(0, 2), once.subarray(2)];
  return Buffer.concat([head, ...Array.from({ length: gib * 16 }, () => body), Buffer.from([0x03, 0x00, 0, 0, 0, 0])]);
}

/** An image-only PDF page whose 6000×6000 greyscale image stream inflates to 2 GiB. */
function bombPdf(): Buffer {
  const data = bomb(2);
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  const push = (b: Buffer) => { parts.push(b); at += b.length; };
  objs.forEach((o, i) => { offsets.push(at); push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')); });
  offsets.push(at);
  push(Buffer.concat([Buffer.from(`4 0 obj\n<< /Type /XObject /Subtype /Image /Width 6000 /Height 6000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  offsets.push(at);
  push(Buffer.from(`5 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`, 'latin1'));
  const xref = at;
  push(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A real PNG of `w`×`h` white pixels (a few hundred kB: it compresses). */
function bigPng(w: number, h: number): Buffer {
  const g: Grey = { width: w, height: h, px: new Uint8Array(0) };
  // png() copies rows from px; a white page of this size is built row by row here instead, to stay small.
  const row = Buffer.alloc(w + 1, 255);
  row[0] = 0;
  const idat = deflateSync(Buffer.concat(Array.from({ length: h }, () => row)), { level: 1 });
  const small = png({ width: 1, height: 1, px: new Uint8Array([255]) });
  // Patch the 1×1 PNG: its size in IHDR, its IDAT replaced (CRCs are not checked before we refuse it).
  const ihdrEnd = 8 + 8 + 13 + 4;
  const head = Buffer.from(small.subarray(0, ihdrEnd));
  head.writeUInt32BE(g.width, 16);
  head.writeUInt32BE(g.height, 20);
  const len = Buffer.alloc(8);
  len.writeUInt32BE(idat.length, 0);
  len.write('IDAT', 4, 'latin1');
  return Buffer.concat([head, len, idat, Buffer.alloc(4), small.subarray(small.length - 12)]);
}

/** A TIFF whose second page points back to the first: a page chain without end. */
function loopingTiff(): Buffer {
  const page: Grey = { width: 40, height: 40, px: new Uint8Array(1600).fill(255) };
  const t = Buffer.from(tiff([page, page]));
  const first = t.readUInt32LE(4);
  const second = t.readUInt32LE(first + 2 + t.readUInt16LE(first) * 12);
  t.writeUInt32LE(first, second + 2 + t.readUInt16LE(second) * 12);
  return t;
}

describe.runIf(haveOcr)('hostile scans on the server', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer();
  }, 90_000);
  afterAll(async () => {
    await s?.stop();
    if (s) removeDataDir(s);
  });

  it('refuses or limits each with a clear reason, keeps the original, stays under 1 GiB and keeps answering', async () => {
    const tiny: Grey = { width: 17, height: 22, px: new Uint8Array(17 * 22).fill(128) };
    const hostile: [name: string, bytes: Buffer, reason: RegExp][] = [
      ['jattebild.png', bigPng(10_000, 10_000), /10000×10000 pixels \(100 megapixels; the limit for OCR is 40/],
      ['femhundra-sidor.pdf', imagePdf(Array.from({ length: 500 }, () => tiny), 2), /500 scanned pages to OCR \(limit 200/],
      ['ljugande-sidantal.tif', loopingTiff(), /chain of pages loops back after page 2/],
      ['gigabytebild.pdf', bombPdf(), /OCR of page 1 failed: its image cannot be read: a stream inflates past 64 MiB/],
    ];
    let peak = 0;
    let slowest = 0;
    let polling = true;
    const watch = (async () => {
      while (polling) {
        peak = Math.max(peak, s.treeMemory().rssMb);
        const t0 = performance.now();
        expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
        slowest = Math.max(slowest, performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      const results = await Promise.all(hostile.map(async ([name, bytes, reason]) => {
        const res = await fetch(`${s.url}/api/documents?filename=${name}`, { method: 'POST', headers: { ...s.auth, 'content-type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer> });
        let id: string;
        let error: string;
        if (res.status === 202) {
          id = ((await res.json()) as { id: string }).id;
          for (;;) {
            const d = (await (await fetch(`${s.url}/api/documents/${id}`)).json()) as { status: string; error: string };
            if (d.status !== 'processing') {
              expect(d.status).toBe('failed');
              error = d.error;
              break;
            }
            await new Promise((r) => setTimeout(r, 200));
          }
        } else {
          const problem = await expectProblem(res, 422);
          id = problem.documentId as string;
          error = problem.detail as string;
        }
        const original = await fetch(`${s.url}/api/documents/${id}/original`);
        expect(Buffer.from(await original.arrayBuffer()).equals(bytes)).toBe(true);
        return { name, error, reason };
      }));
      for (const r of results) expect(r.error, r.name).toMatch(r.reason);
    } finally {
      polling = false;
      await watch;
    }
    expect(peak).toBeLessThan(1024);
    expect(slowest).toBeLessThan(2000);
    // And it still reads a real scan afterwards.
    const res = await fetch(`${s.url}/api/documents?filename=skanning.jpg`, { method: 'POST', headers: { ...s.auth, 'content-type': 'application/octet-stream' }, body: new Uint8Array(scanOf(KALMAR, 'jpeg')) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { status: string }).status).toBe('extracted');
  }, 180_000);

  it('answers a heavy scan 202 and reports OCR pages done of total until it is extracted', async () => {
    const pages = [KALMAR, KARLSTAD].map((f, i) => scanLook(renderGrey(f)[0]!, 21 + i));
    const res = await fetch(`${s.url}/api/documents?filename=tva-sidor.tif`, { method: 'POST', headers: { ...s.auth, 'content-type': 'application/octet-stream' }, body: tiff(pages) as Uint8Array<ArrayBuffer> });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const seen = new Set<string>();
    let doc: { status: string; progress: { stage: string; ocr?: { done: number; total: number } } | null; ocr: unknown[] };
    for (;;) {
      doc = (await (await fetch(`${s.url}/api/documents/${id}`)).json()) as typeof doc;
      if (doc.progress?.ocr) seen.add(`${doc.progress.ocr.done}/${doc.progress.ocr.total}`);
      if (doc.status !== 'processing') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(doc.status).toBe('extracted');
    expect(doc.ocr).toHaveLength(2);
    expect([...seen].length).toBeGreaterThan(0);
    for (const p of seen) expect(p).toMatch(/^[0-2]\/2$/);
  }, 120_000);
});
