// The archivists' pages in a real browser: Debian's chromium driven by playwright-core over a server on a
// free port with a temporary DATA_DIR. Screenshots of every page go to /tmp/shots/.
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openSqlite } from '../src/db/sqlite.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { launchChromium, type Browser } from './helpers/browser.js';

// Screenshots go into the test's temporary folder (removed afterwards) unless KOMMUNARKIV_SHOTS names a folder to keep them in.
let SHOTS = process.env.KOMMUNARKIV_SHOTS ?? '';
const TOKEN = 'webbtest-nyckel-åäö';
const SWEDISH = 'Växjö kommun har i dag undertecknat klimatkontraktet inom Viable Cities. Kommunfullmäktige i Växjö beslutade den 14 mars 2023 ' +
  'att kommunen ska bli klimatneutral till 2030.\n\n– Vi tar ansvar för kommande generationer, säger Eva Ek (C), kommunstyrelsens ordförande i Växjö.\n';
const XSS = 'Karlstads kommun och ett försök: <script>alert("xss")</script> och <img src=x onerror="alert(2)"> i texten.\n';

describe('web pages in chromium', () => {
  let browser: Browser;
  let server: ServerType;
  let base: string;
  let dir: string;
  let db: ReturnType<typeof openSqlite>;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-web-'));
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    db = openSqlite(join(dataDir, 'kommunarkiv.db'));
    const app = createApp({ db, blobs: fsBlobStore(dataDir) }, { token: TOKEN, maxBytes: 25 * 1024 * 1024 });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const f of readdirSync('corpus/docs')) {
      const form = new FormData();
      form.set('file', new File([await import('node:fs').then((fs) => fs.readFileSync(join('corpus/docs', f)))], f));
      const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: form });
      expect(res.status).toBe(201);
    }
    SHOTS ||= join(dir, 'shots');
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium(dialogs);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function visit(path: string, shot: string): Promise<void> {
    const res = await page.goto(base + path);
    expect(res?.status(), path).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    // The style sheet loaded (CSP allows only 'self'): the body has our paper colour.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${path} overflows`).toBe(true);
    await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  }

  it('uploads through the form with the token, then shows the document with its spans marked', async () => {
    await visit('/upload', 'upload');
    const file = join(dir, 'växjö.txt');
    writeFileSync(file, SWEDISH);
    await page.setInputFiles('#u-file', file);
    await page.fill('#u-token', 'fel nyckel');
    await page.click('button[type=submit] >> text=Ladda upp');
    expect(await page.textContent('.error-box')).toContain('Fel eller saknad nyckel');
    await page.setInputFiles('#u-file', file);
    await page.fill('#u-token', TOKEN);
    await Promise.all([page.waitForURL(/\/documents\/[0-9a-f]{16}$/), page.click('button[type=submit] >> text=Ladda upp')]);
    await visit(new URL(page.url()).pathname, 'document-upload');
    expect(await page.locator('.doc-text mark[data-kind="municipality"]').first().textContent()).toMatch(/^Växjö/);
    expect(await page.locator('.doc-text mark[data-kind="person"]').first().textContent()).toBe('Eva Ek');
    expect(await page.locator('.doc-text').textContent()).toBe(SWEDISH.trim());
  });

  it('shows recent documents with facets and follows a facet', async () => {
    await visit('/', 'home');
    expect(await page.locator('table.data tbody tr').count()).toBe(6);
    await expect.poll(() => page.locator('.facet h2').allTextContents()).toEqual(expect.arrayContaining(['Kommun', 'Typ', 'År']));
    await page.click('.facet a:has-text("Motion")');
    expect(await page.locator('table.data tbody tr').count()).toBe(1);
    expect(page.url()).toContain('kind=motion');
    await page.screenshot({ path: join(SHOTS, 'home-filtered.png'), fullPage: true });
  });

  it('goes from a document to its municipality', async () => {
    await page.goto(`${base}/`);
    // The list shows the title (the file name is under it): find the document by its row.
    await page.click('table.data tr:has-text("karlstad-klimatkontrakt") a[href^="/documents/"]');
    await visit(new URL(page.url()).pathname, 'document');
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(3);
    expect(await page.locator('a[download]').getAttribute('href')).toMatch(/\/original$/);
    await page.click('.records a[href="/municipalities/Karlstad"]');
    await page.waitForURL(/\/municipalities\/Karlstad$/);
    await visit('/municipalities/Karlstad', 'municipality');
    expect(await page.textContent('h1')).toBe('Karlstad');
    expect(await page.textContent('dl.meta')).toContain('1780');
    expect(await page.textContent('dl.meta')).toContain('Värmlands län');
  });

  it('shows a person with every mention and the quote', async () => {
    await visit('/people?q=eva', 'people');
    await page.click('a:has-text("Eva Ek")');
    await visit(new URL(page.url()).pathname, 'person');
    expect(await page.textContent('blockquote.quote')).toBe('Vi tar ansvar för kommande generationer');
    expect(await page.textContent('.mention-role')).toContain('kommunstyrelsens ordförande');
  });

  it('shows the commitments table with filters and a CSV link', async () => {
    await visit('/commitments', 'commitments');
    expect(await page.locator('table.commitments tbody tr').count()).toBeGreaterThan(0);
    await page.selectOption('#c-type', 'sign');
    await page.click('form.filter-form button');
    expect(page.url()).toContain('type=sign');
    const types = await page.locator('table.commitments tbody td:nth-child(3)').allTextContents();
    expect(types.every((t) => t === 'Undertecknande')).toBe(true);
    const csv = await page.getAttribute('a:has-text("Ladda ner CSV")', 'href');
    expect(csv).toBe('/api/commitments.csv?type=sign');
  });

  it('searches with the word highlighted', async () => {
    await visit('/search?q=klimatkontrakt*', 'search');
    expect(await page.locator('ol.hits li').count()).toBeGreaterThan(1);
    expect(await page.locator('.snippet mark').first().textContent()).toMatch(/^klimatkontrakt/i);
    await visit('/municipalities', 'municipalities');
    await visit('/api/docs', 'api-docs');
  });

  it('shows uploaded markup as text and never runs it', async () => {
    const form = new FormData();
    form.set('file', new File([XSS], 'xss.txt'));
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: form });
    const { id } = (await res.json()) as { id: string };
    await visit(`/documents/${id}`, 'xss-document');
    expect(await page.locator('.doc-text').textContent()).toBe(XSS.trim());
    expect(await page.locator('.doc-text script, .doc-text img').count()).toBe(0);
    await visit('/search?q=onerror', 'xss-search');
    expect(await page.locator('.snippet').first().textContent()).toContain('<img src=x onerror="alert(2)">');
    expect(await page.locator('.snippet img, .snippet script').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('works in a narrow window', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await visit('/', 'narrow-home');
    await visit('/commitments', 'narrow-commitments');
    await page.goto(`${base}/search?q=klimatkontrakt*`);
    await page.click('ol.hits a >> nth=0');
    await visit(new URL(page.url()).pathname, 'narrow-document');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
