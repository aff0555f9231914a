// The archive: stores an upload (original first, then the document and all its records in one
// transaction), resolves people and municipalities across documents, and reads documents back.
// Used by the HTTP API, the CLI and the bench; knows nothing of HTTP (it raises ArchiveError, src/errors.ts).
//
// Where analysis (parse, language, extraction) and writes happen is the `Engine`'s business: this thread by
// default (Workers, tests), extraction processes and one writer thread on Node (src/work/engine.ts). Documents
// stored as `processing` are analysed later: by the queue consumer on Workers, by `processLater` (in the
// background) on Node.
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { MUNICIPALITIES } from '../extractors/gazetteer.js';
import { EXTRACTOR_VERSION, extractors } from '../extractors/index.js';
import { PARTIES as RIKSDAG_PARTIES } from '../extractors/names.js';
import { NOT_WORD_CHAR } from '../extractors/regex.js';
import { tallyIncrements, tallyUpserts } from './db/mention-tallies.js';
import type { Database, Statement, Write } from './db/index.js';
import { prepared } from './db/prepared.js';
import { insertRows } from './db/rows.js';
import { addSearchTerms } from './db/search-terms.js';
import { commitments, deletions, documents, mentions, people, renditions, reviews } from './db/schema.js';
import { ParseError, sniff, MEDIA_TYPES } from './parse/index.js';
import { pageAt } from './parse/pages.js';
import { docName, inProcess, type Analyser, type Analysis, type Progress } from './pipeline.js';
import { threadOf } from './queries.js';
import { mergedPeople, overlayReviews, recordId, recordKey } from './reviews.js';
import { ArchiveError, conflict, invalid, missing, unsupported } from './errors.js';
import { keySha256, originalKey, type BlobStore } from './storage/blobs.js';
import type { Extraction, Format, Mention, PageSpan, PersonValue } from './types.js';
import { BudgetExceeded, PoolBusy } from './work/errors.js';

export interface Storage {
  db: Database;
  blobs: BlobStore;
}

export interface ArchiveOptions {
  /** Who analyses documents in the local engine (default: this thread). */
  analyse?: Analyser;
  /** Where analysis and writes happen (default: the local engine, with `analyse`). */
  engine?: (archive: Archive) => Engine;
  /** Documents analysed at once by `processLater` (default 1; the pool's size on Node). */
  backgroundJobs?: number;
}

export interface UploadInput {
  bytes: Uint8Array;
  filename: string;
  sourceUrl?: string | null;
  /** The publication date the uploader states (YYYY-MM-DD); the text's own dateline wins over it. */
  published?: string | null;
}

export type DocumentRow = typeof documents.$inferSelect;

/** What storing an upload needs besides its analysis. */
export interface StoreMeta {
  id: string;
  sha256: string;
  format: Format;
  mediaType: string;
  filename: string;
  size: number;
  sourceUrl: string | null;
  published: string | null;
}

/** The metadata a repeated upload may state anew. */
export interface Restatement { sourceUrl: string | null; published: string | null }

export interface Deleted { documentId: string; removed: Record<string, number> }

/** The archive's write steps: where they run is the engine's business (this thread, or the writer thread). */
export interface WriteOps {
  storeUpload(meta: StoreMeta, analysis: Analysis | Error): Promise<UploadOutcome>;
  storeQueued(meta: StoreMeta): Promise<UploadOutcome>;
  restate(sha256: string, input: Restatement): Promise<UploadOutcome>;
  storeReprocess(id: string, analysis: Analysis | Error): Promise<DocumentView>;
  deleteRecords(id: string, by: string, reason: string | null): Promise<Deleted & { sha256s: string[] }>;
}

export type StoreStep = { op: 'storeUpload'; meta: StoreMeta } | { op: 'storeReprocess'; id: string };

/**
 * Where analysis and writes happen. The local engine (the default; Workers, tests) does both in this thread;
 * on Node, src/work/engine.ts analyses in extraction processes and writes in one writer thread, in batches.
 */
export interface Engine {
  write<K extends keyof WriteOps>(op: K, ...args: Parameters<WriteOps[K]>): ReturnType<WriteOps[K]>;
  /** Analyse a document's bytes and store the result with `step` (PoolBusy when the pool is full). */
  analyseAndStore(job: { bytes: Uint8Array; name: string; published: string | null }, step: StoreStep,
    onProgress?: (p: Progress) => void): Promise<UploadOutcome | DocumentView>;
  /** True when a document given now would be refused with PoolBusy. */
  readonly full?: boolean;
}
export type RenditionRow = typeof renditions.$inferSelect;

