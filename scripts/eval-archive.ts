// `npm run eval -- --archive DATA_DIR`: score the current extractors against every fully reviewed document of
// an archive (every record confirmed, corrected, rejected or added by a reviewer, nothing orphaned). The
// reviewed extraction is the gold (GET /api/documents/:id/gold.json); the prediction is a fresh extraction of
// the stored original. Scored by scripts/score.mjs, as `npm run eval` scores the corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../src/archive.js';
import { openSqlite } from '../src/db/sqlite.js';
import { analyse, docName } from '../src/pipeline.js';
import { fullyReviewed, goldOf } from '../src/records.js';
import { fsBlobStore } from '../src/storage/fs.js';

export async function evalArchive(dataDir: string, opts: { verbose?: boolean } = {}): Promise<number> {
  const file = join(dataDir, 'kommunarkiv.db');
  if (!existsSync(file)) {
    console.error(`eval --archive: no archive at ${file}`);
    return 2;
  }
  const db = openSqlite(file);
  const archive = new Archive({ db, blobs: fsBlobStore(dataDir) });
  const out = mkdtempSync(join(tmpdir(), 'kommunarkiv-eval-archive-'));
  try {
    const ids = await fullyReviewed(db.db);
    console.log(`== archive ${dataDir}: ${ids.length} fully reviewed document(s)`);
    if (!ids.length) {
      console.log('nothing to score yet: review every record of a document (confirm, correct, reject, add) to make it gold');
      return 0;
    }
    const [goldDir, predDir] = [join(out, 'gold'), join(out, 'pred')];
    mkdirSync(goldDir);
    mkdirSync(predDir);
    for (const id of ids) {
      const row = (await archive.getRow(id))!;
      const { review, ...gold } = (await goldOf(db.db, id))!;
      writeFileSync(join(goldDir, `${id}.json`), JSON.stringify(gold, null, 2));
      const bytes = await archive.original(row);
      if (!bytes) {
        console.error(`${id} (${row.filename}): the original is missing (scored as empty)`);
        continue;
      }
      const { extraction } = await analyse(bytes, docName(row.filename), { published: row.declaredPublished });
      writeFileSync(join(predDir, `${id}.json`), JSON.stringify(extraction, null, 2));
      console.log(`  ${id} ${row.title ?? row.filename}: ${review.records} records, all reviewed`);
    }
    const report = execFileSync(process.execPath, ['scripts/score.mjs', '--gold', goldDir, '--pred', predDir, '--docs'], { encoding: 'utf8' });
    console.log(report.trimEnd());
    if (opts.verbose) console.log(`gold and predictions in ${out}`);
    return 0;
  } finally {
    db.close();
    if (!opts.verbose) rmSync(out, { recursive: true, force: true });
  }
}
