import { describe, expect, it } from 'vitest';
import type { CommitmentType, ExtractorInput } from '../src/types.js';
import { type Attributes, commitmentAttributes, objectKeysIn, WINDOW_BEFORE, yearsIn } from './attributes.js';
import { OBJECTS } from './lexicon/objects.js';
import { phrasesRe, phraseMatches } from './lexicon/phrases.js';
import type { ExtractorContext } from './types.js';

const EMPTY_CTX: ExtractorContext = {
  document: [], municipalities: [], people: [], waves: [], dates: [], commitments: [], kind: 'press_release', published: null,
};

interface Call {
  type: CommitmentType;
  actor?: string;
  when?: string | null;
  /** The evidence: a substring of the text (default: the last line). */
  evidence?: string;
  index?: number;
  of?: number;
}

/** The attributes of the commitment whose evidence is `call.evidence` (or the text's last line) in `text`. */
function attrs(text: string, call: Call): Attributes {
  const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: 'sv' };
  const evidence = call.evidence ?? text.split('\n').filter((l) => l.trim()).pop()!.trim();
  const start = text.lastIndexOf(evidence);
  if (start < 0) throw new Error(`evidence not in text: ${evidence}`);
  return commitmentAttributes({
    doc, ctx: EMPTY_CTX, type: call.type, actor: call.actor ?? 'kommunen', when: call.when ?? null, start, end: start + evidence.length,
    ...(call.of ? { index: call.index ?? 0, of: call.of } : {}),
  });
}

describe('phrase notation', () => {
  it('continues words with *, makes inner hyphens optional, bridges gaps and requires a capital for <Name>', () => {
    const m = (p: string, s: string) => phraseMatches(phrasesRe([p]), s).map((x) => x.text);
    expect(m('minsk*', 'Utsläppen ska minska; minskningen syns.')).toEqual(['minska', 'minskningen']);
    expect(m('*klimatstrategi*', 'en ny energi- och klimatstrategi')).toEqual(['klimatstrategi']);
    expect(m('fossil-oberoende*', 'fossil-oberoende och fossiloberoende')).toEqual(['fossil-oberoende', 'fossiloberoende']);
    expect(m('målet för … är', 'Målet för Örebro kommun som geografiskt område är att')).toHaveLength(1);
    expect(m('klimatneutral* <Name>', 'ett klimatneutralt Nacka men klimatneutralt år')).toEqual(['klimatneutralt Nacka']);
    expect(m('kommunens ~ fastigheter', 'kommunens befintliga fastigheter')).toHaveLength(1);
    // never inside a word unless * says so
    expect(m('ska', 'Miljöpartiet skapar')).toEqual([]);
  });
});

