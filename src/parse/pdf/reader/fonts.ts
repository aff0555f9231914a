// Fonts as text extraction needs them: how a string's bytes split into character codes, each code's Unicode
// text (ToUnicode map, else the encoding's glyph names) and its advance width. Glyph shapes are not read.
import { PdfFile, Unsupported } from './document.js';
import { ENCODINGS, glyphUnicode } from './encodings.js';
import { Lexer, Name, Op, Stream, type Dict, type PdfValue } from './objects.js';

export interface Glyph {
  unicode: string | null; // null: unknown
  width: number; // in text space units per unit of font size (glyph space / 1000)
  wordSpace: boolean; // single-byte code 32: word spacing applies
}

interface Range {
  lo: number;
  hi: number;
  bytes: number;
}

export class Font {
  readonly vertical: boolean = false;
  private readonly cache = new Map<number, Glyph>();
  private constructor(
    readonly name: string,
    private readonly twoByte: boolean,
    private readonly ranges: Range[] | null, // codespace ranges of a CID font's CMap
    private readonly toUnicode: Map<number, string> | null,
    private readonly simpleUnicode: (string | null)[] | null,
    private readonly widthOf: (code: number) => number,
    private readonly cidOf: (code: number) => number,
  ) {}

  /** Split `bytes` into codes and describe each. */
  glyphs(bytes: Uint8Array): Glyph[] {
    const out: Glyph[] = [];
    for (let i = 0; i < bytes.length; ) {
      let code: number;
      let n = 1;
      if (!this.twoByte) code = bytes[i]!;
      else if (this.ranges) {
        n = 0;
        code = 0;
        for (let len = 1; len <= 4 && i + len <= bytes.length; len++) {
          code = 0;
          for (let k = 0; k < len; k++) code = code * 256 + bytes[i + k]!;
          if (this.ranges.some((r) => r.bytes === len && code >= r.lo && code <= r.hi)) {
            n = len;
            break;
          }
        }
        if (!n) {
          n = Math.min(2, bytes.length - i);
          code = n === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
        }
      } else {
        n = Math.min(2, bytes.length - i);
        code = n === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
      }
      i += n;
      let g = this.cache.get(code * 8 + n);
      if (!g) {
        g = this.describe(code, n);
        this.cache.set(code * 8 + n, g);
      }
      out.push(g);
    }
    return out;
  }

  private describe(code: number, n: number): Glyph {
    let unicode = this.toUnicode?.get(code) ?? null;
    if (unicode === null && this.simpleUnicode) unicode = this.simpleUnicode[code] ?? null;
    if (unicode === null && !this.twoByte && code < 32) unicode = ''; // control codes: no text
    return { unicode, width: this.widthOf(this.twoByte ? this.cidOf(code) : code), wordSpace: n === 1 && code === 32 };
  }

