// /api/people: people resolved across documents, and every mention of one.
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponse, requireRead, router } from '../http.js';
import { notFound } from '../problem.js';
import { getPerson, listPeople } from '../queries.js';
import { PeopleQuery, PersonQuery } from '../schemas.js';

const Muni = z.object({ code: z.string(), name: z.string() }).nullable();

export const PersonSummarySchema = z.object({
  id: z.string(), name: z.string(), party: z.string().nullable(), politician: z.boolean(), municipality: Muni,
  roles: z.array(z.string()), mentions: z.number().int(), documents: z.number().int(),
}).openapi('PersonSummary');

const PersonDetail = PersonSummarySchema.extend({
  mentionList: z.array(z.object({
    documentId: z.string(), documentTitle: z.string().nullable(), filename: z.string(), published: z.string().nullable(),
    role: z.string().nullable(), party: z.string().nullable(), municipality: Muni,
    text: z.string(), start: z.number().int(), end: z.number().int(), page: z.number().int(),
    sentence: z.string().openapi({ description: 'The sentence the mention stands in' }),
    quote: z.string().nullable().openapi({ description: 'The quote the text attributes to the person at this mention ("– …, säger X")' }),
  })).openapi({ description: 'One page (limit, offset) of the mentions, oldest document first; `mentions` counts them all' }),
}).openapi('Person');

const list = createRoute({
  method: 'get', path: '/', tags: ['people'], middleware: [requireRead] as const, summary: 'People named in the documents',
  request: { query: PeopleQuery },
  responses: { 200: { description: 'A page of people', content: { 'application/json': { schema: z.object({ items: z.array(PersonSummarySchema), total: z.number().int() }) } } },
    400: problemResponse('Invalid query parameter') },
});

const one = createRoute({
  method: 'get', path: '/{id}', tags: ['people'], middleware: [requireRead] as const,
  summary: 'One person with a page of mentions: role, party, document and date', request: { params: z.object({ id: z.string().min(1).max(100) }), query: PersonQuery },
  responses: { 200: { description: 'The person', content: { 'application/json': { schema: PersonDetail } } }, 404: problemResponse('Unknown id') },
});

export const peopleRoutes = router()
  .openapi(list, async (c) => c.json(await listPeople(c.var.archive.storage.db.db, c.req.valid('query')), 200))
  .openapi(one, async (c) => {
    const p = await getPerson(c.var.archive.storage.db.db, c.req.valid('param').id, c.req.valid('query'));
    if (!p) throw notFound(`No person ${c.req.valid('param').id}.`);
    return c.json(p, 200);
  });
