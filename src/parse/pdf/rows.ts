// Items → rows (one baseline each), with super- and subscripts attached to their base, and row text.
import type { Item } from './items.js';
import { foldPdfText } from './text.js';

export interface Row {
  y: number;
  size: number;
  items: Item[]; // sorted by x
}

export function dominantSize(items: Item[]): number {
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

// Letter-spaced runs: four or more tokens, all single characters except perhaps the first and the last
// (two at most), as a PDF reader spells out text set with wide tracking ("Su m m a", "1 7 5 0 7 0",
// "K l i m a t"). Real prose has no such runs.
const SPACED = /(?<![^\s])[\p{L}\p{N}]{1,2}(?: [\p{L}\p{N}]){2,} [\p{L}\p{N}]{1,2}(?![^\s])/gu;

const joinSpaced = (s: string) => s.replace(SPACED, (m) => m.replace(/ /g, ''));

/** The text of items on one baseline: a space where they stand apart, none inside a word or before a script. */
export function itemsText(items: Item[]): string {
  let s = '';
  let end: number | null = null;
  let size = 0;
  for (const it of items) {
    const gap = end === null ? 0 : it.x - end;
    if (s && end !== null && gap > Math.min(it.size, size) * 0.15 && !/\s$/.test(s) && !/^\s/.test(it.str)) s += ' ';
    s += it.str;
    end = it.x + it.w;
    size = it.size;
  }
  return joinSpaced(foldPdfText(s).replace(/\s+/g, ' ').trim());
}

/**
 * Super- and subscripts (CO₂, m², footnote marks) are smaller and off the baseline, so they first come out as
 * rows of their own. Each small item right after (or right before) an item of a neighbouring row of larger
 * type, within that row's ascent or descent, is moved onto that row.
 */
function attachScripts(rows: Row[]): Row[] {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    for (const it of [...r.items]) {
      let best: Row | null = null;
      let bestDy = Infinity;
      for (const n of [rows[i - 1], rows[i + 1]]) {
        if (!n || n === r || !n.items.length || it.size > 0.82 * n.size) continue;
        const dy = it.y - n.y;
        if (dy > 0.7 * n.size || dy < -0.45 * n.size) continue;
        const touches = n.items.some((b) => {
          const after = it.x - (b.x + b.w);
          const before = b.x - (it.x + it.w);
          return (after > -0.3 * n.size && after < 0.25 * n.size) || (before > -0.3 * n.size && before < 0.15 * n.size);
        });
        if (touches && Math.abs(dy) < bestDy) [best, bestDy] = [n, Math.abs(dy)];
      }
      if (!best) continue;
      r.items.splice(r.items.indexOf(it), 1);
      best.items.push({ ...it, y: best.y });
    }
  }
  const out = rows.filter((r) => r.items.length);
  for (const r of out) r.items.sort((a, b) => a.x - b.x);
  return out;
}

export function toRows(items: Item[]): Row[] {
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
  const out = attachScripts(rows);
  for (const r of out) r.size = dominantSize(r.items);
  return out;
}

export function extent(items: Item[]): [number, number] {
  let [x0, x1] = [Infinity, -Infinity];
  for (const i of items) [x0, x1] = [Math.min(x0, i.x), Math.max(x1, i.x + i.w)];
  return [x0, x1];
}
