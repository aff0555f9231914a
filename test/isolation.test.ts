// One document must never stop the archive (issue 11: B1, B10, B13, acceptance 2), tried on the real Node
// server in a child process: heavy documents are analysed in extraction processes while the server keeps answering,
// concurrent large uploads stay inside a memory budget, and a kill -9 leaves nothing that start-up does not clean.
import { request } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paddedPdf, proseDocx, prosePdf } from './helpers/bombs.js';
import { removeDataDir, startServer, type ServerProcess } from './helpers/server.js';

const PROSE = ['kalmar-vag2', 'karlstad-klimatkontrakt', 'enkoping-nasta-fas', 'kristinehamn-tvillingstad']
  .map((n) => readFileSync(`corpus/docs/${n}.txt`, 'utf8')).join('\n');

const timed = async (url: string) => {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
};

async function post(s: ServerProcess, path: string, body: Uint8Array, type = 'application/octet-stream') {
  const res = await fetch(s.url + path, { method: 'POST', headers: { ...s.auth, 'content-type': type }, body: body as Uint8Array<ArrayBuffer> });
  return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
}

describe('heavy documents are analysed off the event loop', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer({ KOMMUNARKIV_CPU_SECONDS: '15' });
    for (const f of ['kalmar-vag2', 'karlstad-klimatkontrakt']) {
      expect((await post(s, `/api/documents?filename=${f}.txt`, readFileSync(`corpus/docs/${f}.txt`))).status).toBe(201);
    }
  }, 90_000);
  afterAll(async () => {
    await s?.stop();
    if (s) removeDataDir(s);
  });

  it('answers /api/health and a search in under 200 ms while a 300-page PDF and a 10 MB one-line text are processed', async () => {
    const pdf = prosePdf(300, PROSE);
    expect(pdf.byteLength).toBeGreaterThan(1024 * 1024);
    const line = new TextEncoder().encode(PROSE.replace(/\s+/g, ' ').repeat(Math.ceil(10e6 / PROSE.length)).slice(0, 10e6));
    const [a, b] = await Promise.all([post(s, '/api/documents?filename=rapport.pdf', pdf), post(s, '/api/documents?filename=en-rad.txt', line)]);
    // Both are large: stored at once and answered 202, as on Workers; the analysis runs in the extraction processes.
    for (const r of [a, b]) {
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(202);
      expect(r.body.status).toBe('processing');
      expect(r.body.progress).toMatchObject({ stage: expect.stringMatching(/^(queued|parsing|extracting)$/) });
    }
    const ids = [a.body.id as string, b.body.id as string];
    // The web upload of a large file goes straight to its page, which says it is being processed and how far it
    // got, and refreshes itself (both extraction processes are busy: it waits in the queue).
    const form = new FormData();
    form.set('token', s.auth.authorization!.slice('Bearer '.length));
    form.set('file', new File([PROSE.repeat(Math.ceil(1.5e6 / PROSE.length))], 'stor-pressmeddelande.txt', { type: 'text/plain' }));
    const web = await fetch(`${s.url}/upload`, { method: 'POST', body: form, redirect: 'manual' });
    expect(web.status).toBe(303);
    expect(web.headers.get('location')).toMatch(/^\/documents\/[0-9a-f]{16}$/);
    for (const path of [web.headers.get('location')!, `/documents/${a.body.id}`]) {
      const page = await (await fetch(s.url + path)).text();
      expect(page, path).toMatch(/Dokumentet bearbetas fortfarande \((i kö|läser filen|[^)]*letar uppgifter)\)/);
      expect(page).toContain('<meta http-equiv="refresh" content="3"/>');
    }
    const samples: { health: number; search: number }[] = [];
    const firsts: number[] = [];
    const stages = new Set<string>();
    const deadline = Date.now() + 400_000;
    while (Date.now() < deadline) {
      const docs = await Promise.all(ids.map(async (id) => (await (await fetch(`${s.url}/api/documents/${id}`)).json()) as Record<string, any>));
      const busy = docs.filter((d) => d.status === 'processing');
      for (const d of busy) {
        if (!d.progress) continue;
        stages.add(d.progress.stage);
        // While its records are looked for, the report's progress says how much was read: 300 pages.
        if (d.id === ids[0] && d.progress.stage === 'extracting') expect(d.progress).toMatchObject({ pages: 300, characters: expect.any(Number) });
      }
      if (!busy.length) break;
      // A request over 200 ms is asked again at once (up to twice): a blocked event loop stays blocked for those
      // too, while a moment when the (shared) machine gave this process no CPU does not.
      const again = async (url: string) => {
        let r = await timed(url);
        firsts.push(r.ms);
        for (let k = 0; k < 2 && r.ms >= 200; k++) r = await timed(url);
        return r;
      };
      const health = await again(`${s.url}/api/health`);
      const search = await again(`${s.url}/api/search?q=klimatkontrakt*`);
      expect([health.status, search.status]).toEqual([200, 200]);
      // Measured while both documents are still in the pool.
      if (busy.length === 2) samples.push({ health: health.ms, search: search.ms });
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const worst = { health: Math.max(...samples.map((x) => x.health)), search: Math.max(...samples.map((x) => x.search)) };
    const sorted = [...firsts].sort((x, y) => x - y);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
    console.log(`while processing: ${samples.length} samples, worst health ${worst.health.toFixed(1)} ms, worst search ${worst.search.toFixed(1)} ms ` +
      `(first attempts p50 ${q(0.5)}, p95 ${q(0.95)}, max ${q(1)} ms); stages seen ${[...stages]}`);
    expect(worst.health).toBeLessThan(200);
    expect(worst.search).toBeLessThan(200);
    expect([...stages].some((x) => x === 'parsing' || x === 'extracting')).toBe(true);
    // Each ends stored: extracted, or failed with the reason (its budget) and its original kept.
    for (const id of ids) {
      const doc = (await (await fetch(`${s.url}/api/documents/${id}`)).json()) as Record<string, any>;
      expect(doc.status).not.toBe('processing');
      if (doc.status === 'failed') expect(doc.error).toMatch(/^Processing stopped: .*(CPU|memory)/);
      expect((await fetch(`${s.url}/api/documents/${id}/original`)).status).toBe(200);
    }
  }, 480_000);

  it('keeps answering while a 200 KB DOCX of 30 MB of paragraphs is read (B1b: 6 minutes and 2.56 GiB before)', async () => {
    const docx = proseDocx(30e6, PROSE);
    expect(docx.byteLength).toBeLessThan(512 * 1024); // small: not deferred, the upload waits for its analysis
    let answer: Awaited<ReturnType<typeof post>> | null = null;
    const started = performance.now();
    const pending = post(s, '/api/documents?filename=trettio-megabyte.docx', docx).then((r) => { answer = r; });
    const health: number[] = [];
    while (!answer && performance.now() - started < 300_000) {
      let r = await timed(`${s.url}/api/health`);
      // As above: one slow moment of a shared machine is asked again; a blocked event loop stays blocked.
      for (let k = 0; k < 2 && r.ms >= 200; k++) r = await timed(`${s.url}/api/health`);
      expect(r.status).toBe(200);
      health.push(r.ms);
      await new Promise((res) => setTimeout(res, 150));
    }
    await pending;
    const seconds = (performance.now() - started) / 1000;
    const a = answer as unknown as Awaited<ReturnType<typeof post>>;
    console.log(`30 MB DOCX: ${a.status} after ${seconds.toFixed(1)} s (${a.body.status ?? a.body.document?.status}: ${a.body.error ?? a.body.detail ?? ''}); ` +
      `${health.length} health checks meanwhile, worst ${Math.max(...health).toFixed(1)} ms; server peak RSS ${s.memory().peakMb.toFixed(0)} MiB`);
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...health)).toBeLessThan(200);
    // Read within its budgets (15 s of CPU here), or stopped by one with the reason; its original kept either way.
    expect([201, 422]).toContain(a.status);
    if (a.status === 422) expect(a.body.detail).toMatch(/Processing stopped: .*(CPU|memory)|inflates to/);
    expect(seconds).toBeLessThan(120);
    const id = (a.body.id ?? a.body.documentId) as string;
    expect((await fetch(`${s.url}/api/documents/${id}/original`)).status).toBe(200);
    // The XML was inflated and parsed in an extraction process, not in the server.
    expect(s.memory().peakMb).toBeLessThan(1024);
  }, 360_000);
});

