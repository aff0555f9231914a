// The Node server (src/server.ts) as a child process on a free port and a fresh DATA_DIR: for tests that need
// the real thing (worker threads, timeouts, memory of the process, a kill -9 and a restart).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort } from './wrangler.js';

export const SERVER_TOKEN = 'server-test-token-åäö';

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  auth: Record<string, string>;
  /** Everything the server printed. */
  logs(): string;
  /** Resident memory now and its high-water mark, in MiB (Linux /proc): of the server process itself. */
  memory(): { rssMb: number; peakMb: number };
  /** The same for the server and its extraction processes together (peaks summed: an upper bound). */
  treeMemory(): { rssMb: number; peakMb: number; processes: number };
  /** kill -9: no clean-up of any kind. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Start the server on `dataDir` (a new temporary one by default) and wait until /api/health answers. */
export async function startServer(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'kommunarkiv-server-'))): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', KOMMUNARKIV_TOKEN: SERVER_TOKEN, ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${out}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`the server did not start within 60 s:\n${out}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const status = (pid = child.pid) => readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (s: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
  // Children as the kernel lists them (/proc/<pid>/task/<tid>/children), depth first.
  const tree = (pid: number): number[] => {
    const kids: number[] = [];
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (list) kids.push(...list.split(/\s+/).map(Number));
    }
    return [pid, ...kids.flatMap((k) => { try { return tree(k); } catch { return []; } })];
  };
  return {
    url, dataDir, child, auth: { authorization: `Bearer ${SERVER_TOKEN}` },
    logs: () => out,
    memory: () => { const s = status(); return { rssMb: kb(s, 'VmRSS') / 1024, peakMb: kb(s, 'VmHWM') / 1024 }; },
    treeMemory: () => {
      const all = tree(child.pid!).map((pid) => { try { return status(pid); } catch { return ''; } }).filter(Boolean);
      return { rssMb: all.reduce((n, s) => n + kb(s, 'VmRSS'), 0) / 1024, peakMb: all.reduce((n, s) => n + kb(s, 'VmHWM'), 0) / 1024, processes: all.length };
    },
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Remove a server's DATA_DIR (after stop). */
export const removeDataDir = (s: ServerProcess) => rmSync(s.dataDir, { recursive: true, force: true });
