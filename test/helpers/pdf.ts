import { deflateSync } from 'node:zlib';

// PDFs written by hand for the tests: pages of positioned Swedish text in Helvetica (WinAnsi, with its
// widths, so every reader measures the same), with the features real office PDFs use: page rotation,
// character spacing, text rise, glyphs placed one by one, /ActualText spans, a font whose ToUnicode map
// lowercases capitals (as InDesign writes small caps), images.

// Helvetica advance widths (AFM, per 1000 em) for WinAnsi codes 32–126; accented letters take their base
// letter's width.
const ASCII_W = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '™': 0x99 };

function code(ch: string): number {
  if (CP1252[ch] !== undefined) return CP1252[ch]!;
  const c = ch.charCodeAt(0);
  if (c < 256) return c;
  throw new Error(`not in WinAnsi: ${ch}`);
}

function widthOf(c: number): number {
  if (c >= 32 && c <= 126) return ASCII_W[c - 32]!;
  if (c === 0x96) return 556;
  if (c === 0x97) return 1000;
  if (c === 0x95) return 350;
  if (c >= 0x91 && c <= 0x94) return 333;
  if (c >= 0xc0 && c <= 0xff) {
    const base = String.fromCharCode(c).normalize('NFD')[0]!.charCodeAt(0);
    if (base < 127 && base !== c) return widthOf(base);
    return 556;
  }
  return 556;
}

/** Width of `text` in points at `size` (Helvetica), with `tc` extra points after each glyph. */
export function textWidth(text: string, size: number, tc = 0): number {
  let w = 0;
  for (const ch of text) w += (widthOf(code(ch)) * size) / 1000 + tc;
  return w;
}

const WIDTHS = `[${Array.from({ length: 224 }, (_, i) => widthOf(i + 32)).join(' ')}]`;

const escape = (bytes: number[]) =>
  bytes.map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b < 32 || b > 126 ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b))).join('');
const str = (text: string) => `(${escape([...text].map(code))})`;
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(3).replace(/0+$/, '').replace(/\.$/, ''));

export interface Part {
  text: string;
  /** Wrap the part in a marked-content span with this /ActualText. */
  actual?: string;
}

export interface Run {
  /** The text, or parts of it shown one after the other. */
  text?: string;
  parts?: Part[];
  x: number;
  y: number;
  size?: number;
  /** F1: Helvetica; F2: the same glyphs with a ToUnicode map that gives H and M as lower case. */
  font?: 'F1' | 'F2';
  /** Character spacing (Tc), points. */
  tc?: number;
  /** Text rise (Ts), points: super- and subscripts. */
  rise?: number;
  /** Text direction: 0 left to right; 90 bottom to top (as on pages turned with /Rotate 90). */
  angle?: 0 | 90;
  /** Place every glyph on its own (BT … ET per glyph), `gap` points apart, and words `wordGap` apart. */
  glyphByGlyph?: { gap: number; wordGap: number };
}

export interface Page {
  runs: Run[];
  width?: number;
  height?: number;
  rotate?: number;
  /** Full-page images (scans) drawn under the text: one image XObject. */
  image?: boolean;
  /** A scanned page: this 8-bit greyscale PNG drawn over the whole page, and no text layer. */
  scan?: Uint8Array;
}

/** An 8-bit greyscale or RGB, non-interlaced PNG → an image XObject body (its IDAT data is FlateDecode with the PNG
 * predictors, so it goes in as it is). */
