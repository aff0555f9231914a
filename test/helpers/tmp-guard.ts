// vitest globalSetup: the run gets a TMPDIR of its own (tests, servers and CLIs they start inherit it), and what
// the tests leave behind there under our names fails the run: every test cleans up its temporary folders.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'kommunarkiv-run-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir).filter((f) => f.startsWith('kommunarkiv-'));
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