describe('strength', () => {
  it('an att-sats is proposed', () => {
    expect(attrs('Centerpartiet yrkar\natt kommunen installerar solceller på alla förskolor i Växjö', { type: 'propose', actor: 'C' }).strength).toBe('proposed');
  });
  it('a proposal only announced is stated', () => {
    expect(attrs('Vi kommer också att återkomma med fler förslag om laddstolpar i början av 2026.', { type: 'propose', actor: 'MP' }).strength).toBe('stated');
  });
  it('a signing, and a contract to be signed, is signed', () => {
    expect(attrs('Luleå kommun undertecknade i går Klimatkontrakt 2030.', { type: 'sign', actor: 'Luleå' }).strength).toBe('signed');
    expect(attrs('Genom avsiktsförklaringen åtar vi oss att skriva under klimatkontraktet nästa år.', { type: 'sign', actor: 'Gävle' }).strength).toBe('signed');
  });
  it('an undertaking in a contract is signed', () => {
    const text = 'På måndagen signerade Skövde ett klimatkontrakt med fem myndigheter. I avtalet åtar sig kommunen att bygga ut laddinfrastrukturen.';
    const a = attrs(text, { type: 'other', actor: 'Skövde', evidence: 'I avtalet åtar sig kommunen att bygga ut laddinfrastrukturen.' });
    expect(a.strength).toBe('signed');
    expect(a.object).toBe('laddinfrastruktur');
  });
  it('goals listed under a line that puts them in the contract are signed', () => {
    const text = 'Målen i det nya klimatkontraktet är tre:\n\n  • Klimatet: Borås stads verksamhet ska vara fossilfri 2030.\n';
    expect(attrs(text, { type: 'target', actor: 'Borås', evidence: 'Klimatet: Borås stads verksamhet ska vara fossilfri 2030.' }))
      .toMatchObject({ strength: 'signed', target_year: 2030, scope: 'organisation', object: 'fossilfri' });
  });
  it('a council decision is decided, even with "ska" in it', () => {
    expect(attrs('Kommunfullmäktige i Borås har beslutat att kommunen ska bli fossilfri senast 2030.', { type: 'target', actor: 'Borås', when: '2030' }))
      .toMatchObject({ strength: 'decided', target_year: 2030, object: 'fossilfri', scope: null });
  });
  it("a goal presented as the body's own is decided", () => {
    expect(attrs('Ett av kommunens mål är att alla tjänstebilar ska vara fossilfria år 2027.', { type: 'target', when: '2027' }))
      .toMatchObject({ strength: 'decided', target_year: 2027, object: 'fossilfri-fordonsflotta', scope: 'organisation' });
  });
  it('a membership in force is decided; an intention to join is stated', () => {
    expect(attrs('Härnösand är sedan 2019 medlem i Klimatkommunerna.', { type: 'join', actor: 'Härnösand' }))
      .toMatchObject({ strength: 'decided', object: 'klimatkommunerna', scope: null, target_year: null });
    expect(attrs('Härnösand vill gå med i Klimatkommunerna.', { type: 'join', actor: 'Härnösand' }).strength).toBe('stated');
  });
  it('an intention without a decision is stated: vill, planerar, kommer att, a bare ska', () => {
    expect(attrs('Örnsköldsvik planerar att bygga en solpark vid hamnen.', { type: 'other', actor: 'Örnsköldsvik' }))
      .toMatchObject({ strength: 'stated', object: 'solenergi' });
    expect(attrs('Laddpunkter kommer även att sättas upp i Ödeshög och Åby.', { type: 'other' }).strength).toBe('stated');
    expect(attrs('Sverige ska ha nettonoll utsläpp av växthusgaser år 2045.', { type: 'target', actor: 'Sverige', when: '2045' }))
      .toMatchObject({ strength: 'stated', object: 'klimatneutral', scope: 'area', target_year: 2045 });
    expect(attrs('– Vi vill skapa en plattform för samverkan i klimatomställningen.', { type: 'other', actor: 'Örebro' }).strength).toBe('stated');
  });
  it("a programme's or mission's goal given as a purpose is stated", () => {
    expect(attrs('Göteborg har valts ut som en av 100 europeiska städer med målet att bli klimatneutrala till år 2030.', { type: 'target', actor: 'Göteborg', when: '2030' }))
      .toMatchObject({ strength: 'stated', object: 'klimatneutral', target_year: 2030, scope: 'area' });
  });
  it('the answer to a motion is answered, with any outcome', () => {
    expect(attrs('Motionen om laddstolpar vid förskolorna behandlades i kväll. Kommunfullmäktige avslog motionen.', { type: 'other', actor: 'Höör', evidence: 'Kommunfullmäktige avslog motionen.' }))
      .toMatchObject({ strength: 'answered', object: 'laddinfrastruktur' });
    expect(attrs('Förslaget har bifallits i kommunstyrelsen.', { type: 'other', actor: 'Höör' }).strength).toBe('answered');
    // without a motion in sight, an approval is no answer
    expect(attrs('Kommunstyrelsen ställer sig positiv till en utredning om solceller.', { type: 'other', actor: 'Höör' }).strength).toBe('decided');
  });
  it('a decision announced for later is stated', () => {
    expect(attrs('Beslut om vilka kommuner som får stöd fattas i juni.', { type: 'other', actor: 'Energimyndigheten' }).strength).toBe('stated');
  });
  it('"ska" in a purpose clause is not the intention of an act that is done', () => {
    expect(attrs('I dag öppnade Viable Cities en utlysning för att fler städer ska kunna söka stöd för klimatomställningen.', { type: 'other', actor: 'Viable Cities' }).strength).toBe('decided');
  });
  it('a plan to be drawn up is stated; a plan adopted is decided', () => {
    expect(attrs('Kommunen kommer bland annat att ta fram en handlingsplan för klimatomställningen.', { type: 'adopt_plan', actor: 'Umeå' }))
      .toMatchObject({ strength: 'stated', object: 'klimatplan', target_year: null });
    expect(attrs('Miljönämnden i Ystad har antagit en ny energi- och klimatstrategi.', { type: 'adopt_plan', actor: 'Ystad' }))
      .toMatchObject({ strength: 'decided', object: 'klimatplan' });
  });
});

