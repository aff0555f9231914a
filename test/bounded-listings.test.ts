// Listings under any filter do bounded work (issue 13): a rare filter is read from its own index, a common one is
// checked in the listing's order (LISTING_LIMITS.common), a total counted from rows stops at LISTING_LIMITS.count
// with `more`, a single filter with a count kept on write gives that count, and "as of a day" reads one step per
// thread. Whichever way a listing is read, it must answer what reading every row answers: checked here on an
// archive of the real corpus documents against plain SQL over all rows.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { compareRows } from '../src/compare.js';
import { openSqlite } from '../src/db/sqlite.js';
import {
  LISTING_LIMITS, listCommitments, listDocuments, listPeople, STRENGTH_RANK, type CommitmentFilters, type DocumentFilters,
} from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { makeApp } from './helpers/app.js';
import { listThreads } from '../src/threads.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-listings-'));
const store = openSqlite(join(dir, 'k.db'));
const sqlite = store.client;
const db = store.db;
const archive = new Archive({ db: store, blobs: fsBlobStore(join(dir, 'blobs')) });
const saved = { ...LISTING_LIMITS };

beforeAll(async () => {
  for (const d of ['../corpus/docs', '../corpus/real/docs']) {
    const folder = join(__dirname, d);
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) {
      await archive.upload({ bytes: new Uint8Array(readFileSync(join(folder, f))), filename: f });
    }
  }
}, 120_000);
afterAll(() => {
  Object.assign(LISTING_LIMITS, saved);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = { limit: 200, offset: 0 };
const ids = (sqlText: string, ...params: unknown[]) => (sqlite.prepare(sqlText).all(...params) as { id: string | number }[]).map((r) => String(r.id));
const docOrder = 'order by d.published desc, d.created_at desc, d.id desc';
const live = "m.review_state <> 'rejected'";
const most = (column: string) => (sqlite.prepare(`select ${column} as v, count(distinct document_id) as n from mentions m where ${column} is not null and ${live}
  group by 1 order by 2 desc limit 1`).get() as { v: string; n: number });

describe('document listings', () => {
  const shapes = (): [string, DocumentFilters, string[]][] => {
    const party = most('party').v, person = most('person_id').v, muni = most('municipality_code').v;
    return [
      ['a party', { party, ...all }, ids(`select d.id from documents d where d.id in (select document_id from mentions m where m.party = ? and ${live}) ${docOrder}`, party)],
      ['a person', { person, ...all }, ids(`select d.id from documents d where d.id in (select document_id from mentions m where m.person_id = ? and ${live}) ${docOrder}`, person)],
      ['a kind', { kind: 'press_release', ...all }, ids(`select d.id from documents d where d.kind = 'press_release' ${docOrder}`)],
      ['a language', { language: 'sv', ...all }, ids(`select d.id from documents d where d.language = 'sv' ${docOrder}`)],
      ['words', { q: 'klimat', ...all }, ids(`select d.id from documents d where d.rowid in (select rowid from documents_fts where documents_fts match '"klimat"') ${docOrder}`)],
      ['a party and a kind', { party, kind: 'press_release', ...all }, ids(`select d.id from documents d where d.kind = 'press_release'
        and d.id in (select document_id from mentions m where m.party = ? and ${live}) ${docOrder}`, party)],
      ['a person and words', { person, q: 'kommun', ...all }, ids(`select d.id from documents d where d.rowid in (select rowid from documents_fts where documents_fts match '"kommun"')
        and d.id in (select document_id from mentions m where m.person_id = ? and ${live}) ${docOrder}`, person)],
      ['unreviewed', { reviewed: false, ...all }, ids(`select d.id from documents d ${docOrder}`)],
      ['a kind in a language', { kind: 'press_release', language: 'sv', ...all }, ids(`select d.id from documents d where d.kind = 'press_release' and d.language = 'sv' ${docOrder}`)],
      // A municipality's documents come in its page's order (newest first, then by id).
      ['a municipality and a kind', { municipality: muni, kind: 'press_release', ...all }, ids(`select d.id from documents d where d.kind = 'press_release'
        and d.id in (select document_id from mentions m where m.municipality_code = ? and ${live}) order by d.published desc, d.id`, muni)],
    ];
  };

  it('the archive gives each filter more than one document to find', () => {
    for (const [name, , expected] of shapes()) expect(expected.length, name).toBeGreaterThan(1);
  });

  for (const [label, limits] of [['rare (read from their indexes)', { common: 1_000_000, count: 1_000_000 }], ['common (checked in order)', { common: 1, count: 1_000_000 }]] as const) {
    it(`answers as every row does when filters are ${label}`, async () => {
      Object.assign(LISTING_LIMITS, limits);
      for (const [name, f, expected] of shapes()) {
        const got = await listDocuments(db, f);
        expect(got.items.map((d) => d.id), name).toEqual(expected);
        expect([got.total, got.more], name).toEqual([expected.length, false]);
      }
      Object.assign(LISTING_LIMITS, saved);
    });
  }

  it('gives a total past LISTING_LIMITS.count as that number and more, and a page still in full', async () => {
    const [, f, expected] = shapes().find(([n]) => n === 'a language')!;
    Object.assign(LISTING_LIMITS, { count: 3 });
    const got = await listDocuments(db, { ...f, limit: 5 });
    Object.assign(LISTING_LIMITS, saved);
    expect(got).toMatchObject({ total: 3, more: true });
    expect(got.items.map((d) => d.id)).toEqual(expected.slice(0, 5));
    // A count kept on write (one filter: a party) stays exact past the limit.
    const party = most('party');
    Object.assign(LISTING_LIMITS, { count: 1 });
    const kept = await listDocuments(db, { party: party.v, limit: 1, offset: 0 });
    Object.assign(LISTING_LIMITS, saved);
    expect(kept).toMatchObject({ total: party.n, more: false });
  });
});

describe('commitment listings', () => {
  interface Row { id: number; thread: string | null; known: string | null; rank: number; type: string; party: string | null }
  const rows = () => (sqlite.prepare(`select id, thread, coalesce(published, sort_date) as known, type, strength, party from commitments
    where review_state <> 'rejected'`).all() as (Row & { strength: string | null })[])
    .map((r) => ({ ...r, rank: r.type === 'revise' ? 5 : r.strength ? STRENGTH_RANK[r.strength] ?? 1 : 1 }));
  /** What the archive knew on a day, from every row: of each thread its latest step known by then. */
  const knownOn = (day: string, keep: (r: Row) => boolean = () => true) => {
    const by = rows().filter((r) => r.known !== null && r.known.slice(0, day.length) <= day);
    const later = (a: Row, b: Row) => a.known! > b.known! || (a.known === b.known && (a.rank > b.rank || (a.rank === b.rank && a.id > b.id)));
    return by.filter((r) => r.thread === null || !by.some((o) => o.thread === r.thread && later(o, r))).filter(keep).map((r) => r.id).sort((a, b) => a - b);
  };
  const recordIds = (items: { id: string }[]) => {
    const byRecord = new Map((sqlite.prepare('select id, record_id as r from commitments').all() as { id: number; r: string | null }[]).map((x) => [x.r ?? String(x.id), x.id]));
    return items.map((i) => byRecord.get(i.id)!).sort((a, b) => a - b);
  };

  it('the archive has threads of several steps', () => {
    const threads = new Map<string, number>();
    for (const r of rows()) if (r.thread) threads.set(r.thread, (threads.get(r.thread) ?? 0) + 1);
    expect([...threads.values()].filter((n) => n > 1).length).toBeGreaterThan(2);
  });

  it('as of a day: the latest step of each thread known by then, as reading every step says', async () => {
    const days = [...new Set(rows().map((r) => r.known).filter((k): k is string => !!k))].sort();
    const probe = [days[0]!, days[Math.floor(days.length / 3)]!, days[Math.floor((2 * days.length) / 3)]!, days.at(-1)!, days[1]!.slice(0, 4), days.at(-1)!.slice(0, 7)];
    const party = (rows().find((r) => r.party)?.party)!;
    let seen = 0;
    for (const day of probe) {
      const expected = knownOn(day);
      const got = await listCommitments(db, { as_of: day, ...all });
      expect(recordIds(got.items), day).toEqual(expected);
      expect(got.total, day).toBe(expected.length);
      const ofParty = await listCommitments(db, { as_of: day, party, ...all });
      expect(recordIds(ofParty.items), `${day} ${party}`).toEqual(knownOn(day, (r) => r.party === party));
      seen += expected.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('a rejected latest step gives way to the step before it', async () => {
    const threads = new Map<string, Row[]>();
    for (const r of rows()) if (r.thread) threads.set(r.thread, [...(threads.get(r.thread) ?? []), r]);
    const [thread, steps] = [...threads].find(([, s]) => s.filter((x) => x.known).length > 1)!;
    const day = steps.map((s) => s.known).filter((k): k is string => !!k).sort().at(-1)!;
    const latest = knownOn(day).filter((id) => steps.some((s) => s.id === id));
    expect(latest).toHaveLength(1);
    sqlite.prepare("update commitments set review_state = 'rejected' where id = ?").run(latest[0]);
    try {
      const got = await listCommitments(db, { as_of: day, thread, ...all });
      const expected = knownOn(day).filter((id) => steps.some((s) => s.id === id));
      expect(expected).toHaveLength(1);
      expect(expected[0]).not.toBe(latest[0]);
      expect(recordIds(got.items)).toEqual(expected);
    } finally {
      sqlite.prepare("update commitments set review_state = 'machine' where id = ?").run(latest[0]);
    }
  });

  it('filters by type, party, strength, date and municipality in the listing order, with their totals', async () => {
    const order = 'order by sort_date is null, sort_date, published is null, published, id';
    const type = (sqlite.prepare("select type as v from commitments group by type order by count(*) desc limit 1").get() as { v: string }).v;
    const year = (sqlite.prepare("select substr(sort_date, 1, 4) as y from commitments where sort_date is not null group by 1 order by count(*) desc limit 1").get() as { y: string }).y;
    // The municipality with the most dated commitments, and its busiest year (read through its own index).
    const muni = sqlite.prepare(`select c.municipality_code as code, m.name as name, substr(c.sort_date, 1, 4) as y from commitments c join municipalities m on m.code = c.municipality_code
      where c.sort_date is not null group by 1, 3 order by count(*) desc limit 1`).get() as { code: string; name: string; y: string };
    const party = (sqlite.prepare("select party as v from commitments where party is not null group by 1 order by count(*) desc limit 1").get() as { v: string }).v;
    const ofParty = (sqlite.prepare("select strength as v from commitments where party = ? and strength is not null group by 1 order by count(*) desc limit 1").get(party) as { v: string }).v;
    for (const [f, where] of [[{ type }, `type = '${type}'`], [{ strength: 'decided' }, "strength = 'decided'"], [{ include: 'rejected' as const }, '1'],
      // Two filters: the second checked in the first one's index.
      [{ type, party }, `type = '${type}' and party = '${party}'`], [{ party, strength: ofParty }, `party = '${party}' and strength = '${ofParty}'`],
      [{ party, strength: ofParty, to: year }, `party = '${party}' and strength = '${ofParty}' and substr(sort_date, 1, 4) <= '${year}'`],
      [{ from: year, to: year }, `substr(sort_date, 1, 4) = '${year}'`], [{ to: year }, `substr(sort_date, 1, 4) <= '${year}'`],
      [{ municipality: muni.name, from: muni.y, to: muni.y }, `municipality_code = '${muni.code}' and substr(sort_date, 1, 4) = '${muni.y}'`],
      [{ municipality: muni.name, from: muni.y }, `municipality_code = '${muni.code}' and sort_date >= '${muni.y}'`]] as const) {
      const expected = ids(`select id from commitments where ${where} ${f.include ? '' : "and review_state <> 'rejected'"} ${order}`).map(Number);
      const got = await listCommitments(db, { ...(f as CommitmentFilters), ...all });
      const byRecord = new Map((sqlite.prepare('select id, record_id as r from commitments').all() as { id: number; r: string | null }[]).map((x) => [x.r ?? String(x.id), x.id]));
      expect(got.items.map((i) => byRecord.get(i.id)), JSON.stringify(f)).toEqual(expected.slice(0, all.limit));
      expect(got.total).toBe(expected.length);
      expect(expected.length, JSON.stringify(f)).toBeGreaterThan(1);
    }
    // A party with no commitments beside the commonest type: nothing found (test/plans.test.ts: from the party's index).
    const none = await listCommitments(db, { party: 'KD-ingen', type, ...all });
    expect([none.items.length, none.total, none.more]).toEqual([0, 0, false]);
  });
});

describe('listings of what reviewers worked on, and of words', () => {
  const order = 'order by sort_date is null, sort_date, published is null, published, id';
  const byRecord = () => new Map((sqlite.prepare('select id, record_id as r from commitments').all() as { id: number; r: string | null }[]).map((x) => [x.r ?? String(x.id), x.id]));

  it('the people and commitments a reviewer touched, read from their own indexes, as reading every row says', async () => {
    // A few records as a reviewer leaves them: confirmed, corrected, rejected (the states a review writes).
    const people = (sqlite.prepare(`select person_id as id from mentions where person_id is not null group by 1 order by count(*) desc limit 3`).all() as { id: string }[]).map((r) => r.id);
    const marked = (sqlite.prepare(`select min(id) as id from mentions where person_id in (?, ?, ?) group by person_id order by person_id`).all(...people) as { id: number }[]).map((r) => r.id);
    const cs = (sqlite.prepare(`select id from commitments order by id limit 3`).all() as { id: number }[]).map((r) => r.id);
    const set = (table: string, states: string[], rowIds: number[]) => rowIds.forEach((id, i) => sqlite.prepare(`update ${table} set review_state = ? where id = ?`).run(states[i], id));
    set('mentions', ['confirmed', 'corrected', 'rejected'], marked);
    set('commitments', ['confirmed', 'corrected', 'rejected'], cs);
    try {
      const live = `exists (select 1 from mentions m where m.person_id = p.id and m.review_state <> 'rejected') and p.merged_into is null`;
      const touched = `exists (select 1 from mentions m where m.person_id = p.id and m.review_state not in ('machine', 'rejected'))`;
      for (const [reviewed, where] of [[true, touched], [false, `not ${touched}`]] as const) {
        const expected = ids(`select p.id from people p where ${live} and ${where} order by p.name_key, p.id`);
        const got = await listPeople(db, { reviewed, ...all });
        expect(got.items.map((x) => x.id), `people reviewed=${reviewed}`).toEqual(expected.slice(0, all.limit));
        expect(got.total).toBe(expected.length);
      }
      expect((await listPeople(db, { reviewed: true, ...all })).items).toHaveLength(2);
      for (const [f, where] of [[{ reviewed: true }, "review_state not in ('machine', 'rejected')"],
        [{ reviewed: true, include: 'rejected' as const }, "review_state <> 'machine'"]] as const) {
        const expected = ids(`select id from commitments where ${where} ${order}`).map(Number);
        const got = await listCommitments(db, { ...(f as CommitmentFilters), ...all });
        const rec = byRecord();
        expect(got.items.map((i) => rec.get(i.id)), JSON.stringify(f)).toEqual(expected);
        expect(got.total).toBe(expected.length);
      }
    } finally {
      set('mentions', ['machine', 'machine', 'machine'], marked);
      set('commitments', ['machine', 'machine', 'machine'], cs);
    }
  });

  for (const [label, common] of [['in few documents (read by document)', 1_000_000], ['in many documents (checked in the listing order)', 1]] as const) {
    it(`commitments by words ${label}: the text in what or the evidence`, async () => {
      Object.assign(LISTING_LIMITS, { common });
      try {
        // ('klimat' and 'ko' stand for more of this archive's terms than are spelt out, 'Kommunfullmäktige' for a few.)
        for (const q of ['klimat', 'Kommunfullmäktige', 'ko']) {
          const folded = q.toLocaleLowerCase('sv');
          const expected = ids(`select id from commitments where (instr(lower(what), ?) > 0 or instr(lower(evidence), ?) > 0)
            and review_state <> 'rejected' ${order}`, folded, folded).map(Number);
          const got = await listCommitments(db, { q, ...all });
          const rec = byRecord();
          expect(got.items.map((i) => rec.get(i.id)), q).toEqual(expected.slice(0, all.limit));
          expect(got.total, q).toBe(expected.length);
          expect(expected.length, q).toBeGreaterThan(1);
        }
      } finally {
        Object.assign(LISTING_LIMITS, saved);
      }
    });
  }
});

describe('the comparison table', () => {
  it('reads each cell per municipality from an index, as reading every row says', async () => {
    const year = 'coalesce(c.target_year, cast(substr(c."when", 1, 4) as integer))';
    const first = <T>(q: string) => new Map((sqlite.prepare(q).all() as (T & { code: string })[]).map((r) => [r.code, r]));
    const neutral = first<{ year: number; r: string }>(`select code, year, r from (select c.municipality_code as code, ${year} as year, c.record_id as r,
      row_number() over (partition by c.municipality_code order by ${year}, c.id) as rn from commitments c
      where c.municipality_code is not null and c.review_state <> 'rejected' and c.type = 'target'
        and (c.object = 'klimatneutral' or (c.object is null and instr(lower(c.what), 'klimatneutral') > 0)) and ${year} is not null) where rn = 1`);
    const reduction = first<{ p: number; r: string }>(`select code, p, r from (select c.municipality_code as code, c.reduction_percent as p, c.record_id as r,
      row_number() over (partition by c.municipality_code order by coalesce(c.published, c.sort_date) desc, c.id desc) as rn from commitments c
      where c.municipality_code is not null and c.review_state <> 'rejected' and c.reduction_percent is not null) where rn = 1`);
    const newest = first<{ published: string | null; id: string }>(`select code, published, id from (select m.municipality_code as code, d.published as published, d.id as id,
      row_number() over (partition by m.municipality_code order by d.published is null, d.published desc, d.id) as rn
      from (select distinct municipality_code, document_id from mentions where municipality_code is not null and review_state <> 'rejected') m
      join documents d on d.id = m.document_id) where rn = 1`);
    const rows = await compareRows(db);
    expect(rows.length).toBeGreaterThan(10);
    expect(Math.min(neutral.size, reduction.size, newest.size)).toBeGreaterThan(0);
    for (const r of rows) {
      expect([r.climateNeutralYear.value, r.climateNeutralYear.evidence], r.name).toEqual([neutral.get(r.code)?.year ?? null, neutral.get(r.code)?.r ?? null]);
      expect([r.reduction.value?.percent ?? null, r.reduction.evidence], r.name).toEqual([reduction.get(r.code)?.p ?? null, reduction.get(r.code)?.r ?? null]);
      expect([r.newestEvidence.date, r.newestEvidence.documentId], r.name).toEqual([newest.get(r.code)?.published ?? null, newest.get(r.code)?.id ?? null]);
    }
  });
});

describe('threads', () => {
  it('lists the most recently moved first, with steps and dates, as grouping every step says', async () => {
    const rank = "(case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end)";
    // Of each thread its latest step by (date known, rank, id), threads in that order; steps and first date of all.
    const known = 'coalesce(c.published, c.sort_date)';
    const expected = (where: string) => sqlite.prepare(`select id, steps, first from (select c.thread as id, count(*) over w as steps, min(${known}) over w as first,
      row_number() over (partition by c.thread order by ${known} desc, ${rank} desc, c.id desc) as rn, ${known} as k, ${rank} as r, c.id as cid
      from commitments c where c.thread is not null and c.review_state <> 'rejected' ${where} window w as (partition by c.thread))
      where rn = 1 order by k desc, r desc, cid desc, id`).all() as { id: string; steps: number; first: string | null }[];
    const code = (sqlite.prepare('select municipality_code as c from commitments where thread is not null and municipality_code is not null group by 1 order by count(distinct thread) desc limit 1').get() as { c: string }).c;
    const object = (sqlite.prepare('select object as o from commitments where thread is not null group by 1 order by count(distinct thread) desc limit 1').get() as { o: string }).o;
    const party = (sqlite.prepare('select party as p from commitments where thread is not null and party is not null group by 1 order by count(distinct thread) desc limit 1').get() as { p: string }).p;
    for (const [f, where] of [[{}, ''], [{ municipality: code }, `and substr(c.thread, 1, 5) = '${code}:'`], [{ object }, `and c.object = '${object}'`],
      [{ party }, `and c.party = '${party}'`]] as const) {
      const want = expected(where);
      const got = await listThreads(db, { ...f, limit: 200, offset: 0 });
      expect(got.items.map((t) => ({ id: t.id, steps: t.steps, first: t.first })), JSON.stringify(f)).toEqual(want.map(({ id, steps, first }) => ({ id, steps, first })));
      expect(got.total).toBe(want.length);
    }
    expect(expected('').length).toBeGreaterThan(5);
  });
});

describe('people', () => {
  it("names each person's roles, one seek per role, as reading every mention says", async () => {
    const got = await listPeople(db, { limit: 200, offset: 0 });
    const roles = sqlite.prepare(`select person_id as id, group_concat(role, char(31)) as roles from (select distinct person_id, role from mentions
      where person_id is not null and role is not null and review_state <> 'rejected' order by person_id, role) group by person_id`).all() as { id: string; roles: string }[];
    const want = new Map(roles.map((r) => [r.id, r.roles.split('\u001f')]));
    expect(got.items.filter((p) => p.roles.length > 1).length).toBeGreaterThan(0);
    for (const p of got.items) expect(p.roles, p.name).toEqual(want.get(p.id) ?? []);
  });
});

describe('a total past the limit, over HTTP', () => {
  const t = makeApp();
  beforeAll(async () => {
    for (const f of readdirSync(join(__dirname, '../corpus/docs')).filter((x) => x.endsWith('.txt')).sort()) {
      expect((await t.upload(readFileSync(join(__dirname, '../corpus/docs', f)), f)).status).toBe(201);
    }
  }, 60_000);
  afterAll(() => { Object.assign(LISTING_LIMITS, saved); t.close(); });

  it('says "more" in the API and "fler än" on the pages, with the next page linked', async () => {
    Object.assign(LISTING_LIMITS, { count: 2 });
    try {
      const api = await (await t.app.request('/api/documents?language=sv&limit=1', { headers: t.auth })).json() as { items: unknown[]; total: number; more: boolean };
      expect(api).toMatchObject({ total: 2, more: true });
      expect(api.items).toHaveLength(1);
      const exact = await (await t.app.request('/api/documents?limit=1', { headers: t.auth })).json() as { total: number; more: boolean };
      expect(exact).toMatchObject({ total: 5, more: false });
      const commitments = await (await t.app.request('/api/commitments?from=2000&limit=1', { headers: t.auth })).json() as { total: number; more: boolean };
      expect(commitments).toMatchObject({ total: 2, more: true });
      const page = await (await t.app.request('/?language=sv&limit=1', { headers: t.auth })).text();
      expect(page).toContain('1–1 av fler än 2');
      expect(page).toMatch(/rel="next" href="[^"]*offset=1/);
    } finally {
      Object.assign(LISTING_LIMITS, saved);
    }
  });
});
