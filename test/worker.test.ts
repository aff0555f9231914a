// The Worker (src/worker.ts on D1 + R2 + a queue, in workerd via `wrangler dev --local`) must answer like
// the Node app (SQLite + files) for the same uploads: same document JSON, same clean text, same original.
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsTerms } from '../src/db/search-terms.js';
import { makeApp } from './helpers/app.js';
import { ROOT, startWorker, type LocalWorker } from './helpers/wrangler.js';

const WORKER_TOKEN = 'worker-test-token-9f2c41';
const corpus = (dir: string, ext: string) =>
  readdirSync(join(ROOT, 'corpus', dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(ROOT, 'corpus', dir, f));
const FILES = [
  ...corpus('docs', '.txt'), ...corpus('formats', '.docx'), ...corpus('formats', '.pdf'), ...corpus('formats', '.html'),
];
// The largest PDF is exactly at the defer threshold: it goes through the queue (202, then the consumer
// extracts it), everything else is extracted in the request (201).
const DEFERRED = FILES.filter((f) => f.endsWith('.pdf')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const DEFER_BYTES = statSync(DEFERRED).size;
/** Documents: one per text; the other formats of the same text are its renditions. */
const DOCUMENTS = new Set(FILES.map((f) => basename(f).replace(/\.[^.]+$/, ''))).size;

const gold = (file: string) =>
  JSON.parse(readFileSync(join(ROOT, 'corpus', 'gold', basename(file).replace(/\.[^.]+$/, '.json')), 'utf8')) as { municipalities: string[] };

/** JSON without the clock (createdAt/updatedAt); person ids are random per database, so they are masked. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'createdAt' && k !== 'updatedAt').map(([k, v]) => [k, comparable(v)]));
  }
  // Absolute archive URLs (evidence links in CSV) carry the origin the request came to.
  if (typeof value === 'string') return value.replace(/\bp-[0-9a-f]{8}-[0-9a-f]{4}\b/g, 'p-*').replace(/http:\/\/(localhost|127\.0\.0\.1:\d+)/g, 'ORIGIN');
  return value;
}

describe('worker in workerd: the same answers as the Node app', () => {
  let worker: LocalWorker;
  const node = makeApp();
  const workerAuth = { authorization: `Bearer ${WORKER_TOKEN}` };

  const w = (path: string, init?: RequestInit) => fetch(worker.url + path, init);
  const n = (path: string, init?: RequestInit) => node.app.request(path, init);

  beforeAll(async () => {
    worker = await startWorker({ KOMMUNARKIV_TOKEN: WORKER_TOKEN, KOMMUNARKIV_DEFER_BYTES: String(DEFER_BYTES) });
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    node.close();
  });

  async function waitExtracted(id: string): Promise<Record<string, unknown>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const doc = (await (await w(`/api/documents/${id}`)).json()) as Record<string, unknown>;
      if (doc.status !== 'processing') return doc;
      if (Date.now() > deadline) throw new Error(`document ${id} still processing after 60 s; wrangler said:\n${worker.logs().slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  // corpus/docs come first: each text is a new document (201); every other file is the same text in another
  // format and becomes a rendition of it (200 with `rendition`), on both.
  it.each(FILES.map((f) => [basename(f), f]))('%s: document, /text and /original equal Node\'s', async (name, file) => {
    const bytes = readFileSync(file);
    const query = `/api/documents?filename=${encodeURIComponent(name)}`;
    const init = (auth: Record<string, string>) => ({ method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: bytes });
    const first = file.includes('/corpus/docs/');

    const nodeRes = await n(query, init(node.auth));
    const nodeDoc = (await nodeRes.json()) as Record<string, any>;
    expect(nodeRes.status, JSON.stringify(nodeDoc)).toBe(first ? 201 : 200);
    const ownId: string = first ? nodeDoc.id : nodeDoc.rendition.id;

    const workerRes = await w(query, init(workerAuth));
    let workerDoc = (await workerRes.json()) as Record<string, any>;
    if (file === DEFERRED) {
      // Stored at once, extracted by the queue consumer (Archive.reprocess), then the same as Node's.
      expect(workerRes.status, JSON.stringify(workerDoc)).toBe(202);
      expect(workerDoc.status).toBe('processing');
      expect(workerDoc.extraction).toBeNull();
      expect(workerDoc.id).toBe(ownId);
      await waitExtracted(workerDoc.id);
      await expect.poll(() => worker.logs(), { timeout: 5000 }).toContain(`extracted ${workerDoc.id}: extracted`);
    } else {
      expect(workerRes.status, JSON.stringify(workerDoc)).toBe(nodeRes.status);
      expect(comparable(workerDoc)).toEqual(comparable(nodeDoc));
    }

    // Read back by the file's own id: the document (with its mentions), the clean text, the original bytes.
    const [wGet, nGet] = [await w(`/api/documents/${ownId}`), await n(`/api/documents/${ownId}`)];
    expect(wGet.status).toBe(200);
    workerDoc = (await wGet.json()) as Record<string, any>;
    expect(workerDoc.status).toBe('extracted');
    expect(workerDoc.language).toBe('sv');
    expect(workerDoc.renditions.map((r: { id: string }) => r.id)).toContain(ownId);
    const found: string[] = workerDoc.extraction.municipalities;
    expect(found.filter((m) => gold(file).municipalities.includes(m)).length, `municipalities ${found}`).toBeGreaterThan(0);
    expect(comparable(workerDoc)).toEqual(comparable(await nGet.json()));

    const [wText, nText] = [await w(`/api/documents/${ownId}/text`), await n(`/api/documents/${ownId}/text`)];
    expect(wText.status).toBe(200);
    expect(wText.headers.get('content-type')).toBe(nText.headers.get('content-type'));
    const text = await wText.text();
    expect(text).toMatch(/[åäö]/);
    expect(text).toBe(await nText.text());

    const [wOrig, nOrig] = [await w(`/api/documents/${ownId}/original`), await n(`/api/documents/${ownId}/original`)];
    expect(wOrig.status).toBe(200);
    expect(Buffer.from(await wOrig.arrayBuffer()).equals(bytes)).toBe(true);
    for (const h of ['content-type', 'content-disposition']) expect(wOrig.headers.get(h)).toBe(nOrig.headers.get(h));
  }, 90_000);

  it('the same bytes again: 200 with the existing document on both', async () => {
    const bytes = readFileSync(FILES[0]!);
    const post = (auth: Record<string, string>) => ({ method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: bytes });
    const [wr, nr] = [await w('/api/documents?filename=again.txt', post(workerAuth)), await n('/api/documents?filename=again.txt', post(node.auth))];
    expect([wr.status, nr.status]).toEqual([200, 200]);
    expect(comparable(await wr.json())).toEqual(comparable(await nr.json()));
  });

  it('lists the same documents in the same order', async () => {
    const [wl, nl] = [await w('/api/documents?limit=200'), await n('/api/documents?limit=200')];
    expect(wl.status).toBe(200);
    const body = (await wl.json()) as { total: number };
    expect(body.total).toBe(DOCUMENTS);
    expect(comparable(body)).toEqual(comparable(await nl.json()));
  });

  it('keeps the terms of the full-text index on D1 as on Node: every term of every stored title and text', async () => {
    const terms = (rows: { term: string }[]) => rows.map((r) => r.term).sort();
    const d1Terms = terms(await worker.d1<{ term: string }>('SELECT term FROM search_terms'));
    const nodeTerms = terms(node.db.client.prepare('SELECT term FROM search_terms').all() as { term: string }[]);
    expect(d1Terms).toEqual(nodeTerms);
    const docs = await worker.d1<{ title: string | null; text: string | null }>('SELECT title, text FROM documents');
    expect(d1Terms).toEqual([...new Set(docs.flatMap((d) => ftsTerms(d.title, d.text)))].sort());
    expect(d1Terms).toEqual(expect.arrayContaining(['klimatkontrakt', 'kommunfullmäktige']));
  }, 60_000);

  // The research API is compared route by route once it exists (a route Node does not have is skipped).
  it.for([
    '/api/search?q=klimat',
    '/api/search?q=' + encodeURIComponent('klimatkontrakt*'),
    '/api/search?q=' + encodeURIComponent('nämnd'),
    '/api/commitments?limit=200',
    '/api/commitments?municipality=Kalmar',
    '/api/commitments.csv',
    '/api/municipalities',
    '/api/municipalities/Karlstad',
    '/api/people?limit=200',
    '/api/documents?municipality=Kalmar',
    '/api/threads',
    '/api/threads?municipality=Karlstad',
    '/api/threads?party=S',
    '/api/commitments?as_of=2023-06-30',
    '/api/commitments?as_of=2024&party=S',
    '/api/commitments?type=target&from=2020',
    '/api/commitments?include=rejected&strength=decided',
    '/api/documents?party=S',
    '/api/documents?kind=press_release&language=sv',
    '/api/documents?q=klimat&reviewed=false',
    '/api/municipalities.json',
    '/api/municipalities.csv',
  ])('GET %s answers like Node', async (path, ctx) => {
    const nr = await n(path);
    const nodeBody = await nr.text();
    if (nr.status === 404 && nodeBody.includes('No route')) ctx.skip();
    const wr = await w(path);
    expect(wr.status).toBe(nr.status);
    const type = nr.headers.get('content-type') ?? '';
    expect(wr.headers.get('content-type')).toBe(type);
    const workerBody = await wr.text();
    if (/json/.test(type)) expect(comparable(JSON.parse(workerBody))).toEqual(comparable(JSON.parse(nodeBody)));
    else expect(comparable(workerBody)).toBe(comparable(nodeBody));
  });

  it('applies reviews (named token, confirm, correct, reject, add) and reads them back equal to Node\'s', async () => {
    type J = Record<string, any>;
    const both = async (path: string, init: (side: 'w' | 'n') => RequestInit = () => ({})) => {
      const [wr, nr] = [await w(path, init('w')), await n(path, init('n'))];
      expect(wr.status, `${path} on the worker`).toBe(nr.status);
      return [(await wr.json()) as J, (await nr.json()) as J] as const;
    };
    const admin = { w: workerAuth, n: node.auth };
    const json = (auth: Record<string, string>, body: unknown): RequestInit => ({ method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const [wt, nt] = await both('/api/tokens', (s) => json(admin[s], { name: 'Anna Arkivarie', role: 'reviewer' }));
    const anna = { w: { authorization: `Bearer ${wt.token}` }, n: { authorization: `Bearer ${nt.token}` } };
    const [list] = await both('/api/commitments?limit=200');
    const target = list.items[0];
    const [doc] = await both(`/api/documents/${target.documentId}`);
    const person = (doc.mentions as J[]).find((m) => m.kind === 'person');
    const date = (doc.mentions as J[]).find((m) => m.kind === 'date');
    const reviews: [string, unknown][] = [
      [`/api/records/${target.id}/reviews`, { action: 'confirm', base: null, comment: 'Stämmer.' }],
      ...(person ? [[`/api/records/${person.id}/reviews`, { action: 'correct', value: { party: 'MP' }, comment: 'Fel parti.' }] as [string, unknown]] : []),
      ...(date ? [[`/api/records/${date.id}/reviews`, { action: 'reject' }] as [string, unknown]] : []),
      [`/api/documents/${target.documentId}/records`, { kind: 'date', start: target.start, end: target.start + 5, value: { value: '2024' }, comment: 'Tillagd.' }],
    ];
    for (const [path, body] of reviews) {
      const [wr, nr] = await both(path, (s) => json(anna[s], body));
      expect(wr.state).toBe(nr.state);
    }
    // Times, origins and the random ids of added records differ between the two; everything else is equal.
    const same = (v: unknown): unknown => JSON.parse(JSON.stringify(comparable(v))
      .replace(/"(at|reviewedAt|verifiedAt|accessed)":("[^"]*"|\{[^}]*\})/g, '"$1":"*"').replace(/"by":"[^"]*"/g, '"by":"*"')
      .replace(/http:\/\/[^/"]+/g, 'ORIGIN').replace(/\d{4}-\d\d-\d\d(T[\d:.]+Z)?(?=\)|\.|")/g, 'DATE'));
    const added = async (d: J) => (d.mentions as J[]).find((m) => m.review.state === 'added')?.id as string;
    const [wd, nd] = await both(`/api/documents/${target.documentId}?include=rejected`);
    const [wa, na] = [await added(wd), await added(nd)];
    expect(wa).toBeDefined();
    const masked = (d: J, id: string) => same(JSON.parse(JSON.stringify(d).replaceAll(id, 'ADDED')));
    expect(masked(wd, wa)).toEqual(masked(nd, na));
    expect((wd.mentions as J[]).find((m) => m.id === target.id)!.review).toMatchObject({ state: 'confirmed', by: 'Anna Arkivarie' });
    const [wrec, nrec] = await both(`/api/records/${target.id}`);
    expect(same(wrec)).toEqual(same(nrec));
    const [waud, naud] = await both(`/api/audit?document=${target.documentId}`);
    expect(waud.items.map((e: J) => e.action)).toEqual(reviews.map(([p, b]) => (p.endsWith('/records') ? 'add' : (b as J).action)));
    expect(masked(masked(waud, wa) as J, na)).toEqual(masked(masked(naud, na) as J, wa));
    const [wc, nc] = await both(`/api/commitments?reviewed=true`);
    expect(same(wc)).toEqual(same(nc));
    // The reader's view hides the rejected date on both.
    if (date) expect((await (await w(`/api/documents/${target.documentId}`)).json() as J).mentions.some((m: J) => m.id === date.id)).toBe(false);
  });

  it('refuses uploads without the token or with a wrong one (401)', async () => {
    const body = 'Kommunfullmäktige i Tierp beslutade i dag att anta planen.';
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }] as Record<string, string>[]) {
      const res = await w('/api/documents?filename=x.txt', { method: 'POST', headers, body });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('refuses junk with 415 and stores nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
    const res = await w('/api/documents?filename=bild.pdf', { method: 'POST', headers: { ...workerAuth, 'content-type': 'application/pdf' }, body: png });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { status: number }).status).toBe(415);
    const health = (await (await w('/api/health')).json()) as { documents: number };
    expect(health.documents).toBe(DOCUMENTS);
  });

  it('concurrent uploads of the same new bytes store one document (one 201, the rest 200)', async () => {
    const body = 'Kommunstyrelsen i Östhammar ska senast år 2030 halvera utsläppen från kommunens egna fordon, enligt beslutet i dag.';
    const statuses = await Promise.all([1, 2, 3, 4].map(() =>
      w('/api/documents?filename=samtidig.txt', { method: 'POST', headers: { ...workerAuth, 'content-type': 'text/plain' }, body }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 200, 200, 201]);
    expect(((await (await w('/api/health')).json()) as { documents: number }).documents).toBe(DOCUMENTS + 1);
  });
});

describe('worker bundle', () => {
  it('`npm run build:worker` stays under 3 MiB gzip-compressed', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', 'build:worker'], {
      cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024,
    });
    const dist = join(ROOT, 'dist');
    const modules = readdirSync(dist).filter((f) => !f.endsWith('.map') && f !== 'README.md');
    expect(modules).toContain('worker.js');
    const raw = modules.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
    const gzip = modules.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).byteLength, 0);
    const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    console.log(`worker bundle: ${modules.join(', ')}: ${kib(raw)} raw, ${kib(gzip)} gzip (wrangler: ${/Total Upload:.*$/m.exec(stdout)?.[0] ?? '?'})`);
    expect(gzip).toBeGreaterThan(50 * 1024); // the app really is in there
    expect(gzip).toBeLessThan(3 * 1024 * 1024);
  }, 120_000);
});