function pngImage(png: Uint8Array): string {
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const [w, h, depth, colour] = [dv.getUint32(16), dv.getUint32(20), png[24], png[25]];
  if (depth !== 8 || (colour !== 0 && colour !== 2)) throw new Error('only 8-bit greyscale or RGB PNGs');
  const [space, colours] = colour === 0 ? ['DeviceGray', 1] : ['DeviceRGB', 3];
  let idat = '';
  for (let at = 8; at < png.length; ) {
    const len = dv.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat += String.fromCharCode(...png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  return `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /${space} /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent 8 /Columns ${w} >> /Length ${idat.length} >>\nstream\n${idat}\nendstream`;
}

function runOps(r: Run): string {
  const size = r.size ?? 10;
  const font = r.font ?? 'F1';
  if (r.glyphByGlyph) {
    let x = r.x;
    const ops: string[] = [];
    for (const ch of r.text ?? '') {
      if (ch === ' ') {
        x += r.glyphByGlyph.wordGap - r.glyphByGlyph.gap;
        continue;
      }
      ops.push(`q 1 0 0 1 ${num(x)} ${num(r.y)} cm BT /${font} ${num(size)} Tf 1 0 0 1 0 0 Tm ${str(ch)} Tj ET Q`);
      x += textWidth(ch, size) + r.glyphByGlyph.gap;
    }
    return ops.join('\n');
  }
  const m = r.angle === 90 ? `0 1 -1 0 ${num(r.x)} ${num(r.y)}` : `1 0 0 1 ${num(r.x)} ${num(r.y)}`;
  const parts = r.parts ?? [{ text: r.text ?? '' }];
  const shows = parts
    .map((p) => (p.actual !== undefined ? `/Span <</ActualText ${str(p.actual)}>> BDC ${str(p.text)} Tj EMC` : `${str(p.text)} Tj`))
    .join(' ');
  return `BT /${font} ${num(size)} Tf ${num(r.tc ?? 0)} Tc ${num(r.rise ?? 0)} Ts ${m} Tm ${shows} ET`;
}

// InDesign's small caps: the capital H and M glyphs carry the lower-case letter in the ToUnicode map, and an
// /ActualText span tells the capital where the text has one.
const LYING_CMAP = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lying def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <48> <0068> <4D> <006D> endbfchar
1 beginbfrange <20> <47> <0020> endbfrange
1 beginbfrange <49> <4C> <0049> endbfrange
1 beginbfrange <4E> <7E> <004E> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`;

export interface PdfOptions {
  title?: string;
  /** As Word and Acrobat write: Flate-compressed content, objects in an object stream, an xref stream
   * with a PNG predictor. */
  compressed?: boolean;
  /** Shift every offset in the cross-reference table: the reader must rebuild it by scanning. */
  brokenXref?: boolean;
}

/** A PDF of the given pages (latin1 bytes). */
export function makePdf(pages: Page[], opts: PdfOptions = {}): Uint8Array {
  if (opts.compressed) return compressedPdf(pages, opts);
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled in below
  const f1 = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths ${WIDTHS} >>`);
  const cmap = add(`<< /Length ${LYING_CMAP.length} >>\nstream\n${LYING_CMAP}\nendstream`);
  const f2 = add(`<< /Type /Font /Subtype /Type1 /BaseFont /MuseoSans-300 /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths ${WIDTHS} /ToUnicode ${cmap} 0 R >>`);
  // A 2×2 grey image, for pages that carry a scan.
  const img = add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x80\x80\x80\nendstream');
  const kids: number[] = [];
  for (const p of pages) {
    const [w, h] = [p.width ?? 595, p.height ?? 842];
    const im = p.scan ? add(pngImage(p.scan)) : img;
    const content = [p.image || p.scan ? `q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q` : '', ...p.runs.map(runOps)].filter(Boolean).join('\n');
    const c = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> /XObject << /Im1 ${im} 0 R >> >> /Contents ${c} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = opts.title ? add(`<< /Title (${opts.title}) >>`) : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o + (opts.brokenXref ? 7 : 0)).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) [out.set(p, at), (at += p.length)];
  return out;
};

/** The same pages written the modern way: text in a CID font (Identity-H, two-byte codes, ToUnicode),
 * compressed content streams, dictionaries in an object stream, an xref stream with the PNG Up predictor. */
