// Items of every page → clean text with a page table: rows, running headers and footers, blocks (tables,
// columns), then paragraphs joined across line, column and page breaks, with Swedish line-end hyphenation.
import type { PageSpan } from '../../types.js';
import type { Item, PageItems } from './items.js';
import { pageBlocks, type Block, type Line } from './regions.js';
import { toRows } from './rows.js';
import { removeRunningRows } from './running.js';
import { BULLET, joinInto, lineJoin, SOFT_MARKER, TERMINAL } from './text.js';

interface Paragraph {
  text: string;
  first: Line;
  last: Line;
  right: number;
  table: boolean;
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
  if (prev.table || next.gapped || /^§/.test(next.text) || !sameSize(prev.last, next) || isListStart(prev.last, next, prev.right)) return false;
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
      if (block.table) continue;
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
    const table = block.table === true;
    block.lines.forEach((line, i) => {
      const cur = paras.at(-1);
      const pitch = pitches.get(sizeKey(line.size)) ?? 1.2 * line.size;
      const join = cur && !table && (i === 0 ? continues(cur, line) : sameParagraph(cur.last, line, block, pitch));
      if (cur && join) {
        cur.text = joinInto(cur.text, line.text);
        cur.last = line;
        cur.right = block.right;
      } else {
        paras.push({ text: line.text, first: line, last: line, right: block.right, table });
      }
    });
  }
  return paras;
}

/** The page box of items given without one (tests, synthetic pages): their own extent. */
function boxOf(items: Item[]): PageItems {
  let [top, bottom] = [-Infinity, Infinity];
  for (const it of items) [top, bottom] = [Math.max(top, it.y + it.size), Math.min(bottom, it.y)];
  return { items, top: Number.isFinite(top) ? top : 0, bottom: Number.isFinite(bottom) ? bottom : 0 };
}

/** Items of every page → clean text with page spans. Paragraphs go on lines of their own; pages are
 * separated by a blank line, except where a paragraph runs on across the page break (then it joins like a line). */
export function layoutDocument(pagesIn: (PageItems | Item[])[]): { text: string; pages: PageSpan[] } {
  const boxes = pagesIn.map((p) => (Array.isArray(p) ? boxOf(p) : p));
  const rows = removeRunningRows(boxes.map((b) => ({ rows: toRows(b.items), top: b.top, bottom: b.bottom })));
  const blocksPerPage = rows.map(pageBlocks);
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
    if (prevLast && !paras[0]!.table && continues(prevLast, paras[0]!.first)) {
      const { cut, sep } = lineJoin(text.slice(-64), body);
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
