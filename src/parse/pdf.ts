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

export { layoutDocument } from './pdf/layout.js';
export { foldPdfText, lineJoin } from './pdf/text.js';
export type { Item, PageItems } from './pdf/items.js';

export const MAX_PAGES = 2000;
export const MAX_TEXT_CHARS = 20_000_000;

export interface PdfOptions {
  /** Which text source to use: ours with pdf.js where needed (default), or pdf.js alone (for comparison). */
  reader?: 'auto' | 'pdfjs';
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
  const { text, pages } = layoutDocument(itemsPerPage);
  if (!text.trim()) throw new ParseError('unreadable', 'the PDF has no text layer (scanned images?)');
  return { format: 'pdf', mediaType: 'application/pdf', text, pages, publishedHint: null, title: metaTitle(title) };
}
