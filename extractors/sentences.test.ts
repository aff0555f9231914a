import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));
const texts = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? texts(p) : p.endsWith('.txt') ? [readFileSync(p, 'utf8')] : [];
});

/** What splitting every line with Intl.Segmenter alone gives (before the abbreviation merges, which both share). */
function segmenterOnly(line: string): string[] {
  return [...new Intl.Segmenter('sv', { granularity: 'sentence' }).segment(line)].map((s) => s.segment.trim()).filter(Boolean);
}

describe('splitSentences', () => {
  it('splits after sentence ends and keeps lines apart', () => {
    const text = 'Kommunen ska bli klimatneutral 2030. Det beslutade fullmäktige i går!\nÖversiktsplan för Åre\nVarför nu? Därför.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Kommunen ska bli klimatneutral 2030.', 'Det beslutade fullmäktige i går!', 'Översiktsplan för Åre', 'Varför nu?', 'Därför.',
    ]);
  });

  it('keeps a line without any sentence end whole, with its offsets', () => {
    const text = '  Kommunstyrelsens förslag till beslut  \nAnna Öberg (S), kommunstyrelsens ordförande';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Kommunstyrelsens förslag till beslut', 'Anna Öberg (S), kommunstyrelsens ordförande']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('sends a line with any terminator or paragraph separator to the segmenter', () => {
    // Full-width and ideographic stops, the one-dot leader and a line separator are break opportunities too.
    for (const line of ['Beslut fattat。 Nästa punkt', 'Beslut fattat． Nästa punkt', 'Beslut fattat\u2024 Nästa punkt', 'Beslut fattat\u2028Nästa punkt']) {
      expect(segmenterOnly(line)).toHaveLength(2);
      expect(splitSentences(line).map((s) => s.text)).toEqual(segmenterOnly(line));
    }
  });

  it('agrees with Intl.Segmenter on the lines of the corpus that have no abbreviation merge to make', () => {
    let lines = 0;
    for (const text of texts(CORPUS)) {
      for (const line of text.match(/[^\n]+/g) ?? []) {
        const expected = segmenterOnly(line);
        // (Lines the merges change: a piece that starts in lower case or a digit, or a short word with a full stop.)
        if (line.length > 2000 || /(?<!\p{L})\p{L}{1,5}\.\s/u.test(line) || expected.slice(1).some((x) => /^[\p{Ll}\d]/u.test(x))) continue;
        expect(splitSentences(line).map((s) => s.text), line).toEqual(expected);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });
});
