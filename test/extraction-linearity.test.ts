// Extraction cost grows linearly with the text (issue 11, B1): every extractor together, on real corpus prose
// repeated to 100 kB, 1 MB and 4 MB, and on 1 MB written as one line. CPU time of this process is measured, not
// wall time, so other work on the machine does not decide the outcome; the first run warms the code up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../extractors/index.js';

const dir = 'corpus/real/docs';
const prose = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt')).sort()
  .map((f) => readFileSync(join(dir, f), 'utf8')).filter((t) => /[åäö]/u.test(t)).join('\n\n');

function textOf(size: number, oneLine = false): string {
  let s = '';
  while (s.length < size) s += prose + '\n\n';
  s = s.slice(0, size);
  return oneLine ? s.replace(/\n+/gu, ' ') : s;
}

/** CPU microseconds per character of one extraction of `text`. */
function costPerChar(text: string): number {
  const before = process.cpuUsage();
  const { extraction } = extract({ format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: 'sv' }, 'big.txt');
  const used = process.cpuUsage(before);
  expect(extraction.municipalities.length).toBeGreaterThan(10); // the text was read, not skipped
  return (used.user + used.system) / text.length;
}

describe('extraction is linear in the text', () => {
  it('costs per character at 4 MB and at 1 MB on one line within 2× of 100 kB', () => {
    costPerChar(textOf(100_000)); // warm-up
    const small = costPerChar(textOf(100_000));
    const mb = costPerChar(textOf(1_000_000));
    const four = costPerChar(textOf(4_000_000));
    const line = costPerChar(textOf(1_000_000, true));
    const report = `µs/char: 100 kB ${small.toFixed(2)}, 1 MB ${mb.toFixed(2)}, 4 MB ${four.toFixed(2)}, 1 MB one line ${line.toFixed(2)}`;
    expect(four, report).toBeLessThan(2 * small);
    expect(mb, report).toBeLessThan(2 * small);
    expect(line, report).toBeLessThan(2 * small);
  }, 600_000);
});
