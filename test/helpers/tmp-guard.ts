// vitest globalSetup: the run gets a TMPDIR of its own (tests, servers and CLIs they start inherit it), and what
// the tests leave behind there under our names fails the run: every test cleans up its temporary folders.
// Caches meant to outlive a run (`kommunarkiv-*-cache`, e.g. the OCR scans of scripts/eval-ocr.ts) are moved in
// from the system's temporary folder at the start and back at the end.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isCache = (name: string) => /^kommunarkiv-.*-cache$/.test(name);

export default function setup() {
  const before = process.env.TMPDIR;
  const outer = tmpdir();
  const dir = mkdtempSync(join(outer, 'kommunarkiv-run-'));
  for (const name of readdirSync(outer).filter(isCache)) {
    try { renameSync(join(outer, name), join(dir, name)); } catch { /* another run has it: this one makes its own */ }
  }
  process.env.TMPDIR = dir;
  return () => {
    const names = readdirSync(dir);
    for (const name of names.filter(isCache)) {
      if (existsSync(join(outer, name))) continue; // another run put one back first
      try { renameSync(join(dir, name), join(outer, name)); } catch { /* dropped with the run's folder */ }
    }
    const left = names.filter((f) => f.startsWith('kommunarkiv-') && !isCache(f));
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
    if (left.length) {
      // A throw here is only logged by vitest ("error during close"); the exit code is what CI sees.
      console.error(`\nFAIL: the tests left temporary folders behind (removed now): ${left.join(', ')}`);
      process.exitCode = 1;
    }
  };
}
