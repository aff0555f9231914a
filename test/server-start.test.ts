// The Node server as a newcomer and a slow client meet it (issue 11): common mistakes at start-up end with one
// clear line on stderr and exit code 1, never a stack trace; a client that stops sending its headers or its body
// is cut off by Node's headers timeout and the app's body timeout instead of holding a connection for ever.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, SERVER_TOKEN, type ServerProcess } from './helpers/server.js';
import { ROOT } from './helpers/wrangler.js';

const tmp = mkdtempSync(join(tmpdir(), 'kommunarkiv-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Start src/server.ts and wait for it to exit (it should): its exit code and what it printed. */
function startAndExit(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOST: '127.0.0.1', KOMMUNARKIV_TOKEN: SERVER_TOKEN, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not exit within 60 s:\n${stdout}${stderr}`)); }, 60_000);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
};

describe('start-up mistakes say one clear line', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  it('a port that is in use', async () => {
    const r = await startAndExit({ DATA_DIR: join(tmp, 'port'), PORT: String(port) });
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toBe(`kommunarkiv: port ${port} is already in use: stop the other server or set PORT`);
    expect(r.stdout).not.toContain('listening');
  }, 90_000);

  it('a DATA_DIR that cannot be a folder, and a database that cannot be opened', async () => {
    writeFileSync(join(tmp, 'en-fil'), 'Härnösands kommun');
    const file = await startAndExit({ DATA_DIR: join(tmp, 'en-fil', 'data'), PORT: '0' });
    expect(file.code).toBe(1);
    oneLine(file.stderr);
    expect(file.stderr.trim()).toBe(`kommunarkiv: DATA_DIR ${join(tmp, 'en-fil', 'data')} cannot be used (a file is in the way): set DATA_DIR to a folder this user can write`);
    mkdirSync(join(tmp, 'db', 'kommunarkiv.db'), { recursive: true });
    const db = await startAndExit({ DATA_DIR: join(tmp, 'db'), PORT: '0' });
    expect(db.code).toBe(1);
    oneLine(db.stderr);
    expect(db.stderr).toMatch(/^kommunarkiv: the database .*kommunarkiv\.db cannot be opened: /);
  }, 90_000);

  it('a setting that is not a number', async () => {
    const r = await startAndExit({ DATA_DIR: join(tmp, 'bad'), PORT: 'tretusen' });
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toBe('kommunarkiv: PORT must be a port number, not "tretusen"');
  }, 90_000);
});

describe('slow clients are cut off', () => {
  let s: ServerProcess;
  beforeAll(async () => { s = await startServer(); }, 90_000);
  afterAll(async () => {
    await s?.stop();
    if (s) removeDataDir(s);
  });

  /** Send `head` on a raw connection, then nothing: resolves with what the server answered and when it closed.
   * Latin-1 on the wire, as fetch sends the token's å, ä, ö in a header. */
  const stall = (head: string) => new Promise<{ answer: string; ms: number }>((resolve, reject) => {
    const { port } = new URL(s.url);
    const t0 = performance.now();
    let answer = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head, 'latin1'));
    socket.setEncoding('utf8');
    socket.on('data', (d) => { answer += d; });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, ms: performance.now() - t0 }));
    setTimeout(() => { socket.destroy(); reject(new Error('the server kept a stalled connection open for 90 s')); }, 90_000);
  });

  it('closes a connection whose headers stop (30 s) and answers a body that stops with 408 (30 s)', async () => {
    const [headers, body] = await Promise.all([
      stall('GET /api/search?q=Sundsvall HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Langsam: '),
      stall(`POST /api/documents?filename=sundsvall.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${SERVER_TOKEN}\r\n` +
        'Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\nSundsvalls kommun har antagit en ny klimatplan för perioden'),
    ]);
    expect(headers.ms, 'headers').toBeGreaterThan(25_000);
    expect(headers.ms).toBeLessThan(45_000);
    expect(headers.answer).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(body.ms, body.answer).toBeGreaterThan(25_000);
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.answer).toContain('The body stopped arriving');
    // The server still answers, and stored nothing.
    const health = (await (await fetch(`${s.url}/api/health`)).json()) as { documents: number };
    expect(health.documents).toBe(0);
  }, 120_000);
});
