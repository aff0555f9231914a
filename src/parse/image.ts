// Scanned images as uploads: PNG, JPEG and TIFF (multi-page TIFF: each image a page), recognised from their
// bytes. Each page goes to Tesseract as it is (a multi-page TIFF is split into single-page TIFFs here, so that
// its pages are read in parallel) and its words through the same layout as PDF pages (src/parse/ocr.ts).
// Only headers are read in JavaScript: sizes, resolution and, for TIFF, the chain of pages; a hostile file
// (a page chain that loops or lies, an image of 100 megapixels, data past the end) is refused with a reason
// before any pixel is decoded.
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { ocrDocument, MAX_IMAGE_PIXELS, MAX_OCR_PAGES } from './ocr.js';

export type ImageFormat = 'png' | 'jpeg' | 'tiff';

export interface ImagePage {
  width: number;
  height: number;
  /** Pixels per inch, when the file states it. */
  dpi: number | null;
  /** A file of this page alone, as Tesseract reads it. */
  bytes: () => Uint8Array;
}

const be32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const be16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

/** The image format of these bytes, when they are a PNG, JPEG or TIFF with a complete header. */
export function sniffImage(b: Uint8Array): ImageFormat | null {
  if (b.length >= 33 && be32(b, 0) === 0x89504e47 && be32(b, 4) === 0x0d0a1a0a && be32(b, 8) === 13 && be32(b, 12) === 0x49484452) {
    return be32(b, 16) > 0 && be32(b, 20) > 0 ? 'png' : null;
  }
  if (b.length >= 64 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b) ? 'jpeg' : null;
  if (b.length >= 16 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 42 && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 42))) return 'tiff';
  return null;
}

export const IMAGE_MEDIA_TYPES: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

/** A JPEG's size and density from its SOF and JFIF segments. */
function jpegSize(b: Uint8Array): { width: number; height: number; dpi: number | null } | null {
  let at = 2;
  let dpi: number | null = null;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at++; continue; }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { at += 2; continue; }
    const len = be16(b, at + 2);
    if (len < 2) return null;
    if (marker === 0xe0 && len >= 14 && String.fromCharCode(...b.subarray(at + 4, at + 9)) === 'JFIF\0') {
      const unit = b[at + 11];
      const x = be16(b, at + 12);
      if (x > 1) dpi = unit === 1 ? x : unit === 2 ? Math.round(x * 2.54) : null;
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = be16(b, at + 5);
      const width = be16(b, at + 7);
      return width > 0 && height > 0 ? { width, height, dpi } : null;
    }
    if (marker === 0xda) return null; // scan data before a frame header
    at += 2 + len;
  }
  return null;
}

function pngPage(b: Uint8Array): ImagePage {
  let dpi: number | null = null;
  for (let at = 8; at + 12 <= b.length; ) {
    const len = be32(b, at);
    const type = be32(b, at + 4);
    if (type === 0x70485973 && len >= 9 && b[at + 16] === 1) dpi = Math.round(be32(b, at + 8) * 0.0254) || null; // pHYs, per metre
    if (type === 0x49444154 || type === 0x49454e44) break; // IDAT, IEND
    at += 12 + len;
  }
  return { width: be32(b, 16), height: be32(b, 20), dpi, bytes: () => b };
}

// ------------------------------------------------------------------------------------------------ TIFF

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

interface Entry { tag: number; type: number; count: number; /** the value bytes (inline or out of line) */ value: Uint8Array }