describe('concurrent large uploads stay inside the memory budget', () => {
  let s: ServerProcess;
  beforeAll(async () => { s = await startServer({ KOMMUNARKIV_UPLOAD_MEMORY_MB: '256', KOMMUNARKIV_WORKER_MEMORY_MB: '256' }); }, 90_000);
  afterAll(async () => {
    await s?.stop();
    if (s) removeDataDir(s);
  });

  it('takes 50 concurrent 25 MiB PDFs without swelling: 202 or 503 with Retry-After, and a bounded peak', async () => {
    const SIZE = 25 * 1024 * 1024 - 64;
    // One shared 25 MiB body; a different last line makes each upload its own file (its own SHA-256).
    const pdf = Buffer.from(paddedPdf(SIZE));
    const eof = pdf.lastIndexOf('%%EOF');
    const head = pdf.subarray(0, eof - 16);
    const tail = (i: number) => Buffer.from(`${String(i).padStart(15, '0')}\n${pdf.subarray(eof).toString('latin1')}`, 'latin1');
    const { port } = new URL(s.url);
    const send = (i: number) => new Promise<{ status: number; retryAfter: string | null; id: string | null }>((resolve, reject) => {
      const t = tail(i);
      const req = request({ host: '127.0.0.1', port, path: `/api/documents?filename=stor-${i}.pdf`, method: 'POST',
        headers: { ...s.auth, 'content-type': 'application/pdf', 'content-length': head.length + t.length } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: (res.headers['retry-after'] as string) ?? null, id: JSON.parse(text).id ?? null }));
      });
      // A refused upload is answered before its body has been read; the socket may close under our feet.
      const ignore = (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err));
      req.on('error', ignore);
      req.on('socket', (socket) => socket.on('error', ignore));
      req.write(head);
      req.end(t);
    });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => send(i)));
    const by = (st: number) => results.filter((r) => r.status === st);
    const tree = s.treeMemory();
    console.log(`50 × 25 MiB: ${by(202).length} stored (202), ${by(503).length} refused (503); server peak RSS ${s.memory().peakMb.toFixed(0)} MiB, ` +
      `with its ${tree.processes - 1} child processes (extraction, esbuild) at most ${tree.peakMb.toFixed(0)} MiB`);
    expect(results.every((r) => r.status === 202 || r.status === 503)).toBe(true);
    expect(by(202).length).toBeGreaterThanOrEqual(3);
    expect(by(503).length).toBeGreaterThan(0);
    expect(by(503).every((r) => Number(r.retryAfter) > 0)).toBe(true);
    // Every 202 is really stored; the server keeps answering.
    const health = (await (await fetch(`${s.url}/api/health`)).json()) as { documents: number };
    expect(health.documents).toBe(by(202).length);
    // The ceiling: the bodies in flight are bounded by the budget, the extraction processes by theirs (4.27 GiB before).
    expect(s.memory().peakMb).toBeLessThan(1024);
    expect(tree.peakMb).toBeLessThan(2048);
  }, 180_000);
});

