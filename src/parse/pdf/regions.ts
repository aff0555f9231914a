// A page's rows → blocks in reading order: tables (one line per row, cells joined by a tab), and text in
// columns. Pure functions over rows in PDF user space (y grows upwards, units are points).
//
// 1. Tables: runs of consecutive rows that share vertical gutters (x-ranges no item of the run covers) with
//    cells on both sides of them, and that are not columns of prose (see isProseColumns).
// 2. The other rows are cut into bands at large vertical gaps (a chart, a box, a sidebar stands apart), each
//    band looks for its own column gutter, and neighbouring bands with the same gutter are read as one.
// 3. Within a band with a gutter: the left column, then the right one (recursively), with rows that span the
//    gutter (titles) read where they stand.
import type { Item } from './items.js';
import { dominantSize, extent, itemsText, type Row } from './rows.js';
import { joinInto, runsOn, TERMINAL } from './text.js';

export interface Line {
  text: string;
  y: number;
  x0: number;
  x1: number;
  size: number;
  /** The row has a gap of three ems or more between its items ("§ 67            Dnr 2024/5"): not prose. */
  gapped?: boolean;
}

export interface Block {
  lines: Line[];
  right: number; // right edge of the column the lines stand in
  table?: boolean; // a table: every line is a row of its own
}

interface Gutter {
  start: number;
  end: number;
  span?: number; // width of the whole free band around [start, end] (a column gutter)
}

function toLine(items: Item[], y: number): Line | null {
  const text = itemsText(items);
  if (!text) return null;
  const [x0, x1] = extent(items);
  const size = dominantSize(items);
  let gapped = false;
  for (let i = 1; i < items.length; i++) if (items[i]!.x - (items[i - 1]!.x + items[i - 1]!.w) >= 3 * size) gapped = true;
  return { text, y, x0, x1, size, ...(gapped ? { gapped } : {}) };
}

function rowsBlock(rows: Row[], bound: number): Block | null {
  const lines = rows.map((r) => toLine(r.items, r.y)).filter((l): l is Line => l !== null);
  return lines.length ? { lines, right: lines.reduce((r, l) => Math.max(r, l.x1), bound) } : null;
}

// ------------------------------------------------------------------------------------------- tables

/** Parts of the intervals `free` that no item of `row` covers, at least `min` wide. */
function subtract(free: Gutter[], row: Row, min: number): Gutter[] {
  let out = free;
  for (const it of row.items) {
    const [a, b] = [it.x, it.x + it.w];
    const next: Gutter[] = [];
    for (const g of out) {
      if (b <= g.start || a >= g.end) next.push(g);
      else {
        if (a - g.start >= min) next.push({ start: g.start, end: a });
        if (g.end - b >= min) next.push({ start: b, end: g.end });
      }
    }
    out = next;
  }
  return out;
}

/** Gaps between a row's items at least `min` wide: where its cells part. */
function rowGaps(row: Row, min: number): Gutter[] {
  const [x0, x1] = extent(row.items);
  return subtract([{ start: x0, end: x1 }], row, min);
}

/** Column index of an item among gutters sorted by x (by its centre: a header over a right-aligned column of
 * numbers starts left of the numbers). */
function columnOf(it: Item, gutters: Gutter[]): number {
  const mid = it.x + it.w / 2;
  let c = 0;
  while (c < gutters.length && mid > (gutters[c]!.start + gutters[c]!.end) / 2) c++;
  return c;
}

function cellsOf(row: Row, gutters: Gutter[]): Item[][] {
  const cells: Item[][] = gutters.map(() => []);
  cells.push([]);
  for (const it of row.items) cells[columnOf(it, gutters)]!.push(it);
  return cells;
}

/**
 * Rows that share gutters are either a table or columns of text set on the same baselines. Where a cell's
 * sentence runs on into the row below, a table leaves the other cells of that continuation row empty (the cell
 * wraps inside its row), while columns of text go on beside it. Without such wraps: columns when there are two
 * or three and at least two of them are prose (most cells fill the column and are 20+ characters). And a
 * table's rows never overlap: two rows closer than a line, in different columns, are columns of text whose
 * lines do not share baselines.
 */