describe('target year, baseline year, reduction', () => {
  const goal = (s: string, when: string | null = null) => attrs(s, { type: 'target', when }).target_year;
  it('reads the goal year after senast, till, före and år, and a bare year in a goal clause', () => {
    expect(goal('Kommunen ska vara klimatneutral senast år 2035.')).toBe(2035);
    expect(goal('Kommunen ska bli fossilfri till 2030.')).toBe(2030);
    expect(goal('Alla skolor ska värmas med förnybar energi före 2028.')).toBe(2028);
    expect(goal('Målet är tydligt – ett klimatneutralt Växjö år 2030.')).toBe(2030);
    expect(goal('Ett av kommunens mål är att staden ska vara klimatneutral 2040.')).toBe(2040);
    expect(goal('2045 ska Sveriges nettoutsläpp vara noll.')).toBe(2045);
  });
  it('the end of an implementation period is the target year', () => {
    expect(attrs('att kommunen investerar 5 miljoner under perioden 2024–2027 i solceller på kommunala byggnader', { type: 'propose', actor: 'C' }))
      .toMatchObject({ target_year: 2027, scope: 'organisation', object: 'solenergi' });
  });
  it('a deadline counts only in a sentence about the future', () => {
    expect(attrs('Vi kommer att återkomma med nya förslag för klimatet i början av 2026.', { type: 'propose', actor: 'MP' }).target_year).toBe(2026);
    expect(attrs('Under 2015 pågick arbetet med att ta fram kommunens klimatstrategi.', { type: 'other' }).target_year).toBeNull();
  });
  it("trap: 'till 2030' that is a validity period is no target year", () => {
    expect(attrs('Programmet gäller till 2030 och kommunen ska minska sina utsläpp med 50 procent till 2035.', { type: 'target' }))
      .toMatchObject({ target_year: 2035, reduction_percent: 50, object: 'utslappsminskning' });
    expect(attrs('Miljöprogrammet gäller under perioden 2024–2030.', { type: 'adopt_plan' }).target_year).toBeNull();
    expect(yearsIn('kommunplan 2010-2014').map((y) => y.role)).toEqual(['validity']);
  });
  it('trap: a signing date or a start year is no target year', () => {
    expect(attrs('Kalmar skrev under avsiktsförklaringen 2021.', { type: 'sign', actor: 'Kalmar', when: '2021' }).target_year).toBeNull();
    expect(attrs('Kalmar skrev under avsiktsförklaringen 2021 och har som mål att bli klimatneutralt 2030.', { type: 'target', actor: 'Kalmar' }).target_year).toBe(2030);
    expect(attrs('Norrbottens landsting blev 2014 regional koordinator för Borgmästaravtalet.', { type: 'other', actor: 'Norrbottens landsting', when: '2014' }).target_year).toBeNull();
    expect(attrs('I dag lämnar MP in en motion om att kommunen ska upprätta en koldioxidbudget med start 2026.', { type: 'propose', actor: 'MP' }))
      .toMatchObject({ target_year: null, object: 'klimatbudget' });
    expect(yearsIn('I december 2022 signerade Skellefteå sitt första kontrakt.')[0]!.role).toBe('event');
    expect(yearsIn('Klimatneutrala städer 2030 och Agenda 2030').map((y) => y.role)).toEqual(['name', 'name']);
  });
  it("trap: another municipality's goal quoted as comparison does not give the year", () => {
    expect(attrs('Lund vill bli klimatneutralt 2035, fem år efter Malmö som siktar på 2030.', { type: 'target', actor: 'Lund', when: '2035' }).target_year).toBe(2035);
  });
  it('reads the baseline year', () => {
    expect(attrs('Utsläppen ska minska med 63 procent till 2030 jämfört med 1990.', { type: 'target', when: '2030' }))
      .toMatchObject({ target_year: 2030, baseline_year: 1990, reduction_percent: 63, object: 'utslappsminskning' });
    expect(attrs('Kommunens utsläpp ska halveras till 2030 från 2005 års nivå.', { type: 'target' }))
      .toMatchObject({ baseline_year: 2005, reduction_percent: 50, target_year: 2030 });
  });
  it("'40 respektive 70 procent … till 2025 och 2035' gives one reduction per target", () => {
    const s = 'Målet för Gävle kommun som geografiskt område är en minskad klimatbelastning med 40 respektive 70 procent per invånare till 2025 och 2035, jämfört med år 2005.';
    expect(attrs(s, { type: 'target', actor: 'Gävle', when: '2025', index: 0, of: 2 }))
      .toMatchObject({ target_year: 2025, baseline_year: 2005, reduction_percent: 40, scope: 'area', strength: 'decided' });
    expect(attrs(s, { type: 'target', actor: 'Gävle', when: '2035', index: 1, of: 2 }))
      .toMatchObject({ target_year: 2035, reduction_percent: 70 });
    // without a when, the order decides
    expect(attrs(s, { type: 'target', actor: 'Gävle', index: 1, of: 2 })).toMatchObject({ target_year: 2035, reduction_percent: 70 });
  });
  it('an energy saving is a reduction of energy use', () => {
    expect(attrs('Vi föreslog att nämnden inför en 15% besparing av energi 2026.', { type: 'propose', actor: 'S' }))
      .toMatchObject({ reduction_percent: 15, target_year: 2026, object: 'energieffektivisering' });
  });
  it('trap: shares and increases are no reductions', () => {
    expect(attrs('att kommunen antar målet om 100 % förnybar el i kommunens verksamhet senast år 2029', { type: 'propose', actor: 'MP' }))
      .toMatchObject({ reduction_percent: null, target_year: 2029, object: 'fornybar-energi', scope: 'organisation' });
    expect(attrs('Kommunen ska öka andelen förnybar energi till 50 procent till 2030.', { type: 'target' }).reduction_percent).toBeNull();
  });
  it('joining, signing and plans carry no numbers', () => {
    expect(attrs('Kommunfullmäktige har beslutat att kommunen ska göra en handlingsplan för att bli klimatneutral senast 2040.', { type: 'adopt_plan', actor: 'Säter' }))
      .toMatchObject({ target_year: null, object: 'klimatplan', strength: 'decided', scope: null });
  });
});

