// PDF → reading-order prose per page. Text runs come from our own reader (src/parse/pdf/reader/: objects,
// fonts, content streams, /ActualText, glyph-level spacing); what it cannot read (encrypted files, fonts
// whose text is only in the font program, vertical writing) pdf.js reads (through unpdf, no rendering),
// for the whole file or page by page. Layout is ours (src/parse/pdf/): page rotation, tables, column
// gutters, running headers/footers, super- and subscripts, paragraph joins and line-end hyphenation.
import { getDocumentProxy } from 'unpdf';
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { orientItems, type PageItems, type RawRun } from './pdf/items.js';
import { layoutDocument } from './pdf/layout.js';
import { readPdf, Refused, type ReadResult } from './pdf/reader/index.js';
import { markOcrPages, MAX_OCR_PAGES, MAX_OCR_PIXELS, OCR_DPI, ocrJobs, renderPage, requireOcr, type OcrJob, type OcrPageInfo } from './ocr.js';

export { layoutDocument } from './pdf/layout.js';
export { foldPdfText, lineJoin } from './pdf/text.js';
export type { Item, PageItems } from './pdf/items.js';

export const MAX_PAGES = 2000;
export const MAX_TEXT_CHARS = 20_000_000;

export interface PdfOptions {
  /** Which text source to use: ours with pdf.js where needed (default), or pdf.js alone (for comparison). */
  reader?: 'auto' | 'pdfjs';
  /** OCR of scanned pages: done / total, as pages finish. */
  onProgress?: (p: { done: number; total: number }) => void;
  /** false: leave scanned pages empty instead of OCR'ing them (the bench compares the text layer with pdftotext). */
  ocr?: boolean;
}

/** A page's text layer is unusable: almost no letters, or mostly characters that are not Swedish text. */
function unusable(items: PageItems): boolean {
  const s = items.items.map((i) => i.str).join('').replace(/\s+/g, '');
  if (s.length < 20) return true;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  const swedish = (s.match(/[A-Za-zÅÄÖåäöÉéÜü0-9.,;:!?()\-–—"'”’%/§&+*•]/g) ?? []).length;
  return letters < 0.4 * s.length || swedish < 0.7 * s.length;
}

/** The pages to OCR: no usable text layer, and a scan on them (an image over a good part of the page). */
function scannedPages(read: ReadResult | null, items: PageItems[]): number[] {
  const out: number[] = [];
  items.forEach((p, i) => {
    if (!unusable(p)) return;
    const page = read?.pages[i];
    const image = page ? page.images.some((im) => im.cover >= 0.25) : p.items.length === 0;
    if (image) out.push(i + 1);
  });
  return out;
}

/** OCR the scanned pages of a PDF into `items` (in place), with their per-page record. A page that is one
 * upright image over the page gives Tesseract that image as it is (at its own resolution); others are rendered. */
async function ocrPages(bytes: Uint8Array, read: ReadResult | null, pages: number[], items: PageItems[], opts: PdfOptions): Promise<OcrPageInfo[]> {
  await requireOcr(pages.length === items.length ? 'The PDF is a scan' : `Page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} of the PDF ${pages.length > 1 ? 'are' : 'is a'} scanned image${pages.length > 1 ? 's' : ''}`);
  if (pages.length > MAX_OCR_PAGES) throw new ParseError('unreadable', `the PDF has ${pages.length} scanned pages to OCR (limit ${MAX_OCR_PAGES}, KOMMUNARKIV_OCR_MAX_PAGES)`);
  for (const p of pages) {
    for (const im of read?.pages[p - 1]?.images ?? []) {
      if (im.width * im.height > 4 * MAX_OCR_PIXELS) throw new ParseError('unreadable', `page ${p} holds an image of ${Math.round((im.width * im.height) / 1e6)} megapixels (limit ${(4 * MAX_OCR_PIXELS) / 1e6})`);
    }
  }
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  let dir: string | null = null;
  const file = () => {
    if (!dir) {
      dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-ocr-'));
      writeFileSync(join(dir, 'scan.pdf'), bytes);
    }
    return join(dir, 'scan.pdf');
  };
  try {
    const jobs: OcrJob[] = pages.map((p) => ({
      page: p,
      load: async () => {
        const page = read?.pages[p - 1];
        const view = page?.view ?? [0, 0, 612, 792];
        const [w, h] = [Math.abs(view[2]! - view[0]!), Math.abs(view[3]! - view[1]!)];
        const big = page?.images.filter((im) => im.cover >= 0.01) ?? [];
        const im = big.length === 1 && big[0]!.cover >= 0.9 && page!.rotate === 0 ? big[0]! : null;
        if (im?.direct && im.width * im.height <= MAX_OCR_PIXELS) {
          // The scan itself: its resolution is its pixels over the page's inches.
          let data: Uint8Array;
          try {
            data = im.direct();
          } catch (err) {
            throw new Error(`its image cannot be read: ${(err as Error).message}`);
          }
          return { bytes: data, dpi: Math.max(1, Math.round((im.width * 72) / w)), widthPt: w, heightPt: h };
        }
        let dpi = OCR_DPI;
        while (dpi > 100 && (w / 72) * dpi * (h / 72) * dpi > MAX_OCR_PIXELS) dpi -= 50;
        const png = await renderPage(file(), p, dpi);
        return { bytes: png, dpi, widthPt: (png.readUInt32BE(16) * 72) / dpi, heightPt: (png.readUInt32BE(20) * 72) / dpi };
      },
    }));
    const { items: got, info } = await ocrJobs(jobs, opts.onProgress);
    for (const [p, it] of got) items[p - 1] = it;
    return info;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

function toRuns(raw: RawItem[]): RawRun[] {
  const runs: RawRun[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) continue;
    runs.push({ str: it.str, transform: it.transform, width: it.width ?? 0 });
  }
  return runs;
}

function metaTitle(t: unknown): string | null {
  if (typeof t !== 'string') return null;
  const title = t.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (!title || /^(untitled|namnlös|dokument\d*|microsoft word\b.*)$/i.test(title) || /\.(docx?|odt|pdf|rtf)$/i.test(title)) return null;
  return title;
}

/** pdf.js's text runs for the pages in `which` (1-based; all when null), and the metadata title. */
async function pdfjsPages(bytes: Uint8Array, which: Set<number> | null): Promise<{ numPages: number; pages: Map<number, PageItems>; title: unknown }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    pdf = await getDocumentProxy(bytes.slice(), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      stopAtErrors: false,
      verbosity: 0,
    } as Parameters<typeof getDocumentProxy>[1]);
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    const why = name === 'PasswordException' ? 'the PDF is encrypted' : 'the PDF is corrupt';
    throw new ParseError('unreadable', `${why} (${(err as Error)?.message ?? err})`);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw new ParseError('unreadable', `the PDF has ${pdf.numPages} pages (limit ${MAX_PAGES})`);
    const pages = new Map<number, PageItems>();
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      if (which && !which.has(p)) continue;
      let items: PageItems;
      try {
        const page = await pdf.getPage(p);
        const content = await page.getTextContent();
        items = orientItems(toRuns(content.items as RawItem[]), page.view);
        page.cleanup();
      } catch (err) {
        throw new ParseError('unreadable', `page ${p} cannot be read (${(err as Error)?.message ?? err})`);
      }
      for (const it of items.items) chars += it.str.length;
      if (chars > MAX_TEXT_CHARS) throw new ParseError('unreadable', `the PDF holds more than ${MAX_TEXT_CHARS} characters of text`);
      pages.set(p, items);
    }
    let title: unknown = null;
    if (!which) {
      try {
        title = ((await pdf.getMetadata()).info as { Title?: unknown } | null)?.Title ?? null;
      } catch {
        title = null;
      }
    }
    return { numPages: pdf.numPages, pages, title };
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError('unreadable', `the PDF cannot be read (${(err as Error)?.message ?? err})`);
  } finally {
    void pdf.destroy().catch(() => undefined);
  }
}

