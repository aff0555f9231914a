// A page's content streams → positioned text runs (ISO 32000-1, 9.4): text and graphics state, text
// matrices, TJ spacing, form XObjects, marked content with /ActualText (the text a span stands for, as
// InDesign writes for capitals set in small caps), images counted for the scan decision.
import type { RawRun } from '../items.js';
import { PdfFile, Refused } from './document.js';
import { Font } from './fonts.js';
import { Lexer, Name, Op, Ref, Stream, textString, type Dict, type PdfValue } from './objects.js';

type M = [number, number, number, number, number, number];
const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];
const ID: M = [1, 0, 0, 1, 0, 0];

interface State {
  ctm: M;
  font: Font | null;
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number; // Tz / 100
  leading: number;
  rise: number;
}

export interface PageImage {
  /** Share of the page box the image covers (0–1), from its placement. */
  cover: number;
  width: number;
  height: number;
  /**
   * For OCR (src/parse/ocr.ts): the image's own bytes as a file Tesseract reads (the JPEG of a DCTDecode
   * image, a PGM/PPM of an 8-bit Flate one), when it is drawn upright and the bytes are all there is to it
   * (no mask, decode array or other colour space); absent otherwise (the page is then rendered).
   */
  direct?: () => Uint8Array;
}

export interface PageContent {
  runs: RawRun[];
  /** Glyphs shown whose Unicode text is unknown (the page is then read by pdf.js). */
  unknown: number;
  images: PageImage[];
}

type Lin = [number, number, number, number];

interface Glyph {
  u: string;
  lin: Lin; // linear part of the rendering matrix
  ox: number; // origin
  oy: number;
  ex: number; // pen after it
  ey: number;
  gap: number; // distance along the baseline from the previous glyph's end
  brk: boolean; // a space (or a span boundary) stands before it
}

/** Glyphs on one baseline, one after the other: split into words when flushed. */
interface Segment {
  glyphs: Glyph[];
  ux: number; // unit vector along the baseline
  uy: number;
  size: number;
}

const MAX_OPS = 5_000_000;
const ACTS = new Set(['q', 'Q', 'cm', 'BI', 'Do', 'BMC', 'BDC', 'EMC', 'BT', 'ET', 'Tc', 'Tw', 'Tz', 'TL', 'Ts', 'Tf', 'Td', 'TD', 'Tm', 'T*', 'Tj', "'", '"', 'TJ']);
const MAX_FORM_DEPTH = 12;