/** One file of a document: the document's own first, then the same text uploaded in other formats. */
export interface RenditionView {
  id: string;
  sha256: string;
  filename: string;
  mediaType: string;
  format: string;
  size: number;
  sourceUrl: string | null;
  createdAt: string;
}

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
  status: 'extracted' | 'failed' | 'processing' | 'needs_ocr';
  error: string | null;
  /** What reading it noticed without failing, e.g. a few bytes that were not valid UTF-8. */
  warnings: string[];
  /** While `processing` in this process: the stage reached, with pages and characters read so far. */
  progress: Progress | null;
  extractorVersion: string | null;
  pages: number;
  /** Pages read by OCR (scans): engine, language and Tesseract's mean word confidence (0–100), or why the page failed. */
  ocr: { page: number; engine: string; language: string; confidence: number | null; error?: string }[];
  createdAt: string;
  /** Every file of this document (the first is the one above); the same text in another format is one more. */
  renditions: RenditionView[];
  extraction: Extraction | null;
}

/** What a repeated upload changed in the stored metadata. */
export type Changes = Partial<Record<'sourceUrl' | 'published', { from: string | null; to: string | null }>>;

export type UploadOutcome =
  | { outcome: 'created' | 'failed' | 'queued'; document: DocumentView }
  /** The same bytes were stored before; `changed` lists the metadata this upload stated anew. */
  | { outcome: 'existing'; document: DocumentView; changed: Changes; reextract: boolean }
  /** Other bytes with the same text as a stored document: kept as one more rendition of it. */
  | { outcome: 'rendition'; document: DocumentView; rendition: RenditionView };

const ownRendition = (row: DocumentRow): RenditionView => ({
  id: row.id, sha256: row.sha256, filename: row.filename, mediaType: row.mediaType, format: row.format, size: row.size,
  sourceUrl: row.sourceUrl, createdAt: row.createdAt,
});

export const renditionView = (r: RenditionRow): RenditionView => ({
  id: r.id, sha256: r.sha256, filename: r.filename, mediaType: r.mediaType, format: r.format, size: r.size,
  sourceUrl: r.sourceUrl, createdAt: r.createdAt,
});

export function toView(row: DocumentRow, more: { renditions?: RenditionRow[]; progress?: Progress | null } = {}): DocumentView {
  return {
    id: row.id, sha256: row.sha256, filename: row.filename, mediaType: row.mediaType, format: row.format,
    size: row.size, sourceUrl: row.sourceUrl, title: row.title, language: row.language, kind: row.kind,
    published: row.published, status: row.status as DocumentView['status'], error: row.error, warnings: row.warnings ?? [],
    progress: row.status === 'processing' ? more.progress ?? null : null, extractorVersion: row.extractorVersion,
    pages: row.pages?.length ?? 0, ocr: ((row.pages ?? []) as PageSpan[]).flatMap((p) => (p.ocr ? [{ page: p.page, ...p.ocr }] : [])), createdAt: row.createdAt,
    renditions: [ownRendition(row), ...(more.renditions ?? []).map(renditionView)],
    extraction: (row.extraction as Extraction | null) ?? null,
  };
}

/** SHA-256 as hex: node:crypto (on Node, and on Workers with nodejs_compat) is far cheaper than crypto.subtle per call. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return createHash('sha256').update(bytes).digest('hex');
}

export const documentId = (sha256: string) => sha256.slice(0, 16);

/**
 * The key under which two readings of the same text meet: lower-case letters and digits only, so layout,
 * line breaks, hyphenation, bullets and punctuation spacing (which differ between a PDF and its HTML) do not count.
 */
