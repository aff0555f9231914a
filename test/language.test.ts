// Language detection: franc's trigrams, overruled by spelling where a short text tips it the wrong way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, francWithCounts, languageCounts } from '../src/language.js';

describe('detectLanguage', () => {
  it('reads short Swedish sentences as Swedish, which trigrams alone take for Norwegian or Danish', () => {
    for (const text of [
      'Kommunfullmäktige i Borgholm ansåg motionen om solceller besvarad.',
      'Tierps kommun satsar 20 miljoner kronor på energieffektivisering av skolorna.',
      'Publicerad 2023-06-01\n\nI dag inviger kommunen den nya laddparken.',
      'Mikael Eriksson, projektledare på Sveriges Kommuner och Regioner, presenterade rapporten.',
    ]) expect(detectLanguage(text), text).toBe('sv');
  });

  it('keeps Norwegian, Danish and English pages, Swedish names in them included', () => {
    expect(detectLanguage('Bystyret i Trondheim vedtok å erklære klima- og naturkrise. Byen skal være klimanøytral innen 2030, og kommunen skal kutte utslippene.')).toBe('nb');
    expect(detectLanguage('Sønderborg kommune har fået anerkendelse for sin klimaplan. Byen vil være CO2-neutral i 2029, og planen er lavet sammen med borgerne i Malmö og København.')).toBe('da');
    expect(detectLanguage('Umeå has been selected for the EU mission for 100 climate-neutral cities, says Hans Lindberg, chair of the municipal executive board in Umeå.')).toBe('en');
  });

  it('agrees with the real corpus labels', () => {
    for (const [file, lang] of [['sonderborg-projectzero-c40-da', 'da'], ['trondheim-mdg-klima-og-naturkrise-nb', 'nb'], ['umea-frontrunner-climate-neutrality-en', 'en'], ['lysekil-lp-mp-kd-aterremiss-reglemente', 'sv']]) {
      expect(detectLanguage(readFileSync(`corpus/real/docs/${file}.txt`, 'utf8')), file).toBe(lang);
    }
  });

  it('answers an unmistakably Swedish text without franc, and with what franc would have said', () => {
    const text = readFileSync('corpus/docs/karlstad-klimatkontrakt.txt', 'utf8');
    const c = languageCounts(text);
    expect(c.sv).toBeGreaterThanOrEqual(40); // the shortcut's case
    expect(detectLanguage(text)).toBe('sv');
    expect(francWithCounts(text, c.sv, c.no, c.en)).toBe('sv');
    // Every real document the shortcut takes: the same answer as franc with the counts.
    for (const file of ['lysekil-lp-mp-kd-aterremiss-reglemente', 'sater-kf-bifaller-mp-motion-klimatneutral-2040', 'trondheim-mdg-klima-og-naturkrise-nb', 'sonderborg-projectzero-c40-da']) {
      const t = readFileSync(`corpus/real/docs/${file}.txt`, 'utf8');
      const k = languageCounts(t);
      expect(detectLanguage(t), file).toBe(francWithCounts(t, k.sv, k.no, k.en));
    }
  });

  it('leaves a text with many Swedish and more Norwegian words to franc', () => {
    // 40+ Swedish marks but more Norwegian ones: not unmistakable, franc and the counts decide as before.
    const mixed = 'Kommunen och regionen ska även arbeta för att nå målen. '.repeat(8) + 'Byen skal være klimanøytral og kommunen er ikke ferdig til å kutte utslippene. '.repeat(14);
    const c = languageCounts(mixed);
    expect(c.sv).toBeGreaterThanOrEqual(40);
    expect(detectLanguage(mixed)).toBe('nb');
  });
});