describe('scope', () => {
  const scope = (s: string, type: CommitmentType = 'target', actor = 'kommunen') => attrs(s, { type, actor }).scope;
  it("organisation: the municipality's own operations", () => {
    expect(scope('Målet för kommunkoncernen är att vara klimatneutral till 2030.')).toBe('organisation');
    expect(scope('Allt resande i kommunens verksamheter ska vara fossilfritt 2028.')).toBe('organisation');
    expect(scope('Fordonsflottan ska vara fossilfri år 2025.')).toBe('organisation');
    expect(scope('att solceller installeras på kommunala byggnader i hela kommunen', 'propose', 'V')).toBe('organisation');
    expect(scope('att Ludvika kommun investerar i egen solelproduktion', 'propose', 'V')).toBe('organisation');
    expect(scope('Sjöbo kommuns verksamhet ska ha noll fossila utsläpp 2030.', 'target', 'Sjöbo')).toBe('organisation');
  });
  it('area: the geographic municipality, its inhabitants, its places', () => {
    expect(scope('Målet för Umeå kommun som geografiskt område är att bli klimatneutralt.', 'target', 'Umeå')).toBe('area');
    expect(scope('Utsläppen per invånare ska minska med 30 procent.')).toBe('area');
    expect(scope('att kommunen tar fram en strategi som säkrar laddning i alla kommundelar', 'propose', 'S')).toBe('area');
    expect(scope('Målet är tydligt – ett klimatneutralt Nacka år 2030.', 'target', 'Nacka')).toBe('area');
    expect(scope('Ett av kommunens mål är att Östersund stad ska vara klimatneutralt 2030.', 'target', 'Östersund')).toBe('area');
    expect(scope('Malmö har valts ut med målet att bli klimatneutralt till 2030.', 'target', 'Malmö')).toBe('area');
    expect(scope('Regeringen har deklarerat att Sverige ska bli ett av världens första fossilfria välfärdsländer.', 'target', 'Regeringen')).toBe('area');
  });
  it('null when the text names neither, and always for joining and signing', () => {
    expect(scope('Kommunen ska bli klimatneutral senast 2040.')).toBeNull();
    expect(scope('Örebro kommun är medlem i Sveriges Ekokommuner.', 'join', 'Örebro')).toBeNull();
    expect(scope('Kommunkoncernen skrev under Klimatkontrakt 2030.', 'sign', 'Örebro')).toBeNull();
    // cities as participants of a call are no scope
    expect(scope('I dag öppnar Viable Cities en utlysning som ger städer möjlighet att höja takten.', 'other', 'Viable Cities')).toBeNull();
  });
  it('an object that is the organisation by nature gives its scope', () => {
    expect(attrs('Redan i juli tas 20 nya elbilar in i verksamheterna.', { type: 'other' })).toMatchObject({ object: 'fossilfri-fordonsflotta', scope: 'organisation' });
    // electric cars of the inhabitants are no fleet
    expect(attrs('Fler invånare ska kunna köra elbilar i Töreboda.', { type: 'target' })).toMatchObject({ object: 'other-climate', scope: 'area' });
  });
  it('a definition of the object just after tells its scope', () => {
    const text = 'MP lämnar in en motion om att Åmål ska upprätta en klimatbudget. En klimatbudget innebär att varje verksamhet får ett tak för sina utsläpp.';
    expect(attrs(text, { type: 'propose', actor: 'MP', evidence: 'MP lämnar in en motion om att Åmål ska upprätta en klimatbudget.' }).scope).toBe('organisation');
  });
});

