// Scanned documents (issue 15): pages without a text layer are OCR'd with Tesseract (Swedish) through the same
// layout as born-digital pages; without the binaries a scan is stored as needs_ocr and read on reprocess.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { parseDocument } from '../src/parse/index.js';
import { ocrImage } from '../src/parse/ocr.js';
import { pageAt } from '../src/parse/pages.js';
import { makeApp } from './helpers/app.js';
import { lines, makePdf, wrap } from './helpers/pdf.js';

const haveOcr = /^swe$/m.test(spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout ?? '') && !spawnSync('pdftoppm', ['-v']).error;
const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-ocr-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BORN = 'Kommunstyrelsen i Växjö beslutade i går om en ny klimatplan för åren 2025–2030. Planen gäller hela kommunkoncernen.';
const SCANNED = 'Miljöpartiet i Göteborg föreslår att kommunfullmäktige beslutar att Göteborgs Stad ska bli klimatneutral till år 2030.';

/** A page of Swedish text rendered to a PNG at 200 dpi: a scan of it. */
function scanOf(text: string): Uint8Array {
  const born = join(dir, `born-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(born, makePdf([{ runs: lines(wrap(text, 420, 13), 72, 700, { size: 13 }) }]));
  const r = spawnSync('pdftoppm', ['-r', '200', '-gray', '-png', '-singlefile', born, `${born}-scan`]);
  if (r.status !== 0) throw new Error(String(r.stderr));
  return new Uint8Array(readFileSync(`${born}-scan.png`));
}

describe.runIf(haveOcr)('OCR of scanned pages', () => {
  let mixed: Uint8Array;
  beforeAll(() => {
    mixed = makePdf([{ runs: lines(wrap(BORN, 420, 12), 72, 700, { size: 12 }) }, { runs: [], scan: scanOf(SCANNED) }]);
  });

  it('keeps the text layer of born-digital pages and OCRs only the scanned one; its text points to its page', async () => {
    const doc = await parseDocument(mixed);
    expect(doc.text.slice(0, doc.pages[1]!.start)).toContain(BORN);
    expect(doc.ocr).toEqual([expect.objectContaining({ page: 2, engine: expect.stringMatching(/^tesseract/), language: 'swe' })]);
    expect(doc.ocr![0]!.confidence).toBeGreaterThan(80);
    const at = doc.text.indexOf('Göteborgs Stad ska bli klimatneutral');
    expect(at).toBeGreaterThan(doc.pages[1]!.start);
    expect(pageAt(doc.pages, at)).toBe(2);
  }, 120_000);

  it('stores a scan as needs_ocr (201, no problem) when the binaries are missing, and reads it on reprocess', async () => {
    const t = makeApp();
    const path = process.env.PATH;
    try {
      process.env.PATH = join(dir, 'empty');
      await expect(parseDocument(mixed)).rejects.toMatchObject({ name: 'ParseError', reason: 'needs_ocr', message: expect.stringMatching(/tesseract-ocr tesseract-ocr-swe/) });
      const res = await t.upload(mixed, 'motion-skannad.pdf');
      expect(res.status).toBe(201);
      const stored = (await res.json()) as { id: string; status: string; error: string };
      expect(stored.status).toBe('needs_ocr');
      expect(stored.error).toMatch(/Page 2 of the PDF is a scanned image: OCR needs .*apt-get install -y tesseract-ocr tesseract-ocr-swe poppler-utils.*POST \/api\/reprocess/);
      process.env.PATH = path;
      const again = await t.app.request(`/api/documents/${stored.id}/reprocess`, { method: 'POST', headers: t.auth });
      expect(again.status).toBe(200);
      const doc = (await again.json()) as { status: string; extraction: { commitments: unknown[] } };
      expect(doc.status).toBe('extracted');
    } finally {
      process.env.PATH = path;
      t.close();
    }
  }, 180_000);

  it('runs at most one Tesseract per core, however many pages are asked for at once', async () => {
    const image = scanOf(SCANNED);
    const cores = availableParallelism();
    let most = 0;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        // Ours only: other runs on the machine may OCR too.
        const ps = spawnSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' }).stdout;
        most = Math.max(most, ps.split('\n').filter((c) => c.trim() === 'tesseract').length);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const pages = await Promise.all(Array.from({ length: cores + 3 }, () => ocrImage(image, 200, 842)));
    watching = false;
    await watch;
    for (const p of pages) expect(p.runs.map((r) => r.str).join(' ')).toContain('klimatneutral');
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(cores);
  }, 120_000);

  it('stores an uploaded image as needs_ocr the same way, and a TIFF that lies about its pages as failed, with the binaries missing', async () => {
    const t = makeApp();
    const path = process.env.PATH;
    const image = scanOf(SCANNED);
    try {
      process.env.PATH = join(dir, 'empty');
      const res = await t.upload(image, 'skanning.png', { 'content-type': 'application/pdf' });
      expect(res.status).toBe(201);
      const stored = (await res.json()) as { status: string; error: string; format: string; mediaType: string };
      expect(stored).toMatchObject({ status: 'needs_ocr', format: 'png', mediaType: 'image/png' });
      expect(stored.error).toMatch(/^The upload is a PNG image: OCR needs tesseract-ocr tesseract-ocr-swe poppler-utils/);
      // The header check needs no OCR: a page chain pointing past the end is refused at once.
      const lying = Uint8Array.from([0x49, 0x49, 42, 0, 0xff, 0xff, 0, 0, ...new Array(16).fill(0)]);
      const bad = await t.upload(lying, 'trasig.tif');
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { detail: string }).detail).toMatch(/TIFF's page 1 starts past the end of the file/);
    } finally {
      process.env.PATH = path;
      t.close();
    }
  });
});
