// PDF: positioned text items from pdf.js (through unpdf, no rendering) → reading-order prose per page.
// Layout is ours: column gutters, running headers/footers, paragraph joins and line-end hyphenation.
import { getDocumentProxy } from 'unpdf';
import type { PageSpan, ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';

export const MAX_PAGES = 2000;
export const MAX_TEXT_CHARS = 20_000_000;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toItems(raw: RawItem[]): Item[] {
  const items: Item[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = it.transform;
    if (Math.abs(b) > Math.abs(a) * 0.2 && Math.abs(c) > Math.abs(d) * 0.2) continue; // rotated text (stamps, margins)
    const size = Math.hypot(c, d) || it.height || 10;
    items.push({ str: it.str, x, y, w: it.width ?? 0, size });
  }
  return items;
}

function metaTitle(info: unknown): string | null {
  const t = (info as { Title?: unknown } | null)?.Title;
  if (typeof t !== 'string') return null;
  const title = t.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (!title || /^(untitled|namnlös|dokument\d*|microsoft word\b.*)$/i.test(title) || /\.(docx?|odt|pdf|rtf)$/i.test(title)) return null;
  return title;
}

export async function parsePdf(bytes: Uint8Array): Promise<ParsedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    pdf = await getDocumentProxy(bytes.slice(), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      stopAtErrors: false,
      verbosity: 0,
    } as Parameters<typeof getDocumentProxy>[1]);
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    const why = name === 'PasswordException' ? 'the PDF is encrypted' : 'the PDF is corrupt';
    throw new ParseError('unreadable', `${why} (${(err as Error)?.message ?? err})`);
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw new ParseError('unreadable', `the PDF has ${pdf.numPages} pages (limit ${MAX_PAGES})`);
    const itemsPerPage: Item[][] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      let items: Item[];
      try {
        const page = await pdf.getPage(p);
        const content = await page.getTextContent();
        items = toItems(content.items as RawItem[]);
        page.cleanup();
      } catch (err) {
        throw new ParseError('unreadable', `page ${p} cannot be read (${(err as Error)?.message ?? err})`);
      }
      for (const it of items) chars += it.str.length;
      if (chars > MAX_TEXT_CHARS) throw new ParseError('unreadable', `the PDF holds more than ${MAX_TEXT_CHARS} characters of text`);
      itemsPerPage.push(items);
    }
    const { text, pages } = layoutDocument(itemsPerPage);
    if (!text.trim()) throw new ParseError('unreadable', 'the PDF has no text layer (scanned images?)');
    let title: string | null = null;
    try {
      title = metaTitle((await pdf.getMetadata()).info);
    } catch {
      title = null;
    }
    return { format: 'pdf', mediaType: 'application/pdf', text, pages, publishedHint: null, title };
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError('unreadable', `the PDF cannot be read (${(err as Error)?.message ?? err})`);
  } finally {
    void pdf.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------
// Layout: pure functions over positioned items (PDF user space: y grows upwards, units are points).

export interface Item {
  str: string;
  x: number;
  y: number; // baseline
  w: number;
  size: number; // font size
}

interface Row {
  y: number;
  size: number;
  items: Item[]; // sorted by x
}

interface Line {
  text: string;
  y: number;
  x0: number;
  x1: number;
  size: number;
}

interface Block {
  lines: Line[];
  right: number; // right edge of the column the lines stand in
}

interface Paragraph {
  text: string;
  first: Line;
  last: Line;
  right: number;
}

const PUA_BULLETS = /[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]/g;

/** Fold ligatures and odd spaces, map symbol-font bullets, drop other private-use and zero-width characters. */
export function foldPdfText(s: string): string {
  return s
    .replace(/[\ufb00-\ufb06\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, (c) => c.normalize('NFKC'))
    .replace(PUA_BULLETS, '•')
    .replace(/[\ue000-\uf8ff\u200b-\u200d\u2060\ufeff\ufffd]/g, '')
    .normalize('NFC');
}

function itemsText(items: Item[]): string {
  let s = '';
  let end: number | null = null;
  for (const it of items) {
    if (s && end !== null && it.x - end > it.size * 0.15 && !/\s$/.test(s) && !/^\s/.test(it.str)) s += ' ';
    s += it.str;
    end = it.x + it.w;
  }
  return foldPdfText(s).replace(/\s+/g, ' ').trim();
}

function dominantSize(items: Item[]): number {
  const chars = new Map<number, number>();
  for (const it of items) {
    const k = Math.round(it.size * 2) / 2;
    chars.set(k, (chars.get(k) ?? 0) + it.str.length);
  }
  let best = items[0]?.size ?? 10;
  let n = -1;
  for (const [k, c] of chars) if (c > n) [best, n] = [k, c];
  return best;
}

function toRows(items: Item[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const last = rows.at(-1);
    if (last && Math.abs(last.y - it.y) <= 0.45 * Math.min(last.size, it.size)) last.items.push(it);
    else rows.push({ y: it.y, size: it.size, items: [it] });
  }
  for (const r of rows) {
    r.items.sort((a, b) => a.x - b.x);
    r.size = dominantSize(r.items);
  }
  return rows;
}

function toLine(items: Item[], y: number): Line | null {
  const text = itemsText(items);
  if (!text) return null;
  let [x0, x1] = [Infinity, -Infinity];
  for (const i of items) [x0, x1] = [Math.min(x0, i.x), Math.max(x1, i.x + i.w)];
  return { text, y, x0, x1, size: dominantSize(items) };
}

const PAGE_NUMBER = /^(?:(?:sida|sid|s\.|page|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:av|\/|of|\(|\|)\s*\d{1,4}\s*\)?)?$/i;
const runningKey = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drop running headers/footers (top or bottom rows that recur on several pages, digits aside) and page numbers. */
function removeRunningRows(pages: Row[][]): Row[][] {
  const candidates = (rows: Row[]) => [...new Set([0, 1, rows.length - 2, rows.length - 1])].filter((i) => i >= 0 && i < rows.length);
  const seen = new Map<string, Set<number>>();
  pages.forEach((rows, p) => {
    for (const i of candidates(rows)) {
      const key = runningKey(itemsText(rows[i]!.items));
      if (!/[\p{L}\d]/u.test(key) || key.length > 150) continue;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(p);
    }
  });
  const minPages = Math.max(2, Math.ceil(pages.length * 0.3));
  return pages.map((rows) => {
    const drop = new Set<number>();
    for (const i of candidates(rows)) {
      const text = itemsText(rows[i]!.items);
      if ((seen.get(runningKey(text))?.size ?? 0) >= minPages || PAGE_NUMBER.test(text)) drop.add(i);
    }
    return rows.filter((_, i) => !drop.has(i));
  });
}

function extent(items: Item[]): number {
  let [x0, x1] = [Infinity, -Infinity];
  for (const i of items) [x0, x1] = [Math.min(x0, i.x), Math.max(x1, i.x + i.w)];
  return x1 - x0;
}

interface Gutter {
  start: number;
  end: number;
}

/** A vertical band free of text across most rows, with prose-like columns of text on both sides. */
function findGutter(rows: Row[]): Gutter | null {
  if (rows.length < 4) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const r of rows) for (const it of r.items) [minX, maxX] = [Math.min(minX, it.x), Math.max(maxX, it.x + it.w)];
  const width = maxX - minX;
  if (!(width > 150)) return null;
  const BIN = 2;
  const n = Math.ceil(width / BIN) + 1;
  const cover = new Uint32Array(n);
  for (const r of rows) {
    const mark = new Uint8Array(n);
    for (const it of r.items) {
      const a = Math.max(0, Math.floor((it.x - minX) / BIN));
      const b = Math.min(n - 1, Math.floor((it.x + it.w - minX) / BIN));
      for (let k = a; k <= b; k++) mark[k] = 1;
    }
    for (let k = 0; k < n; k++) cover[k]! += mark[k]!;
  }
  const allowed = Math.max(1, Math.floor(rows.length * 0.1));
  const runs: Gutter[] = [];
  for (let k = 0; k < n; ) {
    if (cover[k]! > allowed) { k++; continue; }
    let e = k;
    while (e + 1 < n && cover[e + 1]! <= allowed) e++;
    // The run's core: its longest stretch at the run's lowest coverage.
    let low = Infinity;
    for (let j = k; j <= e; j++) low = Math.min(low, cover[j]!);
    let [cs, ce] = [k, k - 1];
    for (let j = k; j <= e; ) {
      if (cover[j] !== low) { j++; continue; }
      let f = j;
      while (f + 1 <= e && cover[f + 1] === low) f++;
      if (f - j > ce - cs) [cs, ce] = [j, f];
      j = f + 1;
    }
    const start = minX + cs * BIN;
    const end = minX + (ce + 1) * BIN;
    const mid = (start + end) / 2;
    if (end - start >= 6 && mid > minX + width * 0.2 && mid < minX + width * 0.8) runs.push({ start, end });
    k = e + 1;
  }
  runs.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const g of runs) {
    const mid = (g.start + g.end) / 2;
    let leftRows = 0, rightRows = 0, leftChars = 0, rightChars = 0;
    const leftW: number[] = [];
    const rightW: number[] = [];
    for (const r of rows) {
      const left = r.items.filter((it) => it.x + it.w <= mid);
      const right = r.items.filter((it) => it.x >= mid);
      if (left.length) {
        leftRows++;
        leftChars += left.reduce((s, it) => s + it.str.length, 0);
        leftW.push(extent(left));
      }
      if (right.length) {
        rightRows++;
        rightChars += right.reduce((s, it) => s + it.str.length, 0);
        rightW.push(extent(right));
      }
    }
    const need = Math.max(3, rows.length * 0.2);
    const total = leftChars + rightChars;
    const upperQuartile = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length * 0.75)] ?? 0;
    if (leftRows < need || rightRows < need || leftChars < total * 0.15 || rightChars < total * 0.15) continue;
    // At least one side is prose: many of its lines fill the column.
    if (upperQuartile(leftW) < (g.start - minX) * 0.6 && upperQuartile(rightW) < (maxX - g.end) * 0.6) continue;
    return g;
  }
  return null;
}

