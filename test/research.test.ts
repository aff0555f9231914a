// The research API in-process: filters, records with offsets, municipalities, people, commitments (+ CSV),
// full-text search. Runs on the corpus plus short Swedish texts written for these tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsQuery, search, snippetHtml } from '../src/queries.js';
import { expectProblem, makeApp } from './helpers/app.js';

const OREBRO = 'Örebro kommun har i dag undertecknat klimatkontraktet inom Viable Cities. Kommunfullmäktige i Örebro beslutade den 14 mars 2023 att ' +
  'staden ska bli klimatneutral till 2030.\n\n– Vi tar ansvar för kommande generationer, säger Anna Andersson (S), kommunstyrelsens ordförande i Örebro.\n';
const YEAR = 'Under år 2024 ska Karlstads kommun plantera fler träd. Klimatkontrakt, klimatkontrakt och åter klimatkontrakt: ordet står här tre gånger.\n';
const AR = 'Skogsområdet i Karlstads kommun omfattar 40 ar mark och ska skyddas som naturreservat enligt planen.\n';
const XSS = 'Karlstads kommun testar <script>alert(1)</script> och <img src=x onerror=alert(2)> i ett klimatkontrakt med "citat" & sådant.\n';

// A quote paragraph longer than the window of text read around a mention, and one behind a character outside
// the BMP (SQLite counts it as one character, JavaScript as two): both must still give the whole quote.
const LONG_QUOTE = Array.from({ length: 20 }, (_, i) => `Vi bygger ${i + 1} nya cykelbanor i år och det märks för alla som cyklar till jobbet`).join('. ');
const LONG = `Kalmar satsar på cykeln\n\n– ${LONG_QUOTE}, säger Lars Lind (M), kommunstyrelsens ordförande i Kalmar.\n`;
const EMOJI = 'Kalmar växer 🌍🚲 med fler cykelbanor.\n\n– Cykeln är framtidens färdmedel i Kalmar, säger Lars Lind (M), kommunstyrelsens ordförande i Kalmar.\n';

type Json = Record<string, any>;

