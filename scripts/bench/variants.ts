// Unique documents for the ingest benchmark. The archive keeps one document per text (other bytes with the same
// text become a rendition, which costs far less to store), so each variant must say something new:
//   text, HTML, DOCX: one more line at the end, "Arkivexemplar nr N." (HTML: a paragraph before </body>; DOCX: a
//        paragraph before the section properties of word/document.xml, zipped again);
//   PDF: two neighbouring glyphs swapped in 12-20 text strings of the first page's content stream, one string
//        per bit of n (a few misspelt words); written as an incremental update: the
//        new stream replaces the old under the same object number, a new xref section points to it.
// The work of reading and extracting stays that of the original. The bench checks at start that every variant
// gives a text of its own.
import JSZip from 'jszip';
import { deflateSync, inflateSync } from 'node:zlib';
import type { Format } from '../../src/types.js';

const BITS = 20;
const enc = new TextEncoder();
const dec = new TextDecoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

const line = (n: number) => `Arkivexemplar nr ${n}.`;

function textVariant(bytes: Uint8Array, n: number): Uint8Array {
  return concat(bytes, enc.encode(`\n\n${line(n)}\n`));
}

function htmlVariant(bytes: Uint8Array, n: number): Uint8Array {
  const html = dec.decode(bytes);
  // At the end of the article, where the reader looks (navigation, asides and footers are left out).
  const at = ['</article>', '</main>', '</body>'].map((t) => html.lastIndexOf(t)).find((i) => i >= 0) ?? -1;
  return enc.encode(at < 0 ? `${html}\n<p>${line(n)}</p>\n` : `${html.slice(0, at)}<p>${line(n)}</p>\n${html.slice(at)}`);
}

async function docxVariant(bytes: Uint8Array, n: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const p = `<w:p><w:r><w:t>${line(n)}</w:t></w:r></w:p>`;
  const at = xml.lastIndexOf('<w:sectPr');
  const end = xml.lastIndexOf('</w:body>');
  zip.file('word/document.xml', at >= 0 ? xml.slice(0, at) + p + xml.slice(at) : xml.slice(0, end) + p + xml.slice(end));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

interface PdfPlan { head: Uint8Array; obj: string; content: string; strings: { at: number; hex: string }[]; trailer: string }

/** The first page content stream of a PDF, and its hex text strings that have two different neighbouring glyphs. */
function pdfPlan(bytes: Uint8Array): PdfPlan {
  const s = Buffer.from(bytes).toString('latin1');
  const re = /(\d+) 0 obj\s*<<([^>]*\/Filter\s*\/FlateDecode[^>]*)>>\s*stream\r?\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, s.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    if (!/\bBT\b/.test(content)) continue;
    const strings = [...content.matchAll(/<([0-9A-Fa-f]{8,})>/g)].filter((x) => x[1]!.length % 2 === 0 && /(..)(?!\1)../.test(x[1]!))
      .map((x) => ({ at: x.index! + 1, hex: x[1]! }));
    const trailer = s.slice(s.lastIndexOf('trailer'));
    const prev = /startxref\s+(\d+)/.exec(s.slice(s.lastIndexOf('startxref')))?.[1];
    const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
    const root = /\/Root\s+(\d+ \d+ R)/.exec(trailer)?.[1];
    const info = /\/Info\s+(\d+ \d+ R)/.exec(trailer)?.[1];
    if (!prev || !size || !root) throw new Error('PDF without a classic trailer');
    const head = bytes[bytes.length - 1] === 0x0a ? bytes : concat(bytes, enc.encode('\n'));
    return { head, obj: m[1]!, content, strings, trailer: `<</Size ${size}/Root ${root}${info ? `/Info ${info}` : ''}/Prev ${prev}>>` };
  }
  throw new Error('PDF without a text content stream');
}

/** The PDF with two neighbouring glyphs swapped in each of the strings `swaps` (indexes into plan.strings). */
function pdfWith(plan: PdfPlan, swaps: number[]): Uint8Array {
  let changed = plan.content;
  for (const k of [...swaps].sort((a, b) => b - a)) {
    const x = plan.strings[k]!;
    const units = x.hex.match(/../g)!;
    const i = units.findIndex((u, j) => j > 0 && u !== units[j - 1]);
    [units[i - 1], units[i]] = [units[i]!, units[i - 1]!];
    changed = changed.slice(0, x.at) + units.join('') + changed.slice(x.at + x.hex.length);
  }
  const stream = deflateSync(Buffer.from(changed, 'latin1'));
  const objAt = plan.head.length;
  const obj = concat(enc.encode(`${plan.obj} 0 obj\n<</Length ${stream.length}/Filter/FlateDecode>>\nstream\n`), stream, enc.encode('\nendstream\nendobj\n'));
  const xref = `xref\n${plan.obj} 1\n${String(objAt).padStart(10, '0')} 00000 n \ntrailer\n${plan.trailer}\nstartxref\n${objAt + obj.length}\n%%EOF\n`;
  return concat(plan.head, obj, enc.encode(xref));
}

/**
 * Variants of one PDF. A swap changes the text's key only when both glyphs are letters or digits (a letter and a
 * space swapped leave the same letters), so each string is tried once with `keyOf` (the text key of the parsed
 * bytes) and the first BITS strings whose swap changes the key become the bit positions.
 */
export async function pdfVariants(bytes: Uint8Array, keyOf: (b: Uint8Array) => Promise<string>): Promise<(n: number) => Uint8Array> {
  const plan = pdfPlan(bytes);
  const original = await keyOf(bytes);
  const bits: number[] = [];
  for (let k = 0; k < plan.strings.length && bits.length < BITS; k++) {
    if ((await keyOf(pdfWith(plan, [k]))) !== original) bits.push(k);
  }
  if (bits.length < 12) throw new Error(`only ${bits.length} usable text strings in the PDF`);
  return (n) => pdfWith(plan, bits.filter((_, i) => (n >> i) & 1));
}

/**
 * A maker of variants of one corpus file: variant n (1 ≤ n < 2^20 for PDF) is the same document with a text of
 * its own. `keyOf` gives the text key of bytes (PDF needs it to find its bit positions).
 */
export async function variants(format: Format, bytes: Uint8Array, keyOf: (b: Uint8Array) => Promise<string>): Promise<(n: number) => Promise<Uint8Array>> {
  switch (format) {
    case 'text': return async (n) => textVariant(bytes, n);
    case 'html': return async (n) => htmlVariant(bytes, n);
    case 'docx': return (n) => docxVariant(bytes, n);
    case 'pdf': { const make = await pdfVariants(bytes, keyOf); return async (n) => make(n); }
    default: throw new Error(`no variants of ${format} files`);
  }
}
