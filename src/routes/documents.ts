// /api/documents: upload, list, read back (metadata, clean text, original), reprocess, delete.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { UploadOutcome } from '../archive.js';
import { requireAdmin, whoIs } from '../auth.js';
import { admitUpload, readBody, readMultipartBody, requireRead, requireWrite, router, problemResponse, type Env } from '../http.js';
import { badRequest, notFound, Problem } from '../problem.js';
import { getDocument, listDocuments } from '../queries.js';
import { DocumentsQuery, IncludeRejected, ListingTotal, ReviewInfoSchema } from '../schemas.js';

export const RenditionSchema = z.object({
  id: z.string().openapi({ description: 'Its own id (first 16 hex digits of its SHA-256): /api/documents/{id}/original gives its bytes' }),
  sha256: z.string(), filename: z.string(), mediaType: z.string(), format: z.string(), size: z.number().int(),
  sourceUrl: z.string().nullable(), createdAt: z.string(),
}).openapi('Rendition');

export const DocumentSchema = z.object({
  id: z.string(), sha256: z.string(), filename: z.string(), mediaType: z.string(), format: z.string(),
  size: z.number().int(), sourceUrl: z.string().nullable(), title: z.string().nullable(),
  language: z.string().nullable(), kind: z.string().nullable(), published: z.string().nullable(),
  status: z.enum(['extracted', 'failed', 'processing', 'needs_ocr']), error: z.string().nullable(),
  warnings: z.array(z.string()).openapi({ description: 'What reading the file noticed without failing (e.g. bytes that were not valid UTF-8)' }),
  progress: z.object({
    stage: z.enum(['queued', 'parsing', 'extracting']), pages: z.number().int().nullable(), characters: z.number().int().nullable(),
    ocr: z.object({ done: z.number().int(), total: z.number().int() }).optional().openapi({ description: 'While scanned pages are read by OCR: pages done of those to read' }),
  }).nullable().openapi({ description: 'While processing on Node: the stage reached and the pages and characters read so far' }),
  extractorVersion: z.string().nullable(), pages: z.number().int(),
  ocr: z.array(z.object({
    page: z.number().int(), engine: z.string().openapi({ example: 'tesseract 5.3.0' }), language: z.string().openapi({ example: 'swe' }),
    confidence: z.number().nullable().openapi({ description: "Tesseract's mean word confidence, 0–100 (null: no words found)" }),
    error: z.string().optional().openapi({ description: 'Why this page could not be read (the rest of the document still counts)' }),
  })).openapi({ description: 'The pages read by OCR (scanned pages and images), so a quote from them can be weighed; empty for born-digital text' }),
  createdAt: z.string(),
  renditions: z.array(RenditionSchema).openapi({ description: 'Every file of the document, its own first: the same text uploaded in other formats is one document' }),
  extraction: z.any().nullable().openapi({ description: 'The extraction in the shape of corpus/SCHEMA.md' }),
}).openapi('Document');

export const MentionSchema = z.object({
  id: z.string().openapi({ description: 'The stable record id: /api/records/{id}; it survives reprocessing' }), kind: z.string(), text: z.string(), start: z.number().int(), end: z.number().int(), page: z.number().int(),
  value: z.any(), personId: z.string().nullable(), party: z.string().nullable(), role: z.string().nullable(),
  rule: z.string().nullable().openapi({ description: 'The extractor rule that found it (a stable id)', example: 'dates.day-month' }),
  ruleDescription: z.string().nullable().openapi({ description: 'What that rule reads, in plain English' }),
  municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
  review: ReviewInfoSchema,
}).openapi('Mention', { description: 'An extracted span: text === documentText.slice(start, end)' });

export const DocumentDetailSchema = DocumentSchema.extend({
  mentions: z.array(MentionSchema),
  municipalities: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  people: z.array(z.object({ id: z.string(), name: z.string(), party: z.string().nullable(), role: z.string().nullable(), politician: z.boolean() })),
}).openapi('DocumentDetail');

/** A document (or rendition) id is 16 hex digits; anything else is simply an id no document has (404). */
export const IdParam = z.object({ id: z.string().min(1).max(200).openapi({ example: '3f2a9c0b7d1e4a55', description: '16 hex digits' }) });
const isId = (id: string) => /^[0-9a-f]{16}$/.test(id);

