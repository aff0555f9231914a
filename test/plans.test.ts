// Bounded reads: EXPLAIN QUERY PLAN of every statement the research queries (src/queries.ts) run, for each query
// shape the API accepts, on an archive of the corpus texts. None may read all of mentions, commitments or
// documents (a SCAN of the table, or of a whole index of it); an index read in the asked order under a LIMIT
// stops at its page and is allowed. The plans are those of a fresh database (the server never runs ANALYZE).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive.js';
import { compareRows, memberships } from '../src/compare.js';
import { openSqlite } from '../src/db/sqlite.js';
import {
  documentFacets, getDocument, getMunicipality, getPerson, listCommitments, listDocuments, listMunicipalities, listPeople, LISTING_LIMITS, search,
} from '../src/queries.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { listThreads } from '../src/threads.js';
import { fullScans, plansOf } from '../scripts/bench/plans.js';

const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-plans-'));
const store = openSqlite(join(dir, 'k.db'));
const db = store.db;
const archive = new Archive({ db: store, blobs: fsBlobStore(join(dir, 'blobs')) });
let docId = '';
let personId = '';

beforeAll(async () => {
  const corpus = join(__dirname, '../corpus/docs');
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) {
    const out = await archive.upload({ bytes: new Uint8Array(readFileSync(join(corpus, f))), filename: f });
    docId ||= out.document.id;
  }
  const [p] = store.client.prepare('select person_id as id from mentions where person_id is not null limit 1').all() as { id: string }[];
  personId = p!.id;
}, 60_000);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = { limit: 50, offset: 0 };
const deep = { limit: 50, offset: 100 };
/** Partial indexes of what reviewers made: they grow with people's work, not with the archive. */
const BOUNDED = ['commitments_reviewed_idx', 'commitments_touched_idx', 'mentions_reviewed_idx'];

