// Counts kept on write (tallies, facet_tallies; triggers of migrations 0009, 0010 and 0011), and each thread's latest
// step (thread_latest, migration 0016; of each party's steps, thread_party_latest, migration 0018), against the same made from the rows, after uploads, reviews (a rejection,
// a correction of the municipality, records added), a reprocess, a repeated upload and a deletion. (The insert side
// is src/db/mention-tallies.ts since migration 0012.)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { Reviews } from '../src/reviews.js';
import { openSqlite } from '../src/db/sqlite.js';
import { documentFacets, listMunicipalities } from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-tallies-'));
const store = openSqlite(join(dir, 'k.db'));
const sqlite = store.client;
const archive = new Archive({ db: store, blobs: fsBlobStore(join(dir, 'blobs')) });
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Row = { facet: string; value: string; n: number };
/** How far along a step is (stepRank in src/db/schema.ts), written out. */
const RANK = "(case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end)";
const kept = () => sqlite.prepare(`select facet, value, n from facet_tallies where n <> 0
  union all select 'tally', key, n from tallies
  union all select 'thread_latest', thread || ' ' || object || ' ' || coalesce(known, '-') || ' ' || rank || ' ' || steps || ' ' || coalesce(first, '-'), commitment_id
    from thread_latest
  union all select 'thread_party_latest', thread || ' ' || party || ' ' || object || ' ' || coalesce(known, '-') || ' ' || rank || ' ' || steps || ' ' || coalesce(first, '-'), commitment_id
    from thread_party_latest order by 1, 2`).all() as Row[];
const counted = () => sqlite.prepare(`
  select 'kind' as facet, kind as value, count(*) as n from documents where kind is not null group by kind
  union all select 'municipality', municipality_code, count(distinct document_id) from mentions where municipality_code is not null and review_state <> 'rejected' group by 2
  union all select 'municipality_commitments', municipality_code, count(*) from commitments where municipality_code is not null and review_state <> 'rejected' group by 2
  union all select 'municipality_wave', municipality_code || ':' || json_extract(value, '$.wave'), count(*) from mentions
    where kind = 'wave' and municipality_code is not null and json_extract(value, '$.wave') is not null and review_state <> 'rejected' group by 2
  union all select 'person_documents', person_id, count(distinct document_id) from mentions where person_id is not null and review_state <> 'rejected' group by 2
  union all select 'person_mentions', person_id, count(*) from mentions where person_id is not null and review_state <> 'rejected' group by 2
  union all select 'party', party, count(distinct document_id) from mentions where party is not null and review_state <> 'rejected' group by 2
  union all select 'tally', 'commitments', count(*) from commitments where review_state <> 'rejected'
  union all select 'tally', 'commitments_all', count(*) from commitments
  union all select 'tally', 'documents', count(*) from documents
  union all select 'year', substr(published, 1, 4), count(*) from documents where published is not null group by 2
  union all select 'thread_latest', value || ' ' || steps || ' ' || coalesce(first, '-'), id from (select c.thread || ' ' || c.object || ' ' ||
      coalesce(coalesce(c.published, c.sort_date), '-') || ' ' || ${RANK} as value, c.id as id, count(*) over w as steps, min(coalesce(c.published, c.sort_date)) over w as first,
      row_number() over (partition by c.thread order by coalesce(c.published, c.sort_date) desc, ${RANK} desc, c.id desc) as rn
    from commitments c where c.thread is not null and c.review_state <> 'rejected' window w as (partition by c.thread)) where rn = 1
  union all select 'thread_party_latest', value || ' ' || steps || ' ' || coalesce(first, '-'), id from (select c.thread || ' ' || c.party || ' ' || c.object || ' ' ||
      coalesce(coalesce(c.published, c.sort_date), '-') || ' ' || ${RANK} as value, c.id as id, count(*) over w as steps, min(coalesce(c.published, c.sort_date)) over w as first,
      row_number() over (partition by c.thread, c.party order by coalesce(c.published, c.sort_date) desc, ${RANK} desc, c.id desc) as rn
    from commitments c where c.thread is not null and c.party is not null and c.review_state <> 'rejected' window w as (partition by c.thread, c.party)) where rn = 1
  order by 1, 2`).all() as Row[];
