import { describe, expect, it } from 'vitest';
import { execAll, LETTER, NOT_WORD_CHAR, UPPER, WORD_CHAR, wordRe } from './regex.js';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);

describe('execAll', () => {
  const text = 'Kommunfullmäktige i Växjö antog i går en ny klimatplan; Örebro och Umeå antog sina 2021.';

  it('finds the same matches as matchAll, with groups and offsets', () => {
    const re = wordRe('(antog)\\s+(?:i\\s+går\\s+)?(?:en\\s+ny\\s+|sina\\s+)(\\S+)');
    expect(summary(execAll(re, text))).toEqual(summary(text.matchAll(re)));
    expect(summary(execAll(re, text)).map((m) => m[1])).toEqual(['antog i går en ny klimatplan;', 'antog sina 2021.']);
  });

  it('leaves lastIndex at 0 when the loop is left early, so the next search starts from the beginning', () => {
    const re = wordRe('antog');
    for (const m of execAll(re, text)) { expect(m.index).toBe(26); break; }
    expect(re.lastIndex).toBe(0);
    expect([...execAll(re, text)].map((m) => m.index)).toEqual([26, 72]);
  });

  it('steps over empty matches by whole code points, like matchAll', () => {
    const re = /(?:å|ä|ö)*/gu;
    const s = 'på 𝐀 väg mot ö';
    expect(summary(execAll(re, s))).toEqual(summary(s.matchAll(re)));
  });

  it('refuses a non-global regex (matchAll throws too)', () => {
    expect(() => [...execAll(/växjö/iu, text)]).toThrow(TypeError);
  });
});

describe('LETTER, UPPER, WORD_CHAR and NOT_WORD_CHAR', () => {
  // Every code point (surrogates stand alone only without the u flag), with and without the i flag: under /iu the
  // ASCII class also takes 'ſ' (U+017F) and the Kelvin sign (U+212A), both letters, so the sets must still agree.
  const chars: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCodePoint(c));
  for (const flags of ['u', 'iu']) {
    it(`match exactly the code points of \\p{L}, \\p{Lu}, [\\p{L}\\p{N}] and [^\\p{L}\\p{N}] (flags ${flags})`, () => {
      const pairs: [RegExp, RegExp][] = [
        [new RegExp(`^${LETTER}$`, flags), new RegExp('^\\p{L}$', flags)],
        [new RegExp(`^${UPPER}$`, flags), new RegExp('^\\p{Lu}$', flags)],
        [new RegExp(`^${WORD_CHAR}$`, flags), new RegExp('^[\\p{L}\\p{N}]$', flags)],
        [new RegExp(`^${NOT_WORD_CHAR}$`, flags), new RegExp('^[^\\p{L}\\p{N}]$', flags)],
      ];
      for (const [fast, plain] of pairs) {
        const differ = chars.filter((ch) => fast.test(ch) !== plain.test(ch));
        expect(differ.map((ch) => ch.codePointAt(0)!.toString(16))).toEqual([]);
      }
      // ('å' and 'Ö' go the long way, 'a', 'Z' and '7' the short one; both count.)
      expect(['å', 'Ö', 'a', 'Z', '7'].map((ch) => new RegExp(`^${WORD_CHAR}$`, flags).test(ch))).toEqual([true, true, true, true, true]);
    });
  }

  it('keep wordRe to whole words after å, ä, ö and digits', () => {
    const re = wordRe('mål');
    expect([...execAll(re, 'Målet, delmål och mål; 3mål. Mål!')].map((m) => m.index)).toEqual([18, 29]);
  });
});
