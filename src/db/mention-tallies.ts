// The counts kept on write for mention rows (facet_tallies; see migrations 0010 and 0011): documents per
// municipality and per party, mentions and documents per person, spans per municipality and wave. Triggers keep
// them when rows are updated or deleted. When rows are inserted they are counted here, once per facet value of
// the inserted rows, and written as a few upserts in the same transaction (migration 0012 dropped the per-row
// insert triggers: with their look-ups for an earlier mention of the same document they cost ~22 µs a row, two
// thirds of what a document's mention rows cost to insert).
//
// The rule is the triggers' own: a live mention (not rejected) counts once towards its person's mentions and its
// municipality's wave; it counts towards its document's municipality, party and person unless another live
// mention of that document already has the same value. `existing` says which values the document already has
// (none, for a document whose rows are all being inserted now).
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Write } from './index.js';
import { upsertAdding } from './rows.js';
import { facetTallies, mentions } from './schema.js';

/** The fields of a mention row the counts read. */
export interface TalliedRow {
  kind: string;
  value?: unknown;
  municipalityCode?: string | null;
  party?: string | null;
  personId?: string | null;
  reviewState?: string | null;
}

/** Facets counted once per document ('municipality', 'party', 'person_documents') and per mention. */
type PerDocument = 'municipality' | 'party' | 'person_documents';

/** The values the document's live rows already have, per facet counted once per document. */
export type Existing = (facet: PerDocument, value: string) => boolean;
const NONE: Existing = () => false;

/** `facet\u0000value` → how much to add, for rows inserted into one document. */
export function tallyIncrements(rows: TalliedRow[], existing: Existing = NONE): Map<string, number> {
  const add = new Map<string, number>();
  const bump = (facet: string, value: string) => { const k = `${facet}\u0000${value}`; add.set(k, (add.get(k) ?? 0) + 1); };
  const seen = new Set<string>();
  const once = (facet: PerDocument, value: string) => {
    const k = `${facet}\u0000${value}`;
    if (seen.has(k)) return;
    seen.add(k);
    if (!existing(facet, value)) bump(facet, value);
  };
  for (const r of rows) {
    if ((r.reviewState ?? 'machine') === 'rejected') continue;
    if (r.municipalityCode) once('municipality', r.municipalityCode);
    if (r.party) once('party', r.party);
    if (r.personId) {
      bump('person_mentions', r.personId);
      once('person_documents', r.personId);
    }
    const wave = r.kind === 'wave' && r.municipalityCode ? (r.value as { wave?: unknown } | null)?.wave : null;
    if (wave !== null && wave !== undefined) bump('municipality_wave', `${r.municipalityCode}:${wave}`);
  }
  return add;
}

/**
 * The writes that add `increments` to facet_tallies: rows that add to the stored count (src/db/rows.ts), so that
 * SQLite runs them through one prepared statement, not a new multi-row upsert per document to compile.
 */
export function tallyUpserts(increments: Map<string, number>): Write[] {
  const rows = [...increments].map(([k, n]) => { const [facet, value] = k.split('\u0000') as [string, string]; return { facet, value, n }; });
  return rows.length ? [upsertAdding(facetTallies, rows, ['facet', 'value'], ['n'])] : [];
}

/** Which of a new row's values the document's live mentions already have (for a row added to a stored document). */
export async function existingValues(db: Db, documentId: string, row: TalliedRow): Promise<Existing> {
  const live = and(eq(mentions.documentId, documentId), sql`${mentions.reviewState} <> 'rejected'`);
  const has = async (where: SQL) => (await db.select({ one: sql<number>`1` }).from(mentions).where(and(live, where)).limit(1)).length > 0;
  const found = {
    municipality: row.municipalityCode ? await has(eq(mentions.municipalityCode, row.municipalityCode)) : false,
    party: row.party ? await has(eq(mentions.party, row.party)) : false,
    person_documents: row.personId ? await has(eq(mentions.personId, row.personId)) : false,
  };
  return (facet) => found[facet];
}
