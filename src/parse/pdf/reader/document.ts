// A PDF file's object structure: cross-reference table or streams (following /Prev), object streams,
// stream data through its filters, and the page tree. Damaged cross-references are rebuilt by scanning the
// file for "n g obj". Encrypted files are not read here (pdf.js reads them).
import { inflateSync, constants as zlib } from 'node:zlib';
import { Lexer, Name, Op, Ref, Stream, type Dict, type PdfValue } from './objects.js';

export class Unsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Unsupported';
  }
}

/** A file refused as hostile (a decompression bomb, endless content): not handed to pdf.js either. */
export class Refused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refused';
  }
}

/** No stream may inflate past this (a decompression bomb is refused, not read). */
export const MAX_STREAM_BYTES = 64 << 20;

interface XrefEntry {
  offset: number; // file offset, or the object stream's number when `inStream`
  index: number; // index inside the object stream
  inStream: boolean;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

export class PdfFile {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objStreams = new Map<number, { offsets: [number, number][]; data: Uint8Array; first: number }>();
  trailer: Dict = new Map();
  inflated = 0;

  constructor(readonly buf: Uint8Array) {
    try {
      this.readXref();
    } catch {
      this.xref.clear();
      this.trailer = new Map();
    }
    if (!this.trailer.get('Root') || !this.safeRoot()) this.rebuild();
    if (this.trailer.get('Encrypt') !== undefined) throw new Unsupported('encrypted');
  }

  private safeRoot(): boolean {
    try {
      return this.get(this.trailer.get('Root')) instanceof Map;
    } catch {
      return false;
    }
  }

  // ------------------------------------------------------------------------------ cross-references

  private readXref(): void {
    const b = this.buf;
    const tail = ascii(b, Math.max(0, b.length - 2048), Math.min(2048, b.length));
    const m = /startxref\s+(\d+)/g;
    let at = -1;
    for (let x = m.exec(tail); x; x = m.exec(tail)) at = Number(x[1]);
    if (at < 0) throw new Error('no startxref');
    const seen = new Set<number>();
    let first = true;
    while (at >= 0 && !seen.has(at) && at < b.length) {
      seen.add(at);
      const trailer = this.readSection(at);
      if (first) this.trailer = trailer;
      first = false;
      const stm = trailer.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        seen.add(stm);
        this.readSection(stm);
      }
      const prev = trailer.get('Prev');
      at = typeof prev === 'number' ? prev : -1;
    }
  }

