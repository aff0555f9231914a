// Plain text: UTF-8 with or without BOM; otherwise Windows-1252 (a superset of Latin-1's printable range).
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { onePage } from './pages.js';

export const TEXT_MEDIA_TYPES = ['text/plain'] as const;

export function decodeText(bytes: Uint8Array): string {
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
  const text = cleanText(decodeText(bytes));
  if (!text) throw new ParseError('unreadable', 'The text file contains no text.');
  return { format: 'text', mediaType: 'text/plain', text, pages: onePage(text), publishedHint: null, title: null };
}