  static load(file: PdfFile, ref: PdfValue | undefined): Font {
    const d = file.dict(ref);
    if (!d) throw new Unsupported('font missing');
    const subtype = (file.get(d.get('Subtype')) as Name | undefined)?.name ?? '';
    const baseFont = (file.get(d.get('BaseFont')) as Name | undefined)?.name ?? '';
    const toUnicode = readToUnicode(file, d.get('ToUnicode'));
    if (subtype === 'Type0') {
      const enc = file.get(d.get('Encoding'));
      let ranges: Range[] | null = null;
      let cidOf = (c: number) => c;
      if (enc instanceof Name) {
        if (enc.name === 'Identity-V') throw new Unsupported('vertical writing');
        if (enc.name !== 'Identity-H') throw new Unsupported(`CMap ${enc.name}`);
      } else if (enc instanceof Stream) {
        const cmap = parseCMap(file.streamData(enc));
        if (cmap.vertical) throw new Unsupported('vertical writing');
        ranges = cmap.ranges.length ? cmap.ranges : null;
        const cids = cmap.cids;
        cidOf = (c) => cids.get(c) ?? c;
      } else throw new Unsupported('CID font without an encoding');
      if (!toUnicode) throw new Unsupported('CID font without ToUnicode');
      const desc = file.dict((file.get(d.get('DescendantFonts')) as PdfValue[] | undefined)?.[0]);
      const dw = Number(file.get(desc?.get('DW')) ?? 1000);
      const widths = new Map<number, number>();
      const w = file.get(desc?.get('W'));
      if (Array.isArray(w)) {
        for (let i = 0; i < w.length; ) {
          const first = file.get(w[i]);
          const next = file.get(w[i + 1]);
          if (typeof first !== 'number') break;
          if (Array.isArray(next)) {
            next.forEach((x, k) => widths.set(first + k, Number(file.get(x) ?? dw)));
            i += 2;
          } else {
            const last = Number(next);
            const width = Number(file.get(w[i + 2]) ?? dw);
            for (let c = first; c <= last && c - first < 65536; c++) widths.set(c, width);
            i += 3;
          }
        }
      }
      return new Font(baseFont, true, ranges, toUnicode, null, (cid) => (widths.get(cid) ?? dw) / 1000, cidOf);
    }
    if (subtype === 'Type3') throw new Unsupported('Type3 font');
    // Simple fonts: Type1, MMType1, TrueType.
    const simple = simpleEncoding(file, d, subtype, baseFont, toUnicode !== null);
    const first = Number(file.get(d.get('FirstChar')) ?? 0);
    const widthsArr = file.get(d.get('Widths'));
    const descriptor = file.dict(d.get('FontDescriptor'));
    const missing = Number(file.get(descriptor?.get('MissingWidth')) ?? 0);
    let widthOf: (code: number) => number;
    if (Array.isArray(widthsArr)) {
      const ws = widthsArr.map((x) => Number(file.get(x) ?? missing));
      widthOf = (c) => (ws[c - first] ?? missing) / 1000;
    } else if (/Courier/i.test(baseFont)) widthOf = () => 0.6;
    else throw new Unsupported('font without widths'); // a standard font: pdf.js knows its metrics
    return new Font(baseFont, false, null, toUnicode, simple, widthOf, (c) => c);
  }
}

/** Code → Unicode of a simple font from its /Encoding (name or dictionary with /Differences); null when
 * only the ToUnicode map says what the codes are. */
function simpleEncoding(file: PdfFile, font: Dict, subtype: string, baseFont: string, hasToUnicode: boolean): (string | null)[] | null {
  const enc = file.get(font.get('Encoding'));
  const descriptor = file.dict(font.get('FontDescriptor'));
  const flags = Number(file.get(descriptor?.get('Flags')) ?? 0);
  const symbolic = (flags & 4) !== 0 && (flags & 32) === 0;
  const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(k));
  const std = baseFont.replace(/^[A-Z]{6}\+/, '');
  let base: (string | null)[] | null = null;
  let differences: PdfValue[] | null = null;
  if (enc instanceof Name) base = ENCODINGS[enc.name] ?? null;
  else if (enc instanceof Map) {
    const b = file.get(enc.get('BaseEncoding'));
    if (b instanceof Name) base = ENCODINGS[b.name] ?? null;
    const diff = file.get(enc.get('Differences'));
    if (Array.isArray(diff)) differences = diff;
  }
  if (!base && !symbolic && !/^(Symbol|ZapfDingbats)/.test(std) && (!embedded || differences || hasToUnicode)) {
    // No encoding given: the standard one of the font's kind (a font program's own is not read here).
    base = subtype === 'TrueType' ? ENCODINGS.WinAnsiEncoding! : ENCODINGS.StandardEncoding!;
  }
  if (!base && !differences) {
    if (hasToUnicode) return null;
    if (/Symbol|Wingdings|Webdings|ZapfDingbats/i.test(std)) {
      // Bullets and ticks of symbol fonts: as private-use characters (folded to "•" later).
      return Array.from({ length: 256 }, (_, c) => (c >= 32 ? String.fromCharCode(0xf000 + c) : null));
    }
    throw new Unsupported(`font ${std || '?'} without an encoding`);
  }
  const table = base ? [...base] : new Array<string | null>(256).fill(null);
  if (differences) {
    let code = 0;
    for (const x of differences) {
      const v = file.get(x);
      if (typeof v === 'number') code = v;
      else if (v instanceof Name) {
        if (code >= 0 && code < 256) table[code] = glyphUnicode(v.name);
        code++;
      }
    }
  }
  return table;
}

interface CMap {
  ranges: Range[];
  cids: Map<number, number>;
  unicode: Map<number, string>;
  vertical: boolean;
}

