// SQLite's FTS5 tokenizer as an oracle: every code point, as `a` + code point, in one document of an in-memory
// full-text table with the archive's tokenizer (migrations/0001_fts.sql); its vocabulary says, per code point,
// whether it is a separator and what it folds to. Used by scripts/gen-fts-tokens.ts and test/search-terms.test.ts.
import Database from 'better-sqlite3';

export interface FtsTokenTable {
  /** [first, last] code point ranges that separate terms. */
  separators: [number, number][];
  /** [code point, folded code point] where FTS5 folds otherwise than toLowerCase does on the code point alone. */
  folds: [number, number][];
  sqliteVersion: string;
}

export function ftsTokenTable(): FtsTokenTable {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE f USING fts5(t, tokenize = 'unicode61 remove_diacritics 0');
      CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');`);
    const cps: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) cps.push(c);
    // 'a' + c + ' ': one term per code point whatever c is ('a' alone when c separates), so offset i is code point i.
    db.prepare('INSERT INTO f (rowid, t) VALUES (1, ?)').run(cps.map((c) => `a${String.fromCodePoint(c)} `).join(''));
    const byOffset: string[] = new Array(cps.length);
    for (const [term, offset] of db.prepare('SELECT term, offset FROM v').raw().all() as [string, number][]) byOffset[offset] = term;
    const separators: [number, number][] = [];
    const folds: [number, number][] = [];
    cps.forEach((c, i) => {
      const term = byOffset[i];
      if (term === undefined) throw new Error(`no term at offset ${i} (U+${c.toString(16)})`);
      if (term === 'a' && c !== 0x61 && c !== 0x41) {
        const last = separators[separators.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else separators.push([c, c]);
        return;
      }
      const folded = term.slice(1);
      if ([...folded].length !== 1) throw new Error(`U+${c.toString(16)} folds to ${folded.length} code points`);
      if (folded !== String.fromCodePoint(c).toLowerCase()) folds.push([c, folded.codePointAt(0)!]);
    });
    return { separators, folds, sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v };
  } finally {
    db.close();
  }
}