/** A source address: http or https only (a `javascript:` or `data:` link is refused). */
export const HttpUrl = z.string().max(2000).refine((u) => {
  try {
    const url = new URL(u);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}, 'an absolute http:// or https:// URL').openapi({ example: 'https://www.karlstad.se/pressmeddelanden/klimatkontrakt' });

/** A stated publication date: a real calendar date, YYYY-MM-DD. */
export const PublishedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
  .openapi({ example: '2024-03-12' });

/** Multipart envelope allowance on top of the file limit. */
export const MULTIPART_SLACK = 64 * 1024;

const Changes = z.object({
  sourceUrl: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
  published: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
}).openapi('Changes', { description: 'The metadata a repeated upload stated anew (source_url, published), with the old and new value' });
const UploadAnswer = DocumentSchema.extend({
  changed: Changes.optional().openapi({ description: 'With 200 for bytes stored before: what this upload changed ({} when nothing)' }),
  rendition: RenditionSchema.optional().openapi({ description: 'With 200 for other bytes with the same text as a stored document: the file added to it' }),
}).openapi('UploadAnswer');

const Deleted = z.object({
  documentId: z.string(),
  removed: z.record(z.string(), z.number().int()).openapi({ description: 'How many documents, renditions, mentions, commitments and people went' }),
}).openapi('Deleted');

const upload = createRoute({
  method: 'post', path: '/', tags: ['documents'], middleware: [requireWrite] as const,
  summary: 'Upload a document (PDF, DOCX, HTML or plain text)',
  description: 'Body: a multipart form with the field `file` (optional `source_url`, http(s) only, and `published`, the publication date as YYYY-MM-DD, used when the text states none), or the raw bytes with their Content-Type and `?filename=`. The format is sniffed from the bytes, never taken from the declared type. The body is read here, not by the validator, so that the size limit applies while streaming. Files of at least the defer size (1 MiB) are stored at once and extracted in the background (202, `status: "processing"`; poll the document). The same bytes again answer 200 and update the metadata they state (`changed`); other bytes with the same text (another format) answer 200 with the document they became a rendition of.',
  security: [{ bearer: [] }],
  request: {
    query: z.object({ filename: z.string().max(255).optional(), source_url: HttpUrl.optional(), published: PublishedDate.optional() }),
  },
  responses: {
    201: { description: 'Stored and extracted', content: { 'application/json': { schema: UploadAnswer } } },
    200: { description: 'Stored before (the same bytes, `changed` says what this upload updated) or the same text (`rendition`)', content: { 'application/json': { schema: UploadAnswer } } },
    202: { description: 'Stored; extraction continues in the background (status processing, with progress)', content: { 'application/json': { schema: UploadAnswer } } },
    400: problemResponse('Empty body or bad fields'), 401: problemResponse('Missing or wrong token'),
    413: problemResponse('Larger than KOMMUNARKIV_MAX_BYTES'), 415: problemResponse('Not a format we read'),
    422: problemResponse('A supported format that could not be read: stored with status failed (see documentId)'),
    503: problemResponse('Busy: the memory budget for uploads or the extraction queue is full; nothing was read or stored (Retry-After)'),
  },
});

const list = createRoute({
  method: 'get', path: '/', tags: ['documents'], middleware: [requireRead] as const, summary: 'List documents, newest first, with filters',
  request: { query: DocumentsQuery },
  responses: { 200: { description: 'A page of documents', content: { 'application/json': { schema: z.object({ items: z.array(DocumentSchema), ...ListingTotal }) } } },
    400: problemResponse('Invalid query parameter') },
});

const getOne = createRoute({
  method: 'get', path: '/{id}', tags: ['documents'], middleware: [requireRead] as const,
  summary: 'One document with every extracted mention (offsets index /text); a rendition\'s id gives its document; rejected records only with include=rejected',
  request: { params: IdParam, query: z.object({ include: IncludeRejected }) },
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: DocumentDetailSchema } } }, 404: problemResponse('Unknown id') },
});

