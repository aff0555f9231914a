// Picks the parser by sniffing the bytes, and returns one ParsedDocument whatever the format.
import type { ParsedDocument } from '../types.js';
import { parseDocx } from './docx.js';
import { ParseError } from './errors.js';
import { parseHtml } from './html.js';
import { parseImage } from './image.js';
import { parsePdf } from './pdf.js';
import { sniff } from './sniff.js';
import { parseText } from './text.js';

export { ParseError } from './errors.js';
export { sniff, MEDIA_TYPES } from './sniff.js';

export interface ParseOptions {
  /** OCR of scanned pages: pages done / total, as they finish. */
  onProgress?: (p: { done: number; total: number }) => void;
}

export async function parseDocument(bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParsedDocument> {
  const format = sniff(bytes);
  switch (format) {
    case 'pdf':
      return parsePdf(bytes, { onProgress: opts.onProgress });
    case 'png':
    case 'jpeg':
    case 'tiff':
      return parseImage(bytes, format, { onProgress: opts.onProgress });
    case 'docx':
      return parseDocx(bytes);
    case 'html':
      return parseHtml(bytes);
    case 'text':
      return parseText(bytes);
    default:
      throw new ParseError('unsupported', 'The file is not PDF, DOCX, HTML, plain text or a scanned image (PNG, JPEG, TIFF).');
  }
}
