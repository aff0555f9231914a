// Reviews: a person's word on top of the machine's. The log (`reviews`) is append-only; a record's current
// state is derived from it (the latest review wins over the machine value) and written into the tables that
// show records (mentions, commitments, people.merged_into), on every review and again on every reprocess.
//
// A review targets a record by document, kind and the W3C Web Annotation selectors of its span: TextPosition
// (start, end) and TextQuote (exact, 32 characters of prefix and suffix). After reprocessing a review
// re-anchors: same position and quote → kept; the exact quote with the same prefix and suffix at exactly one
// other place → moved; otherwise orphaned (kept in the log, listed in the review queue, never attached to a
// lookalike span). Knows no HTTP: it raises ArchiveError.
import { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { MUNICIPALITIES } from '../extractors/gazetteer.js';
import { commitmentRow, homeOf, mentionRow, type Archive } from './archive.js';
import type { Db, Statement, Write } from './db/index.js';
import { prepared } from './db/prepared.js';
import { existingValues, tallyIncrements, tallyUpserts } from './db/mention-tallies.js';
import { commitments, documents, mentions, people, reviews } from './db/schema.js';
import { conflict, invalid, missing } from './errors.js';
import { pageAt } from './parse/pages.js';
import type { Identity } from './tokens.js';
import type { Mention } from './types.js';

// ---------------------------------------------------------------- anchors (W3C Web Annotation selectors)

export const QUOTE_CONTEXT = 32;

export interface Anchor { start: number; end: number; exact: string; prefix: string; suffix: string }

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    start, end, exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

export type Reanchored = { status: 'kept' | 'moved'; start: number; end: number } | { status: 'orphaned' };

/** Where an anchor stands in a (new) text: same place, exactly one other place with the same context, or nowhere. */
export function reanchor(text: string, a: Anchor): Reanchored {
  if (!a.exact) return { status: 'orphaned' };
  if (text.slice(a.start, a.end) === a.exact) return { status: 'kept', start: a.start, end: a.end };
  const found: number[] = [];
  for (let i = text.indexOf(a.exact); i >= 0; i = text.indexOf(a.exact, i + 1)) {
    if (text.slice(Math.max(0, i - a.prefix.length), i) === a.prefix && text.slice(i + a.exact.length, i + a.exact.length + a.suffix.length) === a.suffix) {
      found.push(i);
      if (found.length > 1) break;
    }
  }
  // Two places with the same quote and context: which one was meant cannot be known, so neither is taken.
  return found.length === 1 ? { status: 'moved', start: found[0]!, end: found[0]! + a.exact.length } : { status: 'orphaned' };
}

// ---------------------------------------------------------------- record identity

export const REVIEWABLE_KINDS = ['municipality', 'person', 'wave', 'date', 'commitment'] as const;
export type ReviewableKind = (typeof REVIEWABLE_KINDS)[number];
export const isReviewable = (k: string): k is ReviewableKind => (REVIEWABLE_KINDS as readonly string[]).includes(k);

/** Tells apart records of one kind on one span: a commitment's actor (one sentence may commit two actors). */
export function recordKey(kind: string, value: unknown): string {
  return kind === 'commitment' ? String((value as { actor?: unknown } | null)?.actor ?? '') : '';
}

/** The stable id of a machine record: from its document, kind, span and key, so the same extraction gives the same id. */
export function recordId(documentId: string, kind: string, start: number, end: number, key: string): string {
  return createHash('sha256').update(`${documentId}\u001f${kind}\u001f${start}\u001f${end}\u001f${key}`).digest('hex').slice(0, 20);
}

export const RECORD_ID = /^[0-9a-f]{20}$/;

// ---------------------------------------------------------------- values: what a reviewer may set

const CODES = new Map(MUNICIPALITIES.map((m) => [m.name, m.code]));
const Muni = z.string().refine((n) => CODES.has(n), 'a Swedish municipality by its canonical name (Göteborg, Malmö)');
const DateValue = z.string().regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/,
  'a date as YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD');
const Year = z.number().int().min(1900).max(2200);

