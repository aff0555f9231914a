// DOCX: mammoth → HTML → the same block walker as HTML pages (paragraphs, headings, list items and table
// rows on lines of their own). The zip's central directory is checked first, so a zip bomb is refused cheaply.
import { inflateRawSync } from 'node:zlib';
import { load } from 'cheerio';
import mammoth from 'mammoth';
import type { AnyNode } from 'domhandler';
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { blockText } from './html.js';
import { onePage } from './pages.js';
import { cleanText } from './text.js';

export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  localOffset: number;
}

/** The entries listed in a zip's central directory. Throws ParseError('unreadable') when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const bad = (why: string) => new ParseError('unreadable', `not a valid DOCX (${why})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: 22 bytes plus a comment of up to 65535 bytes, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no zip directory');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw bad('zip64 archives are not read');
  if (count > MAX_ZIP_ENTRIES) throw new ParseError('unreadable', `the DOCX has ${count} zip entries (limit ${MAX_ZIP_ENTRIES})`);
  if (dirOffset + dirSize > eocd) throw bad('zip directory out of range');
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let at = dirOffset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw bad('broken zip directory');
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const method = view.getUint16(at + 10, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    entries.push({ name, compressedSize, size, method, localOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuse archives that are not a DOCX or would inflate beyond the limits. */
export function checkDocxZip(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  let total = 0;
  for (const e of entries) total += e.size;
  if (total > MAX_UNZIPPED_BYTES) throw new ParseError('unreadable', `the DOCX inflates to ${total} bytes (limit ${MAX_UNZIPPED_BYTES})`);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new ParseError('unreadable', 'not a valid DOCX (no word/document.xml)');
}

/**
 * Inflate every entry with a byte budget before mammoth sees the file: an entry may lie about its size in the
 * directory, and mammoth's unzip would inflate it in full. Each entry stops as soon as it passes its declared size
 * or the whole archive passes MAX_UNZIPPED_BYTES (zlib's maxOutputLength; as a web stream this took 3.5 ms of the
 * 15 ms a corpus DOCX takes to read, as much as mammoth's own unzip).
 */
export function checkInflation(bytes: Uint8Array, entries: ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    if (e.method === 0) { total += e.compressedSize; continue; }
    if (e.method !== 8) throw new ParseError('unreadable', `not a valid DOCX (zip method ${e.method} in ${e.name})`);
    const at = e.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ParseError('unreadable', 'not a valid DOCX (broken zip entry)');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const budget = Math.min(e.size + 1024, MAX_UNZIPPED_BYTES - total);
    const bomb = () => new ParseError('unreadable', `the DOCX entry ${e.name} inflates past its declared size (a zip bomb)`);
    let size: number;
    try {
      size = inflateRawSync(data, { maxOutputLength: budget + 1 }).byteLength;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
      throw new ParseError('unreadable', `not a valid DOCX (${e.name} cannot be inflated)`);
    }
    if (size > budget) throw bomb();
    total += size;
  }
}

/**
 * Images are left unread: mammoth's default writes each one into the HTML as a data URI (a DOCX of photos became
 * a base64 string of their size, parsed again as HTML), and the text has no use for them.
 */
const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  checkDocxZip(bytes);
  checkInflation(bytes, zipEntries(bytes));
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's build of mammoth reads `buffer`, the browser build (bundled for workerd) reads `arrayBuffer`.
  const NodeBuffer = (globalThis as { Buffer?: { from(a: ArrayBuffer): unknown } }).Buffer;
  const input = NodeBuffer ? { arrayBuffer: ab, buffer: NodeBuffer.from(ab) } : { arrayBuffer: ab };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0], { convertImage })).value;
  } catch (err) {
    throw new ParseError('unreadable', `the DOCX cannot be read (${(err as Error)?.message ?? err})`);
  }
  const $ = load(`<body>${html}</body>`);
  const title = $('h1').first().text().replace(/\s+/g, ' ').trim().normalize('NFC') || null;
  const text = cleanText(blockText($('body')[0] as AnyNode));
  if (!text) throw new ParseError('unreadable', 'the DOCX contains no text');
  return {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    text,
    pages: onePage(text),
    publishedHint: null,
    title,
  };
}
