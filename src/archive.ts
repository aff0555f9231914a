// The archive: stores an upload (original first, then the document and all its records in one
// transaction), resolves people and municipalities across documents, and reads documents back.
// Used by the HTTP API, the CLI and the bench; knows nothing of HTTP (it raises ArchiveError, src/errors.ts).
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { MUNICIPALITIES } from '../extractors/gazetteer.js';
import { EXTRACTOR_VERSION, extractors } from '../extractors/index.js';
import { PARTIES as RIKSDAG_PARTIES } from '../extractors/names.js';
import type { Database, Statement } from './db/index.js';
import { commitments, documents, mentions, people, reviews } from './db/schema.js';
import { ParseError, sniff, MEDIA_TYPES } from './parse/index.js';
import { pageAt } from './parse/pages.js';
import { analyse, docName, type Analysis } from './pipeline.js';
import { mergedPeople, overlayReviews, recordId, recordKey } from './reviews.js';
import { conflict, invalid, missing, unsupported } from './errors.js';
import { originalKey, type BlobStore } from './storage/blobs.js';
import type { Extraction, Mention, PersonValue } from './types.js';

export interface Storage {
  db: Database;
  blobs: BlobStore;
}

export interface UploadInput {
  bytes: Uint8Array;
  filename: string;
  sourceUrl?: string | null;
  /** The publication date the uploader states (YYYY-MM-DD); the text's own dateline wins over it. */
  published?: string | null;
}

export type DocumentRow = typeof documents.$inferSelect;

/** A document as the API shows it. */
export interface DocumentView {
  id: string;
  sha256: string;
  filename: string;
  mediaType: string;
  format: string;
  size: number;
  sourceUrl: string | null;
  title: string | null;
  language: string | null;
  kind: string | null;
  published: string | null;
  status: 'extracted' | 'failed' | 'processing';
  error: string | null;
  extractorVersion: string | null;
  pages: number;
  createdAt: string;
  extraction: Extraction | null;
}

export type UploadOutcome = { outcome: 'created' | 'existing' | 'failed' | 'queued'; document: DocumentView };

export function toView(row: DocumentRow): DocumentView {
  return {
    id: row.id, sha256: row.sha256, filename: row.filename, mediaType: row.mediaType, format: row.format,
    size: row.size, sourceUrl: row.sourceUrl, title: row.title, language: row.language, kind: row.kind,
    published: row.published, status: row.status as DocumentView['status'], error: row.error, extractorVersion: row.extractorVersion,
    pages: row.pages?.length ?? 0, createdAt: row.createdAt, extraction: (row.extraction as Extraction | null) ?? null,
  };
}

