// An in-process app on a fresh SQLite file and blob folder, for tests that talk HTTP without a server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import { createApp, type AppConfig } from '../../src/app.js';
import { documents } from '../../src/db/schema.js';
import { openSqlite } from '../../src/db/sqlite.js';
import { fsBlobStore } from '../../src/storage/fs.js';

export const TOKEN = 'test-token-åäö-123';

export function makeApp(config: Partial<AppConfig> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-test-'));
  const db = openSqlite(join(dir, 'kommunarkiv.db'));
  const app = createApp({ db, blobs: fsBlobStore(dir) }, { token: TOKEN, maxBytes: 25 * 1024 * 1024, ...config });
  const auth = { authorization: `Bearer ${TOKEN}` };
  return {
    app, db, dir, auth,
    /** Upload raw bytes with the token. */
    upload(bytes: Uint8Array | string, filename = 'document.txt', headers: Record<string, string> = {}) {
      const body = (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes) as Uint8Array<ArrayBuffer>;
      return app.request(`/api/documents?filename=${encodeURIComponent(filename)}`, {
        method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream', ...headers }, body,
      });
    },
    /** Upload a file from disk as multipart, the way a browser or curl -F does. */
    uploadFile(path: string) {
      const form = new FormData();
      form.set('file', new File([readFileSync(path)], basename(path)));
      return app.request('/api/documents', { method: 'POST', headers: auth, body: form });
    },
    async documentCount(): Promise<number> {
      const [row] = await db.db.select({ n: count() }).from(documents);
      return row!.n;
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Assert the one error shape of the API: application/problem+json with type, title, status, detail. */
export async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return body;
}
