// Bad input gets a clear problem+json with the right status and is never half-stored; good input is durable.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp, TOKEN } from './helpers/app.js';
import { manyPagesPdf, nestedHtml, zipBomb } from './helpers/bombs.js';

const swedish = (i: number) =>
  `Pressmeddelande ${i}\nUmeå kommun har i dag antagit en ny klimatplan för åren ${2020 + (i % 10)}–2030. ` +
  `Kommunstyrelsens ordförande säger att arbetet med fossilfria transporter ska öka. Dokument nummer ${i}.`;

describe('auth', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it('refuses an upload without a token or with a wrong one, storing nothing', async () => {
    const body = new TextEncoder().encode(swedish(1));
    await expectProblem(await t.app.request('/api/documents', { method: 'POST', body }), 401);
    const wrong = await t.app.request('/api/documents', { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectProblem(wrong, 401);
    await expectProblem(await t.app.request('/api/reprocess', { method: 'POST' }), 401);
    expect(await t.documentCount()).toBe(0);
  });

  it('keeps reads public unless KOMMUNARKIV_READ_TOKEN is set', async () => {
    expect((await t.app.request('/api/documents')).status).toBe(200);
    const locked = makeApp({ readToken: 'läs-token' });
    try {
      await expectProblem(await locked.app.request('/api/documents'), 401);
      expect((await locked.app.request('/api/documents', { headers: { authorization: 'Bearer läs-token' } })).status).toBe(200);
      expect((await locked.app.request('/api/documents', { headers: locked.auth })).status).toBe(200);
    } finally {
      locked.close();
    }
  });
});

describe('limits and bad input', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp({ maxBytes: 64 * 1024 }); });
  afterAll(() => t.close());

  it('answers an empty body with 400', async () => {
    await expectProblem(await t.upload(new Uint8Array(), 'tom.txt'), 400);
    expect(await t.documentCount()).toBe(0);
  });

  it('answers a multipart form without a file with 400', async () => {
    const form = new FormData();
    form.set('source_url', 'https://example.se/a');
    await expectProblem(await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form }), 400);
  });

  it('answers an oversized upload with 413 while streaming, even without Content-Length', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('Åsa i Öckerö kommun. '.repeat(512));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // An endless body: the server must stop reading on its own once the limit is passed.
        sent += chunk.byteLength;
        if (sent > 10 * 1024 * 1024) controller.error(new Error('the server kept reading past the limit'));
        else controller.enqueue(chunk);
      },
    });
    const res = await t.app.request('/api/documents?filename=stor.txt', {
      method: 'POST', headers: t.auth, body, duplex: 'half',
    } as RequestInit);
    await expectProblem(res, 413);
    expect(sent).toBeLessThan(1024 * 1024);
    const declared = await t.app.request('/api/documents', { method: 'POST', headers: { ...t.auth, 'content-length': String(10 ** 9) }, body: 'x' });
    await expectProblem(declared, 413);
    expect(await t.documentCount()).toBe(0);
  });

  it('answers a format that sniffing does not recognise with 415, whatever the declared type', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    await expectProblem(await t.upload(png, 'bild.pdf', { 'content-type': 'application/pdf' }), 415);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78]);
    await expectProblem(await t.upload(zip, 'arkiv.docx'), 415);
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expectProblem(await t.upload(binary, 'fil.txt', { 'content-type': 'text/plain' }), 415);
    expect(await t.documentCount()).toBe(0);
  });

  it('answers invalid query parameters with 400 and unknown ids with 404', async () => {
    for (const q of ['limit=0', 'limit=201', 'limit=tio', 'offset=-1']) await expectProblem(await t.app.request(`/api/documents?${q}`), 400);
    await expectProblem(await t.app.request('/api/documents/not-an-id'), 404);
    await expectProblem(await t.app.request('/api/documents/ffffffffffffffff/original'), 404);
    await expectProblem(await t.app.request('/api/documents/ffffffffffffffff/reprocess', { method: 'POST', headers: t.auth }), 404);
  });

  it('keeps a corrupt PDF as a failed document with its original, answers 422 naming it, and can reprocess it', async () => {
    const pdf = readFileSync('corpus/formats/kalmar-vag2.pdf');
    const truncated = Uint8Array.from(pdf.subarray(0, 900));
    const res = await t.upload(truncated, 'trasig.pdf');
    const problem = await expectProblem(res, 422);
    const id = problem.documentId as string;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(problem.detail).toContain(id);
    const doc = (await (await t.app.request(`/api/documents/${id}`)).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ status: 'failed', format: 'pdf' });
    expect(doc.error).toEqual(expect.any(String));
    const original = await t.app.request(`/api/documents/${id}/original`);
    expect(Buffer.from(await original.arrayBuffer()).equals(Buffer.from(truncated))).toBe(true);
    await expectProblem(await t.app.request(`/api/documents/${id}/text`), 404);
    await expectProblem(await t.app.request(`/api/documents/${id}/reprocess`, { method: 'POST', headers: t.auth }), 422);
    expect(await t.documentCount()).toBe(1);
  });

  it('keeps a DOCX that is not a valid zip as failed (422)', async () => {
    const docx = readFileSync('corpus/formats/kristinehamn-tvillingstad.docx');
    const broken = Uint8Array.from(docx.subarray(0, 2000));
    const problem = await expectProblem(await t.upload(broken, 'trasig.docx'), 422);
    expect(problem.documentId).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('resource bombs end in bounded time with a stored failure', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it.each([
    ['a DOCX that declares its 300 MB', zipBomb(300e6, false)],
    ['a DOCX that lies about its 300 MB', zipBomb(300e6, true)],
    ['HTML of 50,000 nested tags', nestedHtml(50_000)],
    ['text with NUL bytes', new TextEncoder().encode('Umeå kommun\u0000\u0000\u0000 ska bli klimatneutral.')],
  ])('%s', async (_label, bytes) => {
    const before = await t.documentCount();
    const rssBefore = process.memoryUsage().rss;
    const res = await t.upload(bytes, 'bomb.bin');
    expect([415, 422]).toContain(res.status);
    const problem = await expectProblem(res, res.status);
    if (res.status === 422) {
      expect(await t.documentCount()).toBe(before + 1);
      const doc = (await (await t.app.request(`/api/documents/${problem.documentId}`)).json()) as { status: string };
      expect(doc.status).toBe('failed');
    } else {
      expect(await t.documentCount()).toBe(before);
    }
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a PDF of 5,000 pages quickly, and reads one of 300', async () => {
    const started = performance.now();
    const huge = await t.upload(manyPagesPdf(5000), 'tjock.pdf');
    const problem = await expectProblem(huge, 422);
    expect(problem.detail).toMatch(/pages/);
    expect(performance.now() - started).toBeLessThan(20_000);
    const ok = await t.upload(manyPagesPdf(300, 'Umea kommun och Lunds kommun'), 'tunn.pdf');
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { pages: number }).pages).toBe(300);
  });
});

describe('browser safety headers', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it('serves HTML originals as attachments that a browser will not render, with nosniff and a CSP', async () => {
    const html = '<!doctype html><html><body><article><p>Lunds kommun</p><script>alert(1)</script><img src=x onerror="alert(2)"></article></body></html>';
    const res = await t.upload(html, 'sida.html');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const original = await t.app.request(`/api/documents/${id}/original`);
    expect(original.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(original.headers.get('content-type')).not.toMatch(/html/);
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect(original.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(original.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
  });
});

describe('concurrency', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it('stores 40 concurrent uploads of distinct documents as 40 documents', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => t.upload(swedish(i), `dok-${i}.txt`)));
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(await t.documentCount()).toBe(40);
  });

  it('stores 20 concurrent uploads of the same bytes as one document', async () => {
    const before = await t.documentCount();
    const results = await Promise.all(Array.from({ length: 20 }, () => t.upload(swedish(1000), 'samma.txt')));
    const ids = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(await t.documentCount()).toBe(before + 1);
  });
});