const PersonValue = z.object({
  name: z.string().trim().min(1).max(200), party: z.string().trim().min(1).max(40).nullable(), role: z.string().trim().min(1).max(200).nullable(),
  municipality: Muni.nullable(), politician: z.boolean(),
}).strict();
const CommitmentValue = z.object({
  actor: z.string().trim().min(1).max(200),
  type: z.enum(['join', 'sign', 'twin', 'adopt_plan', 'target', 'propose', 'revise', 'other']),
  what: z.string().trim().min(1).max(2000), when: DateValue.nullable(),
  strength: z.enum(['proposed', 'decided', 'signed', 'stated', 'answered']).nullable(),
  object: z.string().regex(/^[a-z0-9åäö][a-z0-9åäö-]{0,79}$/, 'a lower-case key such as klimatkontrakt-2030').nullable(),
  target_year: Year.nullable(), baseline_year: Year.nullable(), reduction_percent: z.number().min(0).max(100).nullable(),
  scope: z.enum(['organisation', 'area']).nullable(),
}).strict();

/** The full value of each reviewable kind, as stored in mentions.value. */
export const VALUE_SCHEMAS = {
  municipality: z.object({ name: Muni }).strict(),
  person: PersonValue,
  wave: z.object({ municipality: Muni, wave: z.number().int().min(1).max(50) }).strict(),
  date: z.object({ value: DateValue }).strict(),
  commitment: CommitmentValue,
} as const;

const COMMITMENT_DEFAULTS = { when: null, strength: null, object: null, target_year: null, baseline_year: null, reduction_percent: null, scope: null };
const DEFAULTS: Record<ReviewableKind, Record<string, unknown>> = {
  municipality: {}, person: { party: null, role: null, municipality: null, politician: false }, wave: {}, date: {}, commitment: COMMITMENT_DEFAULTS,
};

/** A full, valid value of `kind` from `base` (the current value, or nothing for an added record) with `patch` over it. */
export function valueOf(kind: ReviewableKind, base: Record<string, unknown> | null, patch: unknown): Record<string, unknown> {
  if (patch !== undefined && (typeof patch !== 'object' || patch === null || Array.isArray(patch))) {
    throw invalid('Invalid value', 'value must be an object of the fields to set.');
  }
  // The stored machine value may carry fields a reviewer cannot set (a municipality's code, a commitment's rule).
  const known = Object.keys(VALUE_SCHEMAS[kind].shape);
  const kept = Object.fromEntries(Object.entries(base ?? {}).filter(([k]) => known.includes(k)));
  const merged = { ...DEFAULTS[kind], ...kept, ...(patch as Record<string, unknown> | undefined) };
  const parsed = VALUE_SCHEMAS[kind].safeParse(merged);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw invalid('Invalid value', `The ${kind} value is not valid: ${issues.map((i) => `${i.field || 'value'}: ${i.message}`).join('; ')}.`, { issues });
  }
  const out = parsed.data as Record<string, unknown>;
  return kind === 'municipality' ? { ...out, code: CODES.get(out.name as string) } : out;
}

// ---------------------------------------------------------------- the state of a record, folded from its log

export type ReviewState = 'machine' | 'confirmed' | 'corrected' | 'rejected' | 'added';
export type ReviewRow = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;
export const HUMAN_ACTIONS = ['confirm', 'correct', 'reject', 'add', 'split'] as const;
export type HumanAction = (typeof HUMAN_ACTIONS)[number];

export interface RecordState {
  recordId: string; kind: string; key: string; documentId: string | null;
  state: ReviewState; by: string | null; at: string | null;
  /** The value the latest review set (confirm stores the value it confirmed); null: the machine's stands. */
  value: Record<string, unknown> | null;
  /** The last known span; null for a merge. */
  anchor: Anchor | null;
  orphaned: boolean;
  /** Id of the latest review by a person: the `base` a new review must name. */
  latest: number | null;
  /** A person mention split off into its own person. */
  personId: string | null;
}