function rowsBlock(rows: Row[], bound: number): Block | null {
  const lines = rows.map((r) => toLine(r.items, r.y)).filter((l): l is Line => l !== null);
  return lines.length ? { lines, right: lines.reduce((r, l) => Math.max(r, l.x1), bound) } : null;
}

/** Rows → column blocks in reading order: bands between full-width rows, each band's left column, then right.
 * `bound` is the right edge of the area the rows stand in (a column ends at its gutter). */
function columnBlocks(rows: Row[], bound = -Infinity, depth = 0): Block[] {
  const gutter = depth < 3 ? findGutter(rows) : null;
  if (!gutter) {
    const b = rowsBlock(rows, bound);
    return b ? [b] : [];
  }
  const mid = (gutter.start + gutter.end) / 2;
  const out: Block[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  let spanning: Row[] = [];
  const flushColumns = () => {
    out.push(...columnBlocks(left, gutter.start, depth + 1), ...columnBlocks(right, bound, depth + 1));
    left = [];
    right = [];
  };
  const flushSpanning = () => {
    const b = rowsBlock(spanning, bound);
    if (b) out.push(b);
    spanning = [];
  };
  for (const r of rows) {
    if (r.items.some((it) => it.x < gutter.start - 1 && it.x + it.w > gutter.end + 1)) {
      flushColumns();
      spanning.push(r);
      continue;
    }
    flushSpanning();
    const l = r.items.filter((it) => it.x + it.w / 2 < mid);
    const rt = r.items.filter((it) => it.x + it.w / 2 >= mid);
    if (l.length) left.push({ y: r.y, size: dominantSize(l), items: l });
    if (rt.length) right.push({ y: r.y, size: dominantSize(rt), items: rt });
  }
  flushColumns();
  flushSpanning();
  return out;
}

const BULLET = /^[•▪◦●■□►▸‣⁃∙·*✓✔➢➤→]\s?/u;
const SOFT_MARKER = /^(?:[-–]\s|\d{1,2}[.)]\s|[a-zåäö][.)]\s|\(\d{1,2}\)\s)/u;
const TERMINAL = /[.!?:;]["”»’)\]]*$/;
const COORDINATION = /^(?:och|eller|samt|respektive|resp\.|som|liksom|utan|till)(?![\p{L}\d])/u;

/** How to join line `a` to the next line `b`: drop `cut` characters from the end of `a`, then add `sep`. */
export function lineJoin(a: string, b: string): { cut: number; sep: string } {
  if (a.endsWith('\u00ad')) return { cut: 1, sep: '' };
  const m = /(?:^|[^\p{L}\d])([\p{L}\d]+)-$/u.exec(a);
  if (m) {
    const frag = m[1]!;
    if (COORDINATION.test(b)) return { cut: 0, sep: ' ' }; // "miljö- och klimatarbete"
    if (/^[\p{Lu}\d]+$/u.test(frag) || frag.length === 1 || !/^\p{Ll}/u.test(b)) return { cut: 0, sep: '' }; // "FN-mål"
    return { cut: 1, sep: '' }; // "Hel-singborg" → "Helsingborg"
  }
  if (/[/]$/.test(a) && !/\s\/$/.test(a)) return { cut: 0, sep: '' };
  return { cut: 0, sep: ' ' };
}

function joinInto(text: string, next: string): string {
  if (!text) return next;
  const { cut, sep } = lineJoin(text, next);
  return text.slice(0, text.length - cut) + sep + next;
}

const sameSize = (a: Line, b: Line) => Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);

