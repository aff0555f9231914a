// The archive service raises its own errors and knows no HTTP; app.onError maps them to problem+json.
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { ArchiveError } from '../src/errors.js';
import { Problem } from '../src/problem.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { expectProblem, makeApp } from './helpers/app.js';

describe('archive errors', () => {
  const t = makeApp();
  afterAll(() => t.close());

  it('are ArchiveErrors with a kind, not HTTP problems', async () => {
    const a = new Archive({ db: t.db, blobs: fsBlobStore(t.dir) });
    const empty = await a.upload({ bytes: new Uint8Array(), filename: 'tom.txt' }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ArchiveError);
    expect(empty).not.toBeInstanceOf(Problem);
    expect((empty as ArchiveError).kind).toBe('invalid');
    const unknown = await a.reprocess('0123456789abcdef').catch((e: unknown) => e);
    expect((unknown as ArchiveError).kind).toBe('not_found');
    const binary = await a.upload({ bytes: new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), filename: 'blob.bin' }).catch((e: unknown) => e);
    expect((binary as ArchiveError).kind).toBe('unsupported');
  });

  it('become problem+json with the status of their kind', async () => {
    expect((await expectProblem(await t.upload(''), 400)).title).toBe('Empty upload');
    expect((await expectProblem(await t.upload(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), 'blob.bin'), 415)).title).toBe('Unsupported media type');
    const res = await t.app.request('/api/documents/0123456789abcdef/reprocess', { method: 'POST', headers: t.auth });
    expect((await expectProblem(res, 404)).detail).toContain('0123456789abcdef');
  });
});
