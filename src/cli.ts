#!/usr/bin/env node
// kommunarkiv's command line: `extract` (no database), `ingest` (into DATA_DIR's database) and `token` (named
// tokens for reviewers: add, list, revoke). Ingest analyses files in a pool of processes (`--jobs N`,
// default: the number of cores). A mistake (a path that does not exist, an unusable DATA_DIR) is one line.
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './config.js';
import { openSqlite } from './db/sqlite.js';
import { analyse, docName } from './pipeline.js';
import { fsBlobStore } from './storage/fs.js';
import { addToken, listTokens, revokeToken, ROLES, type Role } from './tokens.js';
import { openNodeArchive } from './work/engine.js';
import { dataPackage } from './export.js';

/** A mistake of the user's: printed as one line, exit code 2. */
class UsageError extends Error {}

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(err.code === 'ENOENT' ? `no such file or folder: ${p}` : `cannot read ${p} (${err.code ?? err.message})`);
    });
    if (s.isDirectory()) out.push(...(await expand((await readdir(p)).sort().map((f) => join(p, f)))));
    else out.push(p);
  }
  return out;
}

function usage(msg?: string): never {
  if (msg) console.error(`kommunarkiv: ${msg}`);
  console.error('usage:\n  kommunarkiv extract --out DIR FILE...\n  kommunarkiv ingest PATH...\n' +
    '  kommunarkiv token add "NAME" [--role reviewer|admin|reader]\n  kommunarkiv token list\n  kommunarkiv token revoke NAME\n  kommunarkiv export DIR');
  process.exit(2);
}

async function extractCommand(args: string[]): Promise<number> {
  const i = args.indexOf('--out');
  if (i < 0 || !args[i + 1]) usage('extract needs --out DIR');
  const out = args[i + 1]!;
  const files = await expand(args.filter((_, k) => k !== i && k !== i + 1));
  if (!files.length) usage('extract needs at least one FILE');
  await mkdir(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const { extraction } = await analyse(new Uint8Array(await readFile(file)), docName(file));
      const target = join(out, basename(file, extname(file)) + '.json');
      await writeFile(target, JSON.stringify(extraction, null, 2) + '\n');
    } catch (err) {
      failed++;
      console.error(`${file}: ${(err as Error).message}`);
    }
  }
  console.error(`extracted ${files.length - failed} of ${files.length} file(s) into ${out}`);
  return failed ? 1 : 0;
}

/**
 * Progress on stderr: a bar that redraws itself on a terminal; otherwise (a log file, CI) one plain line per
 * file, so that the output reads well without a terminal.
 */
