// The extraction pool (processes) and the writer thread (src/work/) on their own: a document past its CPU budget
// or its memory ceiling fails with that reason, only its process ends, and the pool goes on; a full queue refuses at once; the writer stores
// what the threads hand it, in batches, each document whole or not at all.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fsBlobStore } from '../src/storage/fs.js';
import { openNodeArchive } from '../src/work/engine.js';
import { BudgetExceeded, PoolBusy } from '../src/work/errors.js';
import { AnalysisPool, statFields } from '../src/work/pool.js';

const PROSE = readFileSync('corpus/docs/kalmar-vag2.txt', 'utf8');
const enc = new TextEncoder();
/** A long single line of real prose: slow to extract before the extractors were linear, and large in memory. */
const oneLine = (chars: number) => enc.encode(PROSE.replace(/\s+/g, ' ').repeat(Math.ceil(chars / PROSE.length)).slice(0, chars));

describe('the extraction pool', () => {
  const pools: AnalysisPool[] = [];
  afterAll(async () => { await Promise.all(pools.map((p) => p.close())); });
  const pool = (o: ConstructorParameters<typeof AnalysisPool>[0]) => { const p = new AnalysisPool(o); pools.push(p); return p; };

  it('analyses in a process what the pipeline gives in this one', async () => {
    const p = pool({ jobs: 1, nice: 0 });
    const seen: { stage: string; pages: number | null; characters: number | null }[] = [];
    const a = await p.analyse({ bytes: enc.encode(PROSE), name: 'kalmar-vag2.txt' }, (x) => seen.push(x));
    expect(a.extraction.municipalities).toContain('Kalmar');
    expect(a.doc.text.length).toBeGreaterThan(1000);
    expect(seen.map((x) => x.stage)).toEqual(['queued', 'parsing', 'extracting']);
    // What a 202's progress shows while the records are looked for: the pages and characters read.
    expect(seen[2]).toMatchObject({ pages: 1, characters: a.doc.text.length });
  }, 60_000);

  it('runs its processes below this process\'s priority unless told otherwise (the writer thread gets a core first)', async () => {
    // Field 19 of /proc/<pid>/stat is the niceness.
    const niceOf = (pid: number | 'self') => Number(statFields(`/proc/${pid}/stat`)![16]);
    const [niced, plain] = [pool({ jobs: 1 }), pool({ jobs: 1, nice: 0 })];
    for (const p of [niced, plain]) await p.analyse({ bytes: enc.encode('Kalmar kommun beslutade i går om en ny plan för cykelvägar.'), name: 'kort.txt' });
    const own = niceOf('self');
    expect(niced.pids.map(niceOf)).toEqual([Math.min(19, own + 10)]);
    expect(plain.pids.map(niceOf)).toEqual([own]);
  }, 60_000);

  it('stops a document past its CPU budget with that reason, and keeps going', async () => {
    const p = pool({ jobs: 1, cpuMs: 300, nice: 0 });
    const err = await p.analyse({ bytes: oneLine(4_000_000), name: 'lång.txt' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetExceeded);
    expect((err as BudgetExceeded).budget).toBe('cpu');
    expect((err as Error).message).toMatch(/^Processing stopped: the document used more than its budget of 0\.3 s of CPU time/);
    const next = await p.analyse({ bytes: enc.encode('Umeå kommun har antagit en klimatplan.'), name: 'kort.txt' });
    expect(next.extraction.municipalities).toEqual(['Umeå']);
  }, 60_000);

  it('stops a document that needs more memory than the ceiling with that reason', async () => {
    const p = pool({ jobs: 1, memoryMb: 32, cpuMs: 60_000, nice: 0 });
    const err = await p.analyse({ bytes: oneLine(20_000_000), name: 'stor.txt' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetExceeded);
    expect((err as BudgetExceeded).budget).toBe('memory');
    expect((err as Error).message).toMatch(/more than 32 MiB of memory/);
    const next = await p.analyse({ bytes: enc.encode('Luleå kommun har antagit en klimatplan.'), name: 'kort.txt' });
    expect(next.extraction.municipalities).toEqual(['Luleå']);
  }, 90_000);

  it('refuses at once when every process is busy and the queue is full', async () => {
    const p = pool({ jobs: 1, queueLimit: 1, cpuMs: 200, nice: 0 });
    const busy = [p.analyse({ bytes: oneLine(2_000_000), name: 'a.txt' }), p.analyse({ bytes: oneLine(2_000_001), name: 'b.txt' })];
    await expect(p.analyse({ bytes: enc.encode('Umeå kommun.'), name: 'c.txt' })).rejects.toBeInstanceOf(PoolBusy);
    await Promise.allSettled(busy);
  }, 60_000);
});

describe('the writer thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores concurrent uploads through the processes and the writer: one document per text, the same bytes once, failures kept', async () => {
    const node = await openNodeArchive({ file: join(dir, 'k.db'), dataDir: dir, blobs: fsBlobStore(dir), pool: { jobs: 2, nice: 0, cpuMs: 2000 } });
    try {
      const texts = Array.from({ length: 40 }, (_, i) => `${PROSE}\nArkivexemplar ${i} från Kalmar kommun.`);
      const uploads = [...texts, texts[0]!, texts[1]!].map((t, i) => node.archive.upload({ bytes: enc.encode(t), filename: `k-${i}.txt` }));
      uploads.push(node.archive.upload({ bytes: oneLine(4_000_000), filename: 'lång.txt' }));
      const out = await Promise.all(uploads);
      const by = (o: string) => out.filter((x) => x.outcome === o).length;
      expect([by('created'), by('existing'), by('failed')]).toEqual([40, 2, 1]);
      expect(out.at(-1)!.document.error).toMatch(/CPU time/);
      expect(await node.archive.count()).toBe(41);
      // Written by the writer, read back on this thread's own connection.
      const doc = await node.archive.get(out[0]!.document.id);
      expect(doc?.extraction?.municipalities).toContain('Kalmar');
      // A write from this thread (a deletion) goes through the writer too.
      await node.archive.delete(out[1]!.document.id, 'test');
      expect(await node.archive.count()).toBe(40);
      const sqlite = (node.storage.db.db as unknown as { $client: import('better-sqlite3').Database }).$client;
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await node.close();
    }
  }, 120_000);
});
