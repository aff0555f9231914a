// `npm run eval`: extraction quality per format, scored by scripts/score.mjs (a copy of the project's
// reference scorer, shared/eval/score.mjs). Runs the same pipeline as the API, in-process.
//
// First the real development corpus (corpus/real: 40 public documents nobody here wrote, gold by careful
// readers), then the five seed documents in every format, then the holdout sets (regression material written
// for the project by the same hands as the rules: they cannot measure generalisation).
//   --docs      print the scorer's per-document diffs for corpus/real plain text
//   --verbose   keep the prediction folders and print where they are
//   --only X    run only the sets whose label starts with X (e.g. --only real)
//   --archive D score against the fully reviewed documents of the archive in DATA_DIR D (scripts/eval-archive.ts)
//   --no-ocr    skip the OCR section (scans made from corpus PDFs, scripts/eval-ocr.ts; it runs with --only ocr)
//   --realpdf   the PDF reader on real office PDFs (../shared/realpdf) against pdftotext, see
//               scripts/eval-realpdf.ts; alone it runs only that (add --only X for sets as well)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { analyse, docName } from '../src/pipeline.js';

const sets: [label: string, dir: string, ext: string, gold: string][] = [
  ['real text', 'corpus/real/docs', '.txt', 'corpus/real/gold'],
  ['real html', 'corpus/real/formats', '.html', 'corpus/real/gold'],
  ['real docx', 'corpus/real/formats', '.docx', 'corpus/real/gold'],
  ['real pdf', 'corpus/real/formats', '.pdf', 'corpus/real/gold'],
  ['seed text', 'corpus/docs', '.txt', 'corpus/gold'],
  ['seed html', 'corpus/formats', '.html', 'corpus/gold'],
  ['seed docx', 'corpus/formats', '.docx', 'corpus/gold'],
  ['seed pdf', 'corpus/formats', '.pdf', 'corpus/gold'],
  ['seed two-column pdf', 'corpus/hard', '.pdf', 'corpus/gold'],
  ['holdout text', 'corpus/holdout/docs', '.txt', 'corpus/holdout/gold'],
  ['holdout2 text', 'corpus/holdout2/docs', '.txt', 'corpus/holdout2/gold'],
  ['holdout3 text', 'corpus/holdout3/docs', '.txt', 'corpus/holdout3/gold'],
  ['holdout4 text', 'corpus/holdout4/docs', '.txt', 'corpus/holdout4/gold'],
  ['holdout5 text', 'corpus/holdout5/docs', '.txt', 'corpus/holdout5/gold'],
];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// --archive DATA_DIR: score against an archive's fully reviewed documents instead (scripts/eval-archive.ts).
if (args.includes('--archive')) {
  const { evalArchive } = await import('./eval-archive.js');
  process.exit(await evalArchive(args[args.indexOf('--archive') + 1] ?? '', { verbose }));
}
const docs = args.includes('--docs');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] ?? '' : '';
const realpdf = args.includes('--realpdf');
const summary: string[] = [];
for (const [label, dir, ext, gold] of sets) {
  if ((only && !label.startsWith(only)) || (realpdf && !only)) continue;
  if (!existsSync(dir)) continue;
  const out = mkdtempSync(join(tmpdir(), 'kommunarkiv-eval-'));
  // `.source.txt` files beside the real documents hold provenance and annotation notes, not documents.
  for (const f of readdirSync(dir).filter((f) => extname(f) === ext && !f.endsWith('.source.txt')).sort()) {
    try {
      const { extraction } = await analyse(new Uint8Array(readFileSync(join(dir, f))), docName(f));
      writeFileSync(join(out, basename(f, ext) + '.json'), JSON.stringify(extraction, null, 2));
    } catch (err) {
      console.error(`${dir}/${f}: ${(err as Error).message} (scored as empty)`);
    }
  }
  const flags = docs && label === 'real text' ? ['--docs'] : [];
  const report = execFileSync(process.execPath, ['scripts/score.mjs', '--gold', gold, '--pred', out, ...flags], { encoding: 'utf8' });
  console.log(`\n== ${label} (${dir}/*${ext})${verbose ? ` predictions in ${out}` : ''}\n${report.trimEnd()}`);
  summary.push(`${label}=${/overall F1 (\S+)/.exec(report)?.[1]}`);
  if (!verbose) rmSync(out, { recursive: true, force: true });
}
if ((!only || 'ocr'.startsWith(only)) && !realpdf && !args.includes('--no-ocr')) {
  const { ocrReport } = await import('./eval-ocr.js');
  const { report, ocrF1 } = await ocrReport({ verbose });
  console.log(`\n${report}`);
  if (ocrF1 !== null) summary.push(`ocr scans=${ocrF1}`);
}
if (summary.length) console.log(`\noverall F1 by set: ${summary.join('  ')}`);
if (realpdf) {
  const { realPdfReport } = await import('./eval-realpdf.js');
  const dirAt = args.indexOf('--realpdf-dir');
  console.log(`\n${await realPdfReport(process.cwd(), { dir: dirAt >= 0 ? args[dirAt + 1] : undefined, verbose })}`);
}