class Tiff {
  readonly le: boolean;
  constructor(readonly b: Uint8Array) {
    this.le = b[0] === 0x49;
  }
  u16(at: number) {
    if (at + 2 > this.b.length) throw new ParseError('unreadable', 'the TIFF is cut short (a page header runs past the end of the file)');
    return this.le ? this.b[at]! | (this.b[at + 1]! << 8) : be16(this.b, at);
  }
  u32(at: number) {
    if (at + 4 > this.b.length) throw new ParseError('unreadable', 'the TIFF is cut short (a page header runs past the end of the file)');
    return this.le ? (this.b[at]! | (this.b[at + 1]! << 8) | (this.b[at + 2]! << 16) | (this.b[at + 3]! << 24)) >>> 0 : be32(this.b, at);
  }
  /** The entries of the IFD at `at`, and the offset of the next one. */
  ifd(at: number): { entries: Entry[]; next: number } {
    const n = this.u16(at);
    if (n === 0 || n > 1000) throw new ParseError('unreadable', `the TIFF has a page header with ${n} entries`);
    const entries: Entry[] = [];
    for (let i = 0; i < n; i++) {
      const e = at + 2 + i * 12;
      const tag = this.u16(e);
      const type = this.u16(e + 2);
      const count = this.u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 0) * count;
      if (!TYPE_SIZE[type]) continue; // unknown types are dropped (readers skip them too)
      const off = size <= 4 ? e + 8 : this.u32(e + 8);
      if (off + size > this.b.length) throw new ParseError('unreadable', `the TIFF's tag ${tag} points past the end of the file`);
      entries.push({ tag, type, count, value: this.b.subarray(off, off + size) });
    }
    return { entries, next: this.u32(at + 2 + n * 12) };
  }
  /** The numbers of an entry (SHORT or LONG, or RATIONAL as a quotient). */
  values(e: Entry | undefined): number[] {
    if (!e) return [];
    const t = new Tiff(e.value);
    Object.assign(t, { le: this.le });
    const out: number[] = [];
    for (let i = 0; i < e.count && out.length < 1e6; i++) {
      if (e.type === 3 || e.type === 8) out.push(t.u16(i * 2));
      else if (e.type === 4 || e.type === 9 || e.type === 13) out.push(t.u32(i * 4));
      else if (e.type === 5) out.push(t.u32(i * 8) / (t.u32(i * 8 + 4) || 1));
      else if (e.type === 1 || e.type === 7) out.push(e.value[i]!);
    }
    return out;
  }
}

/** The pages of a TIFF: its chain of IFDs, walked with every offset checked (a chain that loops is refused). */
function tiffPages(b: Uint8Array): ImagePage[] {
  const t = new Tiff(b);
  const pages: ImagePage[] = [];
  const seen = new Set<number>();
  let at = t.u32(4);
  while (at !== 0) {
    if (seen.has(at)) throw new ParseError('unreadable', `the TIFF's chain of pages loops back after page ${pages.length} (a page points to an earlier one)`);
    if (at < 8 || at >= b.length) throw new ParseError('unreadable', `the TIFF's page ${pages.length + 1} starts past the end of the file`);
    seen.add(at);
    if (pages.length >= MAX_OCR_PAGES) {
      throw new ParseError('unreadable', `the TIFF has more than ${MAX_OCR_PAGES} pages to OCR (limit ${MAX_OCR_PAGES}, KOMMUNARKIV_OCR_MAX_PAGES)`);
    }
    const { entries, next } = t.ifd(at);
    const get = (tag: number) => entries.find((e) => e.tag === tag);
    const [width = 0] = t.values(get(256));
    const [height = 0] = t.values(get(257));
    const n = pages.length + 1;
    if (!(width > 0 && height > 0)) throw new ParseError('unreadable', `page ${n} of the TIFF has no size`);
    if (get(513)) throw new ParseError('unreadable', `page ${n} of the TIFF uses old-style JPEG compression, which is not read`);
    const offsets = t.values(get(273) ?? get(324));
    const counts = t.values(get(279) ?? get(325));
    if (!offsets.length || offsets.length !== counts.length) throw new ParseError('unreadable', `page ${n} of the TIFF has no image data`);
    let total = 0;
    offsets.forEach((o, i) => {
      total += counts[i]!;
      if (o + counts[i]! > b.length) throw new ParseError('unreadable', `page ${n} of the TIFF: its image data runs past the end of the file`);
    });
    const [xres = 0] = t.values(get(282));
    const [unit = 2] = t.values(get(296));
    const dpi = xres > 1 ? Math.round(unit === 3 ? xres * 2.54 : xres) : null;
    pages.push({ width, height, dpi: unit === 1 ? null : dpi, bytes: () => singlePage(t, entries, offsets, counts, total) });
    at = next;
  }
  if (!pages.length) throw new ParseError('unreadable', 'the TIFF has no pages');
  return pages;
}

