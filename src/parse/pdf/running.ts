// Running headers and footers: rows in the page margins that recur from page to page at the same height,
// page numbers in every shape ("5", "- 5 -", "Sida 5 av 44", "5 (44)"), and dates that recur as a running
// header. Only the margins are looked at: a row counts when it stands in the top or bottom fifth of the page
// and nothing but other running rows lies between it and the page edge. Table rows and headings in the body
// are never taken for a footer however often they recur: they are not outermost, or not at the same height.
import { itemsText, type Row } from './rows.js';

export const PAGE_NUMBER = /^(?:(?:sida|sid\.?|s\.|page|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:av|\/|of|\(|\|)\s*\d{1,4}\s*\)?)?$/i;
const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE = new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b`, 'giu');

/** Recurrence key: lower case, dates and numbers masked, so "Sida 3 av 44" and "Sida 4 av 44" are one row. */
export const runningKey = (s: string) =>
  s.toLowerCase().replace(DATE, '‹datum›').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export interface PageRows {
  rows: Row[]; // top to bottom
  top: number;
  bottom: number;
}

const MARGIN = 0.2;

/** Indices of the rows in the top margin (from the top) and the bottom margin (from the bottom). */
function marginRows(page: PageRows): { top: number[]; bottom: number[] } {
  const band = (page.top - page.bottom) * MARGIN;
  const top: number[] = [];
  const bottom: number[] = [];
  for (let i = 0; i < page.rows.length && page.rows[i]!.y >= page.top - band; i++) top.push(i);
  for (let i = page.rows.length - 1; i >= 0 && page.rows[i]!.y <= page.bottom + band && !top.includes(i); i--) bottom.push(i);
  return { top, bottom };
}

/** Drop running headers and footers, page numbers and recurring dates from the margins of every page. */
export function removeRunningRows(pages: PageRows[]): Row[][] {
  const margins = pages.map(marginRows);
  const texts = pages.map((p, i) => {
    const t: string[] = [];
    for (const k of [...margins[i]!.top, ...margins[i]!.bottom]) t[k] = itemsText(p.rows[k]!.items);
    return t;
  });
  const seen = new Map<string, { page: number; y: number }[]>();
  margins.forEach(({ top, bottom }, p) => {
    for (const i of [...top, ...bottom]) {
      const key = runningKey(texts[p]![i]!);
      if (!key || key.length > 150) continue;
      if (!seen.has(key)) seen.set(key, []);
      seen.get(key)!.push({ page: p, y: pages[p]!.rows[i]!.y });
    }
  });
  const minPages = Math.max(2, Math.ceil(pages.length * 0.3));
  const recurs = (key: string, y: number, size: number) =>
    new Set((seen.get(key) ?? []).filter((s) => Math.abs(s.y - y) <= Math.max(3, 0.6 * size)).map((s) => s.page)).size >= minPages;
  return pages.map((page, p) => {
    const drop = new Set<number>();
    const running = (i: number) => {
      const text = texts[p]![i]!;
      return PAGE_NUMBER.test(text) || recurs(runningKey(text), page.rows[i]!.y, page.rows[i]!.size);
    };
    // From each edge inwards, while the rows are running ones: the first body row ends the margin.
    for (const side of [margins[p]!.top, margins[p]!.bottom]) {
      for (const i of side) {
        if (!running(i)) break;
        drop.add(i);
      }
    }
    return page.rows.filter((_, i) => !drop.has(i));
  });
}