describe('object', () => {
  it('every example of the object table maps to its key', () => {
    for (const e of OBJECTS) {
      expect(attrs(e.example, { type: e.exampleType, actor: 'kommunen' }).object, e.example).toBe(e.key);
    }
  });
  it('every alias of the object table is read as its key', () => {
    // An instance of each alias: '*' and '~' dropped, '…' one word, '<Name>' a place, optional words kept.
    for (const e of OBJECTS) {
      for (const alias of e.aliases) {
        const phrase = alias.replace(/\*/g, '').replace(/\s~\s/g, ' ').replace(/\s…\s/g, ' är ').replace(/<Name>/g, 'Umeå').replace(/[[\]]/g, '')
          .split(' ').map((w) => w.split('|')[0]).join(' ');
        const keys = objectKeysIn(`Detta gäller ${phrase} i kommunen.`);
        expect(keys[0]?.key, `${alias} → ${phrase}`).toBe(e.key);
      }
    }
  });
  it('a longer alias of another key wins over the one inside it', () => {
    expect(objectKeysIn('Inom missionen lanserar EU-kommissionen Europeiska klimatkontrakt.')[0]!.key).toBe('eu-cities-mission');
    expect(attrs('Järfälla är en av städerna i Klimatneutrala städer 2030.', { type: 'join', actor: 'Järfälla' }).object).toBe('klimatneutrala-stader-2030');
    expect(attrs('Ett av kommunens mål är att alla kommunens fordon är fossilbränslefria år 2025.', { type: 'target' }).object).toBe('fossilfri-fordonsflotta');
  });
  it('a target is the goal, not the programme it stands in', () => {
    expect(attrs('Lund har valts ut till EU:s mission för 100 klimatneutrala städer med målet att bli klimatneutralt 2030.', { type: 'target', actor: 'Lund' }).object).toBe('klimatneutral');
    expect(attrs('Målet med strategin är att minska klimatpåverkan i Åre.', { type: 'target', actor: 'Åre' }).object).toBe('other-climate');
  });
  it('a strategy about a measure takes the measure; a general plan is klimatplan', () => {
    expect(attrs('att kommunen tar fram en laddstations strategi för alla kommundelar', { type: 'propose', actor: 'S' }).object).toBe('laddinfrastruktur');
    expect(attrs('Förvaltningen får i uppdrag att ta fram riktlinjer för ökad användning av solenergi.', { type: 'other' }).object).toBe('solenergi');
    expect(attrs('att kommunen tar fram en färdplan för att nå målet om förnybar energi', { type: 'propose', actor: 'MP', of: 1 }).object).toBe('fornybar-energi');
    const s = 'Miljöpartiet föreslår att kommunfullmäktige antar målet om 100% förnybar energi senast år 2029 samt att ta fram en färdplan för att nå målet.';
    expect(attrs(s, { type: 'propose', actor: 'MP', index: 0, of: 2 })).toMatchObject({ object: 'fornybar-energi', target_year: 2029 });
    expect(attrs(s, { type: 'propose', actor: 'MP', index: 1, of: 2 })).toMatchObject({ object: 'klimatplan', target_year: null });
  });
  it("'Planen är att …' is an intention, not a plan", () => {
    const s = 'Planen är att etablera ett innovationsteam för klimatomställningen samt att skriva ett klimatkontrakt.';
    expect(attrs(s, { type: 'other', actor: 'Nacka', index: 1, of: 2 })).toMatchObject({ object: 'other-climate', strength: 'stated' });
    expect(attrs(s, { type: 'sign', actor: 'Nacka', index: 0, of: 2 })).toMatchObject({ object: 'klimatkontrakt-2030', strength: 'signed' });
    // counted by type (one other, one sign), the other still leaves the signing clause to the sign
    expect(attrs(s, { type: 'other', actor: 'Nacka' })).toMatchObject({ object: 'other-climate', strength: 'stated' });
    expect(attrs(s, { type: 'sign', actor: 'Nacka' })).toMatchObject({ object: 'klimatkontrakt-2030', strength: 'signed' });
  });
  it('a goal that is only the purpose of another act is not its object', () => {
    expect(attrs('– Klimatneutralitet är målet och för att nå dit vill vi skapa en plattform för samverkan.', { type: 'other', actor: 'Örebro' }))
      .toMatchObject({ object: 'other-climate', strength: 'stated' });
  });
  it('the answer to a motion, and a party backing it, take the motion’s object', () => {
    const text = 'Vid marssammanträdet lämnade vi in en nämndmotion där vi föreslog en 10% besparing av energi 2026. Med detta som bakgrund ansågs motionen besvarad. Bakom motionen stod vi, V och MP.';
    expect(attrs(text, { type: 'other', actor: 'Solna', evidence: 'Med detta som bakgrund ansågs motionen besvarad.' }))
      .toMatchObject({ strength: 'answered', object: 'energieffektivisering', target_year: null, reduction_percent: null });
    expect(attrs(text, { type: 'propose', actor: 'V', evidence: 'Bakom motionen stod vi, V och MP.' }))
      .toMatchObject({ strength: 'proposed', object: 'energieffektivisering', target_year: 2026, reduction_percent: 10 });
  });
  it('a title that names the motion only is read with the decision after it', () => {
    const text = 'Kommunfullmäktige i Hedemora har bifallit Vänsterpartiets motion\n\nKommunfullmäktige har beslutat att kommunen ska ta fram en handlingsplan för att bli fossilfri.';
    expect(attrs(text, { type: 'propose', actor: 'V', evidence: 'Kommunfullmäktige i Hedemora har bifallit Vänsterpartiets motion' }))
      .toMatchObject({ strength: 'proposed', object: 'klimatplan' });
  });
  it('a list item takes the programme of its heading', () => {
    const text = 'Våra klimatlöften för 2024\n\n1. Vi har en laddplan för kommunen.';
    expect(attrs(text, { type: 'other', actor: 'Vara', when: '2024', evidence: 'Vi har en laddplan för kommunen.' }))
      .toMatchObject({ object: 'klimatloften', scope: 'organisation', target_year: 2024, strength: 'decided' });
  });
  it('a contract or programme named only by a common noun is the one named before', () => {
    const text = 'Växjö har signerat Klimatkontrakt 2030. Det är ett ömsesidigt avtal mellan kommuner, fem myndigheter och Viable Cities.';
    expect(attrs(text, { type: 'sign', actor: 'Viable Cities', evidence: 'Det är ett ömsesidigt avtal mellan kommuner, fem myndigheter och Viable Cities.' }).object).toBe('klimatkontrakt-2030');
    const text2 = 'Fler städer kan nu ansluta till satsningen Klimatneutrala städer 2030, säger programchefen för Viable Cities. I dag arbetar nio kommuner i satsningen.\nKommunerna är Enköping, Lund och Växjö.';
    expect(attrs(text2, { type: 'join', actor: 'Lund' }).object).toBe('klimatneutrala-stader-2030');
  });
  it('other-climate for climate words without a key, non-climate otherwise', () => {
    expect(attrs('Kommunen åtar sig också att stödja industrins omställning.', { type: 'other' }).object).toBe('other-climate');
    expect(attrs('Kommunen avser att bygga en ny förskola i Nybble.', { type: 'other' }).object).toBe('non-climate');
    expect(attrs('Att Örbyhus skola ska bli en av Sveriges bästa grundskolor.', { type: 'propose', actor: 'M' }))
      .toMatchObject({ object: 'non-climate', scope: null });
  });
});