/** SHA-256 as hex: node:crypto (on Node, and on Workers with nodejs_compat) is far cheaper than crypto.subtle per call. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return createHash('sha256').update(bytes).digest('hex');
}

export const documentId = (sha256: string) => sha256.slice(0, 16);

/** Split multi-row inserts so no statement binds more than `maxParams` parameters (D1 allows only 100). */
function chunks<T extends object>(rows: T[], maxParams: number): T[][] {
  const size = Math.max(1, Math.floor(maxParams / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const PARTIES = new Set(Object.keys(RIKSDAG_PARTIES));
/** Canonical municipality name → SCB code, from the same gazetteer the extractors use. */
const CODES: ReadonlyMap<string, string> = new Map(MUNICIPALITIES.map((m) => [m.name, m.code]));

/** Serialises writes in this process, so check-then-insert (dedup, person resolution) cannot interleave. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export class Archive {
  /** Serialises this process's writes (uploads, reprocessing, reviews). */
  readonly writes = new Mutex();

  constructor(readonly storage: Storage) {}

  private get db() {
    return this.storage.db.db;
  }

  async getRow(id: string): Promise<DocumentRow | undefined> {
    return (await this.db.select().from(documents).where(eq(documents.id, id)).limit(1))[0];
  }

  async get(id: string): Promise<DocumentView | undefined> {
    const row = await this.getRow(id);
    return row && toView(row);
  }

  async list(limit: number, offset: number): Promise<{ items: DocumentView[]; total: number }> {
    const rows = await this.db.select().from(documents).orderBy(desc(documents.createdAt), documents.id).limit(limit).offset(offset);
    const [{ n }] = (await this.db.select({ n: count() }).from(documents)) as [{ n: number }];
    return { items: rows.map(toView), total: n };
  }

  async count(): Promise<number> {
    return ((await this.db.select({ n: count() }).from(documents)) as [{ n: number }])[0].n;
  }

  async original(row: DocumentRow): Promise<Uint8Array | null> {
    return this.storage.blobs.get(originalKey(row.sha256));
  }

  /**
   * Store one upload. Unknown formats are refused before anything is written (415). The original is
   * written before the row; a file that cannot be read is kept and its document marked failed.
   */
  async upload(input: UploadInput, opts: { defer?: boolean } = {}): Promise<UploadOutcome> {
    const { bytes } = input;
    if (bytes.byteLength === 0) throw invalid('Empty upload', 'The uploaded file has no content.');
    const format = sniff(bytes);
    if (!format) {
      throw unsupported('The file is not PDF, DOCX, HTML or plain text (decided from its bytes, not its declared type).');
    }
    const sha256 = await sha256Hex(bytes);
    const id = documentId(sha256);
    const existing = await this.getRow(id);
    if (existing) return { outcome: 'existing', document: toView(existing) };

    await this.storage.blobs.put(originalKey(sha256), bytes, MEDIA_TYPES[format]);
    // Deferred (Workers, large files): store the row as processing; a queue consumer calls reprocess(id).
    const analysis = opts.defer ? null
      : await analyse(bytes, docName(input.filename), { published: input.published }).catch((err: unknown) => err as Error);

    return this.writes.run(async () => {
      const again = await this.getRow(id);
      if (again) return { outcome: 'existing' as const, document: toView(again) };
      const now = new Date().toISOString();
      // The full row is built here, so the answer needs no read-back after the insert.
      const row: DocumentRow = {
        id, sha256, filename: input.filename, format, size: bytes.byteLength, sourceUrl: input.sourceUrl ?? null,
        declaredPublished: input.published ?? null,
        extractorVersion: EXTRACTOR_VERSION, mediaType: MEDIA_TYPES[format], title: null, language: null, kind: null,
        published: null, status: 'processing', error: null, text: null, pages: null, extraction: null, createdAt: now, updatedAt: now,
      };
      if (analysis === null) {
        await this.storage.db.atomic([this.db.insert(documents).values(row)]);
        return { outcome: 'queued' as const, document: toView(row) };
      }
      if (analysis instanceof Error) {
        Object.assign(row, { status: 'failed', error: failureReason(analysis) });
        await this.storage.db.atomic([this.db.insert(documents).values(row)]);
        return { outcome: 'failed' as const, document: toView(row) };
      }
      Object.assign(row, this.documentFields(analysis));
      await this.storage.db.atomic([this.db.insert(documents).values(row), ...(await this.recordStatements(id, sha256, analysis))]);
      return { outcome: 'created' as const, document: toView(row) };
    });
  }

  /** Extract again from the stored original (after an extractor fix). Old records go in the same transaction. */
  async reprocess(id: string): Promise<DocumentView> {
    const row = await this.getRow(id);
    if (!row) throw missing(`No document ${id}.`);
    const bytes = await this.original(row);
    if (!bytes) throw conflict('Original missing', `The original of ${id} is not in the blob store.`);
    const analysis = await analyse(bytes, docName(row.filename), { published: row.declaredPublished }).catch((err: unknown) => err as Error);
    return this.writes.run(async () => {
      const clear: Statement[] = [
        this.db.delete(commitments).where(eq(commitments.documentId, id)),
        this.db.delete(mentions).where(eq(mentions.documentId, id)),
      ];
      if (analysis instanceof Error) {
        await this.storage.db.atomic([...clear, this.db.update(documents).set({
          status: 'failed', error: failureReason(analysis), extractorVersion: EXTRACTOR_VERSION, text: null, pages: null,
          extraction: null, updatedAt: new Date().toISOString(),
        }).where(eq(documents.id, id))]);
      } else {
        await this.storage.db.atomic([
          ...clear,
          this.db.update(documents).set({ ...this.documentFields(analysis), error: null, updatedAt: new Date().toISOString() })
            .where(eq(documents.id, id)),
          ...(await this.recordStatements(id, row.sha256, analysis)),
        ]);
      }
      return toView((await this.getRow(id))!);
    });
  }

  /** Ids of documents not extracted by the current extractor versions: older versions, failed, or stuck processing. */
  async staleIds(): Promise<string[]> {
    const rows = await this.db.select({ id: documents.id, v: documents.extractorVersion, status: documents.status }).from(documents);
    return rows.filter((r) => r.v !== EXTRACTOR_VERSION || r.status !== 'extracted').map((r) => r.id);
  }

  private documentFields(a: Analysis): Partial<DocumentRow> {
    return {
      mediaType: a.doc.mediaType, title: a.doc.title, language: a.doc.language, kind: a.extraction.kind,
      published: a.extraction.published, status: 'extracted', text: a.doc.text, pages: a.doc.pages,
      extraction: a.extraction, extractorVersion: EXTRACTOR_VERSION,
    };
  }

  /**
   * Mentions, resolved people and commitments of one analysed document, as insert statements, with the
   * document's reviews laid over them (src/reviews.ts): reviewed values win, and what moved or was lost in a
   * changed text is written to the review log.
   */
  private async recordStatements(documentId: string, sha256: string, a: Analysis): Promise<Statement[]> {
    const pages = a.doc.pages;
    const statements: Statement[] = [];
    const personIds = await this.resolvePeople(a.extraction.people, CODES, statements);
    const { records, log } = await overlayReviews(this.db, { id: documentId, sha256, text: a.doc.text }, a.mentions);
    const rows = records.map((r) => {
      const review = { recordId: r.recordId, reviewState: r.state, reviewedBy: r.by, reviewedAt: r.at, machineValue: r.machineValue };
      const row = { ...mentionRow(documentId, r.mention, pageAt(pages, r.mention.start), CODES, personIds), ...review };
      if (r.personId) row.personId = r.personId;
      if (r.state !== 'machine' && r.machineValue === null) row.extractor = 'review';
      return row;
    });
    for (const chunk of chunks(rows, this.storage.db.maxParams)) statements.push(this.db.insert(mentions).values(chunk));
    for (const chunk of chunks(log, this.storage.db.maxParams)) statements.push(this.db.insert(reviews).values(chunk));
    const commitmentRows = records.filter((r) => r.mention.kind === 'commitment').map((r) => ({
      ...commitmentRow(documentId, r.mention, pageAt(pages, r.mention.start), a.extraction.published, CODES),
      recordId: r.recordId, reviewState: r.state, reviewedBy: r.by, reviewedAt: r.at,
    }));
    for (const chunk of chunks(commitmentRows, this.storage.db.maxParams)) statements.push(this.db.insert(commitments).values(chunk).onConflictDoNothing());
    return statements;
  }

  /**
   * One person record per real person: a name already known with a compatible party and municipality
   * (equal, or unknown on either side) is the same person; with no such record, or more than one (ambiguous),
   * a new record is made.
   */
  private async resolvePeople(found: PersonValue[], codes: ReadonlyMap<string, string>, out: Statement[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (!found.length) return ids;
    const keys = [...new Set(found.map((p) => nameKey(p.name)))];
    const known: (typeof people.$inferSelect)[] = [];
    const max = this.storage.db.maxParams;
    for (let i = 0; i < keys.length; i += max) {
      known.push(...await this.db.select().from(people).where(inArray(people.nameKey, keys.slice(i, i + max))));
    }
    // A person a reviewer merged into another is found as that other one.
    const merged = await mergedPeople(this.db);
    for (const p of found) {
      const code = p.municipality ? codes.get(p.municipality) ?? null : null;
      const compatible = known.filter((k) => k.nameKey === nameKey(p.name) &&
        (!k.party || !p.party || k.party === p.party) && (!k.municipalityCode || !code || k.municipalityCode === code));
      const targets = [...new Set(compatible.map((k) => merged.get(k.id) ?? k.id))];
      if (targets.length === 1) {
        ids.set(p.name, targets[0]!);
        const k = compatible.find((x) => x.id === targets[0]);
        if (k && ((!k.party && p.party) || (!k.municipalityCode && code) || (!k.politician && p.politician))) {
          out.push(this.db.update(people).set({ party: k.party ?? p.party, municipalityCode: k.municipalityCode ?? code,
            politician: k.politician || p.politician }).where(and(eq(people.id, k.id))));
        }
        continue;
      }
      const id = `p-${crypto.randomUUID().slice(0, 13)}`;
      ids.set(p.name, id);
      known.push({ id, name: p.name, nameKey: nameKey(p.name), party: p.party, municipalityCode: code, politician: p.politician, mergedInto: null });
      out.push(this.db.insert(people).values({ id, name: p.name, nameKey: nameKey(p.name), party: p.party, municipalityCode: code, politician: p.politician }));
    }
    return ids;
  }
}

/** The `commitments` row of one commitment mention. */
export function commitmentRow(documentId: string, m: Mention, page: number, published: string | null, codes: ReadonlyMap<string, string>) {
  const v = m.value as Extraction['commitments'][number];
  return {
    documentId, actor: v.actor, type: v.type, what: v.what, when: v.when, evidence: m.text, start: m.start, end: m.end,
    page, published, sortDate: v.when && /^\d{4}/.test(v.when) ? v.when : published,
    municipalityCode: codes.get(v.actor) ?? null, party: PARTIES.has(v.actor) ? v.actor : null,
    rule: m.rule, strength: v.strength ?? null, object: v.object ?? null, targetYear: v.target_year ?? null,
    baselineYear: v.baseline_year ?? null, reductionPercent: v.reduction_percent ?? null, scope: v.scope ?? null,
  };
}

/** The `mentions` row of one mention, with its municipality and person resolved. */
export function mentionRow(documentId: string, m: Mention, page: number, codes: ReadonlyMap<string, string>, personIds: Map<string, string>) {
  const v = (m.value ?? {}) as Record<string, unknown>;
  const muniName = m.kind === 'municipality' || m.kind === 'wave' ? (v.name ?? v.municipality) as string
    : m.kind === 'person' ? v.municipality as string | null
    : m.kind === 'commitment' ? v.actor as string : null;
  return {
    documentId, kind: m.kind, start: m.start, end: m.end, page, text: m.text, value: m.value,
    extractor: extractorOf(m.kind), rule: m.rule, recordId: recordId(documentId, m.kind, m.start, m.end, recordKey(m.kind, m.value)),
    machineValue: m.value,
    municipalityCode: muniName ? codes.get(muniName) ?? null : null,
    personId: m.kind === 'person' ? personIds.get(v.name as string) ?? null : null,
    party: m.kind === 'person' ? (v.party as string | null) ?? null : m.kind === 'commitment' && PARTIES.has(v.actor as string) ? v.actor as string : null,
    role: m.kind === 'person' ? (v.role as string | null) ?? null : null,
  };
}

const EXTRACTOR_OF_KIND = new Map<string, string>(
  extractors.flatMap((e) => e.creates.map((kind) => [kind, `${e.name}@${e.version}`] as const)),
);
const extractorOf = (kind: string) => EXTRACTOR_OF_KIND.get(kind) ?? 'unknown';

function failureReason(err: Error): string {
  if (err instanceof ParseError) return err.message;
  return `Extraction failed: ${err.message}`;
}