type Shape = [string, () => Promise<unknown>];
const shapes = (): Shape[] => [
  // The research queries of the bench, and the pages of a person and a municipality.
  ['commitments of a municipality in a year', () => listCommitments(db, { municipality: 'Karlstad', from: '2023', to: '2023', ...page })],
  ['a person (first page)', () => getPerson(db, personId)],
  ['a person (a later page)', () => getPerson(db, personId, deep)],
  ['a municipality', () => getMunicipality(db, 'Karlstad')],
  ['a municipality (later pages)', () => getMunicipality(db, '1780', { documents: deep, commitments: deep })],
  ['programmes of a municipality', () => memberships(db, '1780')],
  ['the comparison table', () => compareRows(db)],
  ['threads', () => listThreads(db, page)],
  ['threads of a municipality', () => listThreads(db, { municipality: 'Karlstad', ...page })],
  ['threads of an object', () => listThreads(db, { object: 'klimatkontrakt-2030', ...page })],
  ['threads of a party', () => listThreads(db, { party: 'S', ...page })],
  ['search', () => search(db, 'klimatkontrakt', page)],
  ['search, prefix', () => search(db, 'klimatneutral* Viable', page)],
  // Commitments, by every filter the API takes.
  ['commitments', () => listCommitments(db, page)],
  ['commitments, a later page', () => listCommitments(db, deep)],
  ['commitments by municipality', () => listCommitments(db, { municipality: 'Kalmar', ...page })],
  ['commitments by actor', () => listCommitments(db, { actor: 'Karlstad', ...page })],
  ['commitments by party', () => listCommitments(db, { party: 'S', ...page })],
  ['commitments by type', () => listCommitments(db, { type: 'join', ...page })],
  ['commitments by strength', () => listCommitments(db, { strength: 'decided', ...page })],
  ['commitments by object', () => listCommitments(db, { object: 'klimatkontrakt-2030', ...page })],
  ['commitments by thread', () => listCommitments(db, { thread: '1780:klimatkontrakt-2030', ...page })],
  ['commitments from a year', () => listCommitments(db, { from: '2023', ...page })],
  ['commitments up to a year', () => listCommitments(db, { to: '2023', ...page })],
  ['commitments with words', () => listCommitments(db, { q: 'klimatneutral', ...page })],
  ['commitments, reviewed', () => listCommitments(db, { reviewed: true, ...page })],
  ['commitments, unreviewed', () => listCommitments(db, { reviewed: false, ...page })],
  ['commitments, reviewed, rejected ones too', () => listCommitments(db, { reviewed: true, include: 'rejected', ...page })],
  ['commitments by party and type', () => listCommitments(db, { party: 'S', type: 'target', ...page })],
  ['commitments as of a day', () => listCommitments(db, { as_of: '2024-01-01', ...page })],
  ['commitments as of a day, of a municipality', () => listCommitments(db, { as_of: '2024-06', municipality: 'Karlstad', ...page })],
  ['commitments with rejected ones', () => listCommitments(db, { include: 'rejected', ...page })],
  // Documents and their facets.
  ['documents', () => listDocuments(db, page)],
  ['documents by date added', () => listDocuments(db, { sort: 'added', ...page })],
  ['documents by municipality', () => listDocuments(db, { municipality: 'Kalmar', ...page })],
  ['documents by person', () => listDocuments(db, { person: personId, ...page })],
  ['documents by party', () => listDocuments(db, { party: 'S', ...page })],
  ['documents by kind', () => listDocuments(db, { kind: 'motion', ...page })],
  ['documents by words', () => listDocuments(db, { q: 'klimatkontrakt', ...page })],
  ['documents in a year', () => listDocuments(db, { from: '2023', to: '2023', ...page })],
  ['documents in a language', () => listDocuments(db, { language: 'sv', ...page })],
  ['documents, reviewed', () => listDocuments(db, { reviewed: true, ...page })],
  ['documents, unreviewed', () => listDocuments(db, { reviewed: false, ...page })],
  ['documents by party and kind', () => listDocuments(db, { party: 'S', kind: 'motion', ...page })],
  ['documents of a kind in a language', () => listDocuments(db, { kind: 'press_release', language: 'sv', ...page })],
  ['documents by municipality and party', () => listDocuments(db, { municipality: 'Kalmar', party: 'S', ...page })],
  ['documents by person and words', () => listDocuments(db, { person: personId, q: 'klimat', ...page })],
  ['a document', () => getDocument(db, docId)],
  ['facets (counts kept on write)', () => documentFacets(db, {})],
  ['facets of a municipality', () => documentFacets(db, { municipality: 'Kalmar' })],
  ['facets of a party', () => documentFacets(db, { party: 'S' })],
  ['facets of a person', () => documentFacets(db, { person: personId })],
  ['facets of words', () => documentFacets(db, { q: 'klimat' })],
  ['facets of a year', () => documentFacets(db, { from: '2023', to: '2023' })],
  // People and municipalities.
  ['people', () => listPeople(db, page)],
  ['people of a municipality', () => listPeople(db, { municipality: 'Karlstad', ...page })],
  ['people by name', () => listPeople(db, { q: 'andersson', ...page })],
  ['people, reviewed', () => listPeople(db, { reviewed: true, ...page })],
  ['people, unreviewed', () => listPeople(db, { reviewed: false, ...page })],
  ['municipalities (counts kept on write)', () => listMunicipalities(db, page)],
];

