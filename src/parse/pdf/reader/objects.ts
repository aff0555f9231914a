// PDF objects and a tokenizer over bytes (ISO 32000-1, 7.2–7.3): numbers, strings, names, arrays,
// dictionaries, references, and the operators of content streams.

export class Name {
  constructor(readonly name: string) {}
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class Op {
  /** Set by a content-stream reader: whether it acts on this operator (cached on interned operators). */
  acts?: boolean;
  constructor(readonly op: string) {}
}
export class Stream {
  constructor(
    readonly dict: Dict,
    readonly start: number, // offset of the raw data in the file
    readonly length: number,
  ) {}
}
export type Dict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | string | Uint8Array | Name | Ref | Dict | PdfValue[] | Stream | Op;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

const latin1 = new TextDecoder('latin1');
const KEYWORDS = new Map<number, Op | boolean | null>();

/** Bytes as Latin-1 (short keywords and names: a loop beats a TextDecoder call). */
function ascii(b: Uint8Array, start: number, end: number): string {
  if (end - start > 32) return latin1.decode(b.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}

export class Lexer {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    readonly end = buf.length,
  ) {
    this.pos = pos;
  }

  skipSpace(): void {
    const b = this.buf;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WS[c]) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  /** The next token as a value, or an Op for keywords; `undefined` at the end. Arrays and dicts are nested. */
  next(depth = 0): PdfValue | undefined {
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    if (depth > 64) throw new Error('objects nested too deeply');
    const b = this.buf;
    const c = b[this.pos]!;
    switch (c) {
      case 0x28: // (
        return this.literal();
      case 0x3c: // <
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return this.dict(depth);
        }
        return this.hex();
      case 0x3e: // >
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return new Op('>>');
        }
        this.pos++;
        return new Op('>');
      case 0x5b: // [
        this.pos++;
        return this.array(depth);
      case 0x5d: // ]
        this.pos++;
        return new Op(']');
      case 0x2f: // /
        return this.name();
      case 0x7b: // {  } (PostScript calculator functions: not needed, skipped as operators)
      case 0x7d:
        this.pos++;
        return new Op(String.fromCharCode(c));
      case 0x29: // a stray ")"
        this.pos++;
        return new Op(')');
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = this.number();
      if (n !== null) return n;
    }
    const start = this.pos;
    while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    if (this.pos === start) this.pos++; // a lone delimiter-like byte: skip it
    // Keywords of up to four bytes (all content-stream operators) are interned by their bytes.
    const n = this.pos - start;
    if (n <= 4) {
      let key = n;
      for (let i = start; i < this.pos; i++) key = key * 256 + b[i]!;
      const known = KEYWORDS.get(key);
      if (known !== undefined) return known;
      const word = ascii(b, start, this.pos);
      const v = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : new Op(word);
      if (KEYWORDS.size < 4096) KEYWORDS.set(key, v);
      return v;
    }
    const word = ascii(b, start, this.pos);
    return new Op(word);
  }

  private number(): number | null {
    const b = this.buf;
    const start = this.pos;
    let p = this.pos;
    let sign = 1;
    if (b[p] === 0x2b || b[p] === 0x2d) {
      if (b[p] === 0x2d) sign = -1;
      p++;
      while (b[p] === 0x2d || b[p] === 0x2b) p++; // "--5" appears in broken files
    }
    let int = 0;
    let digits = 0;
    while (p < this.end && b[p]! >= 0x30 && b[p]! <= 0x39) {
      int = int * 10 + (b[p]! - 0x30);
      p++;
      digits++;
    }
    let frac = 0;
    let scale = 1;
    if (b[p] === 0x2e) {
      p++;
      while (p < this.end && b[p]! >= 0x30 && b[p]! <= 0x39) {
        frac = frac * 10 + (b[p]! - 0x30);
        scale *= 10;
        p++;
        digits++;
      }
    }
    if (!digits) {
      this.pos = start;
      return null;
    }
    this.pos = p;
    return sign * (int + frac / scale);
  }

  private name(): Name {
    const b = this.buf;
    this.pos++;
    const start = this.pos;
    while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    let s = ascii(b, start, this.pos);
    if (s.includes('#')) s = s.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return new Name(s);
  }

  private literal(): Uint8Array {
    const b = this.buf;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (--depth === 0) break;
      } else if (c === 0x5c) {
        const e = b[this.pos++]!;
        switch (e) {
          case 0x6e: out.push(10); continue;
          case 0x72: out.push(13); continue;
          case 0x74: out.push(9); continue;
          case 0x62: out.push(8); continue;
          case 0x66: out.push(12); continue;
          case 0x0d: if (b[this.pos] === 0x0a) this.pos++; continue; // line continuation
          case 0x0a: continue;
        }
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
          continue;
        }
        out.push(e);
        continue;
      }
      out.push(c);
    }
    return Uint8Array.from(out);
  }

  private hex(): Uint8Array {
    const b = this.buf;
    this.pos++;
    const out: number[] = [];
    let hi = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x3e) break;
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        out.push(hi * 16 + v);
        hi = -1;
      }
    }
    if (hi >= 0) out.push(hi * 16);
    return Uint8Array.from(out);
  }

  private array(depth: number): PdfValue[] {
    const out: PdfValue[] = [];
    for (;;) {
      const v = this.next(depth + 1);
      if (v === undefined) return out;
      if (v instanceof Op) {
        if (v.op === ']') return out;
        if (v.op === 'R' && out.length >= 2) {
          const gen = out.pop();
          const num = out.pop();
          if (typeof num === 'number' && typeof gen === 'number') out.push(new Ref(num, gen));
          continue;
        }
        if (v.op === '>>') return out;
        continue; // other keywords inside an array (broken files): ignored
      }
      out.push(v);
    }
  }

  private dict(depth: number): Dict {
    const d: Dict = new Map();
    const items: PdfValue[] = [];
    for (;;) {
      const v = this.next(depth + 1);
      if (v === undefined) break;
      if (v instanceof Op) {
        if (v.op === '>>' || v.op === ']') break;
        if (v.op === 'R' && items.length >= 2) {
          const gen = items.pop();
          const num = items.pop();
          if (typeof num === 'number' && typeof gen === 'number') items.push(new Ref(num, gen));
        }
        continue;
      }
      items.push(v);
    }
    for (let i = 0; i + 1 < items.length; i += 2) {
      const k = items[i];
      if (k instanceof Name) d.set(k.name, items[i + 1]!);
      else i--; // resynchronise on the next name
    }
    return d;
  }
}

