// Configuration of the Node entry, from the environment only.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface NodeConfig {
  port: number;
  dataDir: string;
  token: string;
  /** True when the token was generated on this start (print it once). */
  tokenGenerated: boolean;
  readToken: string | null;
  maxBytes: number;
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<NodeConfig> {
  const dataDir = resolve(env.DATA_DIR || './data');
  await mkdir(dataDir, { recursive: true });
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const maxBytes = Number(env.KOMMUNARKIV_MAX_BYTES || 25 * 1024 * 1024);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new Error(`KOMMUNARKIV_MAX_BYTES must be a positive whole number of bytes`);
  let token = env.KOMMUNARKIV_TOKEN || '';
  let tokenGenerated = false;
  if (!token) {
    const file = join(dataDir, 'token');
    token = (await readFile(file, 'utf8').catch(() => '')).trim();
    if (!token) {
      token = [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, '0')).join('');
      await writeFile(file, token + '\n', { mode: 0o600 });
      tokenGenerated = true;
    }
    await chmod(file, 0o600);
  }
  return { port, dataDir, token, tokenGenerated, readToken: env.KOMMUNARKIV_READ_TOKEN || null, maxBytes };
}
