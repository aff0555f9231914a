// The Node engine of the Archive (src/archive.ts, Engine): documents are analysed in a pool of processes
// (src/work/pool.ts) and stored by one writer thread in batches (src/work/writer.ts). The main thread keeps
// a read connection; every write, its own included, goes to the writer. Used by the server and the CLI.
import { Archive, type ArchiveOptions, type Engine, type Storage } from '../archive.js';
import { openSqlite } from '../db/sqlite.js';
import type { BlobStore } from '../storage/blobs.js';
import { AnalysisPool, type PoolOptions } from './pool.js';
import { forwardWrites, WriterClient } from './writer.js';

export interface NodeArchive {
  archive: Archive;
  storage: Storage;
  pool: AnalysisPool;
  writer: WriterClient;
  /** Stop the extraction processes and the writer (after it has committed what it has), and close the database. */
  close(): Promise<void>;
}

export async function openNodeArchive(opts: {
  file: string;
  dataDir: string;
  blobs: BlobStore;
  pool?: Omit<PoolOptions, 'writer'>;
  archive?: Omit<ArchiveOptions, 'engine' | 'analyse'>;
  onWriterExit?: (code: number) => void;
}): Promise<NodeArchive> {
  // The main connection migrates the file first; the writer then opens it as it is.
  const db = openSqlite(opts.file);
  const writer = new WriterClient({ file: opts.file, dataDir: opts.dataDir, onExit: opts.onWriterExit });
  try {
    await writer.ready;
  } catch (err) {
    db.close();
    throw err;
  }
  const pool = new AnalysisPool({ ...opts.pool, writer });
  const storage: Storage = { db: forwardWrites(db, writer), blobs: opts.blobs };
  const engine = (): Engine => ({
    write: (op, ...args) => writer.call(op, args) as never,
    analyseAndStore: (job, step, onProgress) => pool.store(job, step, onProgress),
    get full() {
      return pool.full;
    },
  });
  const archive = new Archive(storage, { backgroundJobs: pool.jobs, ...opts.archive, engine });
  return {
    archive, storage, pool, writer,
    async close() {
      await pool.close();
      await writer.close();
      db.close();
    },
  };
}
