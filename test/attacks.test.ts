// What an attacker found (issue 11, B2–B9, B11, B12), each as a test that failed before the fix: bounded
// search, bounded bodies, the token before the file, same-origin redirects, malformed cookies, http(s)-only
// sources, highlight markers the text cannot forge, and text decoding that keeps å, ä, ö, dashes and quotes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { originalKey } from '../src/storage/blobs.js';
import { expectProblem, makeApp, TOKEN } from './helpers/app.js';

const enc = new TextEncoder();

/** A body that never ends on its own: `head` first, then `chunk` again and again; `sent()` says how much went. */
function endless(head: Uint8Array, chunk = enc.encode('Åsa i Öckerö kommun. '.repeat(512))) {
  let sent = 0;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = first ? head : chunk;
      first = false;
      sent += part.byteLength;
      if (sent > 10 * 1024 * 1024) controller.error(new Error('the server kept reading past the point where it should have stopped'));
      else controller.enqueue(part);
    },
  });
  return { body, sent: () => sent };
}

describe('B2: search is bounded', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(async () => {
    t = makeApp();
    for (const f of ['kalmar-vag2', 'karlstad-klimatkontrakt', 'enkoping-nasta-fas']) expect((await t.uploadFile(`corpus/docs/${f}.txt`)).status).toBe(201);
    // A 10 MB text (not extracted: written as the archive would store it) to search in.
    const prose = readFileSync('corpus/docs/kalmar-vag2.txt', 'utf8');
    const huge = `${prose}\n`.repeat(Math.ceil(10e6 / prose.length)) + 'Sist i texten nämns Östhammars kommun.';
    const sqlite = (t.db.db as unknown as { $client: import('better-sqlite3').Database }).$client;
    sqlite.prepare(`insert into documents (id, sha256, filename, media_type, format, size, status, text, title)
      values ('00000000000000aa', '00000000000000aa', 'stor.txt', 'text/plain', 'text', ?, 'extracted', ?, 'En mycket lång text')`).run(huge.length, huge);
  }, 60_000);
  afterAll(() => t.close());

  it('refuses 160 prefix terms, a one-letter prefix, too many words and too long a query with 400 problem+json', async () => {
    for (const q of ['a* '.repeat(160), 'ab* cd* ef* gh* ij*', 'a*', Array.from({ length: 13 }, (_, i) => `ord${i}`).join(' '), 'klimat '.repeat(40)]) {
      const res = await t.app.request(`/api/search?q=${encodeURIComponent(q)}`);
      const p = await expectProblem(res, 400);
      expect(p.detail, q.slice(0, 30)).toMatch(/at most|at least/);
    }
    await expectProblem(await t.app.request(`/api/documents?q=${encodeURIComponent('a* '.repeat(160))}`), 400);
    // The same words repeated are one word: allowed.
    expect((await t.app.request(`/api/search?q=${encodeURIComponent('kalmar '.repeat(12))}`)).status).toBe(200);
    // The web page says it as a page.
    const page = await t.app.request(`/search?q=${encodeURIComponent('a* '.repeat(160))}`);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('cuts snippets from a 10 MB text without tokenising all of it (seconds per hit before)', async () => {
    const r = (await (await t.app.request('/api/search?q=viable+cities')).json()) as { items: { documentId: string; snippet: string }[] };
    const big = r.items.find((h) => h.documentId === '00000000000000aa')!;
    expect(big.snippet).toMatch(/<mark>Viable<\/mark> <mark>Cities<\/mark>/);
    expect(big.snippet.length).toBeLessThan(1200);
    // A word only at the very end of the long text still gets its snippet.
    const end = (await (await t.app.request(`/api/search?q=${encodeURIComponent('Östhammars')}`)).json()) as { items: { snippet: string }[] };
    expect(end.items[0]!.snippet).toContain('<mark>Östhammars</mark> kommun.');
  }, 20_000);
});

describe('B3, B4: every body has a limit, and /upload checks the token before the file', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp({ readToken: 'läsnyckel' }); });
  afterAll(() => t.close());

  it('answers a 300 MB login form with 413 after reading at most a little of it', async () => {
    const declared = await t.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(300e6) }, body: 'token=x' });
    await expectProblem(declared, 413);
    const { body, sent } = endless(enc.encode('next=%2F&token='), enc.encode('x'.repeat(64 * 1024)));
    const res = await t.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, duplex: 'half' } as RequestInit);
    await expectProblem(res, 413);
    expect(sent()).toBeLessThan(1024 * 1024);
  });

  it('ends a web upload with a wrong token, or none, before reading its file', async () => {
    const boundary = '----kommunarkivtest';
    for (const head of [
      `--${boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\nfel nyckel\r\n`,
      '',
    ]) {
      const { body, sent } = endless(enc.encode(`${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.txt"\r\nContent-Type: text/plain\r\n\r\n`));
      const res = await t.app.request('/upload', {
        method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: 'kommunarkiv_read=l%C3%A4snyckel' }, body, duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('Fel eller saknad nyckel');
      expect(sent()).toBeLessThan(1024 * 1024);
    }
    expect(await t.documentCount()).toBe(0);
  });

  it('ends an API upload with a wrong token before reading its body, and limits JSON and review forms to 64 KiB', async () => {
    const { body, sent } = endless(enc.encode('Pressmeddelande från Örebro kommun. '));
    const res = await t.app.request('/api/documents?filename=stor.txt', {
      method: 'POST', headers: { authorization: 'Bearer fel-nyckel', 'content-type': 'text/plain' }, body, duplex: 'half',
    } as RequestInit);
    await expectProblem(res, 401);
    expect(sent()).toBeLessThan(1024 * 1024);
    // JSON (a token for an admin) and a web form (a review), streamed without a length: 413 after 64 KiB.
    for (const [path, type, head] of [
      ['/api/tokens', 'application/json', '{"name":"Örjan","role":"reviewer","x":"'],
      ['/records/0000000000000000/review', 'application/x-www-form-urlencoded', 'action=confirm&note='],
    ] as const) {
      const big = endless(enc.encode(head), enc.encode('å'.repeat(8 * 1024)));
      const r = await t.app.request(path, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type }, body: big.body, duplex: 'half' } as RequestInit);
      const p = await expectProblem(r, 413);
      expect(p.detail, path).toMatch(/larger than the limit of 65536 bytes/);
      expect(big.sent(), path).toBeLessThan(1024 * 1024);
    }
  });
});

