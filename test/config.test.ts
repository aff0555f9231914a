// Configuration by environment: the generated write token is saved with mode 600 and reused.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('generates a token on first start, saved with mode 600, and reuses it', async () => {
    const first = await loadConfig({ DATA_DIR: join(dir, 'data') });
    expect(first.tokenGenerated).toBe(true);
    expect(first.token).toMatch(/^[0-9a-f]{48}$/);
    const file = join(dir, 'data', 'token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.token);
    const second = await loadConfig({ DATA_DIR: join(dir, 'data') });
    expect(second).toMatchObject({ token: first.token, tokenGenerated: false, port: 3000, maxBytes: 25 * 1024 * 1024, readToken: null });
  });

  it('takes the token, port, limit and read token from the environment', async () => {
    const c = await loadConfig({ DATA_DIR: join(dir, 'env'), KOMMUNARKIV_TOKEN: 'hemligt-åäö', PORT: '4123', KOMMUNARKIV_MAX_BYTES: '1000', KOMMUNARKIV_READ_TOKEN: 'läs' });
    expect(c).toMatchObject({ token: 'hemligt-åäö', tokenGenerated: false, port: 4123, maxBytes: 1000, readToken: 'läs' });
  });

  it('refuses a bad port or limit with a clear message', async () => {
    await expect(loadConfig({ DATA_DIR: join(dir, 'bad'), PORT: 'tretusen' })).rejects.toThrow(/PORT/);
    await expect(loadConfig({ DATA_DIR: join(dir, 'bad'), KOMMUNARKIV_MAX_BYTES: '-5' })).rejects.toThrow(/KOMMUNARKIV_MAX_BYTES/);
  });
});