/** The next line's first word would have fitted at the end of `prev`: `prev` ended on purpose. */
function forcedBreak(prev: Line, next: Line, right: number): boolean {
  const word = next.text.split(' ')[0] ?? '';
  const charW = (next.x1 - next.x0) / Math.max(1, next.text.length);
  return right - prev.x1 > (word.length + 1) * charW + prev.size * 0.5;
}

function isListStart(prev: Line, cur: Line, right: number): boolean {
  if (BULLET.test(cur.text)) return true;
  return SOFT_MARKER.test(cur.text) && (TERMINAL.test(prev.text) || forcedBreak(prev, cur, right));
}

/** Does `cur` go on the paragraph whose last line is `prev` (same column block)? */
function sameParagraph(prev: Line, cur: Line, block: Block, pitch: number): boolean {
  if (!sameSize(prev, cur) || isListStart(prev, cur, block.right)) return false;
  const size = Math.max(prev.size, cur.size);
  const gap = prev.y - cur.y;
  if (gap > Math.min(Math.max(1.45 * size, 1.3 * pitch), 2.6 * size)) return false;
  if (forcedBreak(prev, cur, block.right)) return false;
  const left = block.lines.reduce((m, l) => Math.min(m, l.x0), Infinity);
  if (cur.x0 > left + size && prev.x0 <= left + 0.3 * size && TERMINAL.test(prev.text)) return false; // indented first line
  return true;
}