describe('B5–B7: login and links', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp({ readToken: 'läsnyckel' }); });
  afterAll(() => t.close());
  const login = (next: string) => t.app.request('/login', { method: 'POST', body: new URLSearchParams({ token: 'läsnyckel', next }) });

  it('redirects only to paths on this origin, whatever next holds', async () => {
    for (const next of ['/\t/evil.example', '/\n/x', '/\r\nSet-Cookie: a=b', '//evil.example/', '/\\evil.example', 'https://evil.example/',
      '/%2F/evil.example/../..', 'javascript:alert(1)', '\u0000/x']) {
      const res = await login(next);
      expect(res.status, JSON.stringify(next)).toBe(303);
      const location = res.headers.get('location')!;
      expect(new URL(location, 'http://localhost').origin, JSON.stringify(next)).toBe('http://localhost');
      expect(location).toMatch(/^\/(?!\/)/);
    }
    expect((await login('/\t/evil.example')).headers.get('location')).toBe('/');
    const form = await (await t.app.request(`/login?next=${encodeURIComponent('//evil.example')}`)).text();
    expect(form).toContain('name="next" value="/"');
  });

  it('comes back to the deep link it was sent from, query and all', async () => {
    const page = await t.app.request('/commitments?type=sign&municipality=Karlstad');
    expect(page.status).toBe(303);
    const next = new URL(page.headers.get('location')!, 'http://localhost').searchParams.get('next')!;
    expect((await login(next)).headers.get('location')).toBe('/commitments?type=sign&municipality=Karlstad');
  });

  it('ignores a malformed cookie instead of failing with 500', async () => {
    for (const cookie of ['kommunarkiv_read=%E0%A4%A', 'kommunarkiv_read=%', 'kommunarkiv_read', 'kommunarkiv_read=%00x', '=;;=']) {
      const page = await t.app.request('/', { headers: { cookie } });
      expect(page.status, cookie).toBe(303);
      await expectProblem(await t.app.request('/api/documents', { headers: { cookie } }), 401);
    }
  });

  it('logs out: both cookies are cleared', async () => {
    const res = await t.app.request('/logout', { method: 'POST' });
    expect(res.status).toBe(303);
    const cookies = res.headers.getSetCookie();
    // Each cleared under the path it was set with (a browser keeps a cookie cleared under another path).
    expect(cookies.some((c) => /^kommunarkiv_read=; Path=\/;.*Max-Age=0/.test(c)), cookies.join(' | ')).toBe(true);
    expect(cookies.some((c) => /^kommunarkiv_write=; Path=\/upload;.*Max-Age=0/.test(c)), cookies.join(' | ')).toBe(true);
  });
});

