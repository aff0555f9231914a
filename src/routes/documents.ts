// /api/documents: upload, list, read back (metadata, clean text, original), reprocess.
import { createRoute, z } from '@hono/zod-openapi';
import { readBody, requireRead, requireWrite, router, problemResponse } from '../http.js';
import { badRequest, notFound, Problem } from '../problem.js';
import { getDocument, listDocuments } from '../queries.js';
import { DocumentsQuery, IncludeRejected, ReviewInfoSchema } from '../schemas.js';

export const DocumentSchema = z.object({
  id: z.string(), sha256: z.string(), filename: z.string(), mediaType: z.string(), format: z.string(),
  size: z.number().int(), sourceUrl: z.string().nullable(), title: z.string().nullable(),
  language: z.string().nullable(), kind: z.string().nullable(), published: z.string().nullable(),
  status: z.enum(['extracted', 'failed', 'processing']), error: z.string().nullable(),
  extractorVersion: z.string().nullable(), pages: z.number().int(), createdAt: z.string(),
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

export const IdParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hex digits').openapi({ example: '3f2a9c0b7d1e4a55' }) });

/** A stated publication date: a real calendar date, YYYY-MM-DD. */
const PublishedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
  .openapi({ example: '2024-03-12' });

/** Multipart envelope allowance on top of the file limit. */
export const MULTIPART_SLACK = 64 * 1024;

const upload = createRoute({
  method: 'post', path: '/', tags: ['documents'], middleware: [requireWrite] as const,
  summary: 'Upload a document (PDF, DOCX, HTML or plain text)',
  description: 'Body: a multipart form with the field `file` (optional `source_url` and `published`, the publication date as YYYY-MM-DD, used when the text states none), or the raw bytes with their Content-Type and `?filename=`. The format is sniffed from the bytes, never taken from the declared type. The body is read here, not by the validator, so that the size limit applies while streaming.',
  security: [{ bearer: [] }],
  request: {
    query: z.object({ filename: z.string().max(255).optional(), source_url: z.string().url().max(2000).optional(), published: PublishedDate.optional() }),
  },
  responses: {
    201: { description: 'Stored and extracted', content: { 'application/json': { schema: DocumentSchema } } },
    200: { description: 'The same bytes were stored before: the existing document', content: { 'application/json': { schema: DocumentSchema } } },
    202: { description: 'Stored; extraction continues in the background (status processing)', content: { 'application/json': { schema: DocumentSchema } } },
    400: problemResponse('Empty body or bad fields'), 401: problemResponse('Missing or wrong token'),
    413: problemResponse('Larger than KOMMUNARKIV_MAX_BYTES'), 415: problemResponse('Not a format we read'),
    422: problemResponse('A supported format that could not be read: stored with status failed (see documentId)'),
  },
});

const list = createRoute({
  method: 'get', path: '/', tags: ['documents'], middleware: [requireRead] as const, summary: 'List documents, newest first, with filters',
  request: { query: DocumentsQuery },
  responses: { 200: { description: 'A page of documents', content: { 'application/json': { schema: z.object({ items: z.array(DocumentSchema), total: z.number().int() }) } } },
    400: problemResponse('Invalid query parameter') },
});

const getOne = createRoute({
  method: 'get', path: '/{id}', tags: ['documents'], middleware: [requireRead] as const,
  summary: 'One document with every extracted mention (offsets index /text); rejected records only with include=rejected',
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
  summary: 'The stored original bytes, as an attachment', request: { params: IdParam },
  responses: { 200: { description: 'The original file' }, 404: problemResponse('Unknown id') },
});

const reprocess = createRoute({
  method: 'post', path: '/{id}/reprocess', tags: ['documents'], middleware: [requireWrite] as const,
  summary: 'Extract again from the stored original', security: [{ bearer: [] }], request: { params: IdParam },
  responses: { 200: { description: 'The document after extraction', content: { 'application/json': { schema: DocumentSchema } } },
    401: problemResponse('Missing or wrong token'), 404: problemResponse('Unknown id'), 422: problemResponse('Still cannot be read') },
});

function asciiFilename(name: string): string {
  return name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document';
}

export const documentsRoutes = router()
  .openapi(upload, async (c) => {
    const { archive, config } = c.var;
    const type = c.req.header('content-type') ?? '';
    const query = c.req.valid('query');
    let bytes: Uint8Array;
    let filename = query.filename ?? 'document';
    let sourceUrl = query.source_url ?? null;
    let published = query.published ?? null;
    if (type.toLowerCase().startsWith('multipart/form-data')) {
      const raw = await readBody(c.req.raw, config.maxBytes + MULTIPART_SLACK);
      let form: FormData;
      try {
        form = await new Request('http://upload/', { method: 'POST', headers: { 'content-type': type }, body: raw as Uint8Array<ArrayBuffer> }).formData();
      } catch {
        throw badRequest('The multipart body could not be read.');
      }
      const file = form.get('file');
      if (!file || typeof file === 'string') throw badRequest('The multipart form needs a file in the field "file".');
      if (file.size > config.maxBytes) throw new Problem(413, 'Payload too large', `The upload is larger than the limit of ${config.maxBytes} bytes (KOMMUNARKIV_MAX_BYTES).`);
      bytes = new Uint8Array(await file.arrayBuffer());
      filename = file.name || filename;
      const url = form.get('source_url');
      if (typeof url === 'string' && url) {
        if (!z.string().url().max(2000).safeParse(url).success) throw badRequest('source_url must be an absolute URL.');
        sourceUrl = url;
      }
      const date = form.get('published');
      if (typeof date === 'string' && date) {
        if (!PublishedDate.safeParse(date).success) throw badRequest('published must be a calendar date, YYYY-MM-DD.');
        published = date;
      }
    } else {
      bytes = await readBody(c.req.raw, config.maxBytes);
    }
    const defer = config.defer && bytes.byteLength >= config.defer.minBytes;
    const { outcome, document } = await archive.upload({ bytes, filename: filename.slice(0, 255), sourceUrl, published }, { defer: !!defer });
    if (outcome === 'queued') await config.defer!.enqueue(document.id);
    if (outcome === 'failed') {
      throw new Problem(422, 'Unreadable document', `The file was stored as document ${document.id} but could not be read: ${document.error}`,
        { documentId: document.id, document });
    }
    return c.json(document, outcome === 'created' ? 201 : outcome === 'queued' ? 202 : 200);
  })
  .openapi(list, async (c) => {
    return c.json(await listDocuments(c.var.archive.storage.db.db, c.req.valid('query')), 200);
  })
  .openapi(getOne, async (c) => {
    const found = await getDocument(c.var.archive.storage.db.db, c.req.valid('param').id, { includeRejected: c.req.valid('query').include === 'rejected' });
    if (!found) throw notFound(`No document ${c.req.valid('param').id}.`);
    const { text: _text, ...doc } = found;
    return c.json(doc, 200);
  })
  .openapi(getText, async (c) => {
    const row = await c.var.archive.getRow(c.req.valid('param').id);
    if (!row) throw notFound(`No document ${c.req.valid('param').id}.`);
    if (row.text == null) throw notFound(`Document ${row.id} has no text (status ${row.status}).`);
    return c.text(row.text, 200, { 'content-type': 'text/plain; charset=utf-8' });
  })
  .openapi(getOriginal, async (c) => {
    const row = await c.var.archive.getRow(c.req.valid('param').id);
    if (!row) throw notFound(`No document ${c.req.valid('param').id}.`);
    const bytes = await c.var.archive.original(row);
    if (!bytes) throw notFound(`The original of ${row.id} is missing from the store.`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': row.format === 'html' ? 'application/octet-stream' : row.mediaType,
      'content-disposition': `attachment; filename="${asciiFilename(row.filename)}"; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
      'cache-control': 'private, max-age=31536000, immutable',
    });
  })
  .openapi(reprocess, async (c) => {
    const doc = await c.var.archive.reprocess(c.req.valid('param').id);
    if (doc.status === 'failed') {
      throw new Problem(422, 'Unreadable document', `Document ${doc.id} still cannot be read: ${doc.error}`, { documentId: doc.id, document: doc });
    }
    return c.json(doc, 200);
  });
