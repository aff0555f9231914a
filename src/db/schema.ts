// The only schema. drizzle-kit writes migrations/ from it; the same folder serves SQLite (Node) and D1.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(), // first 16 hex digits of sha256: the same bytes are one document
  sha256: text('sha256').notNull().unique(),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  format: text('format').notNull(), // pdf | docx | html | text (sniffed)
  size: integer('size').notNull(),
  sourceUrl: text('source_url'),
  /** The publication date the uploader stated (used when the text states none; kept for re-extraction). */
  declaredPublished: text('declared_published'),
  title: text('title'),
  language: text('language'),
  kind: text('kind'),
  published: text('published'),
  /** processing (queued on Workers) | extracted | failed */
  status: text('status').notNull(),
  error: text('error'),
  extractorVersion: text('extractor_version'),
  text: text('text'),
  pages: text('pages', { mode: 'json' }).$type<{ page: number; start: number; end: number }[]>(),
  extraction: text('extraction', { mode: 'json' }),
  /** What reading the file noticed without failing (a few undecodable bytes, …): a JSON list of sentences. */
  warnings: text('warnings', { mode: 'json' }).$type<string[]>(),
  /**
   * SHA-256 of the clean text reduced to lower-case letters and digits: the same text read from another format
   * (the PDF of a press release already stored as HTML) has the same key and becomes a rendition of it.
   */
  textKey: text('text_key'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}, (t) => [
  // Listings newest first (by publication, or as archived) read in index order, ties included: a page stops at its end.
  index('documents_created_idx').on(t.createdAt, t.id),
  index('documents_published_idx').on(t.published, t.createdAt, t.id),
  // A kind's and a language's documents, newest first.
  index('documents_kind_published_idx').on(t.kind, t.published, t.createdAt, t.id),
  index('documents_language_published_idx').on(t.language, t.published, t.createdAt, t.id),
  // Both (a kind in one language): either index alone read every row of its kind or language to check the other
  // (/documents?kind=motion&language=sv: 275 ms at 100k documents, its count 10,000 rows read).
  index('documents_kind_language_idx').on(t.kind, t.language, t.published, t.createdAt, t.id),
  index('documents_status_idx').on(t.status),
  // A document's card by id: what lists beside other records show of it (date, kind, title, file name). Read
  // from this index alone, a look-up is one descent into a small tree; by the table it is two (the id's own index,
  // then the row by rowid), each in a file where one row fills a page. Date-sorted document lists join on it too.
  index('documents_card_idx').on(t.id, t.published, t.kind, t.title, t.filename),
  index('documents_text_key_idx').on(t.textKey),
]);

/**
 * Further files of a document: the same text uploaded in another format (or as other bytes). The document's own
 * row is its first rendition; each further one keeps its original under its own SHA-256.
 */
