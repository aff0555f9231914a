// Timing of the research queries (src/queries.ts) on a generated database (scripts/bench/querydb.ts): p50/p99 per
// query over rounds of all of them in turn, the pages of the most-mentioned person and municipality, and the
// query plans (full scans of mentions, commitments or documents, as test/plans.test.ts checks them).
import type BetterSqlite3 from 'better-sqlite3';
import { openSqlite } from '../../src/db/sqlite.js';
import {
  documentFacets, getMunicipality, getPerson, listCommitments, listDocuments, listMunicipalities, listPeople, search,
} from '../../src/queries.js';
import { fullScans, plansOf } from './plans.js';

export interface QueryStats { p50: number; p99: number; max: number; n: number }
export interface QueryFigures {
  docs: number;
  perQuery: Record<string, QueryStats>;
  all: QueryStats;
  top: { person: { id: string; mentions: number; ms: number }; municipality: { name: string; mentions: number; ms: number } };
  fullScans: { query: string; step: string }[];
}

export const QUERY_LABELS: Record<string, string> = {
  commitments: 'listCommitments(municipality, year)',
  person: 'getPerson(id): first page + totals',
  municipality: 'getMunicipality(name): pages + totals',
  search: 'search(q): FTS5 bm25 + snippets, limit 50',
  documents: 'front page: listDocuments + facets',
  documents_municipality: 'listDocuments(municipality)',
  people_municipality: 'listPeople(municipality)',
  municipalities: 'listMunicipalities (all with documents)',
  commitments_all: 'listCommitments() first page',
};

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const stats = (xs: number[]): QueryStats => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: Math.max(0, ...xs), n: xs.length });

export async function timeQueries(file: string, docs: number, rounds: number, budgetMs = 120_000): Promise<QueryFigures> {
  const qdb = openSqlite(file);
  const sqlite = qdb.client as BetterSqlite3.Database;
  const db = qdb.db;
  try {
    const rand = (() => { let a = 7; return () => { a = (a * 1103515245 + 12345) & 0x7fffffff; return a / 0x7fffffff; }; })();
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    // Inputs from the indexes (bounded): municipalities with commitments and their years, people with mentions.
    const muniYears = sqlite.prepare(`SELECT m.name AS name, substr(c.sort_date, 1, 4) AS year FROM municipalities m
      JOIN commitments c INDEXED BY commitments_municipality_order_idx ON c.municipality_code = m.code AND c.review_state <> 'rejected'
      WHERE c.sort_date IS NOT NULL GROUP BY 1, 2`).all() as { name: string; year: string }[];
    const personIds = (sqlite.prepare(`SELECT id FROM people p WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = p.id)`).all() as { id: string }[]).map((r) => r.id);
    const muniNames = (sqlite.prepare(`SELECT m.name AS name FROM municipalities m JOIN facet_tallies t ON t.facet = 'municipality' AND t.value = m.code AND t.n > 0`)
      .all() as { name: string }[]).map((r) => r.name);
    const SEARCH_TERMS = ['klimatneutral*', 'klimatkontrakt', 'Viable Cities', 'vätgas', 'kommunstyrelsen', 'koldioxid*', 'tvillingstad*',
      'hållbar* städer', 'elbilar', 'Agenda 2030', 'energieffektivisering', 'motion'];
    const page = { limit: 50, offset: 0 };
    const queries: Record<string, () => Promise<unknown>> = {
      commitments: () => { const x = pick(muniYears); return listCommitments(db, { municipality: x.name, from: x.year, to: x.year, ...page }); },
      person: () => getPerson(db, pick(personIds)),
      municipality: () => getMunicipality(db, pick(muniNames)),
      search: () => search(db, rand() < 0.5 ? pick(SEARCH_TERMS) : pick(muniNames), page),
      documents: async () => { await listDocuments(db, page); await documentFacets(db, {}); },
      documents_municipality: () => listDocuments(db, { municipality: pick(muniNames), ...page }),
      people_municipality: () => listPeople(db, { municipality: pick(muniNames), ...page }),
      municipalities: () => listMunicipalities(db, page),
      commitments_all: () => listCommitments(db, page),
    };
    const kinds = Object.keys(queries);
    const times: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
    for (const k of kinds) for (let i = 0; i < 5; i++) await queries[k]!(); // warm-up (page cache, prepared statements)
    const start = performance.now();
    for (let r = 0; r < rounds && performance.now() - start < budgetMs; r++) {
      for (const k of kinds) { const t = performance.now(); await queries[k]!(); times[k]!.push(performance.now() - t); }
    }
    // The most-mentioned person and municipality: the worst pages a researcher can open (median of 5, after one).
    const [topP] = sqlite.prepare(`SELECT p.id AS id, (SELECT count(*) FROM mentions m INDEXED BY mentions_person_page_idx
      WHERE m.person_id = p.id AND m.review_state <> 'rejected') AS n FROM people p ORDER BY n DESC LIMIT 1`).all() as { id: string; n: number }[];
    const [topM] = sqlite.prepare(`SELECT m.name AS name, (SELECT count(*) FROM mentions x INDEXED BY mentions_municipality_page_idx
      WHERE x.municipality_code = m.code AND x.review_state <> 'rejected') AS n FROM municipalities m ORDER BY n DESC LIMIT 1`).all() as { name: string; n: number }[];
    const median5 = async (fn: () => Promise<unknown>) => {
      await fn();
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) { const t = performance.now(); await fn(); xs.push(performance.now() - t); }
      return quantile(xs, 0.5);
    };
    const top = {
      person: { id: topP!.id, mentions: topP!.n, ms: await median5(() => getPerson(db, topP!.id)) },
      municipality: { name: topM!.name, mentions: topM!.n, ms: await median5(() => getMunicipality(db, topM!.name)) },
    };
    const scans: QueryFigures['fullScans'] = [];
    for (const k of kinds) for (const s of fullScans(await plansOf(sqlite, queries[k]!), { boundedIndexes: ['commitments_reviewed_idx'] })) scans.push({ query: k, step: s.step });
    return { docs, perQuery: Object.fromEntries(kinds.map((k) => [k, stats(times[k]!)])), all: stats(kinds.flatMap((k) => times[k]!)), top, fullScans: scans };
  } finally {
    qdb.close();
  }
}