describe('B8, B9: sources are http(s) and highlights cannot be forged', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it('refuses a javascript: or data: source_url (query or form)', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.se/x', 'https://']) {
      await expectProblem(await t.app.request(`/api/documents?filename=a.txt&source_url=${encodeURIComponent(url)}`, {
        method: 'POST', headers: t.auth, body: 'Umeå kommun har antagit en plan.',
      }), 400);
      const form = new FormData();
      form.set('file', new File(['Umeå kommun har antagit en plan.'], 'a.txt'));
      form.set('source_url', url);
      await expectProblem(await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form }), 400);
    }
    // The web form says it as a page.
    const web = new FormData();
    web.set('token', TOKEN);
    web.set('source_url', 'javascript:alert(1)');
    web.set('file', new File(['Umeå kommun har antagit en plan.'], 'a.txt'));
    const page = await t.app.request('/upload', { method: 'POST', body: web });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Källans adress måste börja med http:// eller https://');
    expect(await t.documentCount()).toBe(0);
    const ok = await t.app.request(`/api/documents?filename=a.txt&source_url=${encodeURIComponent('https://www.umea.se/pressmeddelanden/plan')}`, {
      method: 'POST', headers: t.auth, body: 'Umeå kommun har antagit en plan.',
    });
    expect(ok.status).toBe(201);
  });

  it('marks only the words searched for, whatever private-use characters the text holds', async () => {
    const text = 'Pressmeddelande från \uE000Skellefteå\uE001 kommun: \uE001\uE000 Skellefteå ska bli klimatneutralt 2030. \uE000<b>\uE001';
    expect((await t.upload(text, 'markörer.txt')).status).toBe(201);
    const r = (await (await t.app.request('/api/search?q=klimatneutralt')).json()) as { items: { snippet: string }[] };
    const s = r.items[0]!.snippet;
    expect(s.match(/<mark>/g)).toHaveLength(1);
    expect(s.match(/<\/mark>/g)).toHaveLength(1);
    expect(s).toContain('<mark>klimatneutralt</mark>');
    expect(s).toContain('&lt;b&gt;');
  });
});