/** Read one page's text. `box` is the crop box: text outside it is not on the page. */
export function readPage(file: PdfFile, page: Dict, box: number[]): PageContent {
  const out: RawRun[] = [];
  const images: PageImage[] = [];
  const fonts = fontCache(file);
  let unknown = 0;
  let ops = 0;
  const [bx0 = 0, by0 = 0, bx1 = 612, by1 = 792] = box;
  const [minX, maxX, minY, maxY] = [Math.min(bx0, bx1), Math.max(bx0, bx1), Math.min(by0, by1), Math.max(by0, by1)];
  const pageArea = Math.max(1, (maxX - minX) * (maxY - minY));
  let seg: Segment | null = null;
  let pendingBreak = false;
  // Marked content: a stack of open spans; an /ActualText span collects its glyphs into one run.
  interface Span { actual: string | null; first: Lin | null; ox: number; oy: number; ex: number; ey: number; size: number }
  const spans: Span[] = [];
  let actual: Span | null = null; // the outermost open span with an /ActualText

  /** A segment → words: a break at a space, or at a gap wider than 0.15 em beyond the segment's usual gap
   * between letters (its lower median: about nothing in ordinary text, the tracking in letter-spaced text or
   * where glyphs are placed one by one). */
  const flush = () => {
    const sg = seg;
    seg = null;
    pendingBreak = false;
    if (!sg) return;
    const em = sg.size;
    const gaps = sg.glyphs.slice(1).filter((g) => !g.brk).map((g) => g.gap).sort((x, y) => x - y);
    const median = gaps.length ? gaps[Math.floor((gaps.length - 1) / 2)]! : 0;
    const limit = (median >= 0.08 * em ? median : 0) + 0.15 * em;
    let word: Glyph[] = [];
    const emit = () => {
      if (!word.length) return;
      const [f, l] = [word[0]!, word.at(-1)!];
      const str = word.map((g) => g.u).join('');
      if (str.trim()) out.push({ str, transform: [...f.lin, f.ox, f.oy], width: Math.hypot(l.ex - f.ox, l.ey - f.oy) });
      word = [];
    };
    for (const g of sg.glyphs) {
      if (word.length && (g.brk || g.gap > limit)) emit();
      word.push(g);
    }
    emit();
  };

  const fontOf = (resources: Dict | undefined, name: string): Font | null => {
    const ref = file.dict(resources?.get('Font'))?.get(name);
    if (ref === undefined) return null;
    // Fonts are shared by pages: keyed by their object (a reference's target, or an inline dictionary).
    const key = ref instanceof Ref ? file.get(ref) : ref;
    if (key === undefined || key === null) return null;
    let f = fonts.get(key as object);
    if (!f) {
      f = Font.load(file, ref);
      fonts.set(key as object, f);
    }
    return f;
  };

  const interpret = (data: Uint8Array, resources: Dict | undefined, start: State, depth: number, seen: Set<Stream>) => {
    let gs: State = { ...start };
    const stack: State[] = [];
    let tm: M = ID;
    let tlm: M = ID;
    const operands: PdfValue[] = [];
    const lx = new Lexer(data);

    /** Show a string: every glyph moves the pen; text goes into segments (or into an ActualText span). */
    const show = (bytes: Uint8Array) => {
      const font = gs.font;
      if (!font) return;
      const glyphs = font.glyphs(bytes);
      const fs = gs.size;
      const c = gs.ctm;
      // The linear part of Tm×CTM stays the same along a string: only the pen (Tm's translation) moves.
      const a = tm[0] * c[0] + tm[1] * c[2];
      const b = tm[0] * c[1] + tm[1] * c[3];
      const cc = tm[2] * c[0] + tm[3] * c[2];
      const d = tm[2] * c[1] + tm[3] * c[3];
      const lin: Lin = [fs * gs.scale * a, fs * gs.scale * b, fs * cc, fs * d];
      const size = Math.hypot(lin[2], lin[3]);
      let [e, f] = [tm[4], tm[5]];
      const span = actual;
      for (const g of glyphs) {
        const tx = (g.width * fs + gs.charSpace + (g.wordSpace ? gs.wordSpace : 0)) * gs.scale;
        const ox = e * c[0] + f * c[2] + c[4] + gs.rise * cc;
        const oy = e * c[1] + f * c[3] + c[5] + gs.rise * d;
        const endX = ox + tx * a;
        const endY = oy + tx * b;
        e += tx * tm[0];
        f += tx * tm[1];
        if (span) {
          if (!span.first) [span.first, span.ox, span.oy, span.size] = [lin, ox, oy, size];
          [span.ex, span.ey] = [endX, endY];
          continue;
        }
        if (!(ox >= minX - 1 && ox <= maxX + 1 && oy >= minY - 1 && oy <= maxY + 1)) continue;
        const u = g.unicode;
        if (u === null) {
          unknown++;
          continue;
        }
        if (!u.trim()) {
          pendingBreak = true; // a space ends the word it follows
          continue;
        }
        place(u, lin, ox, oy, endX, endY, size);
      }
      tm = [tm[0], tm[1], tm[2], tm[3], e, f];
    };

    /** Add a glyph (or an ActualText span) to the current segment, or start a new one. */
    const place = (u: string, lin: Lin, ox: number, oy: number, endX: number, endY: number, size: number) => {
      const len = Math.hypot(lin[0], lin[1]) || 1;
      const [ux, uy] = [lin[0] / len, lin[1] / len];
      let gap = 0;
      if (seg) {
        const last = seg.glyphs.at(-1)!;
        const along = (ox - last.ex) * seg.ux + (oy - last.ey) * seg.uy;
        const across = -(ox - last.ex) * seg.uy + (oy - last.ey) * seg.ux;
        const sameDir = Math.abs(ux - seg.ux) < 0.02 && Math.abs(uy - seg.uy) < 0.02;
        const sameSize = Math.abs(size - seg.size) <= 0.1 * Math.max(size, seg.size);
        if (sameDir && sameSize && Math.abs(across) < 0.2 * size && along > -0.3 * size && along < 1.5 * size) gap = along;
        else flush();
      }
      if (!seg) seg = { glyphs: [], ux, uy, size };
      seg.glyphs.push({ u, lin, ox, oy, ex: endX, ey: endY, gap, brk: pendingBreak });
      pendingBreak = false;
    };

    const textOp = (op: string) => {
      switch (op) {
        case 'BT':
          tm = ID;
          tlm = ID;
          return;
        case 'ET':
          return;
        case 'Tc':
          gs.charSpace = num(operands[0]);
          return;
        case 'Tw':
          gs.wordSpace = num(operands[0]);
          return;
        case 'Tz':
          gs.scale = num(operands[0], 100) / 100;
          return;
        case 'TL':
          gs.leading = num(operands[0]);
          return;
        case 'Ts':
          gs.rise = num(operands[0]);
          return;
        case 'Tf': {
          const n = operands[0];
          gs.size = num(operands[1], 1);
          gs.font = n instanceof Name ? fontOf(resources, n.name) : null;
          return;
        }
        case 'Td':
          tlm = mul([1, 0, 0, 1, num(operands[0]), num(operands[1])], tlm);
          tm = tlm;
          return;
        case 'TD':
          gs.leading = -num(operands[1]);
          tlm = mul([1, 0, 0, 1, num(operands[0]), num(operands[1])], tlm);
          tm = tlm;
          return;
        case 'Tm':
          tlm = operands.slice(0, 6).map((x) => num(x)) as M;
          if (tlm.length !== 6) tlm = ID;
          tm = tlm;
          return;
        case 'T*':
          tlm = mul([1, 0, 0, 1, 0, -gs.leading], tlm);
          tm = tlm;
          return;
        case 'Tj':
          if (operands[0] instanceof Uint8Array) show(operands[0]);
          return;
        case "'":
          tlm = mul([1, 0, 0, 1, 0, -gs.leading], tlm);
          tm = tlm;
          if (operands[0] instanceof Uint8Array) show(operands[0]);
          return;
        case '"':
          gs.wordSpace = num(operands[0]);
          gs.charSpace = num(operands[1]);
          tlm = mul([1, 0, 0, 1, 0, -gs.leading], tlm);
          tm = tlm;
          if (operands[2] instanceof Uint8Array) show(operands[2]);
          return;
        case 'TJ': {
          const arr = operands[0];
          if (!Array.isArray(arr)) return;
          for (const x of arr) {
            if (x instanceof Uint8Array) show(x);
            else if (typeof x === 'number') tm = mul([1, 0, 0, 1, (-x / 1000) * gs.size * gs.scale, 0], tm);
          }
          return;
        }
      }
    };

    for (;;) {
      const v = lx.next();
      if (v === undefined) break;
      if (typeof v === 'number' || !(v instanceof Op)) {
        if (operands.length < 64) operands.push(v);
        continue;
      }
      if (++ops > MAX_OPS) throw new Refused(`a page of more than ${MAX_OPS} operators`);
      // Paths, colours and the like: nothing to do but drop their operands.
      if (!(v.acts ??= ACTS.has(v.op))) {
        if (operands.length) operands.length = 0;
        continue;
      }
      const op = v.op;
      switch (op) {
        case 'q':
          stack.push({ ...gs });
          break;
        case 'Q':
          if (stack.length) gs = stack.pop()!;
          break;
        case 'cm':
          if (operands.length >= 6) gs.ctm = mul(operands.slice(-6).map((x) => num(x)) as M, gs.ctm);
          break;
        case 'BI': {
          // An inline image: skip its data, up to "EI" after white space.
          const b = data;
          let p = lx.pos;
          while (p + 1 < b.length && !(b[p] === 0x49 && b[p + 1] === 0x44 && (p === 0 || b[p - 1]! <= 0x20))) p++;
          p += 3;
          while (p + 2 < b.length && !(b[p - 1]! <= 0x20 && b[p] === 0x45 && b[p + 1] === 0x49 && (b[p + 2]! <= 0x20 || p + 2 === b.length))) p++;
          lx.pos = Math.min(b.length, p + 2);
          break;
        }
        case 'Do': {
          const n = operands.at(-1);
          if (!(n instanceof Name)) break;
          const xo = file.get(file.dict(resources?.get('XObject'))?.get(n.name));
          if (!(xo instanceof Stream)) break;
          const sub = (file.get(xo.dict.get('Subtype')) as Name | undefined)?.name;
          if (sub === 'Image') {
            // The image's unit square through the CTM: its share of the page.
            const c = gs.ctm;
            const area = Math.abs(c[0] * c[3] - c[1] * c[2]);
            const upright = c[1] === 0 && c[2] === 0 && c[0] > 0 && c[3] > 0;
            const width = num(file.get(xo.dict.get('Width')));
            const height = num(file.get(xo.dict.get('Height')));
            images.push({ cover: Math.min(1, area / pageArea), width, height, ...(upright ? directImage(file, xo, width, height) : {}) });
          } else if (sub === 'Form' && depth < MAX_FORM_DEPTH && !seen.has(xo)) {
            const m = file.get(xo.dict.get('Matrix'));
            const matrix = Array.isArray(m) && m.length === 6 ? (m.map((x) => num(file.get(x))) as M) : ID;
            const res = file.dict(xo.dict.get('Resources')) ?? resources;
            flush();
            seen.add(xo);
            interpret(file.streamData(xo), res, { ...gs, ctm: mul(matrix, gs.ctm) }, depth + 1, seen);
            seen.delete(xo);
            flush();
          }
          break;
        }
        case 'BMC':
          spans.push({ actual: null, first: null, ox: 0, oy: 0, ex: 0, ey: 0, size: 0 });
          break;
        case 'BDC': {
          let props = operands.at(-1);
          if (props instanceof Name) props = file.get(file.dict(resources?.get('Properties'))?.get(props.name));
          const dict = props instanceof Map ? props : undefined;
          const text = dict ? textString(file.get(dict.get('ActualText'))) : null;
          const span: Span = { actual: text, first: null, ox: 0, oy: 0, ex: 0, ey: 0, size: 0 };
          spans.push(span);
          if (text !== null && !actual) actual = span;
          break;
        }
        case 'EMC': {
          const s = spans.pop();
          if (s && s === actual) actual = null;
          if (s && s.actual !== null && s.first && !actual) {
            const t = s.actual.replace(/\s+/g, ' ');
            if (t.trim()) {
              const inside = s.ox >= minX - 1 && s.ox <= maxX + 1 && s.oy >= minY - 1 && s.oy <= maxY + 1;
              if (inside) {
                if (/^\s/.test(t)) pendingBreak = true;
                place(t.trim(), s.first, s.ox, s.oy, s.ex, s.ey, s.size);
                if (/\s$/.test(t)) pendingBreak = true;
              }
            } else pendingBreak = true;
          }
          break;
        }
        default:
          textOp(op);
      }
      operands.length = 0;
    }
  };

  const contents = file.get(page.get('Contents'));
  const parts = (Array.isArray(contents) ? contents : [contents]).map((c) => file.get(c)).filter((c): c is Stream => c instanceof Stream);
  // Content split over several streams is one stream (a token may even straddle the boundary).
  const datas = parts.map((p) => file.streamData(p));
  const total = datas.reduce((n, d) => n + d.length + 1, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const d of datas) {
    all.set(d, at);
    all[at + d.length] = 0x0a;
    at += d.length + 1;
  }
  const resources = file.dict(page.get('Resources'));
  interpret(all, resources, { ctm: ID, font: null, size: 1, charSpace: 0, wordSpace: 0, scale: 1, leading: 0, rise: 0 }, 0, new Set());
  flush();
  return { runs: out, unknown, images };
}

