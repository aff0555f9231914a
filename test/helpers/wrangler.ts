// Run the Worker locally in workerd (`wrangler dev --local`) on a throw-away D1/R2/queue state directory.
// Nothing is written into the repository except wrangler's own gitignored .wrangler/tmp bundle.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Run a wrangler command to completion; throws with its output when it fails. */
export async function wrangler(args: string[], timeoutMs = 120_000): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [WRANGLER, ...args], {
      cwd: ROOT, env: ENV, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`wrangler ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

export interface LocalWorker {
  url: string;
  /** Everything wrangler and the Worker printed so far (console.log of the Worker included). */
  logs(): string;
  /** The rows of one SQL query on the Worker's local D1 (`wrangler d1 execute --local`). */
  d1<T>(query: string): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Apply the migrations to a fresh local D1 in a temporary --persist-to directory, then start `wrangler dev`
 * in its own process group and wait until /api/health answers.
 */
export async function startWorker(vars: Record<string, string>, startTimeoutMs = 90_000): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), 'kommunarkiv-wrangler-'));
  await wrangler(['d1', 'migrations', 'apply', 'kommunarkiv', '--local', '--persist-to', state]);
  const [port, inspector] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, [
    WRANGLER, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector),
    '--persist-to', state, '--show-interactive-dev-session=false', '--log-level', 'log',
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ], { cwd: ROOT, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  // If the test process ends without afterAll (a crash, a timeout), do not leave workerd behind.
  const reap = () => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', reap);
  void exited.then(() => { alive = false; process.off('exit', reap); });

  const stop = async () => {
    if (alive && child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
      if (!killed) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(state, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (!alive) {
      await stop();
      throw new Error(`wrangler dev exited before it was ready:\n${out.slice(-6000)}`);
    }
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer /api/health within ${startTimeoutMs} ms:\n${out.slice(-6000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const d1 = async <T>(query: string): Promise<T[]> => {
    const json = await wrangler(['d1', 'execute', 'kommunarkiv', '--local', '--persist-to', state, '--json', '--command', query]);
    return (JSON.parse(json.slice(json.indexOf('['))) as { results: T[] }[])[0]!.results;
  };
  return { url, logs: () => out, d1, stop };
}