const enc = new TextEncoder();

const MOTION = 'Motion om laddplatser i Västerås\n\nVi föreslår att Västerås stad bygger 500 nya laddplatser för elbilar till år 2027. ' +
  'Motionen har skrivits av Karin Berg (V) och Olof Lund (MP), ledamöter i kommunfullmäktige i Västerås.\n\nVästerås den 3 februari 2024\n';
const PRESS = 'Pressmeddelande 2023-09-12\n\nUmeå kommun ansluter sig till Viable Cities och klimatkontraktet. Kommunstyrelsens ordförande ' +
  'Hans Lindgren (S) säger att Umeå ska vara klimatneutralt 2030. Även Skellefteå och Luleå deltar i arbetet.\n';

describe('counts kept on write', () => {
  it('equal the counts of the rows after every kind of write', async () => {
    const corpus = join(__dirname, '../corpus/docs');
    const ids: string[] = [];
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) {
      ids.push((await archive.upload({ bytes: new Uint8Array(readFileSync(join(corpus, f))), filename: f })).document.id);
    }
    ids.push((await archive.upload({ bytes: enc.encode(MOTION), filename: 'motion.txt' })).document.id);
    ids.push((await archive.upload({ bytes: enc.encode(PRESS), filename: 'press.txt' })).document.id);
    expect(kept()).toEqual(counted());
    expect(kept().find((r) => r.facet === 'kind' && r.value === 'motion')?.n).toBeGreaterThan(0);
    expect(kept().filter((r) => r.facet === 'thread_latest').length).toBeGreaterThan(3);
    expect(kept().filter((r) => r.facet === 'thread_party_latest').length).toBeGreaterThan(0);
    // A thread gets an earlier step (written as a row, as a reviewer's added record is); a reviewer rejects its
    // latest step, so the earlier one becomes its latest, then confirms it again, and rejects the earlier one.
    const { id: latest } = sqlite.prepare('select commitment_id as id from thread_latest order by thread limit 1').get() as { id: number };
    sqlite.prepare(`insert into commitments (document_id, actor, municipality_code, party, type, what, "when", evidence, start, "end", page, published,
      sort_date, strength, object, thread, record_id, review_state) select document_id, actor, municipality_code, party, type, what, null, evidence, start + 100000,
      "end" + 100000, page, '2001-01-01', '2001-01-01', 'proposed', object, thread, 'r-earlier', 'added' from commitments where id = ?`).run(latest);
    expect(kept()).toEqual(counted());
    sqlite.prepare(`update commitments set review_state = 'rejected' where id = ?`).run(latest);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_latest' && r.value.includes('2001-01-01'))).toBe(true);
    sqlite.prepare(`update commitments set review_state = 'confirmed' where id = ?`).run(latest);
    expect(kept()).toEqual(counted());
    // The earlier step rejected: its thread's first date is read again.
    sqlite.prepare(`update commitments set review_state = 'rejected' where record_id = 'r-earlier'`).run();
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_latest' && r.value.includes('2001-01-01'))).toBe(false);

    // A reviewer rejects every municipality mention of one document, and a commitment; then one comes back.
    sqlite.prepare(`update mentions set review_state = 'rejected' where document_id = ? and kind = 'municipality'`).run(ids[0]);
    sqlite.prepare(`update commitments set review_state = 'rejected' where id = (select min(id) from commitments)`).run();
    expect(kept()).toEqual(counted());
    sqlite.prepare(`update mentions set review_state = 'confirmed' where id = (select min(id) from mentions where document_id = ? and kind = 'municipality')`).run(ids[0]);
    expect(kept()).toEqual(counted());
    // A correction moves a mention to another municipality, and a party away.
    sqlite.prepare(`update mentions set municipality_code = '0180', review_state = 'corrected' where id = (select max(id) from mentions where municipality_code is not null)`).run();
    sqlite.prepare(`update mentions set party = null where id = (select min(id) from mentions where party is not null)`).run();
    sqlite.prepare(`update commitments set municipality_code = '0180' where id = (select max(id) from commitments where municipality_code is not null)`).run();
    expect(kept()).toEqual(counted());
    // A party's thread gets an earlier step; its latest is rejected (the earlier one is read again as the latest),
    // then the earlier one (its first date is read again), and the latest comes back.
    const { id: partyLatest } = sqlite.prepare('select commitment_id as id from thread_party_latest order by thread, party limit 1').get() as { id: number };
    sqlite.prepare(`insert into commitments (document_id, actor, municipality_code, party, type, what, "when", evidence, start, "end", page, published,
      sort_date, strength, object, thread, record_id, review_state) select document_id, actor, municipality_code, party, type, what, null, evidence, start + 200000,
      "end" + 200000, page, '2002-02-02', '2002-02-02', 'decided', object, thread, 'r-party-earlier', 'added' from commitments where id = ?`).run(partyLatest);
    // Another party's step in the same thread, later than all: it is not this party's latest.
    sqlite.prepare(`insert into commitments (document_id, actor, municipality_code, party, type, what, "when", evidence, start, "end", page, published,
      sort_date, strength, object, thread, record_id, review_state) select document_id, actor, municipality_code, 'MP', type, what, null, evidence, start + 300000,
      "end" + 300000, page, '2029-09-09', '2029-09-09', 'signed', object, thread, 'r-other-party', 'added' from commitments where id = ?`).run(partyLatest);
    expect(kept()).toEqual(counted());
    sqlite.prepare(`update commitments set review_state = 'rejected' where id = ?`).run(partyLatest);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_party_latest' && r.value.includes('2002-02-02 3 '))).toBe(true);
    sqlite.prepare(`update commitments set review_state = 'rejected' where record_id = 'r-party-earlier'`).run();
    sqlite.prepare(`update commitments set review_state = 'confirmed' where id = ?`).run(partyLatest);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_party_latest' && r.value.includes('2002-02-02'))).toBe(false);
    // A reviewer gives a party's step to another party, then takes the party from it.
    const { id: partyStep } = sqlite.prepare(`select id from commitments where party is not null and thread is not null and review_state <> 'rejected' order by id`).get() as { id: number };
    sqlite.prepare(`update commitments set party = 'KD' where id = ?`).run(partyStep);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_party_latest' && r.value.includes(' KD '))).toBe(true);
    sqlite.prepare(`update commitments set party = null where id = ?`).run(partyStep);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'thread_party_latest' && r.value.includes(' KD '))).toBe(false);
    // A reviewer corrects the wave of one span, rejects another and moves a third to another municipality.
    const waves = sqlite.prepare(`select id from mentions where kind = 'wave' and municipality_code is not null order by id`).all() as { id: number }[];
    expect(waves.length).toBeGreaterThanOrEqual(3);
    sqlite.prepare(`update mentions set value = json_set(value, '$.wave', 3), review_state = 'corrected' where id = ?`).run(waves[0]!.id);
    sqlite.prepare(`update mentions set review_state = 'rejected' where id = ?`).run(waves[1]!.id);
    sqlite.prepare(`update mentions set municipality_code = '0180' where id = ?`).run(waves[2]!.id);
    expect(kept()).toEqual(counted());
    // A reviewer rejects one mention of a person, and gives another mention (of another document) to someone else.
    const named = sqlite.prepare(`select id, person_id as person from mentions where person_id is not null order by id`).all() as { id: number; person: string }[];
    expect(new Set(named.map((r) => r.person)).size).toBeGreaterThanOrEqual(2);
    sqlite.prepare(`update mentions set review_state = 'rejected' where id = ?`).run(named[0]!.id);
    const other = named.find((r) => r.person !== named.at(-1)!.person)!;
    sqlite.prepare(`update mentions set person_id = ?, review_state = 'corrected' where id = ?`).run(other.person, named.at(-1)!.id);
    expect(kept()).toEqual(counted());
    expect(kept().some((r) => r.facet === 'person_documents')).toBe(true);
    const moved = sqlite.prepare(`select json_extract(value, '$.wave') as w from mentions where id = ?`).get(waves[2]!.id) as { w: number };
    expect(kept().find((r) => r.facet === 'municipality_wave' && r.value === `0180:${moved.w}`)?.n).toBeGreaterThan(0);

    // A reviewer adds records the extractor missed: a municipality the document names already (no new document
    // for it) and one it does not, a person twice in one document, a wave span; then the document is reprocessed
    // (its added records are written again with the machine's).
    const reviewer = { name: 'Arkivarie Åsa', role: 'reviewer' } as const;
    const reviewsOf = new Reviews(archive);
    const motion = (sqlite.prepare('select id, text from documents where id = ?').get(ids[5]) as { id: string; text: string });
    const at = (word: string) => { const i = motion.text.indexOf(word); expect(i, word).toBeGreaterThanOrEqual(0); return { start: i, end: i + word.length }; };
    await reviewsOf.add(reviewer, motion.id, { kind: 'municipality', ...at('Västerås stad'), value: { name: 'Västerås' } });
    await reviewsOf.add(reviewer, motion.id, { kind: 'municipality', ...at('elbilar'), value: { name: 'Örebro' } });
    await reviewsOf.add(reviewer, motion.id, { kind: 'person', ...at('Karin Berg'), value: { name: 'Åke Öst', party: 'C', role: null, municipality: 'Västerås', politician: true } });
    await reviewsOf.add(reviewer, motion.id, { kind: 'person', ...at('Olof Lund'), value: { name: 'Åke Öst', party: 'C', role: null, municipality: 'Västerås', politician: true } });
    await reviewsOf.add(reviewer, motion.id, { kind: 'wave', ...at('laddplatser'), value: { municipality: 'Västerås', wave: 2 } });
    expect(kept()).toEqual(counted());
    expect(kept().find((r) => r.facet === 'municipality_wave' && r.value === '1980:2')?.n).toBeGreaterThan(0);
    const ake = sqlite.prepare(`select person_id as p from mentions where json_extract(value, '$.name') = 'Åke Öst' limit 1`).get() as { p: string };
    expect(kept().filter((r) => r.value === ake.p).map((r) => [r.facet, r.n])).toEqual([['person_documents', 1], ['person_mentions', 2]]);
    await archive.reprocess(motion.id);
    expect(kept()).toEqual(counted());

    // Reprocessing rewrites a document's records; the same bytes again change nothing; a deletion removes them.
    await archive.reprocess(ids[1]!);
    expect(kept()).toEqual(counted());
    await archive.upload({ bytes: enc.encode(MOTION), filename: 'motion-igen.txt', published: '2024-02-05' });
    expect(kept()).toEqual(counted());
    await archive.delete(ids[5]!, 'test');
    await archive.delete(ids[2]!, 'test');
    expect(kept()).toEqual(counted());
    expect(kept().find((r) => r.value === 'documents')?.n).toBe(5);
  }, 60_000);

  it('serve the front page facets and the municipality list', async () => {
    const facets = await documentFacets(store.db, {});
    const umea = facets.municipality.find((m) => m.value === 'Umeå');
    const rows = counted();
    expect(umea?.count).toBeGreaterThan(0);
    expect(umea?.count).toBe(rows.find((r) => r.facet === 'municipality' && r.value === '2480')?.n);
    expect(facets.kind.map((k) => k.count).reduce((a, b) => a + b, 0)).toBe(rows.filter((r) => r.facet === 'kind').reduce((a, r) => a + r.n, 0));
    const list = await listMunicipalities(store.db, { limit: 300, offset: 0 });
    expect(list.items.find((m) => m.name === 'Umeå')).toMatchObject({ documents: umea!.count });
    expect(list.items.every((m) => m.documents > 0)).toBe(true);
  });
});