describe('rules found on the holdout sets', () => {
  it('a revision of goals is decided like any decision; a revision of a contract is signed', () => {
    expect(attrs('2. att revidera kommunens miljömål så att målet om fossilfria transporter i kommunkoncernen tidigareläggs från 2035 till 2030,', { type: 'revise', actor: 'Falun' }))
      .toMatchObject({ strength: 'decided', target_year: 2030, scope: 'organisation', object: 'fossilfri' });
    expect(attrs('Idag signerar Piteå kommun en uppdaterad version av klimatkontraktet.', { type: 'revise', actor: 'Piteå' }))
      .toMatchObject({ strength: 'signed', object: 'klimatkontrakt-2030', scope: null });
  });
  it('a decision in the present tense of a decision text is decided', () => {
    expect(attrs('Kommunfullmäktige antar målet att Sigtuna kommun ska vara klimatneutral senast 2035.', { type: 'target', actor: 'Sigtuna' }))
      .toMatchObject({ strength: 'decided', target_year: 2035 });
  });
  it('a proposal by a board to the council is proposed', () => {
    expect(attrs('Kommunstyrelsen föreslår kommunfullmäktige att anta den nya klimatplanen.', { type: 'adopt_plan', actor: 'Kalmar' }))
      .toMatchObject({ strength: 'proposed', object: 'klimatplan' });
  });
  it('what a sentence right after a decision says shall be is decided', () => {
    const text = '§ 84 Svar på motion om medlemskap i Klimatkommunerna\n\nKommunfullmäktige beslutar att bifalla motionen. Tierps kommun ska gå med i Klimatkommunerna från och med den 1 september 2024.';
    expect(attrs(text, { type: 'join', actor: 'Tierp', evidence: 'Tierps kommun ska gå med i Klimatkommunerna från och med den 1 september 2024.' }))
      .toMatchObject({ strength: 'decided', object: 'klimatkommunerna', scope: null, target_year: null });
    expect(attrs(text, { type: 'other', actor: 'Tierp', evidence: 'Kommunfullmäktige beslutar att bifalla motionen.' }))
      .toMatchObject({ strength: 'answered', object: 'klimatkommunerna' });
  });
  it('a goal right after a decision about goals, or stated by the adopted plan, is decided', () => {
    const text = 'Kommunfullmäktige antog i går nya klimatmål för Töreboda. Kommunen ska vara klimatneutral 2035.';
    expect(attrs(text, { type: 'target', evidence: 'Kommunen ska vara klimatneutral 2035.' })).toMatchObject({ strength: 'decided', target_year: 2035 });
    expect(attrs('Kommunfullmäktige antog i går nya klimatmål.\n\nKommunen ska vara klimatneutral 2035.', { type: 'target' }).strength).toBe('stated');
    expect(attrs('Planen innebär att kommunen ska vara fossilfri 2030.', { type: 'target' }).strength).toBe('decided');
  });
  it("an existing goal with words between 'har' and 'målet' is the body's own", () => {
    expect(attrs('Norrköping har sedan 2021 målet att vara klimatneutralt 2030.', { type: 'target', actor: 'Norrköping', when: '2030' }))
      .toMatchObject({ strength: 'decided', target_year: 2030, scope: 'area' });
  });
  it('a year right after a verb in the past is an event, not a goal', () => {
    expect(attrs('De lokala miljömål som fullmäktige antog 2016 har inte följts upp.', { type: 'target', actor: 'Vara', when: '2016' }).target_year).toBeNull();
    expect(yearsIn('som fullmäktige antog 2016').map((y) => y.role)).toEqual(['event']);
  });
  it('a twinning is a tvillingstad even inside a programme', () => {
    expect(attrs('Gnosjö kommun ansluter som tvillingstad till Jönköping inom Klimatneutrala städer 2030.', { type: 'twin', actor: 'Gnosjö' }).object).toBe('tvillingstad');
  });
  it('local climate contracts with businesses are not Klimatkontrakt 2030', () => {
    expect(attrs('att kommunstyrelsen tar fram en modell för lokala klimatkontrakt med näringslivet', { type: 'propose', actor: 'C' }).object).toBe('other-climate');
  });
  it('an att-sats is no heading for the att-sats after it', () => {
    const text = 'Miljöpartiet yrkar\n\natt Sala kommun ansöker om medlemskap i föreningen Klimatkommunerna,\natt kommunens klimatstrategi revideras under 2023.';
    expect(attrs(text, { type: 'propose', actor: 'MP', evidence: 'att kommunens klimatstrategi revideras under 2023.' }).object).toBe('klimatplan');
  });
  it('a plan noun alone is a climate plan next to climate words', () => {
    const text = 'Fullmäktige antog ett nytt klimatmål för Halmstad. Kommunstyrelsen ska nu ta fram en handlingsplan med åtgärder och kostnader.';
    expect(attrs(text, { type: 'adopt_plan', actor: 'Halmstad', evidence: 'Kommunstyrelsen ska nu ta fram en handlingsplan med åtgärder och kostnader.' }))
      .toMatchObject({ object: 'klimatplan', strength: 'stated' });
    expect(attrs('Skolan ska ta fram en handlingsplan mot mobbning.', { type: 'adopt_plan' }).object).toBe('non-climate');
  });
  it('an intention to apply for membership is stated', () => {
    expect(attrs('Kommunen tänker ansöka om medlemskap i Klimatkommunerna.', { type: 'join' })).toMatchObject({ strength: 'stated', object: 'klimatkommunerna' });
  });
  it("the EU's city mission under other names", () => {
    expect(attrs('Ale ska också delta i Göteborgs arbete inom EU:s klimatstadsmission.', { type: 'other', actor: 'Ale' }).object).toBe('eu-cities-mission');
  });
  it('two goals told apart by when take the numbers and object of their own clause', () => {
    const s = 'Målet är att minska utsläppen med 40 procent till år 2030 och att nå nettonollutsläpp senast 2045.';
    expect(attrs(s, { type: 'target', when: '2045' })).toMatchObject({ target_year: 2045, reduction_percent: null, object: 'klimatneutral' });
    expect(attrs(s, { type: 'target', when: '2030' })).toMatchObject({ target_year: 2030, reduction_percent: 40, object: 'utslappsminskning' });
  });
  it('a plan aimed at a reduction carries no numbers: its goal is a target of its own', () => {
    expect(attrs('att Halmstad kommun tar fram en plan för att minska utsläppen med 50 procent till 2030', { type: 'propose', actor: 'V' }))
      .toMatchObject({ object: 'klimatplan', target_year: null, reduction_percent: null });
  });
});