/** A PDF text string (UTF-16BE with a BOM, UTF-8 with a BOM, or PDFDocEncoding) as a JS string. */
export function textString(v: PdfValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (!(v instanceof Uint8Array)) return null;
  if (v[0] === 0xfe && v[1] === 0xff) return new TextDecoder('utf-16be').decode(v.subarray(2));
  if (v[0] === 0xff && v[1] === 0xfe) return new TextDecoder('utf-16le').decode(v.subarray(2));
  if (v[0] === 0xef && v[1] === 0xbb && v[2] === 0xbf) return new TextDecoder('utf-8').decode(v.subarray(3));
  let s = '';
  for (const c of v) s += PDFDOC[c] ?? String.fromCharCode(c);
  return s;
}

// PDFDocEncoding where it differs from Latin-1 (0x18–0x1f and 0x80–0x9f).
const PDFDOC: Record<number, string> = {
  0x18: '˘', 0x19: 'ˇ', 0x1a: 'ˆ', 0x1b: '˙', 0x1c: '˝', 0x1d: '˛', 0x1e: '˚', 0x1f: '˜',
  0x80: '•', 0x81: '†', 0x82: '‡', 0x83: '…', 0x84: '—', 0x85: '–', 0x86: 'ƒ', 0x87: '⁄', 0x88: '‹', 0x89: '›',
  0x8a: '−', 0x8b: '‰', 0x8c: '„', 0x8d: '“', 0x8e: '”', 0x8f: '‘', 0x90: '’', 0x91: '‚', 0x92: '™', 0x93: 'ﬁ',
  0x94: 'ﬂ', 0x95: 'Ł', 0x96: 'Œ', 0x97: 'Š', 0x98: 'Ÿ', 0x99: 'Ž', 0x9a: 'ı', 0x9b: 'ł', 0x9c: 'œ', 0x9d: 'š',
  0x9e: 'ž', 0xa0: '€',
};