describe('after a kill -9', () => {
  let s: ServerProcess;
  afterAll(async () => {
    await s?.stop();
    if (s) removeDataDir(s);
  });

  it('start-up removes half-written files, adopts originals without a row and resumes what was processing', async () => {
    s = await startServer();
    const docs = Array.from({ length: 30 }, (_, i) => new TextEncoder().encode(`${PROSE.slice(0, 3000)}\nKrasch-prov nummer ${i} i Sundsvalls kommun.\n`));
    const uploads = docs.map((d, i) => post(s, `/api/documents?filename=krasch-${i}.txt`, d).catch(() => null));
    await new Promise((r) => setTimeout(r, 300));
    await s.crash();
    const answered = (await Promise.all(uploads)).filter((r) => r?.status === 201).map((r) => r!.body.id as string);
    // What a crash can leave, made certain: a temporary file of a dead writer and an original without its row.
    const orphan = new TextEncoder().encode('Pressmeddelande: Ånge kommun har antagit en klimatplan för 2030.');
    const sha = createHash('sha256').update(orphan).digest('hex');
    mkdirSync(join(s.dataDir, 'originals', sha.slice(0, 2)), { recursive: true });
    writeFileSync(join(s.dataDir, 'originals', sha.slice(0, 2), sha), orphan);
    writeFileSync(join(s.dataDir, 'originals', sha.slice(0, 2), `${sha}.999999.x1y2.tmp`), orphan.subarray(0, 10));

    s = await startServer({}, s.dataDir);
    await expect.poll(() => s.logs(), { timeout: 20_000 }).toMatch(/after a crash: .*adopted/);
    const tmp = readdirSync(join(s.dataDir, 'originals'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));
    expect(tmp).toEqual([]);
    // Every original on disk has its document (adopted ones are extracted in the background).
    const originals = readdirSync(join(s.dataDir, 'originals'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('/').pop()!).filter((f) => /^[0-9a-f]{64}$/.test(f));
    expect(originals).toContain(sha);
    await expect.poll(async () => {
      const states = await Promise.all(originals.map(async (o) => ((await (await fetch(`${s.url}/api/documents/${o.slice(0, 16)}`)).json()) as { status?: string }).status));
      return states.every((x) => x === 'extracted');
    }, { timeout: 60_000, interval: 500 }).toBe(true);
    for (const id of answered) expect((await fetch(`${s.url}/api/documents/${id}`)).status).toBe(200);
    const adopted = (await (await fetch(`${s.url}/api/documents/${sha.slice(0, 16)}`)).json()) as { filename: string; extraction: { municipalities: string[] } };
    expect(adopted.filename).toBe(`recovered-${sha.slice(0, 16)}.txt`);
    expect(adopted.extraction.municipalities).toContain('Ånge');
    await s.stop();
    const db = new BetterSqlite3(join(s.dataDir, 'kommunarkiv.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(existsSync(join(s.dataDir, 'kommunarkiv.db'))).toBe(true);
  }, 180_000);
});