  /** One xref section (table or stream) at `at`; entries already known (from newer sections) win. */
  private readSection(at: number): Dict {
    const lx = new Lexer(this.buf, at);
    lx.skipSpace();
    if (ascii(this.buf, lx.pos, 4) === 'xref') {
      lx.pos += 4;
      for (;;) {
        const start = lx.next();
        if (start instanceof Op && start.op === 'trailer') break;
        const count = lx.next();
        if (typeof start !== 'number' || typeof count !== 'number') throw new Error('bad xref table');
        lx.skipSpace();
        for (let i = 0; i < count; i++) {
          lx.skipSpace();
          const line = ascii(this.buf, lx.pos, 20);
          const e = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
          if (!e) throw new Error('bad xref entry');
          lx.pos += 18;
          const num = start + i;
          if (e[3] === 'n' && !this.xref.has(num)) this.xref.set(num, { offset: Number(e[1]), index: 0, inStream: false });
          else if (e[3] === 'f' && !this.xref.has(num)) this.xref.set(num, { offset: -1, index: 0, inStream: false });
        }
      }
      const t = lx.next();
      if (!(t instanceof Map)) throw new Error('bad trailer');
      return t;
    }
    // An xref stream: "n g obj << /Type /XRef ... >> stream"
    const obj = this.parseAt(at);
    if (!(obj instanceof Stream) || (obj.dict.get('Type') as Name | undefined)?.name !== 'XRef') throw new Error('bad xref stream');
    const data = this.streamData(obj);
    const w = (obj.dict.get('W') as number[] | undefined) ?? [];
    const [w0 = 1, w1 = 2, w2 = 1] = w;
    const size = Number(obj.dict.get('Size') ?? 0);
    const index = (obj.dict.get('Index') as number[] | undefined) ?? [0, size];
    const width = w0 + w1 + w2;
    let p = 0;
    const field = (n: number, dflt: number) => {
      if (n === 0) return dflt;
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + (data[p++] ?? 0);
      return v;
    };
    for (let s = 0; s + 1 < index.length; s += 2) {
      const [first, count] = [index[s]!, index[s + 1]!];
      for (let i = 0; i < count && p + width <= data.length; i++) {
        const type = field(w0, 1);
        const a = field(w1, 0);
        const c = field(w2, 0);
        const num = first + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { offset: a, index: 0, inStream: false });
        else if (type === 2) this.xref.set(num, { offset: a, index: c, inStream: true });
        else this.xref.set(num, { offset: -1, index: 0, inStream: false });
      }
    }
    return obj.dict;
  }

  /** Rebuild the cross-reference by scanning for "n g obj" (damaged or missing xref). */
  private rebuild(): void {
    this.xref.clear();
    this.cache.clear();
    const b = this.buf;
    const text = new TextDecoder('latin1').decode(b);
    const re = /(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.xref.set(Number(m[1]), { offset: m.index + m[0].indexOf(m[1]!), index: 0, inStream: false });
    }
    let root: PdfValue | undefined;
    const tr = /trailer\s*<</g;
    for (let m = tr.exec(text); m; m = tr.exec(text)) {
      const d = new Lexer(b, m.index + 7).next();
      if (d instanceof Map && d.get('Root')) [root, this.trailer] = [d.get('Root'), d];
    }
    if (!root) {
      // Object streams are not indexed by a scan: look for the catalog among plain objects and streams' contents.
      for (const [num] of this.xref) {
        try {
          const o = this.get(new Ref(num, 0));
          if (o instanceof Map && (o.get('Type') as Name | undefined)?.name === 'Catalog') root = new Ref(num, 0);
          if (o instanceof Stream && (o.dict.get('Type') as Name | undefined)?.name === 'XRef' && o.dict.get('Root')) {
            this.readSection(this.xref.get(num)!.offset);
            root = o.dict.get('Root');
          }
        } catch {
          /* skip broken objects */
        }
        if (root) break;
      }
      if (!root) throw new Unsupported('no document catalog');
      this.trailer = new Map([['Root', root]]);
    }
  }

  // ------------------------------------------------------------------------------------- objects

  /** Resolve a reference (other values are returned as they are). */
  get(v: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (!(v instanceof Ref)) return v;
    if (depth > 16) return undefined;
    const cached = this.cache.get(v.num);
    if (cached !== undefined) return cached;
    const e = this.xref.get(v.num);
    if (!e || e.offset < 0) return undefined;
    let obj: PdfValue | undefined;
    if (e.inStream) obj = this.fromObjStream(e.offset, e.index, v.num);
    else obj = this.parseAt(e.offset, v.num);
    if (obj instanceof Ref) obj = this.get(obj, depth + 1);
    if (obj !== undefined) this.cache.set(v.num, obj);
    return obj;
  }

  dict(v: PdfValue | undefined): Dict | undefined {
    const d = this.get(v);
    if (d instanceof Map) return d;
    if (d instanceof Stream) return d.dict;
    return undefined;
  }

  /** "n g obj <value> [stream ... endstream] endobj" at `at`. */
  private parseAt(at: number, expect?: number): PdfValue | undefined {
    const lx = new Lexer(this.buf, at);
    const num = lx.next();
    lx.next();
    const kw = lx.next();
    if (typeof num !== 'number' || !(kw instanceof Op) || kw.op !== 'obj') return undefined;
    if (expect !== undefined && num !== expect) return undefined;
    let v = lx.next();
    // "a b R" as the object's value
    const save = lx.pos;
    if (typeof v === 'number') {
      const g = lx.next();
      const r = lx.next();
      if (typeof g === 'number' && r instanceof Op && r.op === 'R') return new Ref(v, g);
      lx.pos = save;
    }
    if (v instanceof Map) {
      lx.skipSpace();
      if (ascii(this.buf, lx.pos, 6) === 'stream') {
        let p = lx.pos + 6;
        if (this.buf[p] === 0x0d) p++;
        if (this.buf[p] === 0x0a) p++;
        const len = this.get(v.get('Length'));
        let length = typeof len === 'number' && len >= 0 ? len : -1;
        if (length < 0 || p + length > this.buf.length || !this.endstreamNear(p + length)) length = this.findEndstream(p);
        v = new Stream(v, p, length);
      }
    }
    return v;
  }

  private endstreamNear(at: number): boolean {
    const s = ascii(this.buf, at, 32);
    return /^\s*endstream/.test(s);
  }

  private findEndstream(from: number): number {
    const needle = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // endstream
    const b = this.buf;
    for (let i = from; i + needle.length <= b.length; i++) {
      if (b[i] === 0x65 && needle.every((c, k) => b[i + k] === c)) {
        let end = i;
        if (b[end - 1] === 0x0a) end--;
        if (b[end - 1] === 0x0d) end--;
        return Math.max(0, end - from);
      }
    }
    return b.length - from;
  }

  private fromObjStream(streamNum: number, index: number, num: number): PdfValue | undefined {
    let os = this.objStreams.get(streamNum);
    if (!os) {
      const s = this.get(new Ref(streamNum, 0));
      if (!(s instanceof Stream)) return undefined;
      const data = this.streamData(s);
      const n = Number(s.dict.get('N') ?? 0);
      const first = Number(s.dict.get('First') ?? 0);
      const lx = new Lexer(data, 0, first);
      const offsets: [number, number][] = [];
      for (let i = 0; i < n; i++) {
        const a = lx.next();
        const o = lx.next();
        if (typeof a !== 'number' || typeof o !== 'number') break;
        offsets.push([a, o]);
      }
      os = { offsets, data, first };
      this.objStreams.set(streamNum, os);
    }
    const entry = os.offsets[index]?.[0] === num ? os.offsets[index] : os.offsets.find((o) => o[0] === num);
    if (!entry) return undefined;
    const lx = new Lexer(os.data, os.first + entry[1]);
    const v = lx.next();
    if (typeof v === 'number') {
      const save = lx.pos;
      const g = lx.next();
      const r = lx.next();
      if (typeof g === 'number' && r instanceof Op && r.op === 'R') return new Ref(v, g);
      lx.pos = save;
    }
    return v;
  }

  // -------------------------------------------------------------------------------------- streams

  /** A stream's data through its filters (FlateDecode with predictors, ASCIIHex, ASCII85, RunLength). */
  streamData(s: Stream): Uint8Array {
    let data = this.buf.subarray(s.start, s.start + s.length);
    const f = this.get(s.dict.get('Filter'));
    const filters = (Array.isArray(f) ? f : f ? [f] : []).map((x) => this.get(x));
    const p = this.get(s.dict.get('DecodeParms') ?? s.dict.get('DP'));
    const parms = (Array.isArray(p) ? p : [p]).map((x) => this.get(x));
    filters.forEach((filter, i) => {
      const name = filter instanceof Name ? filter.name : '';
      switch (name) {
        case 'FlateDecode':
        case 'Fl':
          data = this.inflate(data);
          data = predict(data, parms[i] instanceof Map ? parms[i] : undefined);
          break;
        case 'ASCIIHexDecode':
        case 'AHx':
          data = asciiHex(data);
          break;
        case 'ASCII85Decode':
        case 'A85':
          data = ascii85(data);
          break;
        case 'RunLengthDecode':
        case 'RL':
          data = runLength(data);
          break;
        default:
          throw new Unsupported(`stream filter ${name || '?'}`);
      }
      if (data.length > MAX_STREAM_BYTES) throw new Refused(`a stream inflates past ${MAX_STREAM_BYTES >> 20} MiB`);
    });
    return data;
  }

  private inflate(data: Uint8Array): Uint8Array {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: MAX_STREAM_BYTES + 1 });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new Refused(`a stream inflates past ${MAX_STREAM_BYTES >> 20} MiB`);
      // A raw deflate stream without the zlib header, as some producers write.
      try {
        out = inflateSync(data.subarray(2), { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: MAX_STREAM_BYTES + 1 });
      } catch {
        throw new Unsupported('a stream cannot be inflated');
      }
    }
    this.inflated += out.length;
    if (this.inflated > 8 * MAX_STREAM_BYTES) throw new Refused(`the streams inflate past ${(8 * MAX_STREAM_BYTES) >> 20} MiB`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  // ------------------------------------------------------------------------------------ page tree

  /** The pages in order, each with its inherited attributes. */
  pages(limit: number): Dict[] {
    const root = this.dict(this.trailer.get('Root'));
    const top = this.dict(root?.get('Pages'));
    if (!top) throw new Unsupported('no page tree');
    const count = this.get(top.get('Count'));
    if (typeof count === 'number' && count > limit) return new Array(Math.floor(count)).fill(new Map());
    const out: Dict[] = [];
    const seen = new Set<Dict>();
    const walk = (node: Dict, inherited: Dict, depth: number) => {
      if (seen.has(node) || depth > 64 || out.length > limit) return;
      seen.add(node);
      const attrs = new Map(inherited);
      for (const k of ['Resources', 'MediaBox', 'CropBox', 'Rotate']) if (node.has(k)) attrs.set(k, node.get(k)!);
      const kids = this.get(node.get('Kids'));
      const type = (this.get(node.get('Type')) as Name | undefined)?.name;
      if (Array.isArray(kids) && type !== 'Page') {
        for (const k of kids) {
          const d = this.dict(k);
          if (d) walk(d, attrs, depth + 1);
        }
      } else {
        const page = new Map(node);
        for (const [k, v] of attrs) if (!page.has(k)) page.set(k, v);
        out.push(page);
      }
    };
    walk(top, new Map(), 0);
    return out;
  }

  /** The document information dictionary's title, if any. */
  info(): Dict | undefined {
    return this.dict(this.trailer.get('Info'));
  }
}