export const renditions = sqliteTable('renditions', {
  id: text('id').primaryKey(), // first 16 hex digits of its sha256, like a document id
  sha256: text('sha256').notNull().unique(),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  format: text('format').notNull(),
  size: integer('size').notNull(),
  sourceUrl: text('source_url'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}, (t) => [index('renditions_document_idx').on(t.documentId)]);

/** Deleted documents: who deleted what and when (the rows and originals are gone; this stays). */
export const deletions = sqliteTable('deletions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  documentId: text('document_id').notNull(),
  /** SHA-256 of every original that was removed (the document's and its renditions'). */
  sha256s: text('sha256s', { mode: 'json' }).notNull().$type<string[]>(),
  filename: text('filename').notNull(),
  title: text('title'),
  /** Who: the kind of token that authorised it (named tokens, when there are any, give the name). */
  deletedBy: text('deleted_by').notNull(),
  reason: text('reason'),
  deletedAt: text('deleted_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}, (t) => [index('deletions_document_idx').on(t.documentId), index('deletions_at_idx').on(t.deletedAt)]);

export const municipalities = sqliteTable('municipalities', {
  code: text('code').primaryKey(), // SCB kommunkod
  name: text('name').notNull().unique(),
  countyCode: text('county_code').notNull(),
  county: text('county').notNull(),
});

export const people = sqliteTable('people', {
  id: text('id').primaryKey(), // generated when the person is first seen, so a batch can refer to it
  name: text('name').notNull(),
  /** Lower-cased, whitespace-folded name: the key resolution compares. */
  nameKey: text('name_key').notNull(),
  party: text('party'),
  municipalityCode: text('municipality_code').references(() => municipalities.code),
  politician: integer('politician', { mode: 'boolean' }).notNull().default(false),
  /** Set when a reviewer merged this person into another (derived from the `merge` review; the mentions moved there). */
  mergedInto: text('merged_into'),
}, (t) => [
  index('people_name_key_idx').on(t.nameKey),
  index('people_municipality_idx').on(t.municipalityCode),
  // Merged people (read for every stored document, src/reviews.ts mergedPeople): few, found without reading the rest.
  index('people_merged_idx').on(t.mergedInto).where(sql`${t.mergedInto} is not null`),
]);

/**
 * A record's identity and review state, on the tables that show records (mentions, commitments). These columns
 * are derived from `reviews` (the latest review wins over the machine value) and rebuilt on every reprocess.
 */
function reviewColumns() {
  return {
    /** Stable across reprocessing: the id in /records/:id (src/reviews.ts, recordId). */
    recordId: text('record_id'),
    /** machine | confirmed | corrected | rejected | added */
    reviewState: text('review_state').notNull().default('machine'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
  };
}

/** Every extracted span: the evidence for everything else. Offsets index documents.text. */
export const mentions = sqliteTable('mentions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  page: integer('page').notNull(),
  text: text('text').notNull(),
  value: text('value', { mode: 'json' }),
  extractor: text('extractor').notNull(), // name@version
  /** The rule of that extractor which produced the mention (`Mention.rule`); null for rows stored before rules had ids. */
  rule: text('rule'),
  municipalityCode: text('municipality_code').references(() => municipalities.code),
  personId: text('person_id').references(() => people.id),
  party: text('party'),
  role: text('role'),
  ...reviewColumns(),
  /** The extractor's value where it made the record (null for a record a reviewer added); `value` is the current one. */
  machineValue: text('machine_value', { mode: 'json' }),
  /**
   * The document's publication date, kept on the row (written with the document's records, which are rewritten
   * whenever its date changes) so that a person's or municipality's page is read in date order from an index.
   */
  published: text('published'),
}, (t) => [
  index('mentions_document_idx').on(t.documentId, t.start),
  index('mentions_record_idx').on(t.recordId),
  index('mentions_kind_municipality_idx').on(t.kind, t.municipalityCode),
  // The indexes read by a person, a party or a municipality leave out the rows without one (most mentions have no
  // person and no party): every query that reads them names its value, and an ingest writes a third fewer entries.
  index('mentions_municipality_doc_idx').on(t.municipalityCode, t.documentId).where(sql`${t.municipalityCode} is not null`),
  index('mentions_person_doc_idx').on(t.personId, t.documentId).where(sql`${t.personId} is not null`),
  // A municipality's waves: per wave, the earliest published spans first (then in archive order), live ones only.
  index('mentions_wave_idx').on(t.municipalityCode, sql`json_extract(${t.value}, '$.wave')`, sql`${t.published} is null`, t.published)
    .where(sql`${t.kind} = 'wave' and ${t.reviewState} <> 'rejected'`),
  // Pages and totals of a person and of a municipality, from the index alone (rejected records are not shown).
  index('mentions_person_page_idx').on(t.personId, sql`${t.published} is null`, t.published, t.documentId, t.start, t.role)
    .where(sql`${t.reviewState} <> 'rejected' and ${t.personId} is not null`),
  index('mentions_person_role_idx').on(t.personId, t.role, t.published).where(sql`${t.reviewState} <> 'rejected' and ${t.role} is not null`),
  index('mentions_party_doc_idx').on(t.party, t.documentId).where(sql`${t.reviewState} <> 'rejected' and ${t.party} is not null`),
  index('mentions_municipality_page_idx').on(t.municipalityCode, sql`${t.published} desc`, t.documentId)
    .where(sql`${t.reviewState} <> 'rejected' and ${t.municipalityCode} is not null`),
  // The people a reviewer has worked on (/people?reviewed=): the few mentions a person confirmed, corrected, split or
  // added, where the listing read every mention of each person in turn for its state (2.5 s at 100k documents).
  index('mentions_reviewed_idx').on(t.personId).where(sql`${t.reviewState} <> 'rejected' and ${t.reviewState} <> 'machine'`),
]);

/** The order of commitment listings (undated last, then by publication, then id), as index columns. */
const ORDER = (t: { sortDate: AnySQLiteColumn; published: AnySQLiteColumn; id: AnySQLiteColumn }) =>
  [sql`${t.sortDate} is null`, t.sortDate, sql`${t.published} is null`, t.published, t.id] as const;

/** How far along a commitment is, for ordering the steps of a thread: proposed … signed, then revised. */
export const STRENGTH_RANK: Record<string, number> = { proposed: 0, stated: 1, answered: 2, decided: 3, signed: 4 };
/** That rank as SQL over a commitments row; `t` is the table prefix (`c2.`, or '' inside an index). */
export const stepRank = (t: string) => `(case when ${t}type = 'revise' then 5 else coalesce(case ${t}strength ${
  Object.entries(STRENGTH_RANK).map(([k, v]) => `when '${k}' then ${v}`).join(' ')} end, 1) end)`;

/**
 * The date a statement shows from (src/compare.ts): its own full date (`when`: 2021-03-12), else the date the
 * archive knew of it (the publication date, else its sort date). SQL over commitments columns prefixed by `t`
 * ('c.'; '' in the index).
 */
export const sinceDate = (t: string) =>
  `coalesce(case when ${t}"when" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' then ${t}"when" end, coalesce(${t}published, ${t}sort_date))`;

/** Who committed to what and when: one row per commitment mention, denormalised for research queries. */
export const commitments = sqliteTable('commitments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  actor: text('actor').notNull(),
  municipalityCode: text('municipality_code').references(() => municipalities.code),
  party: text('party'),
  type: text('type').notNull(),
  what: text('what').notNull(),
  when: text('when'),
  evidence: text('evidence').notNull(),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  page: integer('page').notNull(),
  published: text('published'),
  /** Sort key: `when` where known, else the document's published date. */
  sortDate: text('sort_date'),
  rule: text('rule'),
  /** Attributes stated by the text (null when it says nothing): see CommitmentValue. */
  strength: text('strength'),
  object: text('object'),
  targetYear: integer('target_year'),
  baselineYear: integer('baseline_year'),
  reductionPercent: integer('reduction_percent'),
  scope: text('scope'),
  /**
   * The thread it is a step of: `<actor key>:<object>`, the actor key being the municipality (a party's
   * commitment counts for the municipality its document is from), else the party or the actor's name.
   */
  thread: text('thread'),
  ...reviewColumns(),
}, (t) => [
  index('commitments_record_idx').on(t.recordId),
  // A thread's steps in order (the date the archive knew of them, how far along, id; knownSql and rankSql in
  // src/queries.ts): whether a later step was known by a day is a seek, not a read of the whole thread.
  index('commitments_thread_known_idx').on(t.thread, sql`coalesce(${t.published}, ${t.sortDate})`, sql.raw(stepRank('')), t.id),
  index('commitments_municipality_idx').on(t.municipalityCode, t.sortDate),
  index('commitments_sort_idx').on(t.sortDate),
  index('commitments_document_idx').on(t.documentId),
  uniqueIndex('commitments_span_idx').on(t.documentId, t.start, t.type, t.actor),
  // Listings in their date order, read from the index and stopped at the page: all of them, of a municipality,
  // and of a type, a party, a strength (each has a few values, and each value's rows cluster in time: a target's
  // date is its target year, so read in the listing's order they would be found only at its end). Rejected records
  // are in these indexes too (a few; shown when asked for) and are skipped as they are read.
  index('commitments_order_idx').on(...ORDER(t)),
  index('commitments_municipality_order_idx').on(t.municipalityCode, ...ORDER(t)),
  // Each ends with the other filters' columns and the review state: a listing of two of them (a party's signed
  // commitments) checks the second in the index, reading a row only for the page, and counts from the index alone
  // (a party and a strength with no commitment at 100k documents: 75 ms through the rows, 3.7 ms from the index).
  index('commitments_type_order_idx').on(t.type, ...ORDER(t), t.party, t.strength, t.reviewState),
  index('commitments_party_order_idx').on(t.party, ...ORDER(t), t.type, t.strength, t.reviewState),
  index('commitments_strength_order_idx').on(t.strength, ...ORDER(t), t.party, t.type, t.reviewState),
  // The comparison table's cells, a few seeks per municipality (src/compare.ts). Statements of joining a programme
  // in the order their evidence is listed, with their strength and document so that they are counted from the index
  // alone (and their type and review state: SQLite does not count the columns of a partial index's condition as
  // in the index); the same by the date each shows (sinceDate), for the earliest date a programme is shown; the
  // earliest climate-neutral year; the latest reduction target.
  index('commitments_programme_idx').on(t.municipalityCode, t.object, sql`coalesce(${t.published}, ${t.sortDate})`, t.id, t.strength, t.documentId,
    t.type, t.reviewState)
    .where(sql`${t.type} in ('join', 'sign') and ${t.reviewState} <> 'rejected'`),
  index('commitments_programme_since_idx').on(t.municipalityCode, t.object, sql.raw(sinceDate('')), t.id)
    .where(sql`${t.type} in ('join', 'sign') and ${t.reviewState} <> 'rejected'`),
  index('commitments_neutral_idx').on(t.municipalityCode, sql`coalesce(${t.targetYear}, cast(substr(${t.when}, 1, 4) as integer))`, t.id)
    .where(sql`${t.type} = 'target' and ${t.reviewState} <> 'rejected' and (${t.object} = 'klimatneutral' or (${t.object} is null and instr(lower(${t.what}), 'klimatneutral') > 0))`),
  index('commitments_reduction_idx').on(t.municipalityCode, sql`coalesce(${t.published}, ${t.sortDate})`, t.id)
    .where(sql`${t.reductionPercent} is not null and ${t.reviewState} <> 'rejected'`),
  index('commitments_actor_idx').on(t.actor).where(sql`${t.reviewState} <> 'rejected'`),
  index('commitments_object_idx').on(t.object).where(sql`${t.reviewState} <> 'rejected'`),
  index('commitments_reviewed_idx').on(t.reviewState).where(sql`${t.reviewState} <> 'rejected' and ${t.reviewState} <> 'machine'`),
  // Every commitment a reviewer touched, rejected ones too (?reviewed=true&include=rejected): few, whatever the size.
  index('commitments_touched_idx').on(t.reviewState).where(sql`${t.reviewState} <> 'machine'`),
]);

/** Named tokens for reviewers (and readers, admins). Only the SHA-256 of a token is stored. */
export const reviewers = sqliteTable('reviewers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** reader | reviewer | admin */
  role: text('role').notNull(),
  tokenSha256: text('token_sha256').notNull().unique(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

/**
 * The review log: append-only, never updated or deleted. A review targets a record by document SHA-256, kind
 * and the W3C Web Annotation selectors of its span (TextPosition start/end, TextQuote exact/prefix/suffix), so
 * it re-anchors after reprocessing. Actions by people: confirm, correct, reject, add, merge, split. Actions by
 * the archive on reprocess: moved (re-anchored elsewhere), orphaned (its quote is gone), anchored (found again).
 */
export const reviews = sqliteTable('reviews', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  recordId: text('record_id').notNull(),
  /** Null only for a merge of two people (a review of no one document). */
  documentId: text('document_id'),
  documentSha256: text('document_sha256'),
  kind: text('kind').notNull(),
  action: text('action').notNull(),
  reviewer: text('reviewer').notNull(),
  reviewerRole: text('reviewer_role').notNull(),
  at: text('at').notNull(),
  start: integer('start'),
  end: integer('end'),
  exact: text('exact'),
  prefix: text('prefix'),
  suffix: text('suffix'),
  /** Tells apart records of one kind on one span (a commitment's machine actor); '' otherwise. */
  key: text('key').notNull().default(''),
  oldValue: text('old_value', { mode: 'json' }),
  newValue: text('new_value', { mode: 'json' }),
  comment: text('comment'),
  /** The id of the review the reviewer saw as the latest (null: the machine value): a stale edit is refused. */
  base: integer('base'),
}, (t) => [
  index('reviews_record_idx').on(t.recordId, t.id),
  index('reviews_document_idx').on(t.documentId, t.id),
  index('reviews_at_idx').on(t.at),
  index('reviews_reviewer_idx').on(t.reviewer, t.id),
]);

/**
 * Counts kept on write (by triggers, in the same transaction as the rows they count): `documents`, `commitments`
 * (those not rejected) and `commitments_all`, so that an unfiltered listing's total is one row read, not a count of the whole table.
 */
export const tallies = sqliteTable('tallies', {
  key: text('key').primaryKey(),
  n: integer('n').notNull().default(0),
});

/**
 * Counts kept on write, per value (by triggers, in the same transaction as the rows they count): documents per
 * municipality and per party (documents with a mention of it, rejected records left out), per kind and per year
 * of publication, and commitments per municipality (`municipality_commitments`). The front page's facets and the
 * municipality list read these rows instead of counting mentions.
 */
export const facetTallies = sqliteTable('facet_tallies', {
  facet: text('facet').notNull(),
  value: text('value').notNull(),
  n: integer('n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.facet, t.value] })]);

/**
 * The terms of the full-text index (documents_fts), added on write by the statements that store a document's text
 * (src/db/search-terms.ts): a prefix search looks its terms up here. Never removed (a stale term matches nothing).
 */
export const searchTerms = sqliteTable('search_terms', {
  term: text('term').primaryKey(),
});

/** A thread's latest live step (date known, rank, commitment), its number of live steps and the earliest date known of one. */
const latestStep = () => ({
  object: text('object'),
  known: text('known'),
  rank: integer('rank').notNull(),
  commitmentId: integer('commitment_id').notNull(),
  steps: integer('steps').notNull(),
  first: text('first'),
});

/**
 * Of each thread its latest step (src/threads.ts): the date known, rank and id of the live commitment that comes last
 * in the thread's order (commitments_thread_known_idx), with the number of its live steps and the earliest date
 * known of one. Kept on write by the triggers of migration 0016, so that `/threads` reads a page of threads from an
 * index in its order. An example row: thread `0880:klimatkontrakt-2030`, known 2023-05-10, rank 4 (signed),
 * commitment 8812, 3 steps, first 2021-11-02.
 */
export const threadLatest = sqliteTable('thread_latest', {
  thread: text('thread').primaryKey(),
  ...latestStep(),
}, (t) => [
  index('thread_latest_order_idx').on(sql`${t.known} desc`, sql`${t.rank} desc`, sql`${t.commitmentId} desc`),
  index('thread_latest_object_idx').on(t.object, sql`${t.known} desc`, sql`${t.rank} desc`, sql`${t.commitmentId} desc`),
]);

/**
 * Of each thread its latest step, number of steps and first date among the steps of one party (src/threads.ts,
 * `/threads?party=`): as thread_latest, for steps that have a party, kept by the triggers of migration 0018. An
 * example row: thread `1980:klimatneutral`, party V, known 2022-03-14, rank 0 (proposed), commitment 5120, 2 steps,
 * first 2021-10-05.
 */
export const threadPartyLatest = sqliteTable('thread_party_latest', {
  thread: text('thread').notNull(),
  party: text('party').notNull(),
  ...latestStep(),
}, (t) => [
  primaryKey({ columns: [t.thread, t.party] }),
  index('thread_party_latest_order_idx').on(t.party, sql`${t.known} desc`, sql`${t.rank} desc`, sql`${t.commitmentId} desc`),
  index('thread_party_latest_object_idx').on(t.party, t.object, sql`${t.known} desc`, sql`${t.rank} desc`, sql`${t.commitmentId} desc`),
]);
