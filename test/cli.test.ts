// The CLI: `extract` writes one corpus-schema JSON per file, equal to the upload response's extraction;
// `ingest` stores files and folders into DATA_DIR and sums up.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
  });

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
    expect(r.stdout).toMatch(/stored 7, duplicates 1, failed 0/);
    const again = spawnSync(TSX, ['src/cli.ts', 'ingest', 'corpus/docs'], { encoding: 'utf8', env });
    expect(again.stdout).toMatch(/stored 0, duplicates 5, failed 0/);
    expect(again.status).toBe(0);
  });
});
