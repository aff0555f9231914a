// PDF: positioned text items from pdf.js (through unpdf, no rendering) → reading-order prose per page.
// Layout is ours (src/parse/pdf/): page rotation, tables, column gutters, running headers/footers,
// super- and subscripts, paragraph joins and line-end hyphenation.
import { getDocumentProxy } from 'unpdf';
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { orientItems, type PageItems, type RawRun } from './pdf/items.js';
import { layoutDocument } from './pdf/layout.js';

export { layoutDocument } from './pdf/layout.js';
export { foldPdfText, lineJoin } from './pdf/text.js';
export type { Item, PageItems } from './pdf/items.js';

export const MAX_PAGES = 2000;
export const MAX_TEXT_CHARS = 20_000_000;

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

function metaTitle(info: unknown): string | null {
  const t = (info as { Title?: unknown } | null)?.Title;
  if (typeof t !== 'string') return null;
  const title = t.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (!title || /^(untitled|namnlös|dokument\d*|microsoft word\b.*)$/i.test(title) || /\.(docx?|odt|pdf|rtf)$/i.test(title)) return null;
  return title;
}

export async function parsePdf(bytes: Uint8Array): Promise<ParsedDocument> {
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
    const itemsPerPage: PageItems[] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
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
      itemsPerPage.push(items);
    }
    const { text, pages } = layoutDocument(itemsPerPage);
    if (!text.trim()) throw new ParseError('unreadable', 'the PDF has no text layer (scanned images?)');
    let title: string | null = null;
    try {
      title = metaTitle((await pdf.getMetadata()).info);
    } catch {
      title = null;
    }
    return { format: 'pdf', mediaType: 'application/pdf', text, pages, publishedHint: null, title };
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError('unreadable', `the PDF cannot be read (${(err as Error)?.message ?? err})`);
  } finally {
    void pdf.destroy().catch(() => undefined);
  }
}

