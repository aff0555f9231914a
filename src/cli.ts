#!/usr/bin/env node
// kommunarkiv's command line: `extract` (no database) and `ingest` (into DATA_DIR's database).
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { analyse, docName } from './pipeline.js';

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p);
    if (s.isDirectory()) out.push(...(await expand((await readdir(p)).sort().map((f) => join(p, f)))));
    else out.push(p);
  }
  return out;
}

function usage(msg?: string): never {
  if (msg) console.error(`kommunarkiv: ${msg}`);
  console.error('usage:\n  kommunarkiv extract --out DIR FILE...\n  kommunarkiv ingest PATH...');
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

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (a: string[]) => Promise<number>> = { extract: extractCommand };
const run = command ? commands[command] : undefined;
if (!run) usage(command ? `unknown command ${command}` : undefined);
process.exitCode = await run(rest);
