// The terms of the full-text index, kept on write in `search_terms` (migrations/0013_search_terms.sql), so that a
// prefix search ("klimatneutral*") finds the terms it stands for in an index of its own. FTS5's vocabulary table
// can list them too, but it counts every term's documents while it does: 44–78 ms for one prefix at a million
// documents, most of a search's time.
// `ftsTerms` splits and folds text exactly as the index's tokenizer does (the tables in src/db/fts-tokens.ts, read
// from SQLite; test/search-terms.test.ts checks every code point), so the table holds every term of the index.
// Terms are never removed: one that no stored document has any longer matches nothing and costs nothing.
import { FOLDS, SEPARATOR_RANGES } from './fts-tokens.js';
import { sql } from 'drizzle-orm';
import type { Db, Statement } from './index.js';
import { searchTerms } from './schema.js';

/** One bit per code point: set when it separates terms. */
const SEPARATOR = new Uint8Array(0x110000 >> 3);
for (let i = 0; i < SEPARATOR_RANGES.length; i += 2) {
  for (let c = SEPARATOR_RANGES[i]!; c <= SEPARATOR_RANGES[i + 1]!; c++) SEPARATOR[c >> 3]! |= 1 << (c & 7);
}
const isSeparator = (c: number) => (SEPARATOR[c >> 3]! & (1 << (c & 7))) !== 0;

const FOLD = new Map<number, number>();
for (let i = 0; i < FOLDS.length; i += 2) FOLD.set(FOLDS[i]!, FOLDS[i + 1]!);
// toLowerCase on a whole string folds a final Σ to ς; FTS5 folds every Σ to σ, as toLowerCase does on Σ alone.
FOLD.set(0x3a3, 0x3c3);

/** A term folded as FTS5 folds it: toLowerCase, code point by code point where the two differ. */
export function foldTerm(term: string): string {
  let special = false;
  for (const ch of term) if (FOLD.has(ch.codePointAt(0)!)) { special = true; break; }
  if (!special) return term.toLowerCase();
  let out = '';
  for (const ch of term) {
    const f = FOLD.get(ch.codePointAt(0)!);
    out += f === undefined ? ch.toLowerCase() : String.fromCodePoint(f);
  }
  return out;
}

/** The distinct terms FTS5 makes of `texts` (a document's title and text), in order of first appearance. */
export function ftsTerms(...texts: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    let start = -1;
    let ascii = true;
    const end = (i: number) => {
      const raw = text.slice(start, i);
      seen.add(ascii ? raw.toLowerCase() : foldTerm(raw));
      start = -1;
    };
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      const at = i;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00); i++; }
      }
      if (isSeparator(c)) { if (start >= 0) end(at); continue; }
      if (start < 0) { start = at; ascii = true; }
      if (c > 0x7f) ascii = false;
    }
    if (start >= 0) end(text.length);
  }
  return [...seen];
}

/**
 * The statement that adds a document's terms to `search_terms` (those already there are skipped): one statement
 * with the terms as a JSON array, 0.13 ms for a document of ~160 terms where a row each cost 0.33 ms.
 */
export function addSearchTerms(db: Db, title: string | null | undefined, text: string | null | undefined): Statement {
  const terms = JSON.stringify(ftsTerms(title, text));
  // (`where true`: an upsert after a select needs a where clause to be told from a join's ON.)
  return db.insert(searchTerms).select(sql`select value from json_each(${terms}) where true`).onConflictDoNothing() as unknown as Statement;
}
