import type { PageSpan } from '../types.js';

export const onePage = (text: string): PageSpan[] => [{ page: 1, start: 0, end: text.length }];

/** The 1-based page that contains character offset `at`. */
export function pageAt(pages: PageSpan[], at: number): number {
  for (const p of pages) if (at >= p.start && at < p.end) return p.page;
  return pages.at(-1)?.page ?? 1;
}