export function foldState(rows: ReviewRow[]): RecordState {
  const first = rows[0]!;
  const s: RecordState = { recordId: first.recordId, kind: first.kind, key: first.key, documentId: first.documentId, state: 'machine', by: null, at: null,
    value: null, anchor: null, orphaned: false, latest: null, personId: null };
  for (const r of rows) {
    if (r.start != null && r.end != null && r.exact != null) s.anchor = { start: r.start, end: r.end, exact: r.exact, prefix: r.prefix ?? '', suffix: r.suffix ?? '' };
    if (r.action === 'orphaned') { s.orphaned = true; continue; }
    if (r.action === 'moved' || r.action === 'anchored') { s.orphaned = false; continue; }
    s.orphaned = false;
    s.by = r.reviewer; s.at = r.at; s.latest = r.id;
    const v = (r.newValue as Record<string, unknown> | null) ?? null;
    switch (r.action) {
      case 'add': s.state = 'added'; s.value = v; break;
      case 'confirm': s.state = s.state === 'added' ? 'added' : 'confirmed'; if (v) s.value = v; break;
      case 'correct': s.state = s.state === 'added' ? 'added' : 'corrected'; s.value = v; break;
      case 'reject': s.state = 'rejected'; break;
      case 'split': s.personId = (v?.personId as string | undefined) ?? s.personId; if (s.state === 'machine') s.state = 'corrected'; break;
    }
  }
  return s;
}

async function statesOf(db: Db, column: 'documentId' | 'recordId', id: string): Promise<Map<string, RecordState>> {
  const q = prepared(db, `reviewsBy.${column}`, (d) => d.select().from(reviews).where(eq(reviews[column], sql.placeholder('id'))).orderBy(asc(reviews.id)).prepare());
  const rows = await q.all({ id });
  const by = new Map<string, ReviewRow[]>();
  for (const r of rows) {
    if (r.action === 'merge') continue;
    by.set(r.recordId, [...(by.get(r.recordId) ?? []), r]);
  }
  return new Map([...by].map(([id, rs]) => [id, foldState(rs)]));
}

// ---------------------------------------------------------------- reprocess: lay the reviews over a new extraction

export interface OverlaidRecord {
  mention: Mention;
  recordId: string;
  state: ReviewState; by: string | null; at: string | null;
  machineValue: unknown;
  personId: string | null;
}

const SYSTEM = { reviewer: 'archive', reviewerRole: 'system' } as const;

/**
 * The records of a freshly extracted document with its reviews laid over: every reviewed record re-anchored in
 * the new text, claiming the machine record on its span (same kind and key) or standing as a reviewer-backed
 * record; orphaned where its quote is gone. Returns the review rows the archive writes about what moved or was
 * lost (action moved, anchored or orphaned).
 */
