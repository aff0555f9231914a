// Configuration of the Node entry, from the environment only. Every mistake is one clear line (ConfigError),
// never a stack trace: a bad number, a DATA_DIR that cannot be made or written.
import { access, chmod, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const MiB = 1024 * 1024;

export interface NodeConfig {
  port: number;
  dataDir: string;
  token: string;
  /** True when the token was generated on this start (print it once). */
  tokenGenerated: boolean;
  readToken: string | null;
  maxBytes: number;
  /** Extraction processes (KOMMUNARKIV_JOBS; default: the number of cores). */
  jobs: number;
  /** CPU time one document may take, in ms (KOMMUNARKIV_CPU_SECONDS, default 60). */
  cpuMs: number;
  /** V8 heap ceiling of one extraction process, in MiB (KOMMUNARKIV_WORKER_MEMORY_MB, default 512). */
  workerMemoryMb: number;
  /** Memory that uploads in flight may take together, in bytes (KOMMUNARKIV_UPLOAD_MEMORY_MB, default 256). */
  uploadMemoryBytes: number;
  /** Uploads of at least this size are answered 202 and extracted in the background (KOMMUNARKIV_DEFER_BYTES, 1 MiB). */
  deferBytes: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, what: string, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be ${what}, not "${raw}"`);
  return n;
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<NodeConfig> {
  const dataDir = resolve(env.DATA_DIR || './data');
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code ?? String(err);
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be used (${why}): set DATA_DIR to a folder this user can write`);
  }
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const maxBytes = whole(env, 'KOMMUNARKIV_MAX_BYTES', 25 * MiB, 'a positive whole number of bytes');
  let token = env.KOMMUNARKIV_TOKEN || '';
  let tokenGenerated = false;
  if (!token) {
    const file = join(dataDir, 'token');
    try {
      token = (await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => { if (err.code === 'ENOENT') return ''; throw err; })).trim();
      if (!token) {
        token = [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, '0')).join('');
        await writeFile(file, token + '\n', { mode: 0o600 });
        tokenGenerated = true;
      }
      await chmod(file, 0o600);
    } catch (err) {
      throw new ConfigError(`the token file ${file} cannot be read or written (${(err as NodeJS.ErrnoException).code ?? err}): fix its permissions or set KOMMUNARKIV_TOKEN`);
    }
  }
  return {
    port, dataDir, token, tokenGenerated, readToken: env.KOMMUNARKIV_READ_TOKEN || null, maxBytes,
    jobs: whole(env, 'KOMMUNARKIV_JOBS', availableParallelism(), 'a positive whole number of processes'),
    cpuMs: whole(env, 'KOMMUNARKIV_CPU_SECONDS', 60, 'a positive whole number of seconds') * 1000,
    workerMemoryMb: whole(env, 'KOMMUNARKIV_WORKER_MEMORY_MB', 512, 'a whole number of MiB, at least 64', 64),
    uploadMemoryBytes: whole(env, 'KOMMUNARKIV_UPLOAD_MEMORY_MB', 256, 'a positive whole number of MiB') * MiB,
    deferBytes: whole(env, 'KOMMUNARKIV_DEFER_BYTES', MiB, 'a positive whole number of bytes'),
  };
}