const utf16 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i]! * 256 + b[i + 1]!);
  if (b.length % 2) s += String.fromCharCode(b[b.length - 1]!);
  return s;
};
const codeOf = (b: Uint8Array) => b.reduce((v, x) => v * 256 + x, 0);

/** A CMap program: codespace ranges, CID mappings and Unicode mappings (bfchar/bfrange). */
export function parseCMap(data: Uint8Array): CMap {
  const lx = new Lexer(data);
  const cmap: CMap = { ranges: [], cids: new Map(), unicode: new Map(), vertical: false };
  const stack: PdfValue[] = [];
  let mode = '';
  for (let steps = 0; steps < 2_000_000; steps++) {
    const v = lx.next();
    if (v === undefined) break;
    if (!(v instanceof Op)) {
      if (mode) stack.push(v);
      else if (v instanceof Name && v.name === 'WMode') {
        const w = lx.next();
        if (w === 1) cmap.vertical = true;
      }
      continue;
    }
    const op = v.op;
    if (op.startsWith('begin') && op !== 'begincmap') {
      mode = op.slice(5);
      stack.length = 0;
      continue;
    }
    if (!op.startsWith('end') || !mode) continue;
    if (mode === 'codespacerange') {
      for (let i = 0; i + 1 < stack.length; i += 2) {
        const [lo, hi] = [stack[i], stack[i + 1]];
        if (lo instanceof Uint8Array && hi instanceof Uint8Array) cmap.ranges.push({ lo: codeOf(lo), hi: codeOf(hi), bytes: lo.length });
      }
    } else if (mode === 'bfchar') {
      for (let i = 0; i + 1 < stack.length; i += 2) {
        const [src, dst] = [stack[i], stack[i + 1]];
        if (src instanceof Uint8Array && dst instanceof Uint8Array) cmap.unicode.set(codeOf(src), utf16(dst));
        else if (src instanceof Uint8Array && dst instanceof Name) {
          const u = glyphUnicode(dst.name);
          if (u !== null) cmap.unicode.set(codeOf(src), u);
        }
      }
    } else if (mode === 'bfrange') {
      for (let i = 0; i + 2 < stack.length; i += 3) {
        const [lo, hi, dst] = [stack[i], stack[i + 1], stack[i + 2]];
        if (!(lo instanceof Uint8Array) || !(hi instanceof Uint8Array)) continue;
        const [a, b] = [codeOf(lo), codeOf(hi)];
        if (b - a > 65535) continue;
        if (dst instanceof Uint8Array) {
          const base = utf16(dst);
          const last = base.charCodeAt(base.length - 1);
          for (let c = a; c <= b; c++) cmap.unicode.set(c, base.slice(0, -1) + String.fromCharCode(last + (c - a)));
        } else if (Array.isArray(dst)) {
          dst.forEach((x, k) => { if (x instanceof Uint8Array && a + k <= b) cmap.unicode.set(a + k, utf16(x)); });
        }
      }
    } else if (mode === 'cidchar') {
      for (let i = 0; i + 1 < stack.length; i += 2) {
        const [src, cid] = [stack[i], stack[i + 1]];
        if (src instanceof Uint8Array && typeof cid === 'number') cmap.cids.set(codeOf(src), cid);
      }
    } else if (mode === 'cidrange') {
      for (let i = 0; i + 2 < stack.length; i += 3) {
        const [lo, hi, cid] = [stack[i], stack[i + 1], stack[i + 2]];
        if (!(lo instanceof Uint8Array) || !(hi instanceof Uint8Array) || typeof cid !== 'number') continue;
        const [a, b] = [codeOf(lo), codeOf(hi)];
        for (let c = a; c <= b && c - a < 65536; c++) cmap.cids.set(c, cid + (c - a));
      }
    }
    mode = '';
    stack.length = 0;
  }
  return cmap;
}

function readToUnicode(file: PdfFile, ref: PdfValue | undefined): Map<number, string> | null {
  const s = file.get(ref);
  if (!(s instanceof Stream)) return null;
  try {
    const cmap = parseCMap(file.streamData(s));
    return cmap.unicode.size ? cmap.unicode : null;
  } catch (err) {
    if (err instanceof Unsupported) throw err;
    return null;
  }
}