describe('query plans of the research queries', () => {
  it('the corpus gives every shape something to find', async () => {
    expect((await listCommitments(db, page)).total).toBeGreaterThan(0);
    expect((await getPerson(db, personId))?.mentions).toBeGreaterThan(0);
    expect((await getMunicipality(db, 'Karlstad'))?.documentsTotal).toBeGreaterThan(0);
  });

  it('the check sees a full scan when there is one', () => {
    const plans = [{ sql: 'select count(*) from mentions m where m.text like ?', steps: ['SCAN m'] },
      { sql: 'select * from commitments order by what limit 5', steps: ['SCAN commitments USING INDEX x', 'USE TEMP B-TREE FOR ORDER BY'] },
      { sql: 'select * from commitments c order by c.id limit 5', steps: ['SCAN c USING INDEX commitments_order_idx'] }];
    expect(fullScans(plans).map((s) => s.step)).toEqual(['SCAN m', 'SCAN commitments USING INDEX x']);
  });

  for (const [name, run] of shapes()) {
    it(`${name}: no full scan of mentions, commitments or documents`, async () => {
      const plans = await plansOf(store.client, run);
      expect(plans.length).toBeGreaterThan(0);
      expect(fullScans(plans, { boundedIndexes: BOUNDED })).toEqual([]);
    });
  }

  // A document's date, kind, title and file name beside other records come from documents_card_idx alone: from the
  // table each look-up is two descents (the id's index, then the row), in a file where one document fills a page.
  it('document cards beside commitments, programmes and a municipality\'s documents come from documents_card_idx alone', async () => {
    const steps = async (fn: () => Promise<unknown>, only: RegExp = /./) =>
      (await plansOf(store.client, fn)).filter((p) => only.test(p.sql) && /\bdocuments\b/.test(p.sql) && !/\btext\b/.test(p.sql)).flatMap((p) => p.steps);
    const lookups = [
      ...(await steps(() => listCommitments(db, page))),
      ...(await steps(() => memberships(db, '1780'))),
      ...(await steps(() => getMunicipality(db, 'Karlstad'), /as mentions/)),
    ].filter((s) => /^SEARCH (?:documents|d)\b/.test(s));
    expect(lookups.length).toBeGreaterThanOrEqual(3);
    expect(lookups.filter((s) => !/USING COVERING INDEX (?:documents_card_idx|sqlite_autoindex_documents_1)\b/.test(s))).toEqual([]);
    expect(lookups.some((s) => /documents_card_idx/.test(s))).toBe(true);
  });

  it('commitments of two filters are read from the index of the rarer value, whichever SQLite would take', async () => {
    const reads = async (f: Parameters<typeof listCommitments>[1]) => (await plansOf(store.client, () => listCommitments(db, f)))
      .filter((p) => /limit \? offset \?/.test(p.sql)).flatMap((p) => p.steps).filter((x) => /^SEARCH commitments USING/.test(x));
    // No commitment of this party: its index is empty, the strength's is not.
    expect(await reads({ party: 'KD-ingen', strength: 'decided', ...page })).toEqual([expect.stringContaining('commitments_party_order_idx')]);
    const { p: party } = store.client.prepare('select party as p from commitments where party is not null group by 1 order by count(*) desc limit 1').get() as { p: string };
    expect(await reads({ party, strength: 'no-such-strength', ...page })).toEqual([expect.stringContaining('commitments_strength_order_idx')]);
  });

  it("a municipality's documents count their mentions in the index the page is read from, not in mention rows", async () => {
    const [plan] = (await plansOf(store.client, () => getMunicipality(db, 'Karlstad'))).filter((p) => /as mentions/.test(p.sql));
    expect(plan!.steps.filter((s) => /^SEARCH c\b/.test(s))).toEqual(['SEARCH c USING INDEX mentions_municipality_page_idx (municipality_code=? AND published=? AND document_id=?)']);
  });
});

// On this small archive every filter is rare, so its documents are read from its own index. A filter matching more
// than LISTING_LIMITS.common documents is checked in the listing's order instead, and a total above
// LISTING_LIMITS.count is given as "more than": with both limits at 1 the same shapes take those paths.
describe('query plans with every filter common', () => {
  const saved = { ...LISTING_LIMITS };
  beforeAll(() => Object.assign(LISTING_LIMITS, { common: 1, count: 1 }));
  afterAll(() => Object.assign(LISTING_LIMITS, saved));

  it('the paths differ: a total above the limit is "more than"', async () => {
    const all = await listDocuments(db, { language: 'sv', ...page });
    expect(all.more).toBe(true);
    expect(all.total).toBe(1);
  });

  for (const [name, run] of shapes().filter(([n]) => /^(documents|facets|commitments with words)/.test(n))) {
    it(`${name}: no full scan of mentions, commitments or documents`, async () => {
      expect(fullScans(await plansOf(store.client, run), { boundedIndexes: BOUNDED })).toEqual([]);
    });
  }
});
