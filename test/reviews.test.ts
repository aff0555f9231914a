// Reviews through the API (app.request, no server): named tokens, confirm / correct / reject / add, merge and
// split, the errors (404, 401, 403, 400, 409), the append-only audit, and reviews surviving reprocessing,
// re-anchoring in an edited text and being orphaned where their quote vanished.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../src/db/schema.js';
import { anchorAt, reanchor } from '../src/reviews.js';
import { originalKey } from '../src/storage/blobs.js';
import { fsBlobStore } from '../src/storage/fs.js';
import { expectProblem, makeApp } from './helpers/app.js';
import { ADDED_SENTENCE, ALVESTA, VAXJO } from './helpers/review-docs.js';

type Json = Record<string, any>;

describe('anchors', () => {
  const text = 'Första meningen om Växjö. Andra meningen om Växjö. Tredje.';
  it('keep, move or orphan, never attaching to a lookalike', () => {
    const a = anchorAt(text, 26, 50);
    expect(a.exact).toBe('Andra meningen om Växjö.');
    expect(reanchor(text, a)).toEqual({ status: 'kept', start: 26, end: 50 });
    expect(reanchor(`Ny inledning. ${text}`, a)).toEqual({ status: 'moved', start: 40, end: 64 });
    expect(reanchor(text.replace('Andra', 'Annan'), a)).toEqual({ status: 'orphaned' });
    // The same quote twice with the same context: which one is meant cannot be known.
    expect(reanchor(`Ny. ${text}\n${text}`, a)).toEqual({ status: 'orphaned' });
    // Same place and quote: kept even where the text around it changed.
    expect(reanchor(text.replace('Första meningen om Växjö.', 'X'.repeat(25)), a).status).toBe('kept');
    // Moved and its context changed: orphaned, not attached by fuzzy matching.
    expect(reanchor(`Ny. ${text.replace('Första meningen', 'Första raden')}`, a)).toEqual({ status: 'orphaned' });
  });
});

