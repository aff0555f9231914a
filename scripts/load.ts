// `npm run load`: start the server on loopback with a fresh DATA_DIR, send a bounded burst of uploads,
// print throughput and latency percentiles, then check that every 201 is in the database and nothing else.
// While the uploads run, a reader searches without pause (one request at a time): its latency is what a
// researcher sees while the archive is being filled.
// Options: --requests N (default 2000), --concurrency C (default 50), --duplicates F (share of repeats, 0.1).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const REQUESTS = Math.min(arg('--requests', 2000), 20000);
const CONCURRENCY = Math.min(arg('--concurrency', 50), 200);
const DUPLICATES = arg('--duplicates', 0.1);

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

const dataDir = mkdtempSync(join(tmpdir(), 'kommunarkiv-load-'));
const port = await freePort();
const token = 'load-test-token';
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', KOMMUNARKIV_TOKEN: token },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => { server.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); };

try {
  for (let i = 0; ; i++) {
    if (i > 100) throw new Error('the server did not start within 20 s');
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  // Distinct documents: corpus texts with a unique line appended; a share of repeats to exercise dedup.
  const texts = readdirSync('corpus/docs').map((f) => readFileSync(join('corpus/docs', f), 'utf8'));
  const body = (i: number) => `${texts[i % texts.length]}\n\nArkivexemplar nr ${i} – mottaget för belastningsprov.\n`;
  const plan = Array.from({ length: REQUESTS }, (_, i) => (i > 0 && Math.random() < DUPLICATES ? Math.floor(Math.random() * i) : i));

  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const created = new Set<string>();
  let next = 0;
  let uploading = true;
  let retries = 0;
  const searches: number[] = [];
  const searchStatuses = new Map<number, number>();
  const TERMS = ['klimatkontrakt*', 'Viable Cities', 'kommunstyrelsen', 'klimatneutral*', 'Kalmar', 'belastningsprov', 'fossilfri*', 'Karlstad'];
  const reader = (async () => {
    for (let i = 0; uploading; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent(TERMS[i % TERMS.length]!)}`);
      await res.arrayBuffer();
      searches.push(performance.now() - t0);
      searchStatuses.set(res.status, (searchStatuses.get(res.status) ?? 0) + 1);
    }
  })();
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < plan.length) {
      const n = plan[next++]!;
      const t0 = performance.now();
      let res: Response;
      for (;;) {
        res = await fetch(`${base}/api/documents?filename=load-${n}.txt`, {
          method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' }, body: body(n),
        });
        // Busy (the extraction queue or the memory budget is full): a client waits as Retry-After says (here at most 1 s).
        if (res.status !== 503) break;
        retries++;
        await res.arrayBuffer();
        await new Promise((r) => setTimeout(r, Math.min(1000, Number(res.headers.get('retry-after') ?? 1) * 1000)));
      }
      const json = (await res.json()) as { id?: string };
      latencies.push(performance.now() - t0);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201 && json.id) created.add(json.id);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  uploading = false;
  await reader;

  latencies.sort((a, b) => a - b);
  searches.sort((a, b) => a - b);
  const at = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(1) : '–');
  const pct = (p: number) => at(latencies, p);
  const listed = new Set<string>();
  for (let offset = 0; ; offset += 200) {
    const page = (await (await fetch(`${base}/api/documents?limit=200&offset=${offset}`)).json()) as { items: { id: string }[]; total: number };
    for (const d of page.items) listed.add(d.id);
    if (page.items.length < 200) break;
  }
  const lost = [...created].filter((id) => !listed.has(id));
  const extra = [...listed].filter((id) => !created.has(id));
  const distinct = new Set(plan).size;

  console.log(`requests        ${REQUESTS} at concurrency ${CONCURRENCY} (${distinct} distinct documents, the rest repeats)`);
  console.log(`statuses        ${[...statuses].map(([s, n]) => `${s}×${n}`).join('  ')}${retries ? `  (after ${retries} retries of a 503)` : ''}`);
  console.log(`throughput      ${(REQUESTS / seconds).toFixed(1)} uploads/s over ${seconds.toFixed(1)} s`);
  console.log(`latency ms      p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${latencies.at(-1)!.toFixed(1)}`);
  console.log(`search ms       p50 ${at(searches, 50)}  p90 ${at(searches, 90)}  p99 ${at(searches, 99)}  max ${searches.at(-1)?.toFixed(1) ?? '–'}` +
    `  (${searches.length} searches during the uploads, one at a time; ${[...searchStatuses].map(([st, n]) => `${st}×${n}`).join(' ')})`);
  console.log(`count check     201s ${created.size}, in database ${listed.size}, lost ${lost.length}, extra ${extra.length}`);
  const ok = lost.length === 0 && extra.length === 0 && created.size === distinct && !statuses.has(500) && [...searchStatuses.keys()].every((st) => st === 200);
  console.log(ok ? 'OK: every 201 is in the database and nothing else is' : 'FAILED: the count check does not hold');
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
