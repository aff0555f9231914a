// The terms kept on write for prefix search (src/db/search-terms.ts) against SQLite's own FTS5 tokenizer: the
// table of src/db/fts-tokens.ts code point by code point, the terms of real Swedish documents, and the terms an
// archive adds when it stores a document's text, directly or after a queued upload.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { FOLDS, SEPARATOR_RANGES } from '../src/db/fts-tokens.js';
import { foldTerm, ftsTerms } from '../src/db/search-terms.js';
import { openSqlite } from '../src/db/sqlite.js';
import { search } from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { ftsTokenTable } from './fts-oracle.js';

const pairs = (xs: readonly number[]) => Array.from({ length: xs.length / 2 }, (_, i) => [xs[2 * i]!, xs[2 * i + 1]!]);

/** The distinct terms FTS5 (the archive's tokenizer) makes of each text, in one in-memory index. */
function ftsVocabulary(texts: string[]): string[][] {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE f USING fts5(t, tokenize = 'unicode61 remove_diacritics 0');
      CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');`);
    const insert = db.prepare('INSERT INTO f (rowid, t) VALUES (?, ?)');
    texts.forEach((t, i) => insert.run(i + 1, t));
    const out: Set<string>[] = texts.map(() => new Set());
    for (const [term, doc] of db.prepare('SELECT term, doc FROM v').raw().all() as [string, number][]) out[doc - 1]!.add(term);
    return out.map((s) => [...s].sort());
  } finally {
    db.close();
  }
}

describe('the terms of the full-text index, made in JavaScript', () => {
  it("are split and folded by a table that is SQLite's own, every code point", () => {
    const sqlite = ftsTokenTable();
    expect(pairs(SEPARATOR_RANGES)).toEqual(sqlite.separators);
    expect(pairs(FOLDS)).toEqual(sqlite.folds);
  }, 60_000);

  it('are the terms FTS5 makes of the real documents of the corpus', () => {
    const texts: string[] = [];
    for (const dir of ['../corpus/docs', '../corpus/real/docs']) {
      const abs = join(__dirname, dir);
      for (const f of readdirSync(abs).filter((x) => x.endsWith('.txt')).sort()) texts.push(readFileSync(join(abs, f), 'utf8'));
    }
    expect(texts.length).toBeGreaterThan(40);
    const vocab = ftsVocabulary(texts);
    texts.forEach((t, i) => expect(ftsTerms(t).sort()).toEqual(vocab[i]));
    expect(ftsTerms('Västerås stad, Västerås STAD: 2030-talet')).toEqual(['västerås', 'stad', '2030', 'talet']);
  });

  it('fold and split the hard cases as FTS5 does', () => {
    const hard = [
      'ΣΟΣ Σίσυφος', // a final Σ: toLowerCase on the word would give ς, FTS5 gives σ
      'İstanbul ſtockholm KELVIN', // İ stays (toLowerCase: i̇), ſ folds to s, the Kelvin sign to k
      'Straße STRASSE Ｋｏｍｍｕｎ', // ß stays, full-width letters fold
      'a\u0308r ö\u0301 x\u0305y', // combining marks: some join the term, some end it
      '🌍klimat😀 𝐀𝐁 日本語 اللغة', // astral symbols separate, astral letters do not
      'Lunds\u00adkommun e\u200dpost\tny\u00a0rad', // soft hyphen, joiner, tab, no-break space
    ];
    const vocab = ftsVocabulary(hard);
    hard.forEach((t, i) => expect(ftsTerms(t).sort(), t).toEqual(vocab[i]));
    expect(foldTerm('ΣΟΣ')).toBe('σοσ');
    expect(foldTerm('Hållbar')).toBe('hållbar');
  });
});

describe('the archive keeps the terms on write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-terms-'));
  const store = openSqlite(join(dir, 'k.db'));
  const archive = new Archive({ db: store, blobs: fsBlobStore(join(dir, 'blobs')) });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const stored = () => new Set((store.client.prepare('SELECT term FROM search_terms').all() as { term: string }[]).map((r) => r.term));
  const enc = new TextEncoder();

  it('adds the terms of an uploaded text and of a queued one when it is processed', async () => {
    const direct = 'Hållbarhetslöftet i Växjö\n\nVäxjö kommun lovar att halvera utsläppen till 2030, säger kommunstyrelsens ordförande.\n';
    const queued = 'Klimatneutralitetsarbetet i Örebro\n\nÖrebro kommun ska vara klimatneutralt 2035 enligt kommunfullmäktige.\n';
    const a = await archive.upload({ bytes: enc.encode(direct), filename: 'vaxjo.txt' });
    expect(a.outcome).toBe('created');
    const b = await archive.upload({ bytes: enc.encode(queued), filename: 'orebro.txt' }, { defer: true });
    expect(b.outcome).toBe('queued');
    expect(stored().has('klimatneutralitetsarbetet')).toBe(false);
    archive.processLater(b.document.id);
    await archive.idle();
    const terms = stored();
    for (const t of [...ftsTerms(direct), ...ftsTerms(queued)]) expect(terms.has(t), t).toBe(true);
    expect(terms.has('hållbarhetslöftet')).toBe(true);
    // A broad search (here: more than 0 matches) pages its prefixes spelt out from these terms.
    const page = { limit: 10, offset: 0 };
    const spelt = await search(store.db, 'klimatneutralitets*', page, 0);
    expect(spelt).toMatchObject({ order: 'newest', more: true });
    expect(spelt.items.map((h) => h.documentId)).toEqual([b.document.id]);
    expect((await search(store.db, 'HÅLLBARHETS*', page, 0)).items.map((h) => h.documentId)).toEqual([a.document.id]);
    expect((await search(store.db, 'hållbarhets*', page)).items.map((h) => h.documentId)).toEqual([a.document.id]);
  });
});