export function textKey(text: string): string {
  return createHash('sha256').update(text.normalize('NFKC').toLocaleLowerCase('sv').replace(NOT_LETTERS_OR_DIGITS, '')).digest('hex');
}
/** `[^\p{L}\p{N}]+`, ASCII decided inline: a third of the time on a press release (the key is made per upload). */
const NOT_LETTERS_OR_DIGITS = new RegExp(`${NOT_WORD_CHAR}+`, 'gu');

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Archive {
  /** Serialises this process's writes (uploads, reprocessing, reviews). */
  readonly writes = new Mutex();
  private readonly analyser: Analyser;
  /** Documents waiting for, or in, background analysis (processLater), with their progress. */
  private readonly progress = new Map<string, Progress>();
  private readonly backlog: string[] = [];
  private active = 0;
  private readonly backgroundJobs: number;
  private readonly idleWaiters: (() => void)[] = [];

  private readonly engine: Engine;

  constructor(readonly storage: Storage, opts: ArchiveOptions = {}) {
    this.analyser = opts.analyse ?? inProcess;
    this.backgroundJobs = Math.max(1, opts.backgroundJobs ?? 1);
    this.engine = opts.engine ? opts.engine(this) : this.localEngine();
  }

  /** Analysis by `analyse` and writes under this process's write lock, both in this thread. */
  private localEngine(): Engine {
    return {
      write: (op, ...args) => this.localWrite(op, ...args),
      analyseAndStore: async (job, step, onProgress) => {
        let analysis: Analysis | Error;
        try {
          analysis = await this.analyser(job, onProgress);
        } catch (err) {
          if (err instanceof PoolBusy) throw err;
          analysis = err instanceof Error ? err : new Error(String(err));
        }
        return step.op === 'storeUpload' ? this.localWrite('storeUpload', step.meta, analysis) : this.localWrite('storeReprocess', step.id, analysis);
      },
    };
  }

  private get db() {
    return this.storage.db.db;
  }

  async getRow(id: string): Promise<DocumentRow | undefined> {
    const q = prepared(this.db, 'documentById', (db) => db.select().from(documents).where(eq(documents.id, sql.placeholder('id'))).limit(1).prepare());
    return (await q.all({ id }))[0];
  }

  /** The further renditions of a document, oldest first. */
  async renditionsOf(id: string): Promise<RenditionRow[]> {
    return this.db.select().from(renditions).where(eq(renditions.documentId, id)).orderBy(asc(renditions.createdAt), asc(renditions.id));
  }

  /** A rendition by its own id (the first 16 hex digits of its SHA-256). */
  async rendition(id: string): Promise<RenditionRow | undefined> {
    const q = prepared(this.db, 'renditionById', (db) => db.select().from(renditions).where(eq(renditions.id, sql.placeholder('id'))).limit(1).prepare());
    return (await q.all({ id }))[0];
  }

  async view(row: DocumentRow): Promise<DocumentView> {
    return toView(row, { renditions: await this.renditionsOf(row.id), progress: this.progress.get(row.id) ?? null });
  }

  async get(id: string): Promise<DocumentView | undefined> {
    const row = await this.getRow(id);
    return row && this.view(row);
  }

  /** Background progress of a document being processed in this process, or null. */
  progressOf(id: string): Progress | null {
    return this.progress.get(id) ?? null;
  }

  async count(): Promise<number> {
    return ((await this.db.select({ n: count() }).from(documents)) as [{ n: number }])[0].n;
  }

  async original(row: DocumentRow | RenditionRow): Promise<Uint8Array | null> {
    return this.storage.blobs.get(originalKey(row.sha256));
  }

  /** The document these bytes are stored as: as its own first file, or as one of its renditions. */
  private async findBySha(sha256: string): Promise<{ row: DocumentRow; rendition: RenditionRow | null } | null> {
    const row = await this.getRow(documentId(sha256));
    if (row && row.sha256 === sha256) return { row, rendition: null };
    const r = await this.rendition(documentId(sha256));
    if (!r || r.sha256 !== sha256) return null;
    const doc = await this.getRow(r.documentId);
    return doc ? { row: doc, rendition: r } : null;
  }

  private onProgress(id: string) {
    return (p: Progress) => {
      if (this.progress.has(id)) this.progress.set(id, p);
    };
  }

  /**
   * Store one upload. Unknown formats are refused before anything is written (415). The original is
   * written before the row; a file that cannot be read is kept and its document marked failed. Bytes stored
   * before update the metadata this upload states (source_url, published); other bytes with the same text as a
   * stored document become a rendition of it. With `defer`, the row is stored as processing and analysed later.
   * When the extraction pool is full, PoolBusy is thrown before anything is stored.
   */
  async upload(input: UploadInput, opts: { defer?: boolean; onProgress?: (p: Progress) => void } = {}): Promise<UploadOutcome> {
    const { bytes } = input;
    if (bytes.byteLength === 0) throw invalid('Empty upload', 'The uploaded file has no content.');
    const format = sniff(bytes);
    if (!format) {
      throw unsupported('The file is not PDF, DOCX, HTML, plain text or a scanned image (PNG, JPEG, TIFF) (decided from its bytes, not its declared type).');
    }
    const sha256 = await sha256Hex(bytes);
    const restatement = { sourceUrl: input.sourceUrl ?? null, published: input.published ?? null };
    if (await this.findBySha(sha256)) return this.engine.write('restate', sha256, restatement);
    const meta: StoreMeta = {
      id: documentId(sha256), sha256, format, mediaType: MEDIA_TYPES[format], filename: input.filename, size: bytes.byteLength,
      sourceUrl: restatement.sourceUrl, published: restatement.published,
    };
    if (!opts.defer && this.engine.full) throw new PoolBusy(0);
    await this.storage.blobs.put(originalKey(sha256), bytes, MEDIA_TYPES[format]);
    if (opts.defer) return this.engine.write('storeQueued', meta);
    return this.engine.analyseAndStore({ bytes, name: docName(input.filename), published: meta.published }, { op: 'storeUpload', meta }, opts.onProgress) as Promise<UploadOutcome>;
  }

  /**
   * Extract again from the stored original (after an extractor fix). Old records go in the same transaction.
   * A document stored as processing whose text turns out to be a stored document's becomes its rendition.
   */
  async reprocess(id: string, opts: { waitForPool?: boolean } = {}): Promise<DocumentView> {
    const row = await this.getRow(id);
    if (!row) throw missing(`No document ${id}.`);
    const bytes = await this.original(row);
    if (!bytes) throw conflict('Original missing', `The original of ${id} is not in the blob store.`);
    for (;;) {
      try {
        return await (this.engine.analyseAndStore({ bytes, name: docName(row.filename), published: row.declaredPublished },
          { op: 'storeReprocess', id }, this.onProgress(id)) as Promise<DocumentView>);
      } catch (err) {
        if (!(err instanceof PoolBusy) || !opts.waitForPool) throw err;
        await sleep(250);
      }
    }
  }

  /**
   * Delete a document: its records (mentions, commitments, and people no other document names), its FTS rows,
   * its renditions and every original, with a row in `deletions` saying who, when and why. A rendition's id
   * removes only that rendition.
   */
  async delete(id: string, by: string, reason: string | null = null): Promise<Deleted> {
    const result = await this.engine.write('deleteRecords', id, by, reason);
    // After the commit: a crash in between leaves an original whose deletion is recorded, which recover() removes.
    for (const sha of result.sha256s) await this.storage.blobs.delete(originalKey(sha));
    return { documentId: result.documentId, removed: result.removed };
  }

  // ------------------------------------------------------------ the writes (run by the engine: here, or in the writer thread)

  /** The write steps, in this thread under the write lock: the local engine, and what the writer thread runs. */
  localWrite<K extends keyof WriteOps>(op: K, ...args: Parameters<WriteOps[K]>): ReturnType<WriteOps[K]> {
    return this.writes.run(() => (this[op] as (...a: unknown[]) => Promise<unknown>)(...args)) as ReturnType<WriteOps[K]>;
  }

  /** The stored document (other than `self`) whose text has this key, oldest first. */
  private async twinOf(key: string, self: string): Promise<DocumentRow | undefined> {
    const q = prepared(this.db, 'twinOf', (db) => db.select().from(documents)
      .where(and(eq(documents.textKey, sql.placeholder('key')), sql`${documents.id} <> ${sql.placeholder('self')}`, eq(documents.status, 'extracted')))
      .orderBy(asc(documents.createdAt), asc(documents.id)).limit(1).prepare());
    return (await q.all({ key, self }))[0];
  }

  private async addRendition(doc: DocumentRow, r: RenditionRow, extra: Statement[] = []): Promise<UploadOutcome> {
    await this.storage.db.atomic([...extra, this.db.insert(renditions).values(r)]);
    return { outcome: 'rendition', document: await this.view(doc), rendition: renditionView(r) };
  }

  private newRow(meta: StoreMeta): DocumentRow {
    const now = new Date().toISOString();
    return {
      id: meta.id, sha256: meta.sha256, filename: meta.filename, format: meta.format, size: meta.size, sourceUrl: meta.sourceUrl,
      declaredPublished: meta.published, warnings: null, textKey: null, extractorVersion: EXTRACTOR_VERSION, mediaType: meta.mediaType,
      title: null, language: null, kind: null, published: null, status: 'processing', error: null, text: null, pages: null, extraction: null,
      createdAt: now, updatedAt: now,
    };
  }

  /** Store an analysed upload (or its failure): a new document, a rendition of the same text, or, if it came meanwhile, the existing one. */
  async storeUpload(meta: StoreMeta, analysis: Analysis | Error): Promise<UploadOutcome> {
    if (await this.findBySha(meta.sha256)) return this.restate(meta.sha256, { sourceUrl: meta.sourceUrl, published: meta.published });
    // The full row is built here, so the answer needs no read-back after the insert.
    const row = this.newRow(meta);
    if (analysis instanceof Error) {
      // A scan where no OCR runs is stored as needs_ocr (not a failure): reprocessing on a machine with Tesseract reads it.
      const ocr = needsOcr(analysis);
      Object.assign(row, { status: ocr ? 'needs_ocr' : 'failed', error: failureReason(analysis) });
      await this.storage.db.atomic([this.db.insert(documents).values(row)]);
      return { outcome: ocr ? 'created' : 'failed', document: toView(row) };
    }
    const key = textKey(analysis.doc.text);
    const twin = await this.twinOf(key, meta.id);
    if (twin) {
      return this.addRendition(twin, { id: meta.id, sha256: meta.sha256, documentId: twin.id, filename: meta.filename, mediaType: meta.mediaType,
        format: meta.format, size: meta.size, sourceUrl: meta.sourceUrl, createdAt: row.createdAt });
    }
    Object.assign(row, this.documentFields(analysis), { textKey: key });
    await this.storage.db.atomic([insertRows(documents, [row]), addSearchTerms(this.db, row.title, row.text), ...(await this.recordStatements(meta.id, meta.sha256, analysis))]);
    return { outcome: 'created', document: toView(row) };
  }

  /** Store an upload as processing, to be analysed later (the queue on Workers, processLater on Node). */
  async storeQueued(meta: StoreMeta): Promise<UploadOutcome> {
    if (await this.findBySha(meta.sha256)) return this.restate(meta.sha256, { sourceUrl: meta.sourceUrl, published: meta.published });
    const row = this.newRow(meta);
    await this.storage.db.atomic([this.db.insert(documents).values(row)]);
    return { outcome: 'queued', document: toView(row, { progress: { stage: 'queued', pages: null, characters: null } }) };
  }

  /** A repeated upload of stored bytes: apply the metadata it states anew. */
  async restate(sha256: string, input: Restatement): Promise<UploadOutcome> {
    const found = (await this.findBySha(sha256))!;
    const { row, rendition } = found;
    const changed: Changes = {};
    const statements: Statement[] = [];
    const now = new Date().toISOString();
    const url = input.sourceUrl ?? null;
    if (url && url !== (rendition ?? row).sourceUrl) {
      changed.sourceUrl = { from: (rendition ?? row).sourceUrl, to: url };
      statements.push(rendition
        ? this.db.update(renditions).set({ sourceUrl: url }).where(eq(renditions.id, rendition.id))
        : this.db.update(documents).set({ sourceUrl: url, updatedAt: now }).where(eq(documents.id, row.id)));
    }
    const published = input.published ?? null;
    if (published && published !== row.declaredPublished) {
      changed.published = { from: row.declaredPublished, to: published };
      statements.push(this.db.update(documents).set({ declaredPublished: published, updatedAt: now }).where(eq(documents.id, row.id)));
    }
    if (statements.length) await this.storage.db.atomic(statements);
    const fresh = statements.length ? (await this.getRow(row.id))! : row;
    // A stated publication date anchors relative dates and stands in for a missing dateline: extract again.
    return { outcome: 'existing', document: await this.view(fresh), changed, reextract: !!changed.published && fresh.status !== 'processing' };
  }

  /** Store a stored document's new analysis (or its failure), replacing its records in one transaction. */
  async storeReprocess(id: string, analysis: Analysis | Error): Promise<DocumentView> {
    const current = await this.getRow(id);
    if (!current) throw missing(`No document ${id} (deleted while it was processed).`);
    const clear: Statement[] = [
      this.db.delete(commitments).where(eq(commitments.documentId, id)),
      this.db.delete(mentions).where(eq(mentions.documentId, id)),
    ];
    const now = new Date().toISOString();
    if (analysis instanceof Error) {
      await this.storage.db.atomic([...clear, this.db.update(documents).set({
        status: needsOcr(analysis) ? 'needs_ocr' : 'failed', error: failureReason(analysis), extractorVersion: EXTRACTOR_VERSION, text: null, pages: null,
        extraction: null, warnings: null, textKey: null, updatedAt: now,
      }).where(eq(documents.id, id))]);
      return this.view((await this.getRow(id))!);
    }
    const key = textKey(analysis.doc.text);
    if (current.status === 'processing') {
      const twin = await this.twinOf(key, id);
      if (twin && (await this.renditionsOf(id)).length === 0) {
        // Its text is already archived: the row goes, the file stays on as one more rendition of that document.
        const r: RenditionRow = { id, documentId: twin.id, sha256: current.sha256, filename: current.filename, mediaType: current.mediaType,
          format: current.format, size: current.size, sourceUrl: current.sourceUrl, createdAt: current.createdAt };
        await this.addRendition(twin, r, [this.db.delete(documents).where(eq(documents.id, id))]);
        return this.view(twin);
      }
    }
    const fields = this.documentFields(analysis);
    await this.storage.db.atomic([
      ...clear,
      this.db.update(documents).set({ ...fields, textKey: key, error: null, updatedAt: now }).where(eq(documents.id, id)),
      addSearchTerms(this.db, fields.title, fields.text),
      ...(await this.recordStatements(id, current.sha256, analysis)),
    ]);
    return this.view((await this.getRow(id))!);
  }

  /** The database part of `delete`; the originals are removed by the caller after the commit. */
  async deleteRecords(id: string, by: string, reason: string | null): Promise<Deleted & { sha256s: string[] }> {
    const row = await this.getRow(id);
    if (!row) {
      const r = await this.rendition(id);
      if (!r) throw missing(`No document ${id}.`);
      const doc = (await this.getRow(r.documentId))!;
      await this.storage.db.atomic([
        this.db.delete(renditions).where(eq(renditions.id, id)),
        this.db.insert(deletions).values({ documentId: r.documentId, sha256s: [r.sha256], filename: r.filename, title: doc.title, deletedBy: by,
          reason: reason ? `rendition ${r.id}: ${reason}` : `rendition ${r.id}` }),
      ]);
      return { documentId: doc.id, sha256s: [r.sha256], removed: { documents: 0, renditions: 1, mentions: 0, commitments: 0, people: 0 } };
    }
    const others = await this.renditionsOf(id);
    const personIds = (await this.db.selectDistinct({ id: mentions.personId }).from(mentions)
      .where(and(eq(mentions.documentId, id), isNotNull(mentions.personId)))).map((r) => r.id!);
    const [m] = await this.db.select({ n: count() }).from(mentions).where(eq(mentions.documentId, id));
    const [c] = await this.db.select({ n: count() }).from(commitments).where(eq(commitments.documentId, id));
    const orphanPeople: Statement[] = [];
    for (let i = 0; i < personIds.length; i += this.storage.db.maxParams) {
      orphanPeople.push(this.db.delete(people).where(and(inArray(people.id, personIds.slice(i, i + this.storage.db.maxParams)),
        sql`not exists (select 1 from mentions mm where mm.person_id = ${people.id})`)));
    }
    const [before] = await this.db.select({ n: count() }).from(people);
    const sha256s = [row.sha256, ...others.map((r) => r.sha256)];
    await this.storage.db.atomic([
      this.db.delete(commitments).where(eq(commitments.documentId, id)),
      this.db.delete(mentions).where(eq(mentions.documentId, id)),
      ...orphanPeople,
      this.db.delete(renditions).where(eq(renditions.documentId, id)),
      this.db.delete(documents).where(eq(documents.id, id)),
      this.db.insert(deletions).values({ documentId: id, sha256s, filename: row.filename, title: row.title, deletedBy: by, reason }),
    ]);
    const [after] = await this.db.select({ n: count() }).from(people);
    return { documentId: id, sha256s, removed: { documents: 1, renditions: others.length, mentions: m?.n ?? 0, commitments: c?.n ?? 0,
      people: (before?.n ?? 0) - (after?.n ?? 0) } };
  }

  // ------------------------------------------------------------ background work (Node)

  /**
   * Analyse a document in the background (Node's stand-in for the Workers queue): at most `backgroundJobs` at
   * a time, the rest wait in order. Progress is kept for `GET /api/documents/:id` while it runs.
   */
  processLater(id: string): void {
    if (this.progress.has(id)) return;
    this.progress.set(id, { stage: 'queued', pages: null, characters: null });
    this.backlog.push(id);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.backgroundJobs && this.backlog.length) {
      const id = this.backlog.shift()!;
      this.active++;
      this.reprocess(id, { waitForPool: true })
        .catch((err: unknown) => {
          if (!(err instanceof ArchiveError && err.kind === 'not_found')) console.error(`background extraction of ${id} failed:`, err);
        })
        .finally(() => {
          this.active--;
          this.progress.delete(id);
          this.pump();
        });
    }
    if (this.active === 0 && !this.backlog.length) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Resolves when no background analysis is running or waiting. */
  idle(): Promise<void> {
    if (this.active === 0 && !this.backlog.length) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /**
   * Start-up housekeeping after a crash (Node): remove half-written temporary files, resume documents left
   * processing, adopt originals that have no row (the crash came between the file and its row; adopted ones
   * are stored as `recovered-<id>` and extracted in the background), and remove originals of deleted documents.
   */
  async recover(): Promise<{ temporary: number; resumed: string[]; adopted: string[]; removed: number }> {
    const temporary = (await this.storage.blobs.sweepTemporary?.()) ?? 0;
    const resumed = (await this.db.select({ id: documents.id }).from(documents).where(eq(documents.status, 'processing'))).map((r) => r.id);
    for (const id of resumed) this.processLater(id);
    const adopted: string[] = [];
    let removed = 0;
    if (this.storage.blobs.keys) {
      const deleted = new Set((await this.db.select({ s: deletions.sha256s }).from(deletions)).flatMap((r) => r.s));
      let batch: string[] = [];
      const flush = async () => {
        const shas = batch;
        batch = [];
        const known = new Set<string>();
        for (let i = 0; i < shas.length; i += this.storage.db.maxParams) {
          const part = shas.slice(i, i + this.storage.db.maxParams);
          for (const r of await this.db.select({ s: documents.sha256 }).from(documents).where(inArray(documents.sha256, part))) known.add(r.s);
          for (const r of await this.db.select({ s: renditions.sha256 }).from(renditions).where(inArray(renditions.sha256, part))) known.add(r.s);
        }
        for (const sha of shas) {
          if (known.has(sha)) continue;
          if (deleted.has(sha)) {
            await this.storage.blobs.delete(originalKey(sha));
            removed++;
            continue;
          }
          const bytes = await this.storage.blobs.get(originalKey(sha));
          if (!bytes || !sniff(bytes)) continue;
          const out = await this.upload({ bytes, filename: `recovered-${documentId(sha)}.${EXTENSIONS[sniff(bytes)!]}` }, { defer: true });
          if (out.outcome === 'queued') {
            adopted.push(out.document.id);
            this.processLater(out.document.id);
          }
        }
      };
      for await (const key of this.storage.blobs.keys()) {
        const sha = keySha256(key);
        if (sha) batch.push(sha);
        if (batch.length >= 500) await flush();
      }
      await flush();
    }
    return { temporary, resumed, adopted, removed };
  }

  /** Ids of documents not extracted by the current extractor versions: older versions, failed, or stuck processing. */
  async staleIds(): Promise<string[]> {
    const rows = await this.db.select({ id: documents.id, v: documents.extractorVersion, status: documents.status }).from(documents);
    return rows.filter((r) => r.v !== EXTRACTOR_VERSION || r.status !== 'extracted').map((r) => r.id);
  }

  private documentFields(a: Analysis): Partial<DocumentRow> {
    return {
      mediaType: a.doc.mediaType, title: a.extraction.title ?? null, language: a.doc.language, kind: a.extraction.kind,
      published: a.extraction.published, status: 'extracted', text: a.doc.text, pages: a.doc.pages,
      extraction: a.extraction, extractorVersion: EXTRACTOR_VERSION, warnings: a.doc.warnings?.length ? a.doc.warnings : null,
    };
  }

  /**
   * Mentions, resolved people and commitments of one analysed document, as insert statements, with the
   * document's reviews laid over them (src/reviews.ts): reviewed values win, and what moved or was lost in a
   * changed text is written to the review log.
   */
  private async recordStatements(documentId: string, sha256: string, a: Analysis): Promise<Write[]> {
    const pages = a.doc.pages;
    const statements: Write[] = [];
    const personIds = await this.resolvePeople(a.extraction.people, CODES, statements);
    const { records, log } = await overlayReviews(this.db, { id: documentId, sha256, text: a.doc.text }, a.mentions);
    const rows = records.map((r) => {
      const review = { recordId: r.recordId, reviewState: r.state, reviewedBy: r.by, reviewedAt: r.at, machineValue: r.machineValue };
      const row = { ...mentionRow(documentId, r.mention, pageAt(pages, r.mention.start), CODES, personIds, a.extraction.published), ...review };
      if (r.personId) row.personId = r.personId;
      if (r.state !== 'machine' && r.machineValue === null) row.extractor = 'review';
      return row;
    });
    // (The document has no other mention rows: new, or its old ones deleted earlier in the same transaction.)
    statements.push(insertRows(mentions, rows), ...tallyUpserts(tallyIncrements(rows)));
    if (log.length) statements.push(insertRows(reviews, log));
    const home = homeOf(records.filter((r) => r.state !== 'rejected').map((r) => r.mention));
    const commitmentRows = records.filter((r) => r.mention.kind === 'commitment').map((r) => ({
      ...commitmentRow(documentId, r.mention, pageAt(pages, r.mention.start), a.extraction.published, CODES, home),
      recordId: r.recordId, reviewState: r.state, reviewedBy: r.by, reviewedAt: r.at,
    }));
    if (commitmentRows.length) statements.push(insertRows(commitments, commitmentRows, { ignoreConflicts: true }));
    return statements;
  }

  /**
   * One person record per real person: a name already known with a compatible party and municipality
   * (equal, or unknown on either side) is the same person; with no such record, or more than one (ambiguous),
   * a new record is made.
   */
  private async resolvePeople(found: PersonValue[], codes: ReadonlyMap<string, string>, out: Write[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (!found.length) return ids;
    const keys = [...new Set(found.map((p) => nameKey(p.name)))];
    // The keys go as one JSON array: one prepared query for any number of names (and no parameter limit).
    const byKeys = prepared(this.db, 'peopleByNameKeys', (db) => db.select().from(people)
      .where(sql`${people.nameKey} in (select value from json_each(${sql.placeholder('keys')}))`).prepare());
    const known: (typeof people.$inferSelect)[] = await byKeys.all({ keys: JSON.stringify(keys) });
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
      out.push(insertRows(people, [{ id, name: p.name, nameKey: nameKey(p.name), party: p.party, municipalityCode: code, politician: p.politician }]));
    }
    return ids;
  }
}

/**
 * The `commitments` row of one commitment mention. `home`: the code of the municipality the document is from
 * (the one it names most), so that a party's commitment joins that municipality's thread.
 */
export function commitmentRow(documentId: string, m: Mention, page: number, published: string | null, codes: ReadonlyMap<string, string>, home: string | null = null) {
  const v = m.value as Extraction['commitments'][number];
  const municipalityCode = codes.get(v.actor) ?? null, party = PARTIES.has(v.actor) ? v.actor : null;
  return {
    documentId, actor: v.actor, type: v.type, what: v.what, when: v.when, evidence: m.text, start: m.start, end: m.end,
    page, published, sortDate: v.when && /^\d{4}/.test(v.when) ? v.when : published,
    municipalityCode: codes.get(v.actor) ?? null, party: PARTIES.has(v.actor) ? v.actor : null,
    rule: m.rule, strength: v.strength ?? null, object: v.object ?? null, targetYear: v.target_year ?? null,
    baselineYear: v.baseline_year ?? null, reductionPercent: v.reduction_percent ?? null, scope: v.scope ?? null,
    thread: threadOf({ municipalityCode: municipalityCode ?? (party ? home : null), party, actor: v.actor, object: v.object ?? null }),
  };
}

/** The municipality a document is from: the one its municipality records name most (the earliest on a tie). */
export function homeOf(records: { kind: string; start: number; value: unknown }[]): string | null {
  const n = new Map<string, { count: number; first: number }>();
  for (const r of records) {
    if (r.kind !== 'municipality') continue;
    const code = CODES.get(String((r.value as { name?: unknown } | null)?.name ?? ''));
    if (!code) continue;
    const e = n.get(code) ?? { count: 0, first: r.start };
    n.set(code, { count: e.count + 1, first: Math.min(e.first, r.start) });
  }
  return [...n].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0]?.[0] ?? null;
}

/** The `mentions` row of one mention, with its municipality and person resolved; `published` is its document's date. */
export function mentionRow(documentId: string, m: Mention, page: number, codes: ReadonlyMap<string, string>, personIds: Map<string, string>,
  published: string | null = null) {
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
    published,
  };
}

const EXTRACTOR_OF_KIND = new Map<string, string>(
  extractors.flatMap((e) => e.creates.map((kind) => [kind, `${e.name}@${e.version}`] as const)),
);
const extractorOf = (kind: string) => EXTRACTOR_OF_KIND.get(kind) ?? 'unknown';

const EXTENSIONS: Record<string, string> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt', png: 'png', jpeg: 'jpg', tiff: 'tif' };

/** A scan that needs OCR where none runs (ParseError reason needs_ocr, also after a trip through a thread). */
const needsOcr = (err: Error) => (err as { reason?: string }).reason === 'needs_ocr' || (err instanceof ParseError && err.reason === 'needs_ocr');

function failureReason(err: Error): string {
  if (err instanceof ParseError || err instanceof BudgetExceeded) return err.message;
  return `Extraction failed: ${err.message}`;
}
