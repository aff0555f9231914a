// A municipality's page reads a bounded number of rows however often the archive names it (issue 13): its waves
// come from the counts kept on write and the earliest few spans of each, its programmes list at most
// MORE_EVIDENCE other records beside the exact number, its documents are paged in index order, and the front page
// under it counts facets in its newest documents. Checked here
// against the same answers made by reading every row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { MORE_EVIDENCE, memberships } from '../src/compare.js';
import { openSqlite } from '../src/db/sqlite.js';
import { documentFacets, getMunicipality, listDocuments } from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-bounded-'));
const store = openSqlite(join(dir, 'k.db'));
const sqlite = store.client;
const archive = new Archive({ db: store, blobs: fsBlobStore(join(dir, 'blobs')) });
const enc = new TextEncoder();
const GAVLE = '2180';

// 30 press releases over 2021–2023 that place Gävle in wave 2, and four that place it in wave 3; a few undated.
const day = (i: number) => `20${21 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
const release = (i: number, wave: number) => (i % 10 === 9 ? '' : `Pressmeddelande ${day(i)}\n\n`) +
  `Gävle kommun ingår i våg ${wave} av Klimatneutrala städer 2030. Arbetet med klimatkontraktet fortsätter i Gävle, ` +
  `nu med åtgärd nummer ${i} för cykelvägar och laddplatser.\n`;

beforeAll(async () => {
  for (let i = 0; i < 34; i++) await archive.upload({ bytes: enc.encode(release(i, i < 30 ? 2 : 3)), filename: `gavle-${i}.txt` });
}, 60_000);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const liveWaves = () => sqlite.prepare(`select json_extract(m.value, '$.wave') as wave, m.start as start, m.document_id as doc, d.published as published
  from mentions m join documents d on d.id = m.document_id where m.kind = 'wave' and m.municipality_code = ? and m.review_state <> 'rejected'
  order by d.published is null, d.published, m.id`).all(GAVLE) as { wave: number; start: number; doc: string; published: string | null }[];

describe("a municipality's page", () => {
  it('counts its waves from the tallies and shows the earliest published spans of each', async () => {
    const all = liveWaves();
    expect(all.filter((w) => w.wave === 2)).toHaveLength(30);
    const m = (await getMunicipality(store.db, 'Gävle'))!;
    expect(m.waves.map((w) => [w.wave, w.mentions])).toEqual([[2, 30], [3, 4]]);
    for (const w of m.waves) {
      const earliest = all.filter((x) => x.wave === w.wave).slice(0, w.evidence.length);
      expect(w.evidence.map((e) => [e.documentId, e.start])).toEqual(earliest.map((x) => [x.doc, x.start]));
      expect(w.evidence[0]!.sentence).toContain(`våg ${w.wave}`);
    }
  });

  it('lists at most MORE_EVIDENCE other records per programme, with their exact number', async () => {
    const [one] = (await memberships(store.db, GAVLE)).get(GAVLE)!;
    const [full] = (await memberships(store.db)).get(GAVLE)!;
    expect(one!.programme).toBe('klimatneutrala-stader-2030');
    expect(full!.more).toHaveLength(33);
    expect(one!.more).toEqual(full!.more.slice(0, MORE_EVIDENCE));
    expect(one).toMatchObject({ evidence: full!.evidence, cohort: full!.cohort, since: full!.since, evidenceCount: 34 });
    expect(full!.evidenceCount).toBe(34);
  });

  it('pages its documents newest first, undated last, with the total of the counts kept on write', async () => {
    const pages = [];
    for (let offset = 0; offset < 40; offset += 8) pages.push(await listDocuments(store.db, { municipality: 'Gävle', limit: 8, offset }));
    const ids = pages.flatMap((p) => p.items.map((d) => d.id));
    const expected = (sqlite.prepare(`select id from documents where id in (select document_id from mentions where municipality_code = ? and review_state <> 'rejected')
      order by published desc, id`).all(GAVLE) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(pages.every((p) => p.total === 34)).toBe(true);
    expect(pages[0]!.items[0]!.published! >= pages[0]!.items[7]!.published!).toBe(true);
    expect(pages.at(-1)!.items.at(-1)!.published).toBeNull();
    // With another filter the total is counted from the same rows.
    const dated = await listDocuments(store.db, { municipality: 'Gävle', from: '2023-01-01', limit: 50, offset: 0 });
    expect(dated.total).toBe(dated.items.length);
    expect(dated.items.every((d) => d.published! >= '2023-01-01')).toBe(true);
    expect(dated.total).toBeGreaterThan(5);
  });

  it("counts each listed document's live mentions of it, dated or undated, as its rows say", async () => {
    const live = (doc: string) => (sqlite.prepare(`select count(*) as n from mentions where document_id = ? and municipality_code = ? and review_state <> 'rejected'`)
      .get(doc, GAVLE) as { n: number }).n;
    const undated = (sqlite.prepare(`select id from documents where published is null and id in (select document_id from mentions where municipality_code = ?)`)
      .get(GAVLE) as { id: string }).id;
    // One of the undated document's mentions of Gävle rejected, its others kept.
    const [one] = sqlite.prepare(`select id from mentions where document_id = ? and municipality_code = ? order by id limit 1`).all(undated, GAVLE) as { id: number }[];
    sqlite.prepare(`update mentions set review_state = 'rejected' where id = ?`).run(one!.id);
    try {
      const m = (await getMunicipality(store.db, 'Gävle', { documents: { limit: 50, offset: 0 } }))!;
      expect(m.documents).toHaveLength(34);
      expect(m.documents.find((d) => d.id === undated)!.mentions).toBeGreaterThan(0);
      expect(m.documents.map((d) => [d.id, d.mentions])).toEqual(m.documents.map((d) => [d.id, live(d.id)]));
    } finally {
      sqlite.prepare(`update mentions set review_state = 'machine' where id = ?`).run(one!.id);
    }
  });

  it('follows a rejection: the rejected spans leave the counts and the evidence', async () => {
    const first = liveWaves()[0]!;
    sqlite.prepare(`update mentions set review_state = 'rejected' where document_id = ? and municipality_code = ?`).run(first.doc, GAVLE);
    const m = (await getMunicipality(store.db, 'Gävle'))!;
    expect(m.waves.find((w) => w.wave === first.wave)!.mentions).toBe(liveWaves().filter((w) => w.wave === first.wave).length);
    expect(m.waves.flatMap((w) => w.evidence.map((e) => e.documentId))).not.toContain(first.doc);
    expect(m.documentsTotal).toBe(33);
    expect((await listDocuments(store.db, { municipality: 'Gävle', limit: 50, offset: 0 })).items.map((d) => d.id)).not.toContain(first.doc);
    const [one] = (await memberships(store.db, GAVLE)).get(GAVLE)!;
    expect(one!.evidenceCount).toBe(33);
  });
});

describe('the front page under a municipality', () => {
  it('counts its facets in the newest documents only, and says so, when more match', async () => {
    const all = await documentFacets(store.db, { municipality: 'Gävle' });
    expect(all.sample).toBeNull();
    const years = (sqlite.prepare(`select substr(published, 1, 4) as y, count(*) as n from documents where published is not null
      and id in (select document_id from mentions where municipality_code = ? and review_state <> 'rejected') group by 1 order by 1 desc`).all(GAVLE) as { y: string; n: number }[]);
    expect(all.year.map((f) => [f.value, f.count])).toEqual(years.map((r) => [r.y, r.n]));
    const newest = await documentFacets(store.db, { municipality: 'Gävle' }, 10);
    expect(newest.sample).toBe(10);
    const ids = (await listDocuments(store.db, { municipality: 'Gävle', limit: 10, offset: 0 })).items;
    const byYear = new Map<string, number>();
    for (const d of ids) if (d.published) byYear.set(d.published.slice(0, 4), (byYear.get(d.published.slice(0, 4)) ?? 0) + 1);
    expect(newest.year.map((f) => [f.value, f.count])).toEqual([...byYear].sort((a, b) => (a[0] < b[0] ? 1 : -1)));
    expect(newest.municipality.find((f) => f.value === 'Gävle')?.count).toBe(10);
  });
});

describe("a municipality's programmes of many statements", () => {
  // 70 statements that Gävle joined Klimatkontrakt 2030 (a programme joined by year), in the row shape the archive
  // stores: decided, signed, proposed (which shows nothing), and of no strength (which shows it outside a motion);
  // own full dates, years only and none. The first 25 have no date at all (neither their own nor their document's),
  // so the first page of evidence shows none and the year joined is that of a later one. One published late says it
  // was signed on 2020-05-04: the earliest date, found beyond the first page.
  const KEY = 'klimatkontrakt-2030';
  beforeAll(() => {
    const docs = (sqlite.prepare('select id, published from documents order by id').all() as { id: string; published: string | null }[]);
    sqlite.prepare(`update documents set kind = 'motion' where id in (?, ?)`).run(docs[0]!.id, docs[1]!.id);
    const insert = sqlite.prepare(`insert into commitments (document_id, actor, municipality_code, type, what, "when", evidence, start, "end", page,
      published, sort_date, strength, object, record_id) values (?, 'Gävle', ?, ?, 'gå med i Klimatkontrakt 2030', ?, 'Gävle kommun går med i Klimatkontrakt 2030.', ?, ?, 1, ?, ?, ?, ?, ?)`);
    const strengths = ['decided', 'signed', null, 'proposed', 'decided'];
    for (let i = 0; i < 70; i++) {
      const d = docs[i % docs.length]!;
      const when = i === 60 ? '2020-05-04' : i < 25 ? null : i % 7 === 0 ? `2022-0${1 + (i % 9)}-1${i % 10}` : i % 7 === 1 ? '2023' : null;
      const dated = i >= 25;
      insert.run(d.id, GAVLE, i % 2 ? 'join' : 'sign', when, 1000 + i, 1040 + i, dated ? (i === 60 ? '2023-11-30' : d.published) : null,
        dated ? (when ?? d.published) : null, strengths[i % 5], KEY, `r-kk-${i}`);
    }
  });

  it('reads the first page of evidence, and the number and the earliest date of all, as reading every statement says', async () => {
    const [one] = (await memberships(store.db, GAVLE)).get(GAVLE)!.filter((m) => m.programme === KEY);
    const [full] = (await memberships(store.db)).get(GAVLE)!.filter((m) => m.programme === KEY);
    const shows = sqlite.prepare(`select count(*) as n from commitments c join documents d on d.id = c.document_id where c.object = ? and c.municipality_code = ?
      and (c.strength in ('decided', 'signed') or (c.strength is null and coalesce(d.kind, '') <> 'motion'))`).get(KEY, GAVLE) as { n: number };
    expect(shows.n).toBeGreaterThan(MORE_EVIDENCE + 20);
    expect(full!.evidenceCount).toBe(shows.n);
    expect(full!.since).toBe('2020-05-04');
    expect(full!.cohort).toMatch(/^20\d\d$/);
    expect(one).toMatchObject({ evidence: full!.evidence, cohort: full!.cohort, since: full!.since, evidenceCount: full!.evidenceCount });
    expect(one!.more).toEqual(full!.more.slice(0, MORE_EVIDENCE));
  });

  it('follows a rejection and a motion: what shows nothing leaves the number, the dates and the evidence', async () => {
    sqlite.prepare(`update commitments set review_state = 'rejected' where record_id = 'r-kk-60'`).run();
    const [one] = (await memberships(store.db, GAVLE)).get(GAVLE)!.filter((m) => m.programme === KEY);
    const [full] = (await memberships(store.db)).get(GAVLE)!.filter((m) => m.programme === KEY);
    expect(full!.since).not.toBe('2020-05-04');
    expect(one).toMatchObject({ evidence: full!.evidence, cohort: full!.cohort, since: full!.since, evidenceCount: full!.evidenceCount });
    sqlite.prepare(`update documents set kind = 'motion'`).run();
    const [signedOnly] = (await memberships(store.db, GAVLE)).get(GAVLE)!.filter((m) => m.programme === KEY);
    const signed = sqlite.prepare(`select count(*) as n from commitments where object = ? and strength in ('decided', 'signed') and review_state <> 'rejected'`).get(KEY) as { n: number };
    expect(signedOnly!.evidenceCount).toBe(signed.n);
    expect(signedOnly!.more).toEqual((await memberships(store.db)).get(GAVLE)!.find((m) => m.programme === KEY)!.more.slice(0, MORE_EVIDENCE));
  });
});
