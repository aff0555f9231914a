// `npm run eval -- --archive DIR` on an archive whose documents the test reviewed: the reviewed extraction is
// the gold, a fresh extraction the prediction; what the reviewer rejected or added shows as the machine's errors.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers/app.js';
import { ADDED_SENTENCE, ALVESTA, VAXJO } from './helpers/review-docs.js';

type Json = Record<string, any>;
const ROOT = join(import.meta.dirname, '..');

describe('npm run eval -- --archive', () => {
  const t = makeApp();
  afterAll(() => t.close());
  const json = (body: unknown) => ({ method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const run = async () => (await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/eval.ts', '--archive', t.dir],
    { cwd: ROOT, timeout: 120_000 })).stdout;

  it('says there is nothing to score before any document is fully reviewed', async () => {
    await t.upload(VAXJO, 'växjö.txt');
    await t.upload(ALVESTA, 'alvesta.txt');
    expect(await run()).toContain('0 fully reviewed document(s)');
  }, 120_000);

  it('prints the F1 of the current extractors against the fully reviewed documents', async () => {
    const [doc] = ((await (await t.app.request('/api/documents', { headers: t.auth })).json()) as Json).items.filter((d: Json) => d.filename === 'växjö.txt');
    const detail = (await (await t.app.request(`/api/documents/${doc.id}`, { headers: t.auth })).json()) as Json;
    for (const m of detail.mentions as Json[]) {
      if (!['municipality', 'person', 'wave', 'date', 'commitment'].includes(m.kind)) continue;
      const action = m.kind === 'date' && m.value.value === '2025' ? 'reject' : 'confirm';
      expect((await t.app.request(`/api/records/${m.id}/reviews`, json({ action }))).status).toBe(201);
    }
    const start = VAXJO.indexOf(ADDED_SENTENCE);
    expect((await t.app.request(`/api/documents/${doc.id}/records`, json({ kind: 'commitment', start, end: start + ADDED_SENTENCE.length,
      value: { actor: 'Alvesta', type: 'other', what: 'solceller på alla skolor', when: '2025' } }))).status).toBe(201);
    const names = async (path: string, key: string) => ((await (await t.app.request(path, { headers: t.auth })).json()) as Json).items.map((x: Json) => x[key]);
    expect(await names('/api/documents?reviewed=true', 'filename')).toEqual(['växjö.txt']);
    expect(await names('/api/documents?reviewed=false', 'filename')).toEqual(['alvesta.txt']);
    expect(await names('/api/people?reviewed=true', 'name')).toEqual(expect.arrayContaining(['Eva Ek']));
    expect(await names('/api/people?reviewed=false', 'name')).not.toContain('Eva Ek');
    const gold = (await (await t.app.request(`/api/documents/${doc.id}/gold.json`, { headers: t.auth })).json()) as Json;
    expect(gold.review).toMatchObject({ complete: true, orphaned: 0 });

    const out = await run();
    expect(out).toContain('1 fully reviewed document(s)');
    expect(out).toContain(doc.id);
    const f1 = Number(/overall F1 (\S+)/.exec(out)?.[1]);
    // The machine missed the added commitment and kept the rejected date (percent): less than perfect, far from nothing.
    expect(f1).toBeGreaterThan(50);
    expect(f1).toBeLessThan(100);
    expect(out).toMatch(/commitments\s/);
  }, 120_000);
});
