// PDF: positioned text items from pdf.js (through unpdf, no rendering) → reading-order prose per page.
// Layout is ours: column gutters, running headers/footers, paragraph joins and line-end hyphenation.
import { getDocumentProxy } from 'unpdf';
import type { PageSpan, ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { joinPages, layoutPage, removeRunningLines, type Item, type PageLayout } from './pdf-layout.js';

export const MAX_PAGES = 2000;
export const MAX_TEXT_CHARS = 20_000_000;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toItems(raw: RawItem[]): Item[] {
  const items: Item[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = it.transform;
    if (Math.abs(b) > Math.abs(a) * 0.2 && Math.abs(c) > Math.abs(d) * 0.2) continue; // rotated text (stamps, margins)
    const size = Math.hypot(c, d) || it.height || 10;
    items.push({ str: it.str, x, y, w: it.width ?? 0, size });
  }
  return items;
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
    const layouts: PageLayout[] = [];
    const itemsPerPage: Item[][] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      let items: Item[];
      try {
        const page = await pdf.getPage(p);
        const content = await page.getTextContent();
        items = toItems(content.items as RawItem[]);
        page.cleanup();
      } catch (err) {
        throw new ParseError('unreadable', `page ${p} cannot be read (${(err as Error)?.message ?? err})`);
      }
      for (const it of items) chars += it.str.length;
      if (chars > MAX_TEXT_CHARS) throw new ParseError('unreadable', `the PDF holds more than ${MAX_TEXT_CHARS} characters of text`);
      itemsPerPage.push(items);
    }
    for (const page of removeRunningLines(itemsPerPage)) layouts.push(layoutPage(page));
    const { text, pages } = joinPages(layouts);
    if (!text.trim()) throw new ParseError('unreadable', 'the PDF has no text layer (scanned images?)');
    let title: string | null = null;
    try {
      title = metaTitle((await pdf.getMetadata()).info);
    } catch {
      title = null;
    }
    return { format: 'pdf', mediaType: 'application/pdf', text, pages: pages as PageSpan[], publishedHint: null, title };
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError('unreadable', `the PDF cannot be read (${(err as Error)?.message ?? err})`);
  } finally {
    void pdf.destroy().catch(() => undefined);
  }
}
