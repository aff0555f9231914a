// Extraction speed on real writing (issue 10): the median time of all extractors on one corpus/real document,
// against franc's language detection on the same documents in the same run — a fixed reference workload, so
// the ratio holds on a loaded machine where the milliseconds do not. The reference is franc itself, called as
// detectLanguage calls it, not detectLanguage: that one skips franc for unmistakably Swedish text (src/language.ts),
// which would make the reference shrink whenever the shortcut applies.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../extractors/index.js';
import { franc } from 'franc';
import { detectLanguage } from '../../src/language.js';
import type { ExtractorInput } from '../../src/types.js';

export interface ExtractionFigures {
  documents: number;
  /** Median over documents of the per-document time, each the minimum over `rounds` runs (ms). */
  median_extract_ms: number;
  median_language_ms: number;
  /** median_extract_ms / median_language_ms. */
  ratio: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

export function extractionVsLanguage(root: string, rounds = 7): ExtractionFigures | null {
  const dir = join(root, 'corpus/real/docs');
  let files: string[];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt')).sort(); } catch { return null; }
  const docs: ExtractorInput[] = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: null };
  });
  const ex = docs.map(() => Infinity), lang = docs.map(() => Infinity);
  // Interleaved rounds, each document's best time: the run least disturbed by other work on the machine.
  for (let r = 0; r < rounds; r++) {
    docs.forEach((doc, i) => {
      let t = performance.now();
      franc(doc.text.slice(0, 20000), { only: ['swe', 'nob', 'dan', 'eng'], minLength: 20 });
      lang[i] = Math.min(lang[i]!, performance.now() - t);
      const language = detectLanguage(doc.text);
      t = performance.now();
      extract({ ...doc, language }, files[i]!);
      ex[i] = Math.min(ex[i]!, performance.now() - t);
    });
  }
  const e = median(ex), l = median(lang);
  return { documents: docs.length, median_extract_ms: Math.round(e * 1000) / 1000, median_language_ms: Math.round(l * 1000) / 1000, ratio: Math.round((e / l) * 100) / 100 };
}