function isProseColumns(rows: Row[], gutters: Gutter[]): boolean {
  const cols = gutters.length + 1;
  const cells = rows.map((r) => cellsOf(r, gutters).map((c) => (c.length ? { text: itemsText(c), w: extent(c)[1] - extent(c)[0] } : null)));
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    if (a.y - b.y < 0.7 * Math.max(a.size, b.size) && !cells[i]!.some((x, k) => x !== null && cells[i - 1]![k] !== null)) return true;
  }
  let wraps = 0;
  let withOthers = 0;
  for (let c = 0; c < cols; c++) {
    for (let i = 1; i < cells.length; i++) {
      const [a, b] = [cells[i - 1]![c], cells[i]![c]];
      if (!a || !b || !runsOn(a.text, b.text)) continue;
      wraps++;
      if (cells[i]!.some((x, k) => k !== c && x !== null)) withOthers++;
    }
  }
  if (wraps >= 2) return withOthers >= 0.5 * wraps;
  if (cols > 3) return false;
  let prose = 0;
  for (let c = 0; c < cols; c++) {
    const filled = cells.map((r) => r[c]).filter((x): x is { text: string; w: number } => x !== null);
    if (filled.length < 3) continue;
    const width = Math.max(...filled.map((x) => x.w));
    if (filled.filter((x) => x.text.length >= 20 && x.w >= 0.6 * width).length >= 0.5 * filled.length) prose++;
  }
  return prose >= 2;
}

/**
 * The gutters of a table: x-ranges at least `min` wide that (nearly) no row of it covers, with cells on both
 * sides in two rows or more. A tenth of the rows may cross a gutter (a header cell over two columns, a long
 * cell that pokes into the next column's margin).
 */
function runGutters(rows: Row[], min: number): Gutter[] {
  let [x0, x1] = [Infinity, -Infinity];
  for (const r of rows) {
    const [a, b] = extent(r.items);
    [x0, x1] = [Math.min(x0, a), Math.max(x1, b)];
  }
  const n = Math.ceil(x1 - x0) + 1;
  if (!(n > 1) || n > 20_000) return [];
  const cover = new Uint16Array(n);
  const mark = new Uint8Array(n);
  for (const r of rows) {
    mark.fill(0);
    for (const it of r.items) {
      for (let k = Math.max(0, Math.floor(it.x - x0)); k <= Math.min(n - 1, Math.floor(it.x + it.w - x0)); k++) mark[k] = 1;
    }
    for (let k = 0; k < n; k++) cover[k]! += mark[k]!;
  }
  const allowed = rows.length >= 5 ? Math.max(1, Math.floor(rows.length * 0.1)) : 0;
  const out: Gutter[] = [];
  for (let k = 0; k < n; k++) {
    if (cover[k]! > allowed) continue;
    let e = k;
    while (e + 1 < n && cover[e + 1]! <= allowed) e++;
    // Its core, where the fewest rows cross: the gutter proper.
    let low = Infinity;
    for (let j = k; j <= e; j++) low = Math.min(low, cover[j]!);
    let [cs, ce] = [k, k - 1];
    for (let j = k; j <= e; j++) {
      if (cover[j] !== low) continue;
      let f = j;
      while (f + 1 <= e && cover[f + 1] === low) f++;
      if (f - j > ce - cs) [cs, ce] = [j, f];
      j = f;
    }
    const g = { start: x0 + cs, end: x0 + ce + 1 };
    const both = rows.filter((r) => r.items.some((it) => it.x + it.w <= g.start + 1) && r.items.some((it) => it.x >= g.end - 1)).length;
    if (k > 0 && e < n - 1 && e + 1 - k >= min && both >= 2) out.push(g);
    k = e;
  }
  return out;
}

interface TableRun {
  start: number; // row index
  end: number; // exclusive
  gutters: Gutter[];
}

