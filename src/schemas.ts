// The query schemas shared by the JSON API (src/routes/) and the web pages (src/web/): a page and its API
// twin validate the same parameters with the same zod schema.
import { z } from '@hono/zod-openapi';
import { COMMITMENT_TYPES, LISTING_LIMITS, searchProblem } from './queries.js';

export const Pagination = {
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'At most 200' }),
  offset: z.coerce.number().int().min(0).default(0),
};

/** A full or partial ISO date: 2023, 2023-05 or 2023-05-17. */
/** The total of a listing: exact, or (counted from its rows, past LISTING_LIMITS.count) that number and `more`. */
export const ListingTotal = {
  total: z.number().int().openapi({ description: `How many match; at most ${LISTING_LIMITS.count} where more is true` }),
  more: z.boolean().optional().openapi({ description: `True when more than ${LISTING_LIMITS.count} match (total is then that number): a total counted from the rows of a common filter stops there` }),
};
export const IsoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const Party = z.string().min(1).max(40).openapi({ description: 'Riksdag abbreviation (S, M, SD, C, V, KD, L, MP) or a local party', example: 'S' });
export const MunicipalityRef = z.string().min(1).max(100).openapi({ description: 'Municipality name (case-insensitive) or SCB code', example: 'Karlstad' });
/** Full-text search words: bounded in length, words and prefixes (src/queries.ts, SEARCH_LIMITS), else 400. */
export const SearchText = z.string().min(1).superRefine((q, ctx) => {
  const problem = searchProblem(q);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
/** `true` or `false` in a query string. */
export const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Whose word a record stands on; on every record the API serves. */
export const ReviewInfoSchema = z.object({
  state: z.enum(['machine', 'confirmed', 'corrected', 'rejected', 'added']).openapi({ description: "machine: the extractor's value, unreviewed; the others: a reviewer's word" }),
  by: z.string().nullable().openapi({ description: 'The reviewer who acted last' }),
  at: z.string().nullable().openapi({ description: 'When (ISO 8601)' }),
}).openapi('Review');

export const IncludeRejected = z.enum(['rejected']).optional().openapi({ description: 'rejected: show records a reviewer rejected too (hidden otherwise)' });
export const Reviewed = Flag.optional().openapi({ description: 'true: only records a reviewer confirmed, corrected or added; false: only unreviewed ones' });

// ---------------------------------------------------------------- documents (/ and /api/documents)

export const DocumentsQuery = z.object({
  ...Pagination,
  municipality: MunicipalityRef.optional(),
  person: z.string().min(1).max(200).optional().openapi({ description: 'Person id or full name' }),
  party: Party.optional(),
  kind: z.enum(['press_release', 'motion', 'other']).optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as sv').optional(),
  from: IsoDate.optional().openapi({ description: 'Published on or after' }),
  to: IsoDate.optional().openapi({ description: 'Published on or before (2023 includes all of 2023)' }),
  q: SearchText.optional().openapi({ description: 'Words in the title or text (full-text; a trailing * is a prefix)' }),
  sort: z.enum(['published', 'added']).default('published')
    .openapi({ description: 'published: newest publication date first (undated last); added: most recently archived first' }),
  reviewed: Flag.optional().openapi({ description: 'true: documents a reviewer has worked on; false: documents no one has reviewed' }),
});

// ---------------------------------------------------------------- commitments

export const CommitmentFilters = {
  actor: z.string().min(1).max(200).optional().openapi({ description: 'Municipality name, party abbreviation or organisation' }),
  municipality: MunicipalityRef.optional(),
  party: Party.optional(),
  type: z.enum(COMMITMENT_TYPES).optional(),
  from: IsoDate.optional().openapi({ description: 'When (or, where unknown, published) on or after' }),
  to: IsoDate.optional().openapi({ description: 'When (or published) on or before' }),
  q: z.string().min(1).max(200).optional().openapi({ description: 'Words in what or the evidence' }),
  reviewed: Reviewed,
  include: IncludeRejected,
  strength: z.enum(['proposed', 'decided', 'signed', 'stated', 'answered']).optional().openapi({ description: 'How firm' }),
  object: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an object key such as klimatkommunerna').optional().openapi({ description: 'What it is about: a key such as klimatkontrakt-2030' }),
  thread: z.string().min(3).max(300).optional().openapi({ description: 'Only the steps of one thread (see /api/threads)' }),
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional()
    .openapi({ description: 'What the archive knew that day: documents published by then, and of each thread only its latest step by then' }),
};

export const CommitmentsQuery = z.object({ ...Pagination, ...CommitmentFilters });

/** The CSV and JSON downloads: the same filters, up to 10000 rows. */
export const CommitmentsExportQuery = z.object({
  ...CommitmentFilters,
  limit: z.coerce.number().int().min(1).max(10000).default(10000).openapi({ description: 'At most 10000' }),
  offset: z.coerce.number().int().min(0).default(0),
});

// ---------------------------------------------------------------- municipalities

export const MunicipalitiesQuery = z.object({
  ...Pagination,
  all: Flag.optional().openapi({ description: 'true: all 290 municipalities, not only those with documents' }),
  q: z.string().min(1).max(100).optional().openapi({ description: 'Part of the name or county, or a code' }),
});

const subLimit = z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'At most 200' });
const subOffset = z.coerce.number().int().min(0).default(0);
/** The two long lists of one municipality are paged on their own. */
export const MunicipalityQuery = z.object({ documentsLimit: subLimit, documentsOffset: subOffset, commitmentsLimit: subLimit, commitmentsOffset: subOffset });

// ---------------------------------------------------------------- people

export const PeopleQuery = z.object({
  ...Pagination,
  party: Party.optional(),
  municipality: MunicipalityRef.optional(),
  politician: Flag.optional().openapi({ description: 'true: elected or party-political positions only' }),
  q: z.string().min(1).max(200).optional().openapi({ description: 'Part of the name' }),
  reviewed: Flag.optional().openapi({ description: 'true: people with a mention a reviewer confirmed, corrected or added; false: people with none' }),
});

/** The page of mentions of one person. */
export const PersonQuery = z.object(Pagination);

// ---------------------------------------------------------------- search

export const SearchQuery = z.object({
  ...Pagination,
  q: SearchText.openapi({ description: 'Words (all must occur); a trailing * makes a prefix query: klimatkontrakt*. å, ä and ö are letters of their own.',
    example: 'klimatkontrakt*' }),
});
