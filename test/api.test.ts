// The documents API end to end, in-process: every corpus file in every format, dedup, read-back, languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, makeApp } from './helpers/app.js';

const corpusFiles = [
  ...readdirSync('corpus/docs').map((f) => join('corpus/docs', f)),
  ...readdirSync('corpus/formats').map((f) => join('corpus/formats', f)),
  ...readdirSync('corpus/hard').map((f) => join('corpus/hard', f)),
];

describe('documents API', () => {
  let t: ReturnType<typeof makeApp>;
  beforeAll(() => { t = makeApp(); });
  afterAll(() => t.close());

  it('answers health', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  // The five texts come first (corpus/docs); every other file is the same text in another format, so it becomes
  // one more rendition of that document: one set of records, not five.
  const docIds = new Map<string, string>();
  const stem = (path: string) => path.split('/').pop()!.replace(/\.[^.]+$/, '');

  it.each(corpusFiles)('stores %s (201, or 200 as a rendition of the same text), then the same bytes again as the same document (200)', async (path) => {
    const res = await t.uploadFile(path);
    const doc = (await res.json()) as Record<string, any>;
    const first = path.startsWith('corpus/docs/');
    expect(res.status, JSON.stringify(doc).slice(0, 300)).toBe(first ? 201 : 200);
    const own = first ? doc : doc.rendition;
    expect(own).toMatchObject({ size: readFileSync(path).length, filename: path.split('/').pop() });
    expect(own.id).toMatch(/^[0-9a-f]{16}$/);
    expect(own.sha256.startsWith(own.id)).toBe(true);
    expect(doc.renditions.map((r: { id: string }) => r.id)).toContain(own.id);
    if (first) docIds.set(stem(path), doc.id);
    else expect(doc.id).toBe(docIds.get(stem(path)));
    expect(doc).toMatchObject({ status: 'extracted', language: 'sv' });
    expect(Object.keys(doc.extraction)).toEqual(
      expect.arrayContaining(['doc', 'language', 'kind', 'published', 'municipalities', 'people', 'waves', 'dates', 'commitments']));

    const detail = (await (await t.app.request(`/api/documents/${own.id}`)).json()) as { id: string; mentions: { rule: string | null; ruleDescription: string | null }[] };
    expect(detail.id).toBe(doc.id);
    expect(detail.mentions.length).toBeGreaterThan(0);
    for (const m of detail.mentions) {
      expect(m.rule).toMatch(/^[a-z]+\.[a-z0-9.+-]+$/);
      expect(m.ruleDescription).toEqual(expect.any(String));
    }

    const again = await t.uploadFile(path);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: doc.id, changed: {} });

    const text = await t.app.request(`/api/documents/${doc.id}/text`);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await text.text();
    expect(body).toMatch(/kommun/);
    expect(body).toMatch(/[åäö]/);

    const original = await t.app.request(`/api/documents/${own.id}/original`);
    expect(original.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await original.arrayBuffer()).equals(readFileSync(path))).toBe(true);
  });

  it('lists documents with a total, newest first, and pages through them', async () => {
    const all = (await (await t.app.request('/api/documents?limit=200')).json()) as { items: { id: string; renditions: unknown[] }[]; total: number };
    expect(all.total).toBe(new Set(corpusFiles.map(stem)).size);
    expect(all.items.map((d) => d.renditions.length)).toEqual(Array(all.total).fill(corpusFiles.length / all.total));
    const page = (await (await t.app.request('/api/documents?limit=2&offset=1')).json()) as { items: { id: string }[]; total: number };
    expect(page.items.map((d) => d.id)).toEqual(all.items.slice(1, 3).map((d) => d.id));
  });

  it('stores a Norwegian and a Danish text with their language, not rejected', async () => {
    const nb = 'Kommunestyret i Tromsø vedtok i går en ny klimaplan. Ordføreren sier at kommunen skal bli klimanøytral innen 2030, ' +
      'og at arbeidet med å kutte utslippene fra transport og bygg må skje raskt. Planen skal revideres hvert fjerde år, og ' +
      'innbyggerne blir invitert til å komme med innspill før høringsfristen går ut. Det er ikke noe vi kan vente med.';
    const da = 'Byrådet i Aarhus har i dag vedtaget en ny klimaplan. Borgmesteren siger, at kommunen skal være CO2-neutral i 2030, ' +
      'og at udledningerne fra trafik og bygninger skal nedbringes hurtigt. Planen bliver revideret hvert fjerde år, og ' +
      'borgerne bliver inviteret til at komme med bemærkninger, inden høringsfristen udløber. Det haster, siger hun.';
    for (const [text, lang] of [[nb, 'nb'], [da, 'da']] as const) {
      const res = await t.upload(text, `${lang}.txt`);
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ language: lang, status: 'extracted' });
    }
  });

  it('reads Windows-1252 text as å, ä, ö', async () => {
    const latin1 = Uint8Array.from(Buffer.from('Växjö kommun ska bli fossilfri. Kommunfullmäktige i Växjö beslutade i går.', 'latin1'));
    const res = await t.upload(latin1, 'växjö.txt');
    const doc = (await res.json()) as { id: string };
    expect(res.status).toBe(201);
    expect(await (await t.app.request(`/api/documents/${doc.id}/text`)).text()).toContain('Växjö kommun ska bli fossilfri');
  });

  it('takes the uploader\'s publication date when the text states none, and resolves "i går" against it', async () => {
    const text = 'Kommunfullmäktige i Skellefteå kommun antog i går en ny klimatstrategi för åren fram till 2030.';
    const form = new FormData();
    form.set('file', new File([text], 'skellefteå.txt'));
    form.set('published', '2024-03-12');
    const res = await t.app.request('/api/documents', { method: 'POST', headers: t.auth, body: form });
    expect(res.status).toBe(201);
    const doc = (await res.json()) as { published: string; extraction: { published: string; dates: { value: string }[] } };
    expect(doc.published).toBe('2024-03-12');
    expect(doc.extraction.dates.map((d) => d.value)).toContain('2024-03-11');
    const raw = await t.upload('Luleå kommun presenterade i dag sin nya färdplan för fossilfria transporter till år 2035.', 'luleå.txt');
    expect(((await raw.json()) as { published: string | null }).published).toBeNull();
    await expectProblem(await t.app.request('/api/documents?filename=a.txt&published=2024-02-30', {
      method: 'POST', headers: t.auth, body: 'Umeå kommun',
    }), 400);
  });

  it('answers unknown ids and routes with problem+json 404', async () => {
    await expectProblem(await t.app.request('/api/documents/0123456789abcdef'), 404);
    await expectProblem(await t.app.request('/api/documents/0123456789abcdef/text'), 404);
    await expectProblem(await t.app.request('/api/nowhere'), 404);
  });
});