function progress(done: number, total: number, label: string, outcome?: string) {
  if (!process.stderr.isTTY) {
    if (outcome) process.stderr.write(`[${done}/${total}] ${outcome} ${label}\n`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${basename(label).slice(0, 40).padEnd(40)}`);
  if (done === total) process.stderr.write('\n');
}

/** OCR progress of one scan, page by page: a redrawn line on a terminal, else a line every tenth page (and the last). */
function ocrProgress(file: string, done: number, total: number) {
  if (!process.stderr.isTTY) {
    if (done === total || done % 10 === 0) process.stderr.write(`  OCR ${done}/${total} pages ${basename(file)}\n`);
    return;
  }
  process.stderr.write(`\r  OCR ${done}/${total} pages ${basename(file).slice(0, 40).padEnd(40)}`);
  if (done === total) process.stderr.write('\n');
}

/** `--jobs N` (default KOMMUNARKIV_JOBS, else the number of cores). */
function jobsOf(args: string[]): { jobs: number; rest: string[] } {
  const i = args.indexOf('--jobs');
  const raw = i >= 0 ? args[i + 1] : process.env.KOMMUNARKIV_JOBS;
  const jobs = raw === undefined || raw === '' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, not "${raw}"`);
  return { jobs, rest: i >= 0 ? args.filter((_, k) => k !== i && k !== i + 1) : args };
}

async function ingestCommand(argv: string[]): Promise<number> {
  const { jobs, rest: args } = jobsOf(argv);
  if (!args.length) usage('ingest needs at least one PATH');
  const files = await expand(args);
  const config = await loadConfig();
  const file = join(config.dataDir, 'kommunarkiv.db');
  const blobs = fsBlobStore(config.dataDir);
  await blobs.sweepTemporary?.();
  // One writer thread stores in batches; the extraction processes run below its priority (see PoolOptions.nice).
  const node = await openNodeArchive({ file, dataDir: config.dataDir, blobs, pool: { jobs, cpuMs: config.cpuMs, memoryMb: config.workerMemoryMb } });
  const { archive, pool } = node;
  const tally = { stored: 0, duplicates: 0, renditions: 0, failed: [] as string[] };
  let next = 0;
  let done = 0;
  try {
    progress(0, files.length, '');
    // As many files in flight as the pool can take; each is read, analysed in a thread and written in order of arrival.
    await Promise.all(Array.from({ length: Math.min(files.length, pool.jobs + pool.queueLimit) }, async () => {
      while (next < files.length) {
        const file = files[next++]!;
        let outcome = 'stored';
        try {
          // A scan shows its OCR page by page (a 100-page scan takes minutes).
          const onProgress = (p: { ocr?: { done: number; total: number } }) => { if (p.ocr) ocrProgress(file, p.ocr.done, p.ocr.total); };
          const { outcome: o, document } = await archive.upload({ bytes: new Uint8Array(await readFile(file)), filename: basename(file) }, { onProgress });
          if (o === 'existing') { tally.duplicates++; outcome = 'duplicate'; }
          else if (o === 'rendition') { tally.renditions++; outcome = `rendition of ${document.id}`; }
          else if (o === 'failed') { tally.failed.push(`${file}: ${document.error} (stored as ${document.id})`); outcome = 'failed'; }
          else tally.stored++;
        } catch (err) {
          tally.failed.push(`${file}: ${(err as Error).message} (not stored)`);
          outcome = 'refused';
        }
        progress(++done, files.length, file, outcome);
      }
    }));
  } finally {
    await node.close();
  }
  console.log(`stored ${tally.stored}, duplicates ${tally.duplicates}, renditions ${tally.renditions}, failed ${tally.failed.length} (database ${file})`);
  for (const f of tally.failed) console.log(`  failed: ${f}`);
  return tally.failed.length ? 1 : 0;
}

/** Named tokens in DATA_DIR's database. A new token is printed once; only its SHA-256 is kept. */
async function tokenCommand(args: string[]): Promise<number> {
  const [sub, ...more] = args;
  const config = await loadConfig();
  const db = openSqlite(join(config.dataDir, 'kommunarkiv.db'));
  try {
    if (sub === 'add') {
      const r = more.indexOf('--role');
      const role = (r >= 0 ? more[r + 1] : 'reviewer') as Role;
      const name = more.filter((_, k) => r < 0 || (k !== r && k !== r + 1)).join(' ');
      if (!name) usage('token add needs a NAME');
      if (!ROLES.includes(role)) usage(`--role is one of ${ROLES.join(', ')}`);
      const t = await addToken(db.db, name, role);
      console.error(`made a ${t.role} token for ${t.name}; it is shown only this once:`);
      console.log(t.token);
      return 0;
    }
    if (sub === 'list') {
      for (const t of await listTokens(db.db)) console.log([t.name, t.role, t.createdAt, t.revokedAt ? `revoked ${t.revokedAt}` : 'active'].join('\t'));
      return 0;
    }
    if (sub === 'revoke') {
      if (!more.length) usage('token revoke needs a NAME');
      const t = await revokeToken(db.db, more.join(' '));
      console.log(`revoked ${t.name} (${t.revokedAt})`);
      return 0;
    }
    usage(sub ? `unknown token command ${sub}` : 'token needs add, list or revoke');
  } catch (err) {
    console.error(`kommunarkiv: ${(err as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

/** The archive in DATA_DIR as a Frictionless Data Package in DIR (CSV files and datapackage.json). */
async function exportCommand(args: string[]): Promise<number> {
  const out = args[0];
  if (!out) usage('export needs a DIR');
  const config = await loadConfig();
  const db = openSqlite(join(config.dataDir, 'kommunarkiv.db'));
  try {
    await mkdir(out, { recursive: true });
    const files = await dataPackage(db.db, process.env.KOMMUNARKIV_URL || `http://127.0.0.1:${config.port}`);
    for (const f of files) await writeFile(join(out, f.name), f.content);
    console.log(`wrote ${files.length} files to ${out}: ${files.map((f) => f.name).join(', ')}`);
    return 0;
  } finally {
    db.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (a: string[]) => Promise<number>> = { extract: extractCommand, ingest: ingestCommand, token: tokenCommand, export: exportCommand };
const run = command ? commands[command] : undefined;
if (!run) usage(command ? `unknown command ${command}` : undefined);
try {
  process.exitCode = await run(rest);
} catch (err) {
  if (err instanceof UsageError) usage(err.message);
  if (err instanceof ConfigError) {
    console.error(`kommunarkiv: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
