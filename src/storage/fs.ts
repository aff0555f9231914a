// Originals on the local disk under DATA_DIR. A write goes to a temporary file and is renamed into place,
// so a crash never leaves a half-written original under its final name; what it can leave is a `.tmp` file,
// which `sweepTemporary` removes at the next start (unless the process that writes it is still running).
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobStore } from './blobs.js';

/** `<final name>.<pid>.<random>.tmp`: the pid says whether its writer may still be at work. */
const TMP = /\.(\d+)\.[a-z0-9]+\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function fsBlobStore(root: string): BlobStore {
  const made = new Set<string>(); // directories known to exist
  const originals = join(root, 'originals');
  return {
    async put(key, bytes) {
      const file = join(root, key);
      const dir = dirname(file);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(root, key)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(join(root, key), { force: true });
    },
    async sweepTemporary() {
      let removed = 0;
      for (const dir of await readdir(originals).catch(() => [] as string[])) {
        for (const f of await readdir(join(originals, dir)).catch(() => [] as string[])) {
          const m = TMP.exec(f);
          if (!m) continue;
          // A live writer's file is left alone, unless it is a day old (a pid reused by another process).
          const file = join(originals, dir, f);
          const old = Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? Date.now()) > 86_400_000;
          if (alive(Number(m[1])) && !old) continue;
          await rm(file, { force: true });
          removed++;
        }
      }
      return removed;
    },
    async *keys() {
      for (const dir of (await readdir(originals).catch(() => [] as string[])).sort()) {
        if (!/^[0-9a-f]{2}$/.test(dir)) continue;
        for (const f of (await readdir(join(originals, dir)).catch(() => [] as string[])).sort()) {
          if (/^[0-9a-f]{64}$/.test(f)) yield `originals/${dir}/${f}`;
        }
      }
    },
  };
}