describe('B11, B12: decoding', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());
  const text = async (id: string) => (await t.app.request(`/api/documents/${id}/text`)).text();

  it('reads Windows-1252 with its real table: dashes, curly quotes and the euro sign', async () => {
    const bytes = Uint8Array.from([...Buffer.from('Växjö kommun ', 'latin1'), 0x96, ...Buffer.from(' budget 2024 ', 'latin1'), 0x97,
      ...Buffer.from(' ', 'latin1'), 0x93, ...Buffer.from('Fossilfritt Växjö', 'latin1'), 0x94, ...Buffer.from(' kostar 5 ', 'latin1'), 0x80,
      ...Buffer.from(' – kommunens ', 'latin1').filter((b) => b !== 0x13), 0x92, ...Buffer.from('s plan.', 'latin1')]);
    const res = await t.upload(bytes, 'växjö-1252.txt');
    expect(res.status).toBe(201);
    const doc = (await res.json()) as { id: string; warnings: string[]; extraction: { municipalities: string[] } };
    expect(await text(doc.id)).toContain('Växjö kommun – budget 2024 — “Fossilfritt Växjö” kostar 5 €');
    expect(await text(doc.id)).toContain('’s plan.');
    expect(doc.warnings).toEqual([]);
    expect(doc.extraction.municipalities).toContain('Växjö');
  });

  it('keeps UTF-8 with one bad byte as UTF-8 (one U+FFFD and a warning), not as mojibake', async () => {
    const good = Buffer.from(readFileSync('corpus/docs/kalmar-vag2.txt', 'utf8'));
    const cut = good.indexOf(Buffer.from('Kalmar', 'utf8'), 500);
    const bad = Buffer.concat([good.subarray(0, cut), Buffer.from([0xff]), good.subarray(cut)]);
    const res = await t.upload(new Uint8Array(bad), 'kalmar-trasig.txt');
    expect(res.status).toBe(201);
    const doc = (await res.json()) as { id: string; status: string; warnings: string[]; extraction: { municipalities: string[] } };
    const got = await text(doc.id);
    expect([...got.matchAll(/\uFFFD/g)]).toHaveLength(1);
    expect(got).not.toMatch(/Ã¥|Ã¤|Ã¶/);
    expect(got.replace('\uFFFD', '')).toBe((await parseDocument(new Uint8Array(good))).text);
    expect(doc.warnings).toEqual([expect.stringMatching(/^1 byte was not valid UTF-8 \(the first at byte \d+\)/)]);
    expect(doc.extraction.municipalities).toContain('Kalmar');
  });

  it('refuses a text that decodes to mostly garbage as failed, with the reason', async () => {
    const garbage = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 7919) % 0x7f));
    const p = await expectProblem(await t.upload(garbage, 'skräp.txt'), 422);
    expect(p.detail).toMatch(/neither UTF-8 nor Windows-1252|mostly replacement characters/);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 2000 }, (_, i) => (i % 2 ? 0xdc : 0x00))]);
    const q = await expectProblem(await t.upload(utf16, 'utf16.txt'), 422);
    expect(q.detail).toMatch(/mostly replacement characters/);
  });
});