export async function parsePdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<ParsedDocument> {
  let read: ReadResult | null = null;
  if (opts.reader !== 'pdfjs') {
    try {
      read = readPdf(bytes, MAX_PAGES);
    } catch (err) {
      if (err instanceof Refused) throw new ParseError('unreadable', `the PDF is refused: ${err.message}`);
      read = null; // the whole file goes to pdf.js
    }
  }
  if (read && read.numPages > MAX_PAGES) throw new ParseError('unreadable', `the PDF has ${read.numPages} pages (limit ${MAX_PAGES})`);
  const itemsPerPage: PageItems[] = [];
  let title: unknown = read?.title ?? null;
  if (read && read.numPages > 0) {
    const missing = new Set<number>();
    read.pages.forEach((p, i) => { if (!p) missing.add(i + 1); });
    const js = missing.size ? await pdfjsPages(bytes, missing) : null;
    if (js && js.numPages !== read.numPages) return parsePdf(bytes, { reader: 'pdfjs' }); // the two disagree on the pages: trust pdf.js
    let chars = 0;
    read.pages.forEach((p, i) => {
      const items = p ? orientItems(p.runs, p.view) : js!.pages.get(i + 1)!;
      for (const it of items.items) chars += it.str.length;
      itemsPerPage.push(items);
    });
    if (chars > MAX_TEXT_CHARS) throw new ParseError('unreadable', `the PDF holds more than ${MAX_TEXT_CHARS} characters of text`);
  } else {
    const js = await pdfjsPages(bytes, null);
    for (let p = 1; p <= js.numPages; p++) itemsPerPage.push(js.pages.get(p)!);
    title = js.title;
  }
  const scans = opts.ocr === false ? [] : scannedPages(read, itemsPerPage);
  const ocr = scans.length ? await ocrPages(bytes, read, scans, itemsPerPage, opts) : undefined;
  const { text, pages } = layoutDocument(itemsPerPage);
  if (!text.trim()) {
    const failed = ocr?.find((o) => o.error)?.error;
    throw new ParseError('unreadable', failed ?? (ocr ? 'OCR found no text in the scan' : 'the PDF has no text layer and no scanned pages'));
  }
  return { format: 'pdf', mediaType: 'application/pdf', text, pages: ocr ? markOcrPages(pages, ocr) : pages, publishedHint: null, title: metaTitle(title), ...(ocr ? { ocr } : {}) };
}
