// Originals on the local disk under DATA_DIR. A write goes to a temporary file and is renamed into place,
// so a crash never leaves a half-written original under its final name.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobStore } from './blobs.js';

export function fsBlobStore(root: string): BlobStore {
  const made = new Set<string>(); // directories known to exist
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
  };
}
