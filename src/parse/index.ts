// Picks the parser by sniffing the bytes, and returns one ParsedDocument whatever the format.
import type { ParsedDocument } from '../types.js';
import { parseDocx } from './docx.js';
import { ParseError } from './errors.js';
import { parseHtml } from './html.js';
import { parsePdf } from './pdf.js';
import { sniff } from './sniff.js';
import { parseText } from './text.js';

export { ParseError } from './errors.js';
export { sniff, MEDIA_TYPES } from './sniff.js';

export async function parseDocument(bytes: Uint8Array): Promise<ParsedDocument> {
  switch (sniff(bytes)) {
    case 'pdf':
      return parsePdf(bytes);
    case 'docx':
      return parseDocx(bytes);
    case 'html':
      return parseHtml(bytes);
    case 'text':
      return parseText(bytes);
    default:
      throw new ParseError('unsupported', 'The file is not PDF, DOCX, HTML or plain text.');
  }
}
