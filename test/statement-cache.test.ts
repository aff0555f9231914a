// The statements a SQLite connection compiles are kept by their SQL text (src/db/sqlite.ts): one comes back as
// new (its modes off), one still being iterated is not handed out again, and the cache keeps only the most
// recently used texts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite, STATEMENT_CACHE_SIZE } from '../src/db/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-statements-'));
const store = openSqlite(join(dir, 'k.db'));
const sqlite = store.client;
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kept statements', () => {
  const text = "select code, name from municipalities where name in ('Gävle', 'Åre', 'Örebro') order by name";

  it('are the same statement for the same text, and come back with their modes off', () => {
    const first = sqlite.prepare(text);
    // (In SQLite's order of the bytes: G before Å before Ö.)
    expect(first.raw().all()).toEqual([['2180', 'Gävle'], ['2321', 'Åre'], ['1880', 'Örebro']]);
    const again = sqlite.prepare(text);
    expect(again).toBe(first);
    expect(again.all()[0]).toEqual({ code: '2180', name: 'Gävle' });
    expect(sqlite.prepare(text).pluck().get()).toBe('2180');
    expect(sqlite.prepare(text).get()).toEqual({ code: '2180', name: 'Gävle' });
  });

  it('are not shared while one is being iterated', () => {
    const rows = sqlite.prepare(text).iterate();
    const first = rows.next();
    const inner = sqlite.prepare(text);
    expect(inner.all()).toHaveLength(3);
    expect(first.value).toEqual({ code: '2180', name: 'Gävle' });
    expect([...rows]).toHaveLength(2);
  });

  it('keep only the most recently used texts', () => {
    const kept = sqlite.prepare(text);
    for (let i = 0; i < STATEMENT_CACHE_SIZE; i++) sqlite.prepare(`select ${i} as n`);
    expect(sqlite.prepare(text)).not.toBe(kept);
    const last = sqlite.prepare(`select ${STATEMENT_CACHE_SIZE - 1} as n`);
    expect(sqlite.prepare(`select ${STATEMENT_CACHE_SIZE - 1} as n`)).toBe(last);
  });
});
