// `npm run eval`: extraction quality on corpus/ per format, scored by scripts/score.mjs (a copy of the
// project's reference scorer, shared/eval/score.mjs). Runs the same pipeline as the API, in-process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { analyse, docName } from '../src/pipeline.js';

// The development corpus in every format, then the held-out documents (written for the project, see
// corpus/holdout/README.md) that measure how well the rules carry over to unseen text.
const sets: [label: string, dir: string, ext: string, gold: string][] = [
  ['text', 'corpus/docs', '.txt', 'corpus/gold'],
  ['html', 'corpus/formats', '.html', 'corpus/gold'],
  ['docx', 'corpus/formats', '.docx', 'corpus/gold'],
  ['pdf', 'corpus/formats', '.pdf', 'corpus/gold'],
  ['two-column pdf', 'corpus/hard', '.pdf', 'corpus/gold'],
  ['holdout text', 'corpus/holdout/docs', '.txt', 'corpus/holdout/gold'],
  ['holdout2 text', 'corpus/holdout2/docs', '.txt', 'corpus/holdout2/gold'],
  ['holdout3 text', 'corpus/holdout3/docs', '.txt', 'corpus/holdout3/gold'],
  ['holdout4 text', 'corpus/holdout4/docs', '.txt', 'corpus/holdout4/gold'],
  ['holdout5 text', 'corpus/holdout5/docs', '.txt', 'corpus/holdout5/gold'],
];
const verbose = process.argv.includes('--verbose');
const summary: string[] = [];
for (const [label, dir, ext, gold] of sets) {
  const out = mkdtempSync(join(tmpdir(), 'kommunarkiv-eval-'));
  for (const f of readdirSync(dir).filter((f) => extname(f) === ext).sort()) {
    try {
      const { extraction } = await analyse(new Uint8Array(readFileSync(join(dir, f))), docName(f));
      writeFileSync(join(out, basename(f, ext) + '.json'), JSON.stringify(extraction, null, 2));
    } catch (err) {
      console.error(`${dir}/${f}: ${(err as Error).message} (scored as empty)`);
    }
  }
  const report = execFileSync(process.execPath, ['scripts/score.mjs', '--gold', gold, '--pred', out], { encoding: 'utf8' });
  console.log(`\n== ${label} (${dir}/*${ext})${verbose ? ` predictions in ${out}` : ''}\n${report.trimEnd()}`);
  summary.push(`${label}=${/overall F1 (\S+)/.exec(report)?.[1]}`);
}
console.log(`\noverall F1 by format: ${summary.join('  ')}`);