const getText = createRoute({
  method: 'get', path: '/{id}/text', tags: ['documents'], middleware: [requireRead] as const,
  summary: 'The clean text; every mention offset indexes it', request: { params: IdParam },
  responses: { 200: { description: 'UTF-8 text', content: { 'text/plain': { schema: z.string() } } }, 404: problemResponse('Unknown id or no text') },
});

const getOriginal = createRoute({
  method: 'get', path: '/{id}/original', tags: ['documents'], middleware: [requireRead] as const,
  summary: 'The stored original bytes, as an attachment (a rendition\'s id gives that rendition\'s bytes)', request: { params: IdParam },
  responses: { 200: { description: 'The original file' }, 404: problemResponse('Unknown id') },
});

const reprocess = createRoute({
  method: 'post', path: '/{id}/reprocess', tags: ['documents'], middleware: [requireWrite] as const,
  summary: 'Extract again from the stored original', security: [{ bearer: [] }], request: { params: IdParam },
  responses: { 200: { description: 'The document after extraction', content: { 'application/json': { schema: DocumentSchema } } },
    401: problemResponse('Missing or wrong token'), 404: problemResponse('Unknown id'), 422: problemResponse('Still cannot be read'),
    503: problemResponse('The extraction queue is full (Retry-After)') },
});

const remove = createRoute({
  method: 'delete', path: '/{id}', tags: ['documents'], middleware: [requireAdmin] as const, security: [{ bearer: [] }],
  summary: 'Delete a document: its records, full-text rows, renditions and originals (recorded in /api/deletions with the admin\'s name); a rendition\'s id deletes only that rendition',
  description: 'Needs an admin token: the write token (KOMMUNARKIV_TOKEN, recorded as "admin") or a named token with the role admin (recorded by its name).',
  request: { params: IdParam, query: z.object({ reason: z.string().max(500).optional().openapi({ description: 'Why, for the record' }) }) },
  responses: { 200: { description: 'What was removed', content: { 'application/json': { schema: Deleted } } },
    401: problemResponse('Missing or wrong token'), 403: problemResponse('A token that is not an admin\'s'), 404: problemResponse('Unknown id') },
});

function asciiFilename(name: string): string {
  return name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document';
}

/** The JSON answer and status of an upload outcome; re-extracts when a repeated upload stated a new publication date. */
export async function uploadAnswer(c: Context<Env>, result: UploadOutcome): Promise<{ status: 200 | 201 | 202; body: Record<string, unknown> }> {
  const { archive, config } = c.var;
  if (result.outcome === 'queued') {
    await config.defer!.enqueue(result.document.id);
    return { status: 202, body: { ...result.document, progress: archive.progressOf(result.document.id) ?? result.document.progress } };
  }
  if (result.outcome === 'failed') {
    throw new Problem(422, 'Unreadable document', `The file was stored as document ${result.document.id} but could not be read: ${result.document.error}`,
      { documentId: result.document.id, document: result.document });
  }
  if (result.outcome === 'existing') {
    let document = result.document;
    if (result.reextract) {
      if (config.defer && document.size >= config.defer.minBytes) await config.defer.enqueue(document.id);
      else document = await archive.reprocess(document.id, { waitForPool: true });
    }
    return { status: 200, body: { ...document, changed: result.changed } };
  }
  if (result.outcome === 'rendition') return { status: 200, body: { ...result.document, rendition: result.rendition } };
  return { status: 201, body: { ...result.document } };
}

