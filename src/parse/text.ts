// Plain text: UTF-8 with or without BOM, UTF-16 with a BOM, otherwise Windows-1252 (with its real table: the
// 0x80–0x9F range holds – — ’ ” € …, which a Latin-1 decoder loses).
//
// UTF-8 with a few bad bytes (a file cut or patched by a tool that did not know UTF-8) stays UTF-8: the bad
// bytes become U+FFFD and a warning is stored on the document. A text is read as Windows-1252 only when it is
// not mostly valid UTF-8, and one that is neither (mostly replacement characters, or high bytes everywhere)
// is refused as unreadable rather than stored as mojibake.
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { onePage } from './pages.js';

export const TEXT_MEDIA_TYPES = ['text/plain'] as const;

/** A UTF-16 byte order mark: the encoding it announces, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Share of bytes that never occur in text (NUL and other C0 controls except tab, LF, FF, CR). */
export function binaryShare(bytes: Uint8Array): number {
  if (!bytes.length) return 0;
  let n = 0;
  for (const b of bytes) if (b < 9 || (b > 13 && b < 32) || b === 11) n++;
  return n / bytes.length;
}

/** Windows-1252 0x80–0x9F (the WHATWG table); the five unassigned bytes become U+FFFD. */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Windows-1252 by its own table (TextDecoder's 'windows-1252' is Latin-1 on Node and differs across runtimes). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - i);
    codes.length = n;
    for (let k = 0; k < n; k++) {
      const b = bytes[i + k]!;
      codes[k] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Valid multi-byte UTF-8 sequences and bytes that belong to none, with the offset of the first bad byte. */
export function utf8Census(bytes: Uint8Array): { multi: number; bad: number; firstBad: number; high: number } {
  let multi = 0, bad = 0, high = 0, firstBad = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    high++;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok && len === 3) {
      const b1 = bytes[i + 1]!;
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) ok = false; // overlong, surrogate
    }
    if (ok && len === 4) {
      const b1 = bytes[i + 1]!;
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) ok = false;
    }
    if (ok) { multi++; high += len - 1; i += len; continue; }
    bad++;
    if (firstBad < 0) firstBad = i;
    i++;
  }
  return { multi, bad, firstBad, high };
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Characters that could not be decoded and are U+FFFD in `text`. */
  replaced: number;
  warnings: string[];
}

const countReplacements = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

/** Decide the encoding of text bytes and decode them; see the head of this file. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2));
    const replaced = countReplacements(text);
    return { text, encoding: utf16, replaced, warnings: replaced ? [`${replaced} characters were not valid ${utf16.toUpperCase()} and were replaced by U+FFFD.`] : [] };
  }
  let body = bytes;
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  if (bom) body = body.subarray(3);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', replaced: 0, warnings: [] };
  } catch {
    // Not clean UTF-8: mostly UTF-8 (a BOM, or far more valid sequences than bad bytes) keeps being UTF-8.
  }
  const { multi, bad, firstBad } = utf8Census(body);
  if (bom || (multi > 0 && multi >= 4 * bad)) {
    const text = new TextDecoder('utf-8').decode(body);
    const at = firstBad + (bom ? 3 : 0);
    return {
      text, encoding: 'utf-8', replaced: countReplacements(text),
      warnings: [`${bad} byte${bad === 1 ? ' was' : 's were'} not valid UTF-8 (the first at byte ${at}) and ${bad === 1 ? 'was' : 'were'} replaced by U+FFFD; the rest was read as UTF-8.`],
    };
  }
  const text = decodeWindows1252(body);
  const replaced = countReplacements(text);
  return { text, encoding: 'windows-1252', replaced, warnings: replaced ? [`${replaced} bytes have no character in Windows-1252 and were replaced by U+FFFD.`] : [] };
}

export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/**
 * Refuse a decoded text that is mostly not text: more replacement characters than letters, or (read as
 * Windows-1252) more than a third of its letters from the high half, which Swedish text in that encoding never has.
 */
export function checkDecoded(d: Decoded, bytes: Uint8Array): void {
  // Letters are counted only when a check needs them (most texts decode as clean UTF-8).
  if (d.replaced === 0 && d.encoding !== 'windows-1252') return;
  const letters = (d.text.match(/\p{L}/gu) ?? []).length;
  if (d.replaced > 0 && d.replaced >= letters) {
    throw new ParseError('unreadable', `The text decodes to mostly replacement characters (${d.replaced} of ${d.text.length} characters could not be decoded as ${d.encoding.toUpperCase()}).`);
  }
  if (d.encoding === 'windows-1252') {
    let highBytes = 0;
    for (const b of bytes) if (b >= 0x80) highBytes++;
    if (highBytes > 64 && highBytes > letters / 3) {
      throw new ParseError('unreadable', `The text is neither UTF-8 nor Windows-1252: ${highBytes} of its ${bytes.length} bytes are outside ASCII and do not form UTF-8.`);
    }
  }
}

/** Normalise line ends, Unicode form and stray control characters; trim trailing spaces per line. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parseText(bytes: Uint8Array): ParsedDocument {
  // Binary data is not text, wherever in the file it sits (sniffing only samples the start).
  if (!utf16Bom(bytes) && binaryShare(bytes) > 0.01) throw new ParseError('unsupported', 'The file is binary, not text.');
  const decoded = decodeBytes(bytes);
  if (decoded.text.includes('\u0000')) throw new ParseError('unsupported', 'The file is binary, not text.');
  checkDecoded(decoded, bytes);
  const text = cleanText(decoded.text);
  if (!text) throw new ParseError('unreadable', 'The text file contains no text.');
  return { format: 'text', mediaType: 'text/plain', text, pages: onePage(text), publishedHint: null, title: null, warnings: decoded.warnings };
}
