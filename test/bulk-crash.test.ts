// A crash in the middle of a bulk ingest: `kommunarkiv ingest` (extraction processes + the batching writer) is
// killed with SIGKILL, its whole process group, once part of the files are done; the same ingest is run again.
// Every file must then be stored exactly once (a document per file, one original each, nothing half-written),
// and the database must pass PRAGMA integrity_check with its counts kept on write still true.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const FILES = 160;
const tmp = mkdtempSync(join(tmpdir(), 'kommunarkiv-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const texts = readdirSync('corpus/docs').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('corpus/docs', f), 'utf8'));
const MUNICIPALITIES = ['Sundsvall', 'Gävle', 'Luleå', 'Växjö', 'Östersund', 'Borås', 'Örnsköldsvik', 'Härnösand'];

describe('kill -9 during a bulk ingest, then the same ingest again', () => {
  it('stores every file exactly once and leaves a sound database', async () => {
    const input = join(tmp, 'in');
    const dataDir = join(tmp, 'data');
    mkdirSync(input);
    const shas = new Set<string>();
    for (let i = 0; i < FILES; i++) {
      const text = `${texts[i % texts.length]}\n\nArkivexemplar nr ${i}: inkommet till registraturen i ${MUNICIPALITIES[i % MUNICIPALITIES.length]} kommun.\n`;
      writeFileSync(join(input, `dokument-${String(i).padStart(3, '0')}.txt`), text);
      shas.add(createHash('sha256').update(text).digest('hex'));
    }
    const env = { ...process.env, DATA_DIR: dataDir };

    // The first run, killed (SIGKILL to its process group) after 40 files are done.
    const first = spawn(TSX, ['src/cli.ts', 'ingest', '--jobs', '2', input], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const killed = new Promise<void>((resolve) => {
      first.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if ((err.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 40 && first.exitCode === null && !first.killed) {
          process.kill(-first.pid!, 'SIGKILL');
          resolve();
        }
      });
      first.on('exit', () => resolve());
    });
    await killed;
    await new Promise((r) => (first.exitCode !== null || first.signalCode !== null ? r(null) : first.once('exit', r)));
    expect(first.signalCode).toBe('SIGKILL');
    const db = join(dataDir, 'kommunarkiv.db');
    const count = () => {
      const c = new BetterSqlite3(db, { readonly: true });
      try { return (c.prepare('select count(*) as n from documents').get() as { n: number }).n; } finally { c.close(); }
    };
    const before = count();
    // Killed in the middle: some documents committed, not all.
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(FILES);

    // The same ingest again, to its end.
    const second = spawnSync(TSX, ['src/cli.ts', 'ingest', '--jobs', '2', input], { env, encoding: 'utf8', timeout: 180_000 });
    expect(second.status, second.stderr).toBe(0);
    const sum = /stored (\d+), duplicates (\d+), renditions (\d+), failed (\d+)/.exec(second.stdout);
    expect(sum).not.toBeNull();
    const [stored, duplicates, renditions, failed] = sum!.slice(1).map(Number);
    // What the first run committed is recognised; the rest (the batch lost in the crash included) is stored now.
    expect({ stored, duplicates, renditions, failed }).toEqual({ stored: FILES - before, duplicates: before, renditions: 0, failed: 0 });

    const c = new BetterSqlite3(db, { readonly: true });
    try {
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = c.prepare('select sha256, status from documents').all() as { sha256: string; status: string }[];
      expect(rows).toHaveLength(FILES);
      expect(new Set(rows.map((r) => r.sha256))).toEqual(shas);
      expect(rows.every((r) => r.status === 'extracted')).toBe(true);
      expect((c.prepare('select count(*) as n from renditions').get() as { n: number }).n).toBe(0);
      // Every document has its records, and the counts kept on write agree with the rows.
      expect((c.prepare('select count(*) as n from documents d where not exists (select 1 from mentions m where m.document_id = d.id)').get() as { n: number }).n).toBe(0);
      expect((c.prepare(`select n from tallies where key = 'documents'`).get() as { n: number }).n).toBe(FILES);
      expect((c.prepare(`select n from tallies where key = 'commitments_all'`).get() as { n: number }).n)
        .toBe((c.prepare('select count(*) as n from commitments').get() as { n: number }).n);
    } finally {
      c.close();
    }
    // One original per file on disk, and no half-written temporary file.
    const originals = readdirSync(join(dataDir, 'originals'), { recursive: true, encoding: 'utf8' }).map((f) => f.split('/').pop()!);
    expect(originals.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(new Set(originals.filter((f) => /^[0-9a-f]{64}$/.test(f)))).toEqual(shas);
    expect(existsSync(db)).toBe(true);
  }, 240_000);
});