describe('reviews through the API', () => {
  const t = makeApp();
  let doc: string;
  let other: string;
  let anna: string;
  let bertil: string;
  let reader: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const get = async (path: string): Promise<Json> => {
    const res = await t.app.request(path, { headers: t.auth });
    expect(res.status, path).toBe(200);
    return res.json() as Promise<Json>;
  };
  const post = (path: string, token: string, body: unknown) => t.app.request(path, { method: 'POST', headers: as(token), body: JSON.stringify(body) });
  const find = async (kind: string, pred: (m: Json) => boolean = () => true): Promise<Json | undefined> =>
    ((await get(`/api/documents/${doc}`)).mentions as Json[]).find((m) => m.kind === kind && pred(m));
  const record = async (kind: string, pred?: (m: Json) => boolean): Promise<Json> => {
    const m = await find(kind, pred);
    expect(m, kind).toBeDefined();
    return m!;
  };

  beforeAll(async () => {
    doc = ((await (await t.upload(VAXJO, 'växjö-klimatkontrakt.txt')).json()) as Json).id;
    other = ((await (await t.upload(ALVESTA, 'alvesta-simhall.txt')).json()) as Json).id;
    const make = async (name: string, role: string) => {
      const res = await post('/api/tokens', 'test-token-åäö-123', { name, role });
      expect(res.status).toBe(201);
      return ((await res.json()) as Json).token as string;
    };
    anna = await make('Anna Arkivarie', 'reviewer');
    bertil = await make('Bertil Granskare', 'reviewer');
    reader = await make('Rut Läsare', 'reader');
  });
  afterAll(() => t.close());

  it('serves every record with a stable id and review state machine', async () => {
    const d = await get(`/api/documents/${doc}`);
    expect(d.mentions.length).toBeGreaterThan(5);
    for (const m of d.mentions) expect(m).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{20}$/), review: { state: 'machine', by: null, at: null } });
    const c = (await get('/api/commitments?municipality=Växjö')).items[0];
    expect(c.id).toMatch(/^[0-9a-f]{20}$/);
    const r = await get(`/api/records/${c.id}`);
    expect(r).toMatchObject({ id: c.id, kind: 'commitment', documentId: doc, review: { state: 'machine' } });
    expect(r.cite.text).toContain('Växjö');
    expect(r.cite.csl).toMatchObject({ id: c.id, title: expect.any(String), URL: expect.stringContaining(`/records/${c.id}`) });
  });

  it('refuses a review without a token (401), with a reader token (403), for an unknown record (404), with an invalid value (400)', async () => {
    const c = await record('commitment');
    await expectProblem(await t.app.request(`/api/records/${c.id}/reviews`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'confirm' }) }), 401);
    await expectProblem(await post(`/api/records/${c.id}/reviews`, 'fel-nyckel', { action: 'confirm' }), 401);
    expect((await expectProblem(await post(`/api/records/${c.id}/reviews`, reader, { action: 'confirm' }), 403)).detail).toContain('Rut Läsare');
    await expectProblem(await post('/api/records/00000000000000000000/reviews', anna, { action: 'confirm' }), 404);
    await expectProblem(await t.app.request('/api/records/00000000000000000000', { headers: t.auth }), 404);
    await expectProblem(await post('/api/records/inte-ett-id/reviews', anna, { action: 'confirm' }), 400);
    const p = await record('person', (m) => m.value.name === 'Eva Ek');
    const bad = await expectProblem(await post(`/api/records/${p.id}/reviews`, anna, { action: 'correct', value: { municipality: 'Atlantis' } }), 400);
    expect(bad.detail).toContain('municipality');
    await expectProblem(await post(`/api/records/${p.id}/reviews`, anna, { action: 'correct', value: { colour: 'blå' } }), 400);
    await expectProblem(await post(`/api/records/${p.id}/reviews`, anna, { action: 'godkänn' }), 400);
    expect((await get(`/api/audit?document=${doc}`)).total).toBe(0);
  });

  it('confirms a commitment, corrects a party, rejects a date and adds a missed commitment', async () => {
    const c = await record('commitment', (m) => m.value.type === 'sign');
    expect((await post(`/api/records/${c.id}/reviews`, anna, { action: 'confirm', base: null, comment: 'Stämmer med beslutet.' })).status).toBe(201);
    const p = await record('person', (m) => m.value.name === 'Eva Ek');
    const res = await post(`/api/records/${p.id}/reviews`, anna, { action: 'correct', value: { party: 'M' }, base: null });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Json).value).toMatchObject({ name: 'Eva Ek', party: 'M', role: 'kommunstyrelsens ordförande' });
    const date = await record('date', (m) => m.value.value === '2025');
    expect((await post(`/api/records/${date.id}/reviews`, bertil, { action: 'reject', comment: 'Inte ett datum för åtagandet.' })).status).toBe(201);
    const start = VAXJO.indexOf(ADDED_SENTENCE);
    const added = await post(`/api/documents/${doc}/records`, anna, { kind: 'commitment', start, end: start + ADDED_SENTENCE.length,
      value: { actor: 'Alvesta', type: 'other', what: 'solceller på alla skolor', when: '2025' }, comment: 'Missad av maskinen.' });
    expect(added.status).toBe(201);
    await expectProblem(await post(`/api/documents/${doc}/records`, anna, { kind: 'date', start: 5, end: 99999, value: { value: '2025' } }), 400);

    const d = await get(`/api/documents/${doc}`);
    const byId = new Map((d.mentions as Json[]).map((m) => [m.id, m]));
    expect(byId.get(c.id)!.review).toMatchObject({ state: 'confirmed', by: 'Anna Arkivarie', at: expect.any(String) });
    expect(byId.get(p.id)).toMatchObject({ party: 'M', review: { state: 'corrected', by: 'Anna Arkivarie' } });
    expect(byId.has(date.id)).toBe(false);
    expect((await get(`/api/documents/${doc}?include=rejected`)).mentions.find((m: Json) => m.id === date.id).review.state).toBe('rejected');
    const list = await get('/api/commitments?municipality=Alvesta');
    expect(list.items.map((x: Json) => [x.what, x.review.state])).toContainEqual(['solceller på alla skolor', 'added']);
    expect((await get('/api/commitments?reviewed=true')).items.map((x: Json) => x.review.state).sort()).toEqual(['added', 'confirmed']);
    const csv = await (await t.app.request('/api/commitments.csv?municipality=Växjö', { headers: t.auth })).text();
    expect(csv).toContain('"confirmed","Anna Arkivarie"');
  });

  it('refuses a stale edit of a record someone else just changed (409 with both values)', async () => {
    const p = await record('person', (m) => m.value.name === 'Eva Ek');
    const seen = (await get(`/api/records/${p.id}`)).review.latest;
    expect((await post(`/api/records/${p.id}/reviews`, bertil, { action: 'correct', value: { role: 'kommunalråd' }, base: seen })).status).toBe(201);
    const stale = await expectProblem(await post(`/api/records/${p.id}/reviews`, anna, { action: 'correct', value: { party: 'KD' }, base: seen }), 409);
    expect(stale.current).toMatchObject({ by: 'Bertil Granskare', state: 'corrected', value: { party: 'M', role: 'kommunalråd' } });
    expect(stale.yours).toMatchObject({ base: seen, action: 'correct', value: { party: 'KD' } });
    expect((await record('person', (m) => m.value.name === 'Eva Ek')).party).toBe('M');
  });

  it('merges two people and splits a mention off', async () => {
    const people = (await get('/api/people?q=per holm')).items as Json[];
    expect(people.map((x) => x.party).sort()).toEqual(['M', 'S']);
    const [s, m] = [people.find((x) => x.party === 'S')!, people.find((x) => x.party === 'M')!];
    expect((await post(`/api/people/${m.id}/merge`, anna, { into: s.id, comment: 'Samma person, fel parti i pressmeddelandet.' })).status).toBe(201);
    const after = (await get('/api/people?q=per holm')).items as Json[];
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: s.id, mentions: 2, documents: 2 });
    await expectProblem(await post(`/api/people/${m.id}/merge`, anna, { into: s.id }), 409);
    expect((await get(`/api/people/${m.id}`)).id).toBe(s.id);

    const mention = ((await get(`/api/documents/${other}`)).mentions as Json[]).find((x) => x.kind === 'person')!;
    const split = await post(`/api/records/${mention.id}/split`, bertil, { comment: 'En annan Per Holm.' });
    expect(split.status).toBe(201);
    const { personId } = (await split.json()) as Json;
    expect(((await get(`/api/documents/${other}`)).mentions as Json[]).find((x) => x.id === mention.id)!.personId).toBe(personId);
    expect((await get(`/api/people/${s.id}`)).mentions).toBe(1);
  });

  it('keeps an append-only audit of every action with reviewer, time, old and new value', async () => {
    const log = await get('/api/audit');
    expect(log.items.map((e: Json) => e.action)).toEqual(['confirm', 'correct', 'reject', 'add', 'correct', 'merge', 'split']);
    for (const e of log.items) expect(e).toMatchObject({ reviewer: expect.any(String), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const party = log.items.find((e: Json) => e.action === 'correct');
    expect(party).toMatchObject({ reviewer: 'Anna Arkivarie', oldValue: { party: 'C' }, newValue: { party: 'M' } });
    expect((await get('/api/audit?reviewer=Bertil%20Granskare')).items.map((e: Json) => e.action)).toEqual(['reject', 'correct', 'split']);
    expect((await get(`/api/audit?since=${encodeURIComponent(log.items[3].at)}`)).items.length).toBeLessThanOrEqual(4);
    for (const [method, path] of [['PUT', '/api/audit'], ['DELETE', '/api/audit'], ['PATCH', `/api/audit/${log.items[0].id}`],
      ['DELETE', `/api/audit/${log.items[0].id}`], ['DELETE', `/api/records/${log.items[0].recordId}/reviews`]] as const) {
      const res = await t.app.request(path, { method, headers: as(anna), body: method === 'DELETE' ? undefined : '{}' });
      expect([404, 405], `${method} ${path}`).toContain(res.status);
    }
    expect((await get('/api/audit')).items).toEqual(log.items);
  });

  it('keeps every review through POST /api/reprocess with a changed extractor version', async () => {
    const before = await get(`/api/documents/${doc}?include=rejected`);
    await t.db.db.update(documents).set({ extractorVersion: 'commitments@0-old' });
    const res = await t.app.request('/api/reprocess', { method: 'POST', headers: t.auth });
    expect(((await res.json()) as Json).reprocessed).toBe(2);
    const after = await get(`/api/documents/${doc}?include=rejected`);
    const states = (d: Json) => Object.fromEntries((d.mentions as Json[]).map((m) => [m.id, [m.review.state, m.review.by, JSON.stringify(m.value)]]));
    expect(states(after)).toEqual(states(before));
    expect((await get('/api/people?q=per holm')).items.map((p: Json) => p.mentions)).toEqual([1, 1]);
    expect((await get('/api/audit')).items.filter((e: Json) => e.reviewerRole === 'system')).toEqual([]);
  });

  it('re-anchors a moved span after the text changed and orphans one that vanished', async () => {
    const c = await record('commitment', (m) => m.value.type === 'sign');
    const p = await record('person', (m) => m.value.name === 'Eva Ek');
    // A newer reading of the same original: a line added on top, and the quote of Eva Ek reworded.
    const edited = `Pressmeddelande från Växjö kommun\n\n${VAXJO.replace('säger Eva Ek (C)', 'säger kommunstyrelsens ordförande')}`;
    const [row] = await t.db.db.select().from(documents).where(eq(documents.id, doc));
    await fsBlobStore(t.dir).put(originalKey(row!.sha256), new TextEncoder().encode(edited), 'text/plain');
    expect((await t.app.request(`/api/documents/${doc}/reprocess`, { method: 'POST', headers: t.auth })).status).toBe(200);

    const moved = await get(`/api/records/${c.id}`);
    expect(moved).toMatchObject({ id: c.id, review: { state: 'confirmed', by: 'Anna Arkivarie', orphaned: false } });
    expect(moved.start).toBe(c.start + 'Pressmeddelande från Växjö kommun\n\n'.length);
    expect(moved.text).toBe(c.text);
    const lost = await get(`/api/records/${p.id}`);
    expect(lost).toMatchObject({ start: null, review: { state: 'corrected', orphaned: true } });
    expect(await find('person', (m) => m.id === p.id)).toBeUndefined();
    const log = (await get(`/api/audit?document=${doc}`)).items as Json[];
    expect(log.filter((e) => e.reviewerRole === 'system').map((e) => [e.action, e.recordId])).toEqual(
      expect.arrayContaining([['moved', c.id], ['orphaned', p.id]]));
    const queue = await get('/api/review/queue');
    expect(queue.orphans.map((o: Json) => o.recordId)).toEqual([p.id]);
    // Orphaned records can only be dismissed.
    await expectProblem(await post(`/api/records/${p.id}/reviews`, anna, { action: 'confirm' }), 409);
    expect((await post(`/api/records/${p.id}/reviews`, anna, { action: 'reject', comment: 'Citatet är borta.' })).status).toBe(201);
    expect((await get('/api/review/queue')).orphans).toEqual([]);
  });

  it('gives the reviewed extraction as gold in the corpus schema', async () => {
    const g = await get(`/api/documents/${doc}/gold.json`);
    expect(g).toMatchObject({ doc: 'växjö-klimatkontrakt.txt', kind: 'press_release', review: { complete: false } });
    expect(g.commitments.map((c: Json) => c.actor)).toEqual(expect.arrayContaining(['Växjö', 'Alvesta']));
    expect(g.dates.map((d: Json) => d.value)).not.toContain('2025');
  });
});
