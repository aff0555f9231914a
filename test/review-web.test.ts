// Reviewing in a real browser (Debian's chromium via playwright-core, a server on a free port): a reviewer logs
// in with a named token, confirms a commitment, corrects a party, rejects a date, adds a missed commitment by
// selecting its sentence, merges two people; reprocessing with a bumped extractor version keeps every review,
// an edited text re-anchors a moved span and orphans a vanished one into /review. Screenshots: /tmp/shots/.
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { documents } from '../src/db/schema.js';
import { openSqlite } from '../src/db/sqlite.js';
import { originalKey } from '../src/storage/blobs.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { launchChromium, type Browser } from './helpers/browser.js';
import { addToken } from '../src/tokens.js';
import { ADDED_SENTENCE, ALVESTA, VAXJO } from './helpers/review-docs.js';

const SHOTS = '/tmp/shots';
const ADMIN = 'admin-nyckel-för-granskning-åäö';
type Json = Record<string, any>;

describe('reviewing in chromium', () => {
  let browser: Browser;
  let server: ServerType;
  let base: string;
  let dir: string;
  let dataDir: string;
  let db: ReturnType<typeof openSqlite>;
  let page: Page;
  let doc: string;
  let other: string;
  let anna: string;
  const dialogs: string[] = [];
  const api = async (path: string, init: RequestInit = {}): Promise<Json> => {
    const res = await fetch(base + path, { ...init, headers: { authorization: `Bearer ${ADMIN}`, ...(init.headers ?? {}) } });
    expect(res.ok, `${path}: ${res.status}`).toBe(true);
    return res.json() as Promise<Json>;
  };
  const row = (kind: string, text: string) => page.locator(`table.records-table tr[data-kind="${kind}"]`, { hasText: text });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `review-${name}.png`), fullPage: true });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-review-web-'));
    dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    db = openSqlite(join(dataDir, 'kommunarkiv.db'));
    const app = createApp({ db, blobs: fsBlobStore(dataDir) }, { token: ADMIN, maxBytes: 25 * 1024 * 1024 });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const upload = async (text: string, name: string) =>
      (await api(`/api/documents?filename=${encodeURIComponent(name)}`, { method: 'POST', body: text, headers: { 'content-type': 'text/plain' } })).id as string;
    doc = await upload(VAXJO, 'växjö-klimatkontrakt.txt');
    other = await upload(ALVESTA, 'alvesta-simhall.txt');
    anna = (await addToken(db.db, 'Anna Arkivarie', 'reviewer')).token;
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

  it('logs a reviewer in with a named token', async () => {
    await page.goto(`${base}/documents/${doc}`);
    expect(await page.locator('.review-forms').count()).toBe(0);
    await page.goto(`${base}/login?next=${encodeURIComponent(`/documents/${doc}`)}`);
    await page.fill('#l-token', 'fel nyckel');
    await page.click('button:has-text("Logga in")');
    expect(await page.textContent('.error-box')).toContain('Fel nyckel');
    await page.fill('#l-token', anna);
    await Promise.all([page.waitForURL(`${base}/documents/${doc}`), page.click('button:has-text("Logga in")')]);
    expect(await page.textContent('.review-records')).toContain('Inloggad som Anna Arkivarie (reviewer)');
  });

  it('confirms a commitment, corrects a party and rejects a date', async () => {
    await row('commitment', 'undertecknat klimatkontraktet').locator('button:has-text("Bekräfta")').click();
    await page.waitForLoadState('load');
    expect(await row('commitment', 'undertecknat klimatkontraktet').locator('.review-state').textContent()).toBe('Bekräftad · Anna Arkivarie');

    const eva = row('person', 'Eva Ek');
    await eva.locator('summary:has-text("Rätta")').click();
    await eva.locator('input[name="v_party"]').fill('M');
    await eva.locator('input[name="comment"]').fill('Bytte parti 2022.');
    await eva.locator('button:has-text("Spara rättelsen")').click();
    await page.waitForLoadState('load');
    expect(await row('person', 'Eva Ek').locator('.record-value').textContent()).toContain('Eva Ek(M)');
    expect(await row('person', 'Eva Ek').locator('.review-state').textContent()).toBe('Rättad · Anna Arkivarie');

    await row('date', 'före sommaren 2025').locator('button:has-text("Avvisa")').click();
    await page.waitForLoadState('load');
    expect(await row('date', 'före sommaren 2025').count()).toBe(0);
    expect(await page.locator('.dates').textContent()).not.toContain('sommaren 2025');
    await shot('document-reviewed');
  });

  it('adds a missing commitment by selecting its sentence', async () => {
    // Drag the mouse over the sentence, as a reader would.
    const box = await page.evaluate((sentence) => {
      const root = document.querySelector('.doc-text')!;
      const at = root.textContent!.indexOf(sentence);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (seen <= at && at < seen + len) range.setStart(n, at - seen);
        if (seen < at + sentence.length && at + sentence.length <= seen + len) range.setEnd(n, at + sentence.length - seen);
        seen += len;
      }
      const rects = range.getClientRects();
      const first = rects[0]!, last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, ADDED_SENTENCE);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    expect(await page.textContent('.selected-quote')).toBe(ADDED_SENTENCE);
    expect(await page.inputValue('#add-start')).toBe(String(VAXJO.indexOf(ADDED_SENTENCE)));
    expect(await page.isVisible('fieldset[data-kind="date"]')).toBe(false);
    await page.fill('#add-commitment-actor', 'Alvesta');
    await page.selectOption('#add-commitment-type', 'other');
    await page.fill('#add-commitment-what', 'solceller på alla skolor');
    await page.fill('#add-commitment-when', '2025');
    await shot('add-by-selection');
    await page.click('.add-form button:has-text("Lägg till")');
    await page.waitForLoadState('load');
    expect(await row('commitment', 'solceller på alla skolor').locator('.review-state').textContent()).toBe('Tillagd av granskare · Anna Arkivarie');
    expect(await page.locator('.commitments-list').textContent()).toContain('solceller på alla skolor');
  });

  it('merges two people', async () => {
    const holm = (await api('/api/people?q=per holm')).items as Json[];
    expect(holm).toHaveLength(2);
    const m = holm.find((p) => p.party === 'M')!, s = holm.find((p) => p.party === 'S')!;
    await page.goto(`${base}/people/${m.id}`);
    await page.selectOption('#merge-into', s.id);
    await page.fill('#merge-comment', 'Samma kommunalråd.');
    await Promise.all([page.waitForURL(`${base}/people/${s.id}`), page.click('.merge-form button')]);
    expect(await page.locator('ol.mentions > li').count()).toBe(2);
    await shot('person-merged');
    expect((await api('/api/people?q=per holm')).items).toHaveLength(1);
  });

  it('keeps every review after reprocessing with a bumped extractor version', async () => {
    await db.db.update(documents).set({ extractorVersion: 'commitments@0-before-the-bump' });
    expect((await api('/api/reprocess', { method: 'POST' })).reprocessed).toBe(2);
    await page.goto(`${base}/documents/${doc}`);
    expect(await row('commitment', 'undertecknat klimatkontraktet').locator('.review-state').textContent()).toBe('Bekräftad · Anna Arkivarie');
    expect(await row('person', 'Eva Ek').locator('.record-value').textContent()).toContain('Eva Ek(M)');
    expect(await row('date', 'före sommaren 2025').count()).toBe(0);
    expect(await row('commitment', 'solceller på alla skolor').locator('.review-state').textContent()).toBe('Tillagd av granskare · Anna Arkivarie');
    expect((await api('/api/people?q=per holm')).items).toHaveLength(1);
    await page.click(`tr[data-kind="person"]:has-text("Eva Ek") summary:has-text("Historik")`);
    expect(await row('person', 'Eva Ek').locator('.history').textContent()).toContain('Bytte parti 2022.');
  });

  it('re-anchors a moved span in an edited text and lists a vanished one in /review', async () => {
    const confirmed = ((await api(`/api/documents/${doc}`)).mentions as Json[]).find((x) => x.review.state === 'confirmed')!;
    const edited = `Pressmeddelande 2023-03-15\n\n${VAXJO.replace('säger Eva Ek (C)', 'säger ordföranden')}`;
    const [d] = await db.db.select().from(documents).where(eq(documents.id, doc));
    await fsBlobStore(dataDir).put(originalKey(d!.sha256), new TextEncoder().encode(edited), 'text/plain');
    await api(`/api/documents/${doc}/reprocess`, { method: 'POST' });

    await page.goto(`${base}/records/${confirmed.id}`);
    expect(await page.textContent('.eyebrow')).toContain('Bekräftad · Anna Arkivarie');
    expect(await page.textContent('dl.meta')).toContain(`tecken ${confirmed.start + 'Pressmeddelande 2023-03-15\n\n'.length}–`);
    expect(await page.textContent('.cite-text')).toContain('granskad av Anna Arkivarie');
    expect(await page.textContent('.history')).toContain('flyttade');
    await shot('record');

    await page.goto(`${base}/review`);
    const orphans = page.locator('#orphans .queue-item');
    expect(await orphans.count()).toBe(1);
    expect(await orphans.textContent()).toContain('Eva Ek');
    // The other document has no review yet: all its records wait, with their sentence.
    const waiting = await page.locator('#unreviewed .queue-item').allTextContents();
    expect(waiting.length).toBeGreaterThan(2);
    // Each names its document by its title (the text's first line; the file name is alvesta-simhall.txt).
    for (const w of waiting) expect(w).toContain('Alvesta kommun har beslutat att bygga en ny simhall i Moheda.');
    await shot('queue');
    // Keyboard: j focuses the orphan, r rejects it (dismisses it from the queue).
    await page.keyboard.press('j');
    // Wait for the queue the rejection's redirect loads (the page already at /review is 'load'ed and would race).
    await Promise.all([
      page.waitForResponse((r) => r.url() === `${base}/review` && r.request().method() === 'GET'),
      page.keyboard.press('r'),
    ]);
    await page.waitForLoadState('load');
    expect(await page.locator('#orphans .queue-item').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('refuses a form without its CSRF token', async () => {
    const id = ((await api(`/api/documents/${other}`)).mentions as Json[]).find((x) => x.kind === 'municipality')!.id;
    const res = await page.request.post(`${base}/records/${id}/review`, { form: { action: 'confirm', csrf: 'fel' } });
    expect(res.status()).toBe(403);
    expect(((await api(`/api/records/${id}`)).review.state)).toBe('machine');
  });
});