export async function overlayReviews(db: Db, doc: { id: string; sha256: string; text: string }, found: Mention[]): Promise<{ records: OverlaidRecord[]; log: NewReview[] }> {
  const states = await statesOf(db, 'documentId', doc.id);
  const now = new Date().toISOString();
  const log: NewReview[] = [];
  const slot = (kind: string, start: number, end: number, key: string) => `${kind}\u001f${start}\u001f${end}\u001f${key}`;
  const machine = new Map<string, Mention>();
  for (const m of found) {
    const k = slot(m.kind, m.start, m.end, recordKey(m.kind, m.value));
    if (!machine.has(k)) machine.set(k, m);
  }
  const claimed = new Map<string, OverlaidRecord>();
  const used = new Set<Mention>();
  const reviewedIds = new Set(states.keys());
  for (const s of states.values()) {
    if (!s.anchor) continue;
    const at = reanchor(doc.text, s.anchor);
    const note = (action: 'moved' | 'anchored' | 'orphaned', a: Anchor) => log.push({
      ...SYSTEM, recordId: s.recordId, documentId: doc.id, documentSha256: doc.sha256, kind: s.kind, key: s.key, action, at: now,
      start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix,
      comment: action === 'orphaned' ? 'The quote is no longer in the text with the same context.' : null,
    });
    if (at.status === 'orphaned') {
      if (!s.orphaned && s.state !== 'rejected') note('orphaned', s.anchor);
      continue;
    }
    const a = anchorAt(doc.text, at.start, at.end);
    if (at.status === 'moved') note('moved', a);
    else if (s.orphaned) note('anchored', a);
    const k = slot(s.kind, a.start, a.end, s.key);
    if (claimed.has(k)) continue;
    const m = machine.get(k);
    if (m) used.add(m);
    if (!m && s.state === 'rejected') continue;
    if (!m && !s.value) continue;
    const value = s.value ?? m!.value;
    claimed.set(k, {
      mention: { kind: s.kind as Mention['kind'], start: a.start, end: a.end, text: a.exact, value, rule: m?.rule ?? 'review.kept' },
      recordId: s.recordId, state: s.state, by: s.by, at: s.at, machineValue: m ? m.value : null, personId: s.personId,
    });
  }
  const records: OverlaidRecord[] = [...claimed.values()];
  for (const m of machine.values()) {
    if (used.has(m)) continue;
    used.add(m);
    const key = recordKey(m.kind, m.value);
    let id = recordId(doc.id, m.kind, m.start, m.end, key);
    // The span of a reviewed record that moved away may now hold another record: give that one an id of its own.
    for (let n = 2; reviewedIds.has(id); n++) id = recordId(doc.id, m.kind, m.start, m.end, `${key}#${n}`);
    records.push({ mention: m, recordId: id, state: 'machine', by: null, at: null, machineValue: m.value, personId: null });
  }
  // Duplicates the extractor made on one slot (same kind, span and key) stay, as machine records of their own.
  for (const m of found) {
    if (used.has(m)) continue;
    const key = recordKey(m.kind, m.value);
    let n = 2, id = recordId(doc.id, m.kind, m.start, m.end, `${key}#${n}`);
    while (records.some((r) => r.recordId === id)) id = recordId(doc.id, m.kind, m.start, m.end, `${key}#${++n}`);
    records.push({ mention: m, recordId: id, state: 'machine', by: null, at: null, machineValue: m.value, personId: null });
  }
  return { records: records.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end), log };
}

/** People merged away, to the person they were merged into (followed to the end of the chain). */
export async function mergedPeople(db: Db): Promise<Map<string, string>> {
  const q = prepared(db, 'mergedPeople', (d) => d.select({ id: people.id, into: people.mergedInto }).from(people).where(sql`${people.mergedInto} is not null`).prepare());
  const rows = await q.all();
  const next = new Map(rows.map((r) => [r.id, r.into!]));
  const out = new Map<string, string>();
  for (const id of next.keys()) {
    let to = id;
    for (let i = 0; i < 100 && next.has(to); i++) to = next.get(to)!;
    out.set(id, to);
  }
  return out;
}

// ---------------------------------------------------------------- reviewing: one action, stored and applied at once

export interface ReviewInput { action: 'confirm' | 'correct' | 'reject'; value?: unknown; comment?: string | null; base?: number | null }
export interface AddInput { kind: string; start: number; end: number; value: unknown; comment?: string | null }

type MentionRow = typeof mentions.$inferSelect;

export interface ReviewedRecord { recordId: string; state: ReviewState; by: string | null; at: string | null; value: unknown; review: number | null }

const clean = (s: string | null | undefined) => (s ? s.normalize('NFC').trim().slice(0, 2000) || null : null);

/**
 * Stores reviews and applies them to the derived tables in the same transaction, under the archive's write
 * lock (so a reprocess or another review cannot interleave with the check for a stale edit).
 */
export class Reviews {
  constructor(private readonly archive: Archive) {}

  private get db() { return this.archive.storage.db.db; }

  /** The current row of a record, rejected ones included. */
  private async row(id: string): Promise<MentionRow | undefined> {
    return (await this.db.select().from(mentions).where(eq(mentions.recordId, id)).limit(1))[0];
  }

  async state(id: string): Promise<RecordState | null> {
    return (await statesOf(this.db, 'recordId', id)).get(id) ?? null;
  }