/** Maximal runs of consecutive rows with shared gutters and at least three rows of two or more cells. */
function tableRuns(rows: Row[]): TableRun[] {
  const runs: TableRun[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i]!;
    const cellGap = Math.max(first.size, 6);
    let free = rowGaps(first, cellGap);
    if (!free.length) { i++; continue; }
    let end = i + 1;
    let last = free;
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j]!;
      if (rows[j - 1]!.y - r.y > 3 * Math.max(r.size, rows[j - 1]!.size)) break;
      const next = subtract(free, r, 0.8 * cellGap);
      if (!next.length) break;
      free = next;
      last = next;
      end = j + 1;
    }
    const span = rows.slice(i, end);
    const loose = runGutters(span, 0.5 * first.size);
    const gutters = loose.length > last.length ? loose : last.sort((a, b) => a.start - b.start);
    const multi = span.filter((r) => cellsOf(r, gutters).filter((c) => c.length).length >= 2).length;
    // Rows of two cells or more: at least three, and two in five once wrapped cells are joined.
    const logical = multi >= 3 ? logicalRows(span, gutters) : [];
    const full = logical.filter((r) => r.cells.filter(Boolean).length >= 2).length;
    if (multi >= 3 && full >= 0.4 * logical.length && !isProseColumns(span, gutters)) {
      runs.push({ start: i, end, gutters });
      i = end;
    } else {
      i = multi >= 3 ? end : i + 1;
    }
  }
  return runs;
}

interface TableRow {
  cells: string[];
  y: number;
  x0: number;
  x1: number;
  size: number;
}

/** A table's rows with wrapped cells joined back into their row: a continuation row has nothing new in the
 * first column, and each of its cells goes on from the cell above. */
function logicalRows(rows: Row[], gutters: Gutter[]): TableRow[] {
  const out: TableRow[] = [];
  for (const r of rows) {
    const cells = cellsOf(r, gutters).map((c) => (c.length ? itemsText(c) : ''));
    if (!cells.some(Boolean)) continue;
    const [x0, x1] = extent(r.items);
    const prev = out.at(-1);
    const continuation = prev && cells.every((c, k) => {
      if (!c) return true;
      const above = prev.cells[k] ?? '';
      if (!above) return false;
      return k === 0 ? runsOn(above, c) : runsOn(above, c) || !TERMINAL.test(above);
    });
    if (prev && continuation) {
      cells.forEach((c, k) => { if (c) prev.cells[k] = joinInto(prev.cells[k] ?? '', c); });
      [prev.x0, prev.x1] = [Math.min(prev.x0, x0), Math.max(prev.x1, x1)];
    } else {
      out.push({ cells, y: r.y, x0, x1, size: r.size });
    }
  }
  return out;
}

/** A table run → one line per row, cells joined by a tab. */
function tableBlock(rows: Row[], gutters: Gutter[]): Block | null {
  const lines = logicalRows(rows, gutters).map((r) => {
    let [a, b] = [0, r.cells.length];
    while (a < b && !r.cells[a]) a++;
    while (b > a && !r.cells[b - 1]) b--;
    return { text: r.cells.slice(a, b).join('\t'), y: r.y, x0: r.x0, x1: r.x1, size: r.size };
  });
  return lines.length ? { lines, right: Math.max(...lines.map((l) => l.x1)), table: true } : null;
}

// ------------------------------------------------------------------------------------------ columns

/** A vertical band free of text across most rows (the few rows that cross it are titles spanning the
 * columns), with prose-like columns of text on both sides. */
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
  const mark = new Uint8Array(n);
  for (const r of rows) {
    mark.fill(0);
    for (const it of r.items) {
      const a = Math.max(0, Math.floor((it.x - minX) / BIN));
      const b = Math.min(n - 1, Math.floor((it.x + it.w - minX) / BIN));
      for (let k = a; k <= b; k++) mark[k] = 1;
    }
    for (let k = 0; k < n; k++) cover[k]! += mark[k]!;
  }
  const allowed = Math.max(1, Math.floor(rows.length * 0.1));
  const runs: Required<Gutter>[] = [];
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
    const span = (e + 1 - k) * BIN;
    if (span >= 6 && end - start >= 2 && mid > minX + width * 0.2 && mid < minX + width * 0.8) runs.push({ start, end, span });
    k = e + 1;
  }
  runs.sort((a, b) => b.span - a.span || b.end - b.start - (a.end - a.start));
  for (const g of runs) {
    const mid = (g.start + g.end) / 2;
    let leftRows = 0, rightRows = 0, leftChars = 0, rightChars = 0, leftOnly = 0, rightOnly = 0;
    const leftW: number[] = [];
    const rightW: number[] = [];
    for (const r of rows) {
      const left = r.items.filter((it) => it.x + it.w <= mid);
      const right = r.items.filter((it) => it.x >= mid);
      if (left.length) {
        leftRows++;
        leftChars += left.reduce((s, it) => s + it.str.length, 0);
        const [a, b] = extent(left);
        leftW.push(b - a);
      }
      if (left.length && !right.length) leftOnly++;
      if (right.length && !left.length) rightOnly++;
      if (right.length) {
        rightRows++;
        rightChars += right.reduce((s, it) => s + it.str.length, 0);
        const [a, b] = extent(right);
        rightW.push(b - a);
      }
    }
    const need = Math.max(3, rows.length * 0.2);
    const total = leftChars + rightChars;
    const upperQuartile = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length * 0.75)] ?? 0;
    if (leftRows < need || rightRows < need) continue;
    // Each side holds a fair share of the text, or the smaller side has rows of its own between the other
    // side's lines (labels of a chart beside a column of prose).
    const [small, only] = leftChars < rightChars ? [leftChars, leftOnly] : [rightChars, rightOnly];
    if (small < total * 0.15 && !(only >= 3 && small >= total * 0.04)) continue;
    // At least one side is prose: many of its lines fill the column.
    if (upperQuartile(leftW) < (g.start - minX) * 0.6 && upperQuartile(rightW) < (maxX - g.end) * 0.6) continue;
    return g;
  }
  return null;
}

