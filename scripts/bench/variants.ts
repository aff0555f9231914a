// Make the bytes of a corpus file unique without changing what it says, so Archive.upload does not dedupe.
// Each variant must parse to the same clean text as the original (checked by the bench at start).
import type { Format } from '../../src/types.js';

const enc = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Plain text: trailing whitespace encoding n in binary (space = 0, tab = 1); cleanText trims it away. */
function textVariant(bytes: Uint8Array, n: number): Uint8Array {
  return concat(bytes, enc.encode('\n' + n.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')));
}

/** HTML: a comment after the document. */
function htmlVariant(bytes: Uint8Array, n: number): Uint8Array {
  return concat(bytes, enc.encode(`\n<!-- bench ${n} -->\n`));
}

/** PDF: a comment line after the final %%EOF (readers look for startxref near the end; a short tail is fine). */
function pdfVariant(bytes: Uint8Array, n: number): Uint8Array {
  return concat(bytes, enc.encode(`% bench ${n}\n`));
}

/** DOCX: the zip archive comment in the end-of-central-directory record. */
function docxVariant(bytes: Uint8Array, n: number): Uint8Array {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('DOCX without an end-of-central-directory record');
  const oldLen = bytes[eocd + 20]! | (bytes[eocd + 21]! << 8);
  const comment = concat(bytes.subarray(eocd + 22, eocd + 22 + oldLen), enc.encode(` bench ${n}`));
  const head = bytes.slice(0, eocd + 22);
  head[eocd + 20] = comment.length & 0xff;
  head[eocd + 21] = comment.length >> 8;
  return concat(head, comment);
}

export function variant(format: Format, bytes: Uint8Array, n: number): Uint8Array {
  switch (format) {
    case 'text': return textVariant(bytes, n);
    case 'html': return htmlVariant(bytes, n);
    case 'pdf': return pdfVariant(bytes, n);
    case 'docx': return docxVariant(bytes, n);
    default: throw new Error(`no variants of ${format} files`);
  }
}