function predict(data: Uint8Array, parms: Dict | undefined): Uint8Array {
  const predictor = Number(parms?.get('Predictor') ?? 1);
  if (predictor < 2) return data;
  const colors = Number(parms?.get('Colors') ?? 1);
  const bpc = Number(parms?.get('BitsPerComponent') ?? 8);
  const columns = Number(parms?.get('Columns') ?? 1);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLen = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) {
    if (bpc !== 8) throw new Unsupported('TIFF predictor');
    const out = Uint8Array.from(data);
    for (let r = 0; r < out.length; r += rowLen) for (let i = bpp; i < rowLen && r + i < out.length; i++) out[r + i] = (out[r + i]! + out[r + i - bpp]!) & 0xff;
    return out;
  }
  // PNG predictors: each row starts with its filter type.
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = new Uint8Array(rows * rowLen);
  let prev = new Uint8Array(rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)]!;
    const src = data.subarray(r * (rowLen + 1) + 1, (r + 1) * (rowLen + 1));
    const row = out.subarray(r * rowLen, (r + 1) * rowLen);
    for (let i = 0; i < rowLen; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = prev[i]!;
      const ul = i >= bpp ? prev[i - bpp]! : 0;
      let v = src[i]!;
      if (type === 1) v += left;
      else if (type === 2) v += up;
      else if (type === 3) v += (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - ul;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - ul)];
        v += pa <= pb && pa <= pc ? left : pb <= pc ? up : ul;
      }
      row[i] = v & 0xff;
    }
    prev = row;
  }
  return out;
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let hi = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else [out[out.length], hi] = [hi * 16 + v, -1];
  }
  if (hi >= 0) out.push(hi * 16);
  return Uint8Array.from(out);
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x7e) break; // ~>
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) {
      let v = 0;
      for (const g of group) v = v * 85 + g;
      out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
      group = [];
    }
  }
  if (group.length > 1) {
    const n = group.length;
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const g of group) v = v * 85 + g;
    const bytes = [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
    out.push(...bytes.slice(0, n - 1));
  }
  return Uint8Array.from(out);
}

function runLength(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < data.length; ) {
    const n = data[i++]!;
    if (n === 128) break;
    if (n < 128) {
      for (let k = 0; k <= n && i < data.length; k++) out.push(data[i++]!);
    } else {
      const v = data[i++] ?? 0;
      for (let k = 0; k < 257 - n; k++) out.push(v);
    }
    if (out.length > MAX_STREAM_BYTES) throw new Refused(`a stream inflates past ${MAX_STREAM_BYTES >> 20} MiB`);
  }
  return Uint8Array.from(out);
}