describe('answers told in news', () => {
  it("'har fått ja' is an answer; 'en motion om det' takes the object of what it refers to", () => {
    const text = 'Kan det bli solceller på kommunala byggnader i Åtvidaberg? En motion om det har fått ja i ett par instanser och ska nu upp i kommunfullmäktige.';
    expect(attrs(text, { type: 'other', actor: 'Åtvidaberg', evidence: 'En motion om det har fått ja i ett par instanser och ska nu upp i kommunfullmäktige.' }))
      .toMatchObject({ strength: 'answered', object: 'solenergi', scope: 'organisation' });
  });
  it('a description that only says "frågan" is skipped for the sentence before it', () => {
    const text = 'Kan det bli laddstolpar vid alla förskolor i Älmhult? En motion är lagd som önskar att frågan utreds. Förslaget har bifallits i kommunstyrelsen.';
    expect(attrs(text, { type: 'other', actor: 'Älmhult', evidence: 'Förslaget har bifallits i kommunstyrelsen.' }))
      .toMatchObject({ strength: 'answered', object: 'laddinfrastruktur' });
  });
});

describe('bounded window', () => {
  it('reads at most MAX_EVIDENCE characters of a span that never ends a sentence', () => {
    const line = 'Kommunen ska bli klimatneutral senast 2035 och ' + 'arbetet fortsätter med fler åtgärder i Ölands kommuner och '.repeat(20_000);
    const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text: line, pages: [{ page: 1, start: 0, end: line.length }], publishedHint: null, title: null, language: 'sv' };
    const a = commitmentAttributes({ doc, ctx: EMPTY_CTX, type: 'target', actor: 'kommunen', when: null, start: 0, end: line.length });
    expect(a).toMatchObject({ target_year: 2035, object: 'klimatneutral', strength: 'stated' });
  });
  it('text far before the evidence changes nothing', () => {
    const tail = 'Kommunfullmäktige avslog motionen om solceller på kommunens tak. Kommunfullmäktige avslog motionen.';
    const far = 'Kommunen har gått med i Klimatkommunerna och har skrivit under Borgmästaravtalet. '.repeat(Math.ceil((WINDOW_BEFORE * 3) / 80));
    const call: Call = { type: 'other', actor: 'Höör', evidence: 'Kommunfullmäktige avslog motionen.' };
    expect(attrs(far + '\n' + tail, call)).toEqual(attrs(tail, call));
    expect(attrs(tail, call)).toMatchObject({ strength: 'answered', object: 'solenergi', scope: 'organisation' });
  });
});
