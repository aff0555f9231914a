// Plain text: UTF-8 with or without BOM; otherwise Windows-1252 (a superset of Latin-1's printable range).
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

export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
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
  const raw = decodeText(bytes);
  if (raw.includes('\u0000')) throw new ParseError('unsupported', 'The file is binary, not text.');
  const text = cleanText(raw);
  if (!text) throw new ParseError('unreadable', 'The text file contains no text.');
  return { format: 'text', mediaType: 'text/plain', text, pages: onePage(text), publishedHint: null, title: null };
}