describe('what a newcomer tripped on', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());
  const json = async (path: string, init?: RequestInit) => (await t.app.request(path, init)).json() as Promise<any>;

  it('updates the metadata of a repeated upload and says what changed', async () => {
    const text = 'Kommunfullmäktige i Skellefteå kommun antog i går en ny klimatstrategi för åren fram till 2030.';
    const first = await t.upload(text, 'skellefteå.txt');
    expect(first.status).toBe(201);
    const doc = await first.json() as { id: string; published: string | null };
    expect(doc.published).toBeNull();
    const form = new FormData();
    form.set('file', new File([text], 'skellefteå.txt'));
    form.set('published', '2024-03-12');
    form.set('source_url', 'https://www.skelleftea.se/press/klimatstrategi');
    const again = await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form });
    expect(again.status).toBe(200);
    const body = await again.json() as any;
    expect(body.id).toBe(doc.id);
    expect(body.changed).toEqual({
      sourceUrl: { from: null, to: 'https://www.skelleftea.se/press/klimatstrategi' }, published: { from: null, to: '2024-03-12' },
    });
    // The stated date anchors "i går": the document was extracted again.
    expect(body.published).toBe('2024-03-12');
    expect(body.extraction.dates.map((d: { value: string }) => d.value)).toContain('2024-03-11');
    expect((await json(`/api/documents/${doc.id}`)).sourceUrl).toBe('https://www.skelleftea.se/press/klimatstrategi');
    const same = await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form });
    expect(await same.json()).toMatchObject({ id: doc.id, changed: {} });
  });

  it('deletes a document with its records, full-text rows and original (admin only, recorded)', async () => {
    const text = 'Lena Holm (S), kommunstyrelsens ordförande i Ockelbo kommun, meddelar att Ockelbo kommun har undertecknat Klimatkontrakt 2030.';
    const res = await t.upload(text, 'ockelbo.txt');
    const doc = await res.json() as { id: string; sha256: string };
    expect((await json('/api/search?q=Ockelbo')).total).toBe(1);
    const person = (await json('/api/people?q=lena+holm')).items[0];
    expect(person).toBeDefined();
    await expectProblem(await t.app.request(`/api/documents/${doc.id}`, { method: 'DELETE' }), 401);
    // Only an admin deletes: a reviewer's token is refused; a named admin's deletion is recorded by that name.
    const token = async (name: string, role: string) => ((await json('/api/tokens', {
      method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' }, body: JSON.stringify({ name, role }) })) as { token: string }).token;
    const reviewer = { authorization: `Bearer ${await token('Sven Granskare', 'reviewer')}` };
    const admin = { authorization: `Bearer ${await token('Karin Ek', 'admin')}` };
    await expectProblem(await t.app.request(`/api/documents/${doc.id}`, { method: 'DELETE', headers: reviewer }), 403);
    await expectProblem(await t.app.request('/api/deletions', { headers: reviewer }), 403);
    expect((await json('/api/search?q=Ockelbo')).total).toBe(1);
    const del = await t.app.request(`/api/documents/${doc.id}?reason=${encodeURIComponent('uppladdad av misstag')}`, { method: 'DELETE', headers: admin });
    expect(del.status).toBe(200);
    const removed = (await del.json() as { removed: Record<string, number> }).removed;
    expect(removed).toMatchObject({ documents: 1, people: 1 });
    expect(removed.mentions).toBeGreaterThan(2);
    await expectProblem(await t.app.request(`/api/documents/${doc.id}`), 404);
    expect((await json('/api/search?q=Ockelbo')).total).toBe(0);
    await expectProblem(await t.app.request(`/api/people/${person.id}`), 404);
    expect((await json('/api/commitments?municipality=Ockelbo')).total).toBe(0);
    expect(existsSync(join(t.dir, originalKey(doc.sha256)))).toBe(false);
    const log = await json('/api/deletions', { headers: t.auth });
    expect(log.items[0]).toMatchObject({ documentId: doc.id, sha256s: [doc.sha256], filename: 'ockelbo.txt', reason: 'uppladdad av misstag', deletedBy: 'Karin Ek' });
    await expectProblem(await t.app.request('/api/deletions'), 401);
    await expectProblem(await t.app.request(`/api/documents/${doc.id}`, { method: 'DELETE', headers: t.auth }), 404);
    // Stored again, it is a new document; the write token is the admin named "admin".
    const again = (await (await t.upload(text, 'ockelbo.txt')).json()) as { id: string };
    expect((await t.app.request(`/api/documents/${again.id}`, { method: 'DELETE', headers: t.auth })).status).toBe(200);
    expect((await json('/api/deletions', { headers: admin })).items.map((d: { deletedBy: string }) => d.deletedBy)).toEqual(['admin', 'Karin Ek']);
  });

  it('keeps the same text in several formats as one document: its commitments count once', async () => {
    const txt = await t.uploadFile('corpus/docs/karlstad-klimatkontrakt.txt');
    const doc = await txt.json() as { id: string; extraction: { commitments: unknown[] } };
    const before = (await json('/api/commitments?limit=200')).total;
    for (const f of ['corpus/formats/karlstad-klimatkontrakt.pdf', 'corpus/formats/karlstad-klimatkontrakt.docx', 'corpus/formats/karlstad-klimatkontrakt.html']) {
      const res = await t.uploadFile(f);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: doc.id, rendition: { filename: f.split('/').pop() } });
    }
    expect((await json('/api/commitments?limit=200')).total).toBe(before);
    expect((await json(`/api/documents/${doc.id}`)).renditions.map((r: { format: string }) => r.format)).toEqual(['text', 'pdf', 'docx', 'html']);
  });

  it('answers a malformed document id with 404 like any unknown document', async () => {
    for (const id of ['not-an-id', 'ABCDEF0123456789', '1', '%E0%A4%A']) {
      await expectProblem(await t.app.request(`/api/documents/${id}`), 404);
      await expectProblem(await t.app.request(`/api/documents/${id}/text`), 404);
      await expectProblem(await t.app.request(`/api/documents/${id}/original`), 404);
    }
  });

  it('lists the front page by publication date, with a date range', async () => {
    for (const [name, published] of [['a.txt', '2021-05-04'], ['b.txt', '2023-09-01'], ['c.txt', '2022-01-20']] as const) {
      const form = new FormData();
      form.set('file', new File([`Gnosjö kommun har beslutat om ${name} ${published}.`], name));
      form.set('published', published);
      expect((await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form })).status).toBe(201);
    }
    const listed = (await json('/api/documents?q=Gnosjö')).items.map((d: { published: string }) => d.published);
    expect(listed).toEqual(['2023-09-01', '2022-01-20', '2021-05-04']);
    const page = await (await t.app.request('/?q=Gnosj%C3%B6&from=2022&to=2022')).text();
    expect(page).toContain('c.txt');
    expect(page).not.toContain('a.txt');
    expect(page).toContain('name="from"');
    expect(page).toContain('name="to"');
  });

  it('uploads several files with one form, keeps the token for the session, and says what was there already', async () => {
    const form = (files: [string, string][], token?: string) => {
      const f = new FormData();
      if (token) f.set('token', token);
      for (const [name, text] of files) f.append('file', new File([text], name));
      return f;
    };
    const first = await t.app.request('/upload', { method: 'POST', body: form([['mora.txt', 'Mora kommun antar en plan.'], ['orsa.txt', 'Orsa kommun antar en plan.']], TOKEN) });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html.match(/>Sparad</g)).toHaveLength(2);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('kommunarkiv_write='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/upload/);
    const again = await t.app.request('/upload', { method: 'POST', headers: { cookie: cookie.split(';')[0]! }, body: form([['mora.txt', 'Mora kommun antar en plan.']]) });
    expect(again.status).toBe(200);
    const said = await again.text();
    expect(said).toMatch(/<a href="\/documents\/[0-9a-f]{16}">Finns redan i arkivet<\/a>/);
    // Again with a source address: the stored document takes it, and the page says so.
    const withSource = form([['mora.txt', 'Mora kommun antar en plan.']]);
    withSource.set('source_url', 'https://www.mora.se/nyheter/plan');
    const updated = await (await t.app.request('/upload', { method: 'POST', headers: { cookie: cookie.split(';')[0]! }, body: withSource })).text();
    expect(updated).toContain('Finns redan i arkivet</a>: källans adress är nu https://www.mora.se/nyheter/plan');
    const mora = (await json('/api/documents?q=Mora')).items[0];
    expect(mora.sourceUrl).toBe('https://www.mora.se/nyheter/plan');
    const remembered = await (await t.app.request('/upload', { headers: { cookie: cookie.split(';')[0]! } })).text();
    expect(remembered).toContain('Nyckeln är sparad');
    expect(remembered).not.toContain('name="token"');
  });
});
