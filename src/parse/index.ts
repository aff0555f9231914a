// Picks the parser by sniffing the bytes, and returns one ParsedDocument whatever the format.
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { sniff } from './sniff.js';
import { parseText } from './text.js';

export { ParseError } from './errors.js';
export { sniff, MEDIA_TYPES } from './sniff.js';

export async function parseDocument(bytes: Uint8Array): Promise<ParsedDocument> {
  const format = sniff(bytes);
  switch (format) {
    case 'text':
      return parseText(bytes);
    case null:
      throw new ParseError('unsupported', 'The file is not PDF, DOCX, HTML or plain text.');
    default:
      throw new ParseError('unreadable', `No ${format} parser yet.`);
  }
}