export const documentsRoutes = router()
  .openapi(upload, async (c) => {
    const { archive, config } = c.var;
    const type = c.req.header('content-type') ?? '';
    const query = c.req.valid('query');
    const multipart = type.toLowerCase().startsWith('multipart/form-data');
    // Admission before a byte of the body is read: past the memory budget, 503 at once.
    const release = admitUpload(c, config.maxBytes + (multipart ? MULTIPART_SLACK : 0));
    try {
      let bytes: Uint8Array;
      let filename = query.filename ?? 'document';
      let sourceUrl = query.source_url ?? null;
      let published = query.published ?? null;
      if (multipart) {
        const parts = await readMultipartBody(c.req.raw, config.maxBytes + MULTIPART_SLACK, {
          onPartStart: (p) => { if (p.filename !== null && p.name !== 'file') throw badRequest(`Unexpected file in the field "${p.name}"; send it as "file".`); },
        });
        const file = parts.find((p) => p.name === 'file' && p.filename !== null);
        if (!file) throw badRequest('The multipart form needs a file in the field "file".');
        if (file.data.byteLength > config.maxBytes) throw new Problem(413, 'Payload too large', `The upload is larger than the limit of ${config.maxBytes} bytes (KOMMUNARKIV_MAX_BYTES).`);
        bytes = file.data;
        filename = file.filename || filename;
        const field = (name: string) => { const p = parts.find((x) => x.name === name && x.filename === null); return p ? new TextDecoder().decode(p.data).trim() : ''; };
        const url = field('source_url');
        if (url) {
          if (!HttpUrl.safeParse(url).success) throw badRequest('source_url must be an absolute http:// or https:// URL.');
          sourceUrl = url;
        }
        const date = field('published');
        if (date) {
          if (!PublishedDate.safeParse(date).success) throw badRequest('published must be a calendar date, YYYY-MM-DD.');
          published = date;
        }
      } else {
        bytes = await readBody(c.req.raw, config.maxBytes);
      }
      const defer = !!config.defer && bytes.byteLength >= config.defer.minBytes;
      const result = await archive.upload({ bytes, filename: filename.slice(0, 255), sourceUrl, published }, { defer });
      const { status, body } = await uploadAnswer(c, result);
      return c.json(body as never, status);
    } finally {
      release();
    }
  })
  .openapi(list, async (c) => {
    return c.json(await listDocuments(c.var.archive.storage.db.db, c.req.valid('query')), 200);
  })
  .openapi(getOne, async (c) => {
    const { archive } = c.var;
    const { id } = c.req.valid('param');
    const docId = isId(id) ? (await archive.getRow(id))?.id ?? (await archive.rendition(id))?.documentId : undefined;
    const found = docId ? await getDocument(archive.storage.db.db, docId, { includeRejected: c.req.valid('query').include === 'rejected' }) : null;
    if (!found) throw notFound(`No document ${id}.`);
    const { text: _text, ...doc } = found;
    return c.json({ ...doc, progress: archive.progressOf(doc.id) ?? doc.progress }, 200);
  })
  .openapi(getText, async (c) => {
    const { archive } = c.var;
    const { id } = c.req.valid('param');
    const docId = isId(id) ? (await archive.getRow(id))?.id ?? (await archive.rendition(id))?.documentId : undefined;
    const row = docId ? await archive.getRow(docId) : undefined;
    if (!row) throw notFound(`No document ${id}.`);
    if (row.text == null) throw notFound(`Document ${row.id} has no text (status ${row.status}).`);
    return c.text(row.text, 200, { 'content-type': 'text/plain; charset=utf-8' });
  })
  .openapi(getOriginal, async (c) => {
    const { archive } = c.var;
    const { id } = c.req.valid('param');
    const file = isId(id) ? (await archive.getRow(id)) ?? (await archive.rendition(id)) : undefined;
    if (!file) throw notFound(`No document ${id}.`);
    const bytes = await archive.original(file);
    if (!bytes) throw notFound(`The original of ${file.id} is missing from the store.`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.format === 'html' ? 'application/octet-stream' : file.mediaType,
      'content-disposition': `attachment; filename="${asciiFilename(file.filename)}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'cache-control': 'private, max-age=31536000, immutable',
    });
  })
  .openapi(reprocess, async (c) => {
    const { id } = c.req.valid('param');
    if (!isId(id)) throw notFound(`No document ${id}.`);
    const doc = await c.var.archive.reprocess(id);
    if (doc.status === 'failed') {
      throw new Problem(422, 'Unreadable document', `Document ${doc.id} still cannot be read: ${doc.error}`, { documentId: doc.id, document: doc });
    }
    return c.json(doc, 200);
  })
  .openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    if (!isId(id)) throw notFound(`No document ${id}.`);
    const who = (await whoIs(c))!; // requireAdmin let it through
    const result = await c.var.archive.delete(id, who.name, c.req.valid('query').reason ?? null);
    return c.json(result, 200);
  });
