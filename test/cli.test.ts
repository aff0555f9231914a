// The CLI: `extract` writes one corpus-schema JSON per file, equal to the upload response's extraction;
// `ingest` stores files and folders into DATA_DIR and sums up.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers/app.js';

const TSX = join('node_modules', '.bin', 'tsx');
const files = [
  ...readdirSync('corpus/docs').map((f) => join('corpus/docs', f)),
  ...readdirSync('corpus/formats').map((f) => join('corpus/formats', f)),
];
const tmp = mkdtempSync(join(tmpdir(), 'kommunarkiv-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('kommunarkiv extract', () => {
  it('writes one JSON per file in one process, equal to what an upload answers', async () => {
    const out = join(tmp, 'out');
    execFileSync(TSX, ['src/cli.ts', 'extract', '--out', out, ...files], { stdio: 'pipe' });
    // NAME.txt, NAME.html, NAME.docx and NAME.pdf all write NAME.json: the last one given wins, as for the scorer.
    const written = readdirSync(out).sort();
    expect(written).toEqual([...new Set(files.map((f) => f.split('/').pop()!.replace(/\.[^.]+$/, '.json')))].sort());

    const t = makeApp();
    try {
      for (const file of readdirSync('corpus/formats').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/formats', f))) {
        const cli = JSON.parse(readFileSync(join(out, file.split('/').pop()!.replace('.pdf', '.json')), 'utf8'));
        const res = await t.uploadFile(file);
        const api = ((await res.json()) as { extraction: unknown }).extraction;
        expect(api).toEqual(cli);
        expect(cli.doc).toMatch(/\.txt$/);
      }
    } finally {
      t.close();
    }
  }, 120_000);

  it('exits 2 with usage when --out is missing', () => {
    const r = spawnSync(TSX, ['src/cli.ts', 'extract', 'corpus/docs/kalmar-vag2.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});

describe('kommunarkiv ingest', () => {
  it('stores folders, counts duplicates and refuses what it cannot read', () => {
    const env = { ...process.env, DATA_DIR: join(tmp, 'data') };
    const r = spawnSync(TSX, ['src/cli.ts', 'ingest', 'corpus/docs', 'corpus/docs/kalmar-vag2.txt', 'package-lock.json', 'corpus/gold/kalmar-vag2.json'],
      { encoding: 'utf8', env });
    expect(r.stdout).toMatch(/stored 7, duplicates 1, renditions 0, failed 0/);
    // Not a terminal: one plain progress line per file, no carriage returns.
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.split('\n').filter((l) => /^\[\d+\/8\] (stored|duplicate) /.test(l))).toHaveLength(8);
    const again = spawnSync(TSX, ['src/cli.ts', 'ingest', '--jobs', '1', 'corpus/docs', 'corpus/formats'], { encoding: 'utf8', env });
    // The other formats of the same five texts are renditions of the documents already stored.
    expect(again.stdout).toMatch(/stored 0, duplicates 5, renditions 15, failed 0/);
    expect(again.status).toBe(0);
  }, 120_000);

  it('says in one line what is wrong with a path or an option, without a stack trace', () => {
    const env = { ...process.env, DATA_DIR: join(tmp, 'data') };
    const missing = spawnSync(TSX, ['src/cli.ts', 'ingest', 'corpus/finns-inte'], { encoding: 'utf8', env });
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('kommunarkiv: no such file or folder: corpus/finns-inte');
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const jobs = spawnSync(TSX, ['src/cli.ts', 'ingest', '--jobs', 'två', 'corpus/docs'], { encoding: 'utf8', env });
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toMatch(/^kommunarkiv: --jobs must be a positive whole number/);
    const file = join(tmp, 'not-a-folder');
    writeFileSync(file, 'x');
    const dataDir = spawnSync(TSX, ['src/cli.ts', 'ingest', 'corpus/docs'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: join(file, 'data') } });
    expect(dataDir.status).toBe(1);
    expect(dataDir.stderr.trim()).toMatch(/^kommunarkiv: DATA_DIR .* cannot be used \(a file is in the way\)/);
  }, 120_000);
});
