// Records across documents: one person per real person, ambiguous names kept apart, PDF mentions on their page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from './helpers/app.js';

type Json = Record<string, any>;

describe('resolution across documents', () => {
  let t: ReturnType<typeof makeApp>;
  const get = async (path: string): Promise<Json> => (await t.app.request(path)).json() as Promise<Json>;
  beforeAll(async () => {
    t = makeApp();
    for (const f of ['corpus/docs/kristinehamn-tvillingstad.txt', 'corpus/docs/karlstad-klimatkontrakt.txt', 'corpus/hard/kalmar-vag2.pdf']) {
      expect((await t.uploadFile(f)).status).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('makes one person of the same name, party and municipality in two documents', async () => {
    const found = await get('/api/people?q=Linda%20Larsson');
    expect(found.items).toHaveLength(1);
    const person = await get(`/api/people/${found.items[0].id}`);
    expect(person).toMatchObject({ name: 'Linda Larsson', party: 'S', politician: true });
    expect(person.documents).toBe(2);
    expect(person.mentions).toBeGreaterThanOrEqual(3);
  });

  it('keeps people of the same name with different parties apart, and an unplaceable third mention apart from both', async () => {
    const texts = [
      'Umeå kommun har antagit en ny klimatplan. – Vi är stolta, säger Åsa Berglöf (M), kommunstyrelsens ordförande i Umeå kommun.',
      'Lunds kommun har skrivit under Klimatkontrakt 2030. – Det här är viktigt, säger Åsa Berglöf (V), oppositionsråd i Lunds kommun.',
      'Konferensen om klimatarbete samlade många. – Det var givande, säger Åsa Berglöf, moderator.',
    ];
    for (const [i, text] of texts.entries()) expect((await t.upload(text, `berglöf-${i}.txt`)).status).toBe(201);
    const found = await get('/api/people?q=Berglöf');
    const parties = found.items.map((p: Json) => p.party).sort();
    expect(parties).toEqual([null, 'M', 'V'].sort());
  });

  it('gives PDF mentions the page they stand on, with offsets that slice the text', async () => {
    const docs = await get('/api/documents?q=Kalmar&limit=50');
    const pdf = docs.items.find((d: Json) => d.format === 'pdf');
    const doc = await get(`/api/documents/${pdf.id}`);
    const text = await (await t.app.request(`/api/documents/${pdf.id}/text`)).text();
    expect(doc.pages).toBeGreaterThan(1);
    const pages = new Set<number>();
    for (const m of doc.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      pages.add(m.page);
    }
    expect(pages.size).toBeGreaterThan(1);
    // The contact people stand at the end of the document, on its last page.
    const fogelstrom = doc.mentions.find((m: Json) => m.kind === 'person' && m.text === 'Andreas Fogelström');
    expect(fogelstrom.page).toBe(doc.pages);
  });
});