function compressedPdf(pages: Page[], opts: PdfOptions): Uint8Array {
  // The CID font maps two-byte codes 0x0100 + WinAnsi code to the character, through its ToUnicode map.
  const used = new Set<number>();
  for (const p of pages) for (const r of p.runs) for (const part of r.parts ?? [{ text: r.text ?? '' }]) for (const ch of part.text) used.add(code(ch));
  const codes = [...used].sort((a, b) => a - b);
  const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
  const toUni = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
${codes.length} beginbfchar
${codes.map((c) => `<${hex4(0x100 + c)}> <${hex4((Object.keys(CP1252).find((k) => CP1252[k] === c) ?? String.fromCharCode(c)).charCodeAt(0))}>`).join('\n')}
endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const widths = `[${codes.map((c) => `${0x100 + c} [${widthOf(c)}]`).join(' ')}]`;
  const hexText = (t: string) => `<${[...t].map((ch) => hex4(0x100 + code(ch))).join('')}>`;
  const runOpsCid = (r: Run) => {
    const size = r.size ?? 10;
    const m = r.angle === 90 ? `0 1 -1 0 ${num(r.x)} ${num(r.y)}` : `1 0 0 1 ${num(r.x)} ${num(r.y)}`;
    const shows = (r.parts ?? [{ text: r.text ?? '' }]).map((p) => `[${hexText(p.text)}] TJ`).join(' ');
    return `BT /F1 ${num(size)} Tf ${num(r.tc ?? 0)} Tc ${num(r.rise ?? 0)} Ts ${m} Tm ${shows} ET`;
  };
  // Objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 ToUnicode (stream), then per page: content (stream), page.
  const inStream: [number, string][] = [];
  const streams: [number, string, Uint8Array][] = [];
  inStream.push([1, '<< /Type /Catalog /Pages 2 0 R >>']);
  inStream.push([3, '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>']);
  inStream.push([4, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W ${widths} >>`]);
  streams.push([5, '', deflateSync(latin1(toUni))]);
  let n = 6;
  const kids: number[] = [];
  for (const p of pages) {
    const [w, h] = [p.width ?? 595, p.height ?? 842];
    const content = p.runs.map(runOpsCid).join('\n');
    streams.push([n, '', deflateSync(latin1(content))]);
    inStream.push([n + 1, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${n} 0 R >>`]);
    kids.push(n + 1);
    n += 2;
  }
  inStream.push([2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`]);
  const info = opts.title ? n++ : 0;
  if (info) inStream.push([info, `<< /Title <FEFF${[...opts.title!].map((c) => hex4(c.charCodeAt(0))).join('')}> >>`]);
  const objStm = n++;
  const xrefNum = n++;
  // The object stream: "num offset ..." then the objects.
  let header = '';
  let body = '';
  for (const [num_, text] of inStream) {
    header += `${num_} ${body.length} `;
    body += `${text}\n`;
  }
  const osData = deflateSync(latin1(header + body));
  const parts: Uint8Array[] = [latin1('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')];
  let at = parts[0]!.length;
  const offsets = new Map<number, number>();
  const push = (num_: number, dict: string, data: Uint8Array) => {
    offsets.set(num_, at);
    const chunk = concat([latin1(`${num_} 0 obj\n<< ${dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, latin1('\nendstream\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  };
  for (const [num_, , data] of streams) push(num_, '', data);
  push(objStm, `/Type /ObjStm /N ${inStream.length} /First ${header.length}`, osData);
  // The xref stream: W [1 4 2], rows for objects 0..xrefNum, PNG Up predictor (type 2 per row).
  const size = xrefNum + 1;
  const rows: [number, number, number][] = [];
  const index = new Map(inStream.map(([num_], i) => [num_, i]));
  for (let i = 0; i < size; i++) {
    if (i === xrefNum) rows.push([1, at, 0]);
    else if (offsets.has(i)) rows.push([1, offsets.get(i)!, 0]);
    else if (index.has(i)) rows.push([2, objStm, index.get(i)!]);
    else rows.push([0, 0, 65535]);
  }
  const raw: number[] = [];
  let prev = new Array(7).fill(0);
  for (const [t, a, b] of rows) {
    const row = [t, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >>> 8) & 255, b & 255];
    raw.push(2, ...row.map((v, k) => ((v as number) - prev[k]! + 256) & 255));
    prev = row;
  }
  const xdata = deflateSync(Uint8Array.from(raw));
  const xrefAt = at;
  parts.push(
    latin1(`${xrefNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length ${xdata.length} >>\nstream\n`),
    xdata,
    latin1(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`),
  );
  return concat(parts);
}

/** Lines of text set one under the other from (x, y) down, `pitch` apart. */
export function lines(texts: string[], x: number, y: number, opts: { size?: number; pitch?: number } = {}): Run[] {
  const size = opts.size ?? 10;
  const pitch = opts.pitch ?? size * 1.2;
  return texts.map((text, i) => ({ text, x, y: y - i * pitch, size }));
}

/** Greedy line breaking of `text` into lines no wider than `width` points (Helvetica at `size`). */
export function wrap(text: string, width: number, size = 10): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