describe('research API', () => {
  let t: ReturnType<typeof makeApp>;
  const ids: Record<string, string> = {};
  const get = async (path: string): Promise<Json> => {
    const res = await t.app.request(path);
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
    return (await res.json()) as Json;
  };

  beforeAll(async () => {
    t = makeApp();
    for (const f of readdirSync('corpus/docs')) {
      const res = await t.uploadFile(join('corpus/docs', f));
      ids[f.replace(/\.txt$/, '')] = ((await res.json()) as Json).id;
    }
    for (const [name, text] of Object.entries({ orebro: OREBRO, year: YEAR, ar: AR, xss: XSS, long: LONG, emoji: EMOJI })) {
      const res = await t.upload(text, `${name}.txt`);
      expect(res.status).toBe(201);
      ids[name] = ((await res.json()) as Json).id;
    }
  });
  afterAll(() => t.close());

  describe('GET /api/documents filters', () => {
    it('filters by kind, language and words, with a total', async () => {
      const motions = await get('/api/documents?kind=motion');
      expect(motions.items.map((d: Json) => d.id)).toEqual([ids['tierp-motion-klimatkommunerna']]);
      expect(motions.total).toBe(1);
      const sv = await get('/api/documents?language=sv&limit=200');
      expect(sv.total).toBe(11); // the short emoji text too: its spelling (växer, färdmedel, säger) is Swedish
      expect((await get('/api/documents?language=en&limit=200')).total).toBe(0);
      const words = (await get('/api/documents?q=ar')).items.map((d: Json) => d.id);
      expect(words).toContain(ids.ar);
      expect(words).not.toContain(ids.year);
    });

    it('filters by municipality (name in any case, or SCB code)', async () => {
      for (const m of ['Örebro', 'örebro', '1880']) {
        const r = await get(`/api/documents?municipality=${encodeURIComponent(m)}`);
        expect(r.items.map((d: Json) => d.id)).toContain(ids.orebro);
        expect(r.items.map((d: Json) => d.id)).not.toContain(ids.ar);
      }
      const none = await get('/api/documents?municipality=Atlantis');
      expect(none).toEqual({ items: [], total: 0 });
    });

    it('filters by person and party', async () => {
      const byName = await get(`/api/documents?person=${encodeURIComponent('Anna Andersson')}`);
      expect(byName.items.map((d: Json) => d.id)).toEqual([ids.orebro]);
      const byParty = await get('/api/documents?party=S&limit=200');
      expect(byParty.items.map((d: Json) => d.id)).toContain(ids.orebro);
      expect(byParty.items.map((d: Json) => d.id)).not.toContain(ids.ar);
    });

    it('filters by published date range; a year includes its whole year', async () => {
      const all = await get('/api/documents?limit=200');
      const withDate = all.items.filter((d: Json) => d.published);
      expect(withDate.length).toBeGreaterThan(0);
      const year = withDate[0].published.slice(0, 4);
      const r = await get(`/api/documents?from=${year}&to=${year}&limit=200`);
      expect(r.total).toBe(withDate.filter((d: Json) => d.published.startsWith(year)).length);
      expect(r.items.every((d: Json) => d.published.startsWith(year))).toBe(true);
    });

    it('refuses bad parameters with 400 problem+json', async () => {
      for (const q of ['limit=201', 'limit=0', 'offset=-1', 'kind=pressmeddelande', 'from=2023-13', 'to=igår', 'language=svenska']) {
        await expectProblem(await t.app.request(`/api/documents?${q}`), 400);
      }
    });
  });

  describe('GET /api/documents/:id', () => {
    it('carries mentions whose offsets index /text', async () => {
      for (const id of Object.values(ids)) {
        const doc = await get(`/api/documents/${id}`);
        const text = await (await t.app.request(`/api/documents/${id}/text`)).text();
        expect(doc.mentions.length).toBeGreaterThan(0);
        for (const m of doc.mentions) {
          expect(Object.keys(m)).toEqual(expect.arrayContaining(['kind', 'text', 'start', 'end', 'page', 'value']));
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }
    });

    it('resolves the municipality and person of a Swedish text', async () => {
      const doc = await get(`/api/documents/${ids.orebro}`);
      expect(doc.municipalities.map((m: Json) => m.name)).toContain('Örebro');
      expect(doc.people).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Anna Andersson', party: 'S' })]));
    });
  });

  describe('municipalities', () => {
    it('lists only municipalities with documents by default, all 290 with ?all=true', async () => {
      const some = await get('/api/municipalities?limit=200');
      expect(some.total).toBeLessThan(290);
      const names = some.items.map((m: Json) => m.name);
      expect(names).toEqual(expect.arrayContaining(['Karlstad', 'Örebro', 'Kalmar']));
      expect(some.items.every((m: Json) => m.documents > 0)).toBe(true);
      // Swedish order: Å, Ä, Ö come after Z.
      expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
      expect(names.indexOf('Örebro')).toBeGreaterThan(names.indexOf('Västerås'));
      const all = await get('/api/municipalities?all=true&limit=200');
      expect(all.total).toBe(290);
      expect(all.items).toHaveLength(200);
      const karlstad = some.items.find((m: Json) => m.name === 'Karlstad');
      expect(karlstad).toMatchObject({ code: '1780', county: 'Värmlands län' });
      expect(karlstad.documents).toBeGreaterThanOrEqual(4);
      await expectProblem(await t.app.request('/api/municipalities?all=yes'), 400);
    });

    it('answers one municipality by name in any case or by code, with waves, people, commitments, documents', async () => {
      const byName = await get('/api/municipalities/%C3%B6rebro');
      const byCode = await get('/api/municipalities/1880');
      expect(byName).toEqual(byCode);
      expect(byName).toMatchObject({ name: 'Örebro', code: '1880', county: 'Örebro län' });
      expect(byName.documents.map((d: Json) => d.id)).toContain(ids.orebro);
      expect(byName.documents.map((d: Json) => d.id)).not.toContain(ids.ar);
      expect(byName.people.map((p: Json) => p.name)).toContain('Anna Andersson');
      expect(Array.isArray(byName.waves) && Array.isArray(byName.commitments)).toBe(true);
      await expectProblem(await t.app.request('/api/municipalities/Atlantis'), 404);
    });

    it('pages the documents and commitments of a municipality and gives their totals', async () => {
      const all = await get('/api/municipalities/Karlstad?documentsLimit=200&commitmentsLimit=200');
      expect(all.documentsTotal).toBe(all.documents.length);
      expect(all.documentsTotal).toBeGreaterThanOrEqual(4);
      expect(all.commitmentsTotal).toBe(all.commitments.length);
      const dates = all.documents.map((d: Json) => d.published ?? '');
      expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse()); // newest first
      const second = await get('/api/municipalities/Karlstad?documentsLimit=1&documentsOffset=1&commitmentsLimit=1');
      expect(second.documents).toEqual([all.documents[1]]);
      expect(second.documentsTotal).toBe(all.documentsTotal);
      expect(second.commitments).toEqual(all.commitments.slice(0, 1));
      expect(second.commitmentsTotal).toBe(all.commitmentsTotal);
      await expectProblem(await t.app.request('/api/municipalities/Karlstad?documentsLimit=201'), 400);
    });

    it('gives each wave its evidence sentence', async () => {
      const all = await get('/api/municipalities?limit=200');
      const withWaves = [];
      for (const m of all.items) {
        const d = await get(`/api/municipalities/${m.code}`);
        for (const w of d.waves) {
          expect(Number.isInteger(w.wave)).toBe(true);
          expect(w.evidence.length).toBeGreaterThan(0);
          expect(w.evidence.length).toBeLessThanOrEqual(Math.min(3, w.mentions));
          for (const e of w.evidence) {
            // The sentence is read from a window of the text: it must still be the sentence the span stands in.
            const text = await (await t.app.request(`/api/documents/${e.documentId}/text`)).text();
            expect(e.sentence.length).toBeGreaterThan(0);
            expect(text).toContain(e.sentence);
            expect(e.sentence).toContain(text.slice(e.start, e.end));
          }
          withWaves.push(w);
        }
      }
      expect(withWaves.length).toBeGreaterThan(0);
    });
  });

  describe('people', () => {
    it('lists people with filters', async () => {
      const s = await get('/api/people?party=S&limit=200');
      expect(s.items.every((p: Json) => p.party === 'S')).toBe(true);
      expect(s.items.map((p: Json) => p.name)).toContain('Anna Andersson');
      const inOrebro = await get('/api/people?municipality=%C3%96rebro');
      expect(inOrebro.items.map((p: Json) => p.name)).toEqual(['Anna Andersson']);
      const q = await get('/api/people?q=andersson');
      expect(q.items.map((p: Json) => p.name)).toContain('Anna Andersson');
      const politicians = await get('/api/people?politician=true&limit=200');
      expect(politicians.items.every((p: Json) => p.politician)).toBe(true);
      await expectProblem(await t.app.request('/api/people?politician=ja'), 400);
    });

    it('gives every mention of a person with role, party, document, date and the quote', async () => {
      const [anna] = (await get('/api/people?q=anna%20andersson')).items;
      const p = await get(`/api/people/${anna.id}`);
      expect(p.mentionList.length).toBeGreaterThan(0);
      const m = p.mentionList.find((x: Json) => x.quote);
      expect(m).toMatchObject({ documentId: ids.orebro, role: 'kommunstyrelsens ordförande', party: 'S' });
      expect(m.quote).toBe('Vi tar ansvar för kommande generationer');
      await expectProblem(await t.app.request('/api/people/p-nobody'), 404);
    });

    it('pages the mentions of a person and reads the whole quote however long the paragraph', async () => {
      const [lars] = (await get('/api/people?q=lars%20lind')).items;
      const p = await get(`/api/people/${lars.id}`);
      expect(p.mentions).toBe(p.mentionList.length);
      expect(p.documents).toBe(2);
      const quotes = p.mentionList.map((m: Json) => m.quote);
      expect(quotes).toContain(LONG_QUOTE);
      expect(quotes).toContain('Cykeln är framtidens färdmedel i Kalmar');
      const second = await get(`/api/people/${lars.id}?limit=1&offset=1`);
      expect(second.mentions).toBe(p.mentions);
      expect(second.mentionList).toEqual([p.mentionList[1]]);
      await expectProblem(await t.app.request(`/api/people/${lars.id}?limit=0`), 400);
    });
  });

  describe('commitments', () => {
    it('lists commitments ordered by when/published, filterable', async () => {
      const all = await get('/api/commitments?limit=200');
      expect(all.total).toBeGreaterThan(0);
      const keys = all.items.map((c: Json) => c.when && /^\d{4}/.test(c.when) ? c.when : c.published).filter(Boolean);
      expect(keys).toEqual([...keys].sort());
      for (const c of all.items) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'actor', 'type', 'what', 'when', 'evidence', 'documentId', 'start', 'end', 'page', 'published']));
        const text = await (await t.app.request(`/api/documents/${c.documentId}/text`)).text();
        expect(text.slice(c.start, c.end)).toBe(c.evidence);
      }
      const first = all.items[0];
      const byActor = await get(`/api/commitments?actor=${encodeURIComponent(first.actor)}&type=${first.type}`);
      expect(byActor.items.every((c: Json) => c.actor === first.actor && c.type === first.type)).toBe(true);
      await expectProblem(await t.app.request('/api/commitments?type=promise'), 400);
      await expectProblem(await t.app.request('/api/commitments?limit=1000'), 400);
    });

    it('finds the commitment of a Swedish text', async () => {
      const r = await get('/api/commitments?municipality=%C3%96rebro');
      expect(r.items.length).toBeGreaterThan(0);
      expect(r.items[0]).toMatchObject({ actor: 'Örebro', documentId: ids.orebro });
    });

    it('exports the same query as CSV with BOM, CRLF and quoted fields, and as JSON', async () => {
      const res = await t.app.request('/api/commitments.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(bytes.slice(3));
      expect(csv.startsWith('id,actor,type,what,when,published,evidence,document_id,document_title,start,end,page,review_state,reviewed_by,reviewed_at\r\n')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n(?="[0-9a-f]{20}",")/);
      const json = await get('/api/commitments.json');
      const list = await get('/api/commitments?limit=200');
      expect(json.items).toEqual(list.items);
      expect(csv.split('\r\n').filter((l) => /^"[0-9a-f]{20}","/.test(l))).toHaveLength(list.total);
      expect(csv).toContain('"Örebro"');
    });
  });

  describe('search', () => {
    it('finds by prefix, ranks by bm25 and marks the words', async () => {
      const r = await get('/api/search?q=klimatkontrakt*');
      const hits = r.items.map((h: Json) => h.documentId);
      expect(hits).toEqual(expect.arrayContaining([ids['karlstad-klimatkontrakt'], ids.year, ids.orebro]));
      expect(hits[0]).toBe(ids.year); // "klimatkontrakt" three times in a short text
      expect(r.items[0].snippet).toMatch(/<mark>[Kk]limatkontrakt<\/mark>/);
      const orebro = r.items.find((h: Json) => h.documentId === ids.orebro);
      expect(orebro.snippet).toContain('<mark>klimatkontraktet</mark>');
      expect(r.total).toBe(r.items.length);
      expect(r).toMatchObject({ order: 'rank', more: false });
    });

    it('lists the newest first, with "more" set, when more documents match than it ranks', async () => {
      const ranked = await search(t.db.db, 'Karlstads', { limit: 50, offset: 0 });
      expect(ranked.total).toBeGreaterThan(3);
      const capped = await search(t.db.db, 'Karlstads', { limit: 2, offset: 1 }, 3);
      expect(capped).toMatchObject({ order: 'newest', more: true, total: 3 });
      // Uploaded in this order: orebro, year, ar, xss, long, emoji. Newest first, the second and third of those with Karlstads.
      expect(capped.items.map((h) => h.documentId)).toEqual([ids.ar, ids.year]);
      expect(capped.items[0]!.snippet).toContain('<mark>Karlstads</mark>');
    });

    it('pages a broad prefix search by the terms the prefix stands for: the same documents as the prefix', async () => {
      const sqlite = t.db.client as import('better-sqlite3').Database;
      const byPrefix = (sqlite.prepare(`select d.id as id from documents_fts join documents d on d.rowid = documents_fts.rowid
        where documents_fts match '"klimatkontrakt"*' order by documents_fts.rowid desc`).all() as { id: string }[]).map((r) => r.id);
      const terms = (sqlite.prepare(`select term from search_terms where term like 'klimatkontrakt%'`).all() as { term: string }[]).map((r) => r.term);
      expect(terms).toEqual(expect.arrayContaining(['klimatkontrakt', 'klimatkontraktet']));
      // The terms kept on write are every term of the index (and may keep some no document has any longer).
      sqlite.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, 'row')`);
      const missing = sqlite.prepare(`select term from temp.vocab where term not in (select term from search_terms)`).all();
      sqlite.exec('DROP TABLE temp.vocab');
      expect(missing).toEqual([]);
      expect(byPrefix.length).toBeGreaterThan(2);
      const capped = await search(t.db.db, 'klimatkontrakt*', { limit: 50, offset: 0 }, 1);
      expect(capped).toMatchObject({ order: 'newest', more: true });
      expect(capped.items.map((h) => h.documentId)).toEqual(byPrefix);
      // A prefix that no term of the index has matches nothing.
      expect((await search(t.db.db, 'klimatkontraktsförhandlingarnas* Karlstads', { limit: 50, offset: 0 }, 1)).total).toBe(0);
    });

    it('keeps å, ä and ö apart: "år" is not "ar"', async () => {
      const år = (await get('/api/search?q=%C3%A5r&limit=200')).items.map((h: Json) => h.documentId);
      expect(år).toContain(ids.year);
      expect(år).not.toContain(ids.ar);
      const ar = (await get('/api/search?q=ar&limit=200')).items.map((h: Json) => h.documentId);
      expect(ar).toContain(ids.ar);
      expect(ar).not.toContain(ids.year);
    });

    it('escapes the document text in snippets', async () => {
      const r = await get('/api/search?q=onerror');
      expect(r.items).toHaveLength(1);
      const s = r.items[0].snippet as string;
      expect(s).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(s).toContain('&lt;img src=x <mark>onerror</mark>=alert(2)&gt;');
      expect(s).not.toMatch(/<(script|img)/);
    });

    it('never fails on stray quotes or operators', async () => {
      for (const q of ['"', 'klimat"', 'AND', 'OR klimat*', 'NEAR(a b)', 'title:klimat', '*', '(', 'a - b', '^kommun', '"unterminated phrase']) {
        const res = await t.app.request(`/api/search?q=${encodeURIComponent(q)}`);
        expect(res.status, q).toBe(200);
      }
      await expectProblem(await t.app.request('/api/search'), 400);
      await expectProblem(await t.app.request('/api/search?q=x&limit=201'), 400);
    });

    it('sanitises queries into quoted terms', () => {
      expect(ftsQuery('klimatkontrakt*')).toBe('"klimatkontrakt"*');
      expect(ftsQuery('år "OR" NEAR(')).toBe('"år" "OR" "NEAR("');
      expect(ftsQuery('" * ()')).toBeNull();
      // Only matched words get <mark>; characters in the text (the old private-use markers too) stay text.
      expect(snippetHtml('<b>x \uE000y\uE001</b>', 0, 3, /(?<![\p{L}])x(?![\p{L}])/giu, 12)).toBe('&lt;b&gt;<mark>x</mark> \uE000y\uE001&lt;/b&gt;');
    });
  });

  it('publishes every route in the OpenAPI document and lists them on /api/docs', async () => {
    const spec = await get('/api/openapi.json');
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/municipalities', '/api/municipalities/{nameOrCode}', '/api/people',
      '/api/people/{id}', '/api/commitments', '/api/commitments.csv', '/api/commitments.json', '/api/search']) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    expect(spec.paths['/api/documents'].get.parameters.map((p: Json) => p.name))
      .toEqual(expect.arrayContaining(['municipality', 'person', 'party', 'kind', 'language', 'from', 'to', 'q', 'limit', 'offset']));
    const docs = await t.app.request('/api/docs');
    const html = await docs.text();
    expect(docs.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('/api/commitments.csv');
    expect(html).not.toMatch(/<script/i);
  });
});