const FONTS = new WeakMap<PdfFile, WeakMap<object, Font>>();
function fontCache(file: PdfFile): WeakMap<object, Font> {
  let m = FONTS.get(file);
  if (!m) FONTS.set(file, (m = new WeakMap()));
  return m;
}

/** The bytes of an image XObject as a file an OCR engine reads, when they need no PDF semantics (see PageImage). */
function directImage(file: PdfFile, xo: Stream, width: number, height: number): Pick<PageImage, 'direct'> {
  const d = xo.dict;
  const get = (k: string) => file.get(d.get(k));
  if (get('ImageMask') === true || get('SMask') !== undefined || get('Mask') !== undefined || get('Decode') !== undefined) return {};
  if (num(get('BitsPerComponent')) !== 8 || !(width > 0 && height > 0)) return {};
  let cs = get('ColorSpace');
  if (Array.isArray(cs) && cs[0] instanceof Name && cs[0].name === 'ICCBased') {
    const icc = file.get(cs[1]);
    const n = icc instanceof Stream ? num(file.get(icc.dict.get('N'))) : 0;
    cs = new Name(n === 1 ? 'DeviceGray' : n === 3 ? 'DeviceRGB' : '?');
  }
  const colours = cs instanceof Name ? { DeviceGray: 1, CalGray: 1, DeviceRGB: 3, CalRGB: 3 }[cs.name] : undefined;
  if (!colours) return {};
  const f = get('Filter');
  const filters = (Array.isArray(f) ? f : f ? [f] : []).map((x) => file.get(x));
  const names = filters.map((x) => (x instanceof Name ? x.name : '?'));
  if (names.length === 1 && (names[0] === 'DCTDecode' || names[0] === 'DCT')) {
    return { direct: () => file.buf.subarray(xo.start, xo.start + xo.length) };
  }
  if (names.every((n) => n === 'FlateDecode' || n === 'Fl')) {
    return {
      direct: () => {
        const px = file.streamData(xo); // bounded: a stream inflating past MAX_STREAM_BYTES is Refused
        const size = width * height * colours;
        if (px.length < size) throw new Refused(`the image holds ${px.length} bytes for ${width}×${height} pixels`);
        const head = new TextEncoder().encode(`${colours === 1 ? 'P5' : 'P6'}\n${width} ${height}\n255\n`);
        const out = new Uint8Array(head.length + size);
        out.set(head);
        out.set(px.subarray(0, size), head.length);
        return out;
      },
    };
  }
  return {};
}

function num(v: PdfValue | undefined, dflt = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : dflt;
}
