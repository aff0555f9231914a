// Timing of the listings under filters that the nine research queries (scripts/bench/queries.ts) do not cover: two
// filters at once, words, a reviewer's work, "as of a day". Each is one API answer whose work must not grow with the
// archive (issue 13); the inputs are read from the database (its busiest municipality, the parties, a word in most
// documents), and each shape is timed as its best of `rounds` runs after one untimed, so the figure is the work
// the shape does, not the machine's noise.
import { PARTIES } from '../../extractors/lexicon/parties.js';
import { openSqlite } from '../../src/db/sqlite.js';
import { documentFacets, listCommitments, listDocuments, listPeople } from '../../src/queries.js';

export interface ListingFigures { docs: number; ms: Record<string, number> }

/** The shapes by name: what each asks, for the report. */
export const LISTING_LABELS: Record<string, string> = {
  commitments_party_type: 'commitments ?party=&type=',
  commitments_party_strength: 'commitments ?party=&strength= (the rarest party, the commonest strength)',
  commitments_words: 'commitments ?q=klimat (a word in most documents)',
  commitments_rare_words: 'commitments ?q=vätgas (a rare word)',
  commitments_reviewed: 'commitments ?reviewed=true',
  commitments_as_of: 'commitments ?as_of=2022-06-30',
  documents_kind_language: 'documents ?kind=motion&language=sv',
  documents_municipality_kind: 'documents ?municipality=&kind=press_release (the busiest municipality)',
  documents_words: 'documents ?q=kommun (a word in most documents)',
  facets_words: 'front-page facets ?q=kommun',
  people_reviewed: 'people ?reviewed=true',
};

export async function timeListings(file: string, docs: number, rounds = 3): Promise<ListingFigures> {
  const qdb = openSqlite(file);
  const db = qdb.db;
  const sqlite = qdb.client;
  try {
    const one = <T>(q: string) => sqlite.prepare(q).get() as T;
    const party = one<{ p: string }>(`select party as p from commitments indexed by commitments_party_order_idx where party is not null group by 1 order by count(*) desc limit 1`).p;
    const type = one<{ t: string }>(`select type as t from commitments indexed by commitments_type_order_idx group by 1 order by count(*) desc limit 1`).t;
    // The party with the fewest commitments (none, where a party of the lexicon has none) and the commonest strength:
    // the pair that reads the most to find the least, were it read from the strength's index.
    const byParty = new Map((sqlite.prepare(`select party as p, count(*) as n from commitments indexed by commitments_party_order_idx
      where party is not null group by 1`).all() as { p: string; n: number }[]).map((r) => [r.p, r.n]));
    const rare = {
      p: Object.keys(PARTIES).sort((a, b) => (byParty.get(a) ?? 0) - (byParty.get(b) ?? 0) || a.localeCompare(b))[0]!,
      s: one<{ s: string }>(`select strength as s from commitments indexed by commitments_strength_order_idx where strength is not null
        group by 1 order by count(*) desc limit 1`).s,
    };
    const busiest = one<{ name: string }>(`select m.name as name from municipalities m join facet_tallies t on t.facet = 'municipality' and t.value = m.code
      order by t.n desc limit 1`).name;
    const page = { limit: 50, offset: 0 };
    const shapes: Record<string, () => Promise<unknown>> = {
      commitments_party_type: () => listCommitments(db, { party, type, ...page }),
      commitments_party_strength: () => listCommitments(db, { party: rare.p, strength: rare.s, ...page }),
      commitments_words: () => listCommitments(db, { q: 'klimat', ...page }),
      commitments_rare_words: () => listCommitments(db, { q: 'vätgas', ...page }),
      commitments_reviewed: () => listCommitments(db, { reviewed: true, ...page }),
      commitments_as_of: () => listCommitments(db, { as_of: '2022-06-30', ...page }),
      documents_kind_language: () => listDocuments(db, { kind: 'motion', language: 'sv', ...page }),
      documents_municipality_kind: () => listDocuments(db, { municipality: busiest, kind: 'press_release', ...page }),
      documents_words: () => listDocuments(db, { q: 'kommun', ...page }),
      facets_words: () => documentFacets(db, { q: 'kommun' }),
      people_reviewed: () => listPeople(db, { reviewed: true, ...page }),
    };
    const ms: Record<string, number> = {};
    for (const [name, run] of Object.entries(shapes)) {
      await run();
      let best = Infinity;
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        await run();
        best = Math.min(best, performance.now() - t);
      }
      ms[name] = best;
    }
    return { docs, ms };
  } finally {
    qdb.close();
  }
}