/** A row spans the gutter (a title over both columns) when an item stands in it, or when its text on
 * either side comes closer across the gutter than half the gutter's width. */
function spans(r: Row, g: Gutter): boolean {
  const mid = (g.start + g.end) / 2;
  let [left, right] = [-Infinity, Infinity];
  for (const it of r.items) {
    if (it.x < g.end - 1 && it.x + it.w > g.start + 1) return true;
    if (it.x + it.w / 2 < mid) left = Math.max(left, it.x + it.w);
    else right = Math.min(right, it.x);
  }
  return right - left < 0.5 * (g.span ?? g.end - g.start);
}

/** Rows → column blocks in reading order: bands between full-width rows, each band's left column, then right.
 * `bound` is the right edge of the area the rows stand in (a column ends at its gutter). */
function columnBlocks(rows: Row[], bound = -Infinity, depth = 0, known?: Gutter | null): Block[] {
  const gutter = known !== undefined ? known : depth < 3 ? findGutter(rows) : null;
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
    if (spans(r, gutter)) {
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

/** Cut rows into bands at vertical gaps of more than three lines of their type. */
function bands(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  for (const r of rows) {
    const prev = out.at(-1)?.at(-1);
    if (prev && prev.y - r.y <= 3 * Math.min(prev.size, r.size)) out.at(-1)!.push(r);
    else out.push([r]);
  }
  return out;
}

const crosses = (rows: Row[], g: Gutter) => rows.some((r) => r.items.some((it) => it.x < g.end && it.x + it.w > g.start));
const overlap = (a: Gutter, b: Gutter) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;

/** Bands read one after the other; neighbouring bands with the same column gutter are read as one. */
function stretchBlocks(rows: Row[]): Block[] {
  const groups: { rows: Row[]; gutter: Gutter | null; merged: boolean }[] = [];
  for (const band of bands(rows)) {
    const g = findGutter(band);
    const cur = groups.at(-1);
    if (cur) {
      const join =
        (cur.gutter && g && overlap(cur.gutter, g)) ||
        (cur.gutter && !g && band.length < 4 && !crosses(band, cur.gutter)) ||
        (!cur.gutter && g && cur.rows.length < 4 && !crosses(cur.rows, g));
      if (join) {
        cur.rows.push(...band);
        cur.gutter ??= g;
        cur.merged = true;
        continue;
      }
    }
    groups.push({ rows: [...band], gutter: g, merged: false });
  }
  return groups.flatMap((g) => columnBlocks(g.rows, -Infinity, 0, g.merged ? findGutter(g.rows) ?? g.gutter : g.gutter));
}

/** One page's rows (top to bottom, running rows removed) → blocks in reading order. */
export function pageBlocks(rows: Row[]): Block[] {
  const out: Block[] = [];
  let at = 0;
  for (const run of tableRuns(rows)) {
    if (run.start > at) out.push(...stretchBlocks(rows.slice(at, run.start)));
    const t = tableBlock(rows.slice(run.start, run.end), run.gutters);
    if (t) out.push(t);
    at = run.end;
  }
  if (at < rows.length) out.push(...stretchBlocks(rows.slice(at)));
  return out;
}
