// Our own PDF text reader: objects, fonts and content streams → text runs per page, with /ActualText and
// glyph-level spacing that pdf.js's text content does not give. What it cannot read (encryption, fonts
// whose text is only in the font program, vertical writing) it reports, and pdf.js reads that instead:
// the whole file (Unsupported thrown) or single pages (`null`).
import type { RawRun } from '../items.js';
import { readPage, type PageImage } from './content.js';
import { PdfFile, Refused, Unsupported } from './document.js';
import { Name, textString, type PdfValue } from './objects.js';

export { Refused, Unsupported } from './document.js';
export type { PageImage } from './content.js';

export interface ReadPage {
  runs: RawRun[];
  view: number[];
  images: PageImage[];
  /** The page's /Rotate, in degrees (0, 90, 180, 270). */
  rotate: number;
}

export interface ReadResult {
  numPages: number;
  /** Per page: its runs, or null when pdf.js must read that page. */
  pages: (ReadPage | null)[];
  title: string | null;
  /** Why pages went to pdf.js (first reason), for diagnostics. */
  fallback: string | null;
}

const box = (file: PdfFile, v: PdfValue | undefined): number[] | null => {
  const a = file.get(v);
  if (!Array.isArray(a) || a.length !== 4) return null;
  const n = a.map((x) => Number(file.get(x)));
  return n.every(Number.isFinite) ? [Math.min(n[0]!, n[2]!), Math.min(n[1]!, n[3]!), Math.max(n[0]!, n[2]!), Math.max(n[1]!, n[3]!)] : null;
};

/** Read a PDF's text runs. Throws Unsupported when the file as a whole must go to pdf.js, Refused when it
 * must not be read at all (hostile). */
export function readPdf(bytes: Uint8Array, maxPages: number): ReadResult {
  const file = new PdfFile(bytes);
  const dicts = file.pages(maxPages);
  const res: ReadResult = { numPages: dicts.length, pages: [], title: null, fallback: null };
  if (dicts.length > maxPages) return res;
  for (const page of dicts) {
    const media = box(file, page.get('MediaBox')) ?? [0, 0, 612, 792];
    const crop = box(file, page.get('CropBox'));
    // The visible page: the crop box within the media box.
    const view = crop
      ? [Math.max(media[0]!, crop[0]!), Math.max(media[1]!, crop[1]!), Math.min(media[2]!, crop[2]!), Math.min(media[3]!, crop[3]!)]
      : media;
    if (!(view[2]! > view[0]! && view[3]! > view[1]!)) view.splice(0, 4, ...media);
    try {
      const content = readPage(file, page, view);
      if (content.unknown > 0) throw new Unsupported(`${content.unknown} glyphs without known text`);
      const r = Number(file.get(page.get('Rotate')) ?? 0);
      const rotate = Number.isFinite(r) ? (((Math.round(r / 90) * 90) % 360) + 360) % 360 : 0;
      res.pages.push({ runs: content.runs, view, images: content.images, rotate });
    } catch (err) {
      if (err instanceof Refused || !(err instanceof Error)) throw err;
      res.fallback ??= (err as Error).message;
      res.pages.push(null);
    }
  }
  const title = file.info()?.get('Title');
  res.title = textString(file.get(title) as PdfValue) ?? (title instanceof Name ? title.name : null);
  return res;
}