/** One page of a TIFF as a TIFF of its own: the same entries, the image data copied after them. */
function singlePage(t: Tiff, entries: Entry[], offsets: number[], counts: number[], total: number): Uint8Array {
  const keep = entries.filter((e) => e.tag !== 330 && e.tag !== 297).sort((a, b) => a.tag - b.tag); // no SubIFDs, no PageNumber
  const dataTag = keep.some((e) => e.tag === 273) ? 273 : 324;
  const countTag = dataTag === 273 ? 279 : 325;
  const ifdSize = 2 + keep.length * 12 + 4;
  // Layout: header (8), IFD, out-of-line values, the offsets/counts arrays, image data.
  let extra = 0;
  for (const e of keep) if (e.tag !== dataTag && e.tag !== countTag && e.value.length > 4) extra += e.value.length + (e.value.length & 1);
  const arrays = offsets.length > 1 ? offsets.length * 8 : 0;
  const out = new Uint8Array(8 + ifdSize + extra + arrays + total);
  const dv = new DataView(out.buffer);
  const le = t.le;
  out.set(t.b.subarray(0, 4));
  dv.setUint32(4, 8, le);
  dv.setUint16(8, keep.length, le);
  let valueAt = 8 + ifdSize;
  const offsetsAt = valueAt + extra;
  const countsAt = offsetsAt + offsets.length * 4;
  let dataAt = offsetsAt + arrays;
  const newOffsets: number[] = [];
  offsets.forEach((o, i) => {
    newOffsets.push(dataAt);
    out.set(t.b.subarray(o, o + counts[i]!), dataAt);
    dataAt += counts[i]!;
  });
  keep.forEach((e, i) => {
    const at = 10 + i * 12;
    dv.setUint16(at, e.tag, le);
    if (e.tag === dataTag || e.tag === countTag) {
      const vals = e.tag === dataTag ? newOffsets : counts;
      dv.setUint16(at + 2, 4, le);
      dv.setUint32(at + 4, vals.length, le);
      if (vals.length === 1) dv.setUint32(at + 8, vals[0]!, le);
      else {
        const base = e.tag === dataTag ? offsetsAt : countsAt;
        vals.forEach((v, k) => dv.setUint32(base + k * 4, v, le));
        dv.setUint32(at + 8, base, le);
      }
      return;
    }
    dv.setUint16(at + 2, e.type, le);
    dv.setUint32(at + 4, e.count, le);
    if (e.value.length <= 4) out.set(e.value, at + 8);
    else {
      out.set(e.value, valueAt);
      dv.setUint32(at + 8, valueAt, le);
      valueAt += e.value.length + (e.value.length & 1);
    }
  });
  dv.setUint32(10 + keep.length * 12, 0, le);
  return out;
}

/** The pages of an image file, with their sizes (no pixel decoded). */
export function imagePages(bytes: Uint8Array, format: ImageFormat): ImagePage[] {
  if (format === 'png') return [pngPage(bytes)];
  if (format === 'jpeg') {
    const s = jpegSize(bytes)!;
    return [{ ...s, bytes: () => bytes }];
  }
  return tiffPages(bytes);
}

/** An uploaded scan: every page OCR'd, laid out as PDF pages are. */
export async function parseImage(bytes: Uint8Array, format: ImageFormat, opts: { onProgress?: (p: { done: number; total: number }) => void } = {}): Promise<ParsedDocument> {
  const pages = imagePages(bytes, format);
  pages.forEach((p, i) => {
    if (p.width * p.height > MAX_IMAGE_PIXELS) {
      throw new ParseError('unreadable', `${pages.length > 1 ? `page ${i + 1} of the image` : 'the image'} is ${p.width}×${p.height} pixels ` +
        `(${Math.round((p.width * p.height) / 1e6)} megapixels; the limit for OCR is ${MAX_IMAGE_PIXELS / 1e6}, an A4 page at 600 dpi is 35)`);
    }
  });
  const kind = format === 'tiff' ? (pages.length > 1 ? `a ${pages.length}-page TIFF` : 'a TIFF image') : format === 'png' ? 'a PNG image' : 'a JPEG image';
  const { text, pages: spans, ocr } = await ocrDocument(pages.map((p, i) => {
    // Without a stated resolution: an A4 page's width (8.27 in) at whatever pixels it has, at least 70 dpi.
    const dpi = p.dpi && p.dpi >= 50 && p.dpi <= 2400 ? p.dpi : Math.max(70, Math.round(p.width / 8.27));
    return { page: i + 1, load: async () => ({ bytes: p.bytes(), dpi, widthPt: (p.width * 72) / dpi, heightPt: (p.height * 72) / dpi }) };
  }), { what: `The upload is ${kind}`, onProgress: opts.onProgress });
  return { format, mediaType: IMAGE_MEDIA_TYPES[format], text, pages: spans, publishedHint: null, title: null, ocr };
}