  async review(who: Identity, id: string, input: ReviewInput): Promise<ReviewedRecord> {
    return this.archive.writes.run(async () => {
      const row = await this.row(id);
      const state = await this.state(id);
      if (!row && !state) throw missing(`No record ${id}.`);
      const kind = (row?.kind ?? state!.kind);
      if (!isReviewable(kind)) throw invalid('Not reviewable', `Records of kind ${kind} are not reviewed.`);
      const current = (row?.value as Record<string, unknown> | null) ?? state?.value ?? null;
      this.checkBase(state, input.base, current, input);
      if (!row) {
        // An orphaned record has no span in the current text: it can only be dismissed (rejected).
        if (input.action !== 'reject') throw conflict('Orphaned record', `Record ${id} has lost its place in the text; it can only be rejected. Add it again where it now stands.`);
      }
      const value = input.action === 'correct' ? valueOf(kind, current, input.value)
        : input.action === 'confirm' ? valueOf(kind, current, undefined) : null;
      if (input.action === 'correct' && JSON.stringify(value) === JSON.stringify(valueOf(kind, current, undefined))) {
        throw invalid('Nothing to correct', 'The corrected value equals the current one; confirm the record instead.');
      }
      const doc = await this.archive.getRow(row?.documentId ?? state!.documentId!);
      if (!doc) throw missing(`The document of record ${id} is gone.`);
      const anchor = row && doc.text ? anchorAt(doc.text, row.start, row.end) : state?.anchor ?? null;
      const at = new Date().toISOString();
      const entry: NewReview = {
        recordId: id, documentId: doc.id, documentSha256: doc.sha256, kind, key: state?.key ?? recordKey(kind, row!.machineValue ?? row!.value),
        action: input.action, reviewer: who.name, reviewerRole: who.role, at, ...(anchor ?? {}),
        oldValue: current, newValue: value, comment: clean(input.comment), base: input.base ?? state?.latest ?? null,
      };
      const next: ReviewState = input.action === 'reject' ? 'rejected'
        : row?.reviewState === 'added' ? 'added' : input.action === 'confirm' ? 'confirmed' : 'corrected';
      const statements: Statement[] = [this.db.insert(reviews).values(entry)];
      if (row) statements.push(...this.applyStatements(row, doc, value ?? current, next, who.name, at, await this.home(doc.id)));
      await this.archive.storage.db.atomic(statements);
      const [saved] = await this.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.recordId, id)).orderBy(desc(reviews.id)).limit(1);
      return { recordId: id, state: next, by: who.name, at, value: value ?? current, review: saved?.id ?? null };
    });
  }

  /** A stale edit: the reviewer saw another state than the latest. */
  private checkBase(state: RecordState | null, base: number | null | undefined, current: unknown, input: ReviewInput) {
    if (base === undefined) return;
    const latest = state?.latest ?? null;
    if (latest === base) return;
    throw conflict('Stale edit', `Record ${state?.recordId ?? ''} was changed by ${state?.by ?? 'someone'} at ${state?.at ?? '?'} after the version you saw.`.replace('Record  ', 'The record '), {
      current: { review: latest, state: state?.state ?? 'machine', by: state?.by ?? null, at: state?.at ?? null, value: current },
      yours: { base, action: input.action, value: input.value ?? null },
    });
  }

  /** The derived rows of a record after a review: its mention row and, for a commitment, its commitments row. */
  private applyStatements(row: MentionRow, doc: typeof documents.$inferSelect, value: unknown, state: ReviewState, by: string, at: string, home: string | null): Statement[] {
    const fields = derivedFields(row.kind, value);
    const out: Statement[] = [this.db.update(mentions).set({ value, ...fields, reviewState: state, reviewedBy: by, reviewedAt: at }).where(eq(mentions.recordId, row.recordId!))];
    if (row.kind === 'commitment') {
      out.push(this.db.delete(commitments).where(eq(commitments.recordId, row.recordId!)));
      out.push(this.db.insert(commitments).values({
        ...commitmentFields(doc.id, { ...row, value }, doc.published, home), recordId: row.recordId, reviewState: state, reviewedBy: by, reviewedAt: at,
      }).onConflictDoNothing());
    }
    return out;
  }

  /** The municipality a document is from, by its current municipality records. */
  private async home(documentId: string): Promise<string | null> {
    const rows = await this.db.select({ kind: mentions.kind, start: mentions.start, value: mentions.value }).from(mentions)
      .where(and(eq(mentions.documentId, documentId), eq(mentions.kind, 'municipality'), sql`${mentions.reviewState} <> 'rejected'`));
    return homeOf(rows);
  }

  /** A record the extractor missed: a span of the document's text and its value. */
  async add(who: Identity, documentId: string, input: AddInput): Promise<ReviewedRecord> {
    if (!isReviewable(input.kind)) throw invalid('Invalid kind', `kind is one of ${REVIEWABLE_KINDS.join(', ')}.`);
    const kind = input.kind;
    return this.archive.writes.run(async () => {
      const doc = await this.archive.getRow(documentId);
      if (!doc) throw missing(`No document ${documentId}.`);
      if (!doc.text) throw conflict('No text', `Document ${documentId} has no text to anchor a record in (status ${doc.status}).`);
      const { start, end } = input;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.text.length || end <= start) {
        throw invalid('Invalid span', `start and end must be offsets into the text with 0 ≤ start < end ≤ ${doc.text.length}.`);
      }
      if (!doc.text.slice(start, end).trim()) throw invalid('Invalid span', 'The span holds only white space.');
      const value = valueOf(kind, null, input.value);
      const id = recordId(doc.id, kind, start, end, `added:${crypto.randomUUID()}`);
      const anchor = anchorAt(doc.text, start, end);
      const at = new Date().toISOString();
      const page = pageAt(doc.pages ?? [], start);
      const mention: Mention = { kind, start, end, text: anchor.exact, value, rule: 'review.added' };
      const row = { kind, value, ...derivedFields(kind, value), personId: kind === 'person' ? await this.personFor(value) : null, reviewState: 'added' };
      const tallies = tallyIncrements([row], await existingValues(this.db, doc.id, row));
      const statements: Write[] = [
        this.db.insert(reviews).values({ recordId: id, documentId: doc.id, documentSha256: doc.sha256, kind, key: recordKey(kind, value), action: 'add',
          reviewer: who.name, reviewerRole: who.role, at, ...anchor, oldValue: null, newValue: value, comment: clean(input.comment), base: null }),
        this.db.insert(mentions).values({
          documentId: doc.id, start, end, page, text: anchor.exact, extractor: 'review', rule: 'review.added', ...row,
          recordId: id, reviewedBy: who.name, reviewedAt: at, machineValue: null, published: doc.published,
        }),
        ...tallyUpserts(tallies),
      ];
      if (kind === 'commitment') {
        statements.push(this.db.insert(commitments).values({ ...commitmentFields(doc.id, { ...mention, page }, doc.published, await this.home(doc.id)), recordId: id,
          reviewState: 'added', reviewedBy: who.name, reviewedAt: at }).onConflictDoNothing());
      }
      await this.archive.storage.db.atomic(statements);
      const [saved] = await this.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.recordId, id)).limit(1);
      return { recordId: id, state: 'added', by: who.name, at, value, review: saved?.id ?? null };
    });
  }

  /** An added person mention joins the person of that name, if exactly one is known; else a new person. */
  private async personFor(value: Record<string, unknown>): Promise<string> {
    const nameKey = String(value.name).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const known = await this.db.select({ id: people.id }).from(people).where(and(eq(people.nameKey, nameKey), sql`${people.mergedInto} is null`));
    if (known.length === 1) return known[0]!.id;
    const id = `p-${crypto.randomUUID().slice(0, 13)}`;
    await this.db.insert(people).values({ id, name: String(value.name), nameKey, party: (value.party as string | null) ?? null,
      municipalityCode: value.municipality ? CODES.get(value.municipality as string) ?? null : null, politician: !!value.politician });
    return id;
  }

  /** Merge person `from` into `into`: all its mentions move there, now and after every reprocess. */
  async merge(who: Identity, from: string, into: string, comment?: string | null): Promise<{ from: string; into: string; review: number | null }> {
    return this.archive.writes.run(async () => {
      if (from === into) throw invalid('Invalid merge', 'A person cannot be merged into itself.');
      const found = await this.db.select().from(people).where(inArray(people.id, [from, into]));
      const a = found.find((p) => p.id === from), b = found.find((p) => p.id === into);
      if (!a) throw missing(`No person ${from}.`);
      if (!b) throw missing(`No person ${into}.`);
      if (a.mergedInto) throw conflict('Already merged', `${a.name} (${from}) was already merged into ${a.mergedInto}.`);
      if (b.mergedInto) throw conflict('Already merged', `${b.name} (${into}) was merged into ${b.mergedInto}; merge into that person instead.`);
      const at = new Date().toISOString();
      await this.archive.storage.db.atomic([
        this.db.insert(reviews).values({ recordId: `person:${from}`, documentId: null, documentSha256: null, kind: 'person', key: '', action: 'merge',
          reviewer: who.name, reviewerRole: who.role, at, oldValue: { id: from, name: a.name, party: a.party }, newValue: { into, name: b.name, party: b.party },
          comment: clean(comment), base: null }),
        this.db.update(people).set({ mergedInto: into }).where(eq(people.id, from)),
        this.db.update(people).set({ party: b.party ?? a.party, municipalityCode: b.municipalityCode ?? a.municipalityCode, politician: b.politician || a.politician })
          .where(eq(people.id, into)),
        this.db.update(mentions).set({ personId: into }).where(eq(mentions.personId, from)),
      ]);
      const [saved] = await this.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.recordId, `person:${from}`)).orderBy(desc(reviews.id)).limit(1);
      return { from, into, review: saved?.id ?? null };
    });
  }

  /** Split one person mention off into a person of its own. */
  async split(who: Identity, id: string, comment?: string | null): Promise<{ recordId: string; personId: string; review: number | null }> {
    return this.archive.writes.run(async () => {
      const row = await this.row(id);
      if (!row) throw missing(`No record ${id}.`);
      if (row.kind !== 'person') throw invalid('Not a person', `Record ${id} is a ${row.kind}, not a person mention.`);
      const doc = await this.archive.getRow(row.documentId);
      const v = row.value as Record<string, unknown>;
      const personId = `p-${crypto.randomUUID().slice(0, 13)}`;
      const at = new Date().toISOString();
      const state = await this.state(id);
      const nameKey = String(v.name).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
      await this.archive.storage.db.atomic([
        this.db.insert(reviews).values({ recordId: id, documentId: row.documentId, documentSha256: doc!.sha256, kind: 'person', key: '', action: 'split',
          reviewer: who.name, reviewerRole: who.role, at, ...anchorAt(doc!.text ?? '', row.start, row.end),
          oldValue: { personId: row.personId }, newValue: { personId }, comment: clean(comment), base: state?.latest ?? null }),
        this.db.insert(people).values({ id: personId, name: String(v.name), nameKey, party: row.party, municipalityCode: row.municipalityCode, politician: !!v.politician }),
        this.db.update(mentions).set({ personId, reviewState: row.reviewState === 'machine' ? 'corrected' : row.reviewState, reviewedBy: who.name, reviewedAt: at })
          .where(eq(mentions.recordId, id)),
      ]);
      const [saved] = await this.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.recordId, id)).orderBy(desc(reviews.id)).limit(1);
      return { recordId: id, personId, review: saved?.id ?? null };
    });
  }
}

// ---------------------------------------------------------------- derived columns of a value

/** The columns of a mention row that follow from its value (the archive's own mentionRow decides them). */
function derivedFields(kind: string, value: unknown): { municipalityCode: string | null; party: string | null; role: string | null } {
  const r = mentionRow('', { kind: kind as Mention['kind'], start: 0, end: 0, text: '', value, rule: '' }, 1, CODES, new Map());
  return { municipalityCode: r.municipalityCode, party: r.party, role: r.role };
}

/** The commitments row of a commitment record (the archive's own commitmentRow). */
function commitmentFields(documentId: string, m: { value: unknown; text: string; start: number; end: number; page: number; rule?: string | null }, published: string | null, home: string | null) {
  return commitmentRow(documentId, { kind: 'commitment', start: m.start, end: m.end, text: m.text, value: m.value, rule: m.rule ?? 'review.added' }, m.page, published, CODES, home);
}