/** Does the text continue from `prev` (end of a column or page) into `next` (start of the next one)? */
function continues(prev: Paragraph, next: Line): boolean {
  if (!sameSize(prev.last, next) || isListStart(prev.last, next, prev.right)) return false;
  const a = prev.last.text;
  if (/[\p{L}\d]-$|\u00ad$/u.test(a)) return true;
  if (TERMINAL.test(a)) return false;
  if (/^\p{Ll}/u.test(next.text) || a.endsWith(',')) return true;
  return !forcedBreak(prev.last, next, prev.right);
}

type Pitches = Map<number, number>;
const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** Line pitch per font size over the whole document: the smallest baseline distance between consecutive
 * lines of one size in a column (paragraph spacing is larger; a page of one-line paragraphs shows none). */
function linePitches(pages: Block[][]): Pitches {
  const pitch: Pitches = new Map();
  for (const blocks of pages) {
    for (const block of blocks) {
      for (let i = 1; i < block.lines.length; i++) {
        const [a, b] = [block.lines[i - 1]!, block.lines[i]!];
        const gap = a.y - b.y;
        if (!sameSize(a, b) || gap < 0.9 * a.size) continue;
        const k = sizeKey(a.size);
        pitch.set(k, Math.min(pitch.get(k) ?? Infinity, gap));
      }
    }
  }
  return pitch;
}

function pageParagraphs(blocks: Block[], pitches: Pitches): Paragraph[] {
  const paras: Paragraph[] = [];
  for (const block of blocks) {
    block.lines.forEach((line, i) => {
      const cur = paras.at(-1);
      const pitch = pitches.get(sizeKey(line.size)) ?? 1.2 * line.size;
      const join = cur && (i === 0 ? continues(cur, line) : sameParagraph(cur.last, line, block, pitch));
      if (cur && join) {
        cur.text = joinInto(cur.text, line.text);
        cur.last = line;
        cur.right = block.right;
      } else {
        paras.push({ text: line.text, first: line, last: line, right: block.right });
      }
    });
  }
  return paras;
}

/** Items of every page → clean text with page spans. Paragraphs go on lines of their own; pages are
 * separated by a blank line, except where a paragraph runs on across the page break (then it joins like a line). */
export function layoutDocument(itemsPerPage: Item[][]): { text: string; pages: PageSpan[] } {
  const blocksPerPage = removeRunningRows(itemsPerPage.map(toRows)).map((rows) => columnBlocks(rows));
  const pitches = linePitches(blocksPerPage);
  let text = '';
  const pages: PageSpan[] = [];
  let prevLast: Paragraph | null = null;
  blocksPerPage.forEach((blocks, p) => {
    const paras = pageParagraphs(blocks, pitches);
    if (!paras.length) {
      pages.push({ page: p + 1, start: text.length, end: text.length });
      return;
    }
    const body = paras.map((x) => x.text).join('\n');
    let start: number;
    if (prevLast && continues(prevLast, paras[0]!.first)) {
      const { cut, sep } = lineJoin(text, body);
      text = text.slice(0, text.length - cut) + sep;
      start = text.length;
    } else {
      if (text) text += '\n\n';
      start = text.length;
    }
    text += body;
    pages.push({ page: p + 1, start, end: text.length });
    prevLast = paras.at(-1)!;
  });
  // Contiguous spans: a page runs up to where the next one starts (separators belong to the page before).
  if (pages[0]) pages[0].start = 0;
  for (let i = 0; i + 1 < pages.length; i++) pages[i]!.end = pages[i + 1]!.start;
  if (pages.length) pages.at(-1)!.end = text.length;
  return { text, pages };
}
