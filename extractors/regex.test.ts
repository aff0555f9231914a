import { describe, expect, it } from 'vitest';
import { wordRe } from './regex.js';
import { execAll } from './regex.js';

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
