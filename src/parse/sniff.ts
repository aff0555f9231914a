// Decide the format from the bytes themselves; the client's declared type is never trusted alone.
import type { Format } from '../types.js';
import { IMAGE_MEDIA_TYPES, sniffImage } from './image.js';
import { decodeText, utf16Bom } from './text.js';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

export function sniff(bytes: Uint8Array): Format | null {
  if (bytes.length === 0) return null;
  // %PDF- may be preceded by a little junk (the spec allows it within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: DOCX when it carries word/document.xml (names are stored uncompressed in the headers).
    const scan = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return scan.includes('word/') || scan.includes('[Content_Types].xml') ? 'docx' : null;
  }
  // Scans: PNG, JPEG and TIFF with a complete header (read by OCR).
  const image = sniffImage(bytes);
  if (image) return image;
  // Binary formats we do not read (other images, other office formats, archives).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
      startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return null;
  }
  if (utf16Bom(bytes)) {
    const start = decodeText(bytes.subarray(0, 4096)).trimStart().slice(0, 512).toLowerCase();
    return /^<(!doctype html|html)/.test(start) ? 'html' : 'text';
  }
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  if (control > sample.length * 0.02) return null; // binary
  const start = new TextDecoder('latin1').decode(sample).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|article|main|meta|title)[\s>]/.test(start)) {
    return 'html';
  }
  return 'text';
}

export const MEDIA_TYPES: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
  ...IMAGE_MEDIA_TYPES,
};
