import { describe, expect, it } from 'vitest';
import type { DocumentKind, ExtractorInput } from '../src/types.js';
import { commitmentsExtractor, findCommitments } from './commitments.js';
import type { DateMention, ExtractorContext, MunicipalityMention, PersonMention } from './types.js';

const CODES: Record<string, string> = {
  Umeå: '2480', Växjö: '0780', Skövde: '1496', Luleå: '2580', Västerås: '1980', Falun: '2080', Örebro: '1880',
  Sundsvall: '2281', Borås: '1490', Lidköping: '1494', Ystad: '1286', Mölndal: '1481', Härnösand: '2280',
};

interface Setup {
  kind?: DocumentKind;
  published?: string | null;
  municipalities?: string[];
  dates?: [string, string][];
  /** [name, municipality, only this occurrence (0-based)?] */
  people?: [string, string | null, number?][];
  /** Municipality mentions without their head noun ("Sundsvalls" of "Sundsvalls kommun"), as the real extractor gives them. */
  bareNames?: boolean;
}

/** A context built by hand: every occurrence of the given names, date phrases and people in `text`. */
function run(text: string, setup: Setup = {}) {
  const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: 'sv' };
  const find = (needle: string): number[] => {
    const out: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
    return out;
  };
  const municipalities: MunicipalityMention[] = (setup.municipalities ?? []).flatMap((name) =>
    [...text.matchAll(new RegExp(`${name}s?${setup.bareNames ? '' : '(?:\\s+(?:kommun|stad))?'}(?![\\p{L}])`, 'gu'))].map((m) => ({
      kind: 'municipality' as const, start: m.index!, end: m.index! + m[0].length, text: m[0], value: { name, code: CODES[name] ?? '0000' }, rule: 'test',
    })));
  const dates: DateMention[] = (setup.dates ?? []).flatMap(([phrase, value]) => find(phrase).map((start) => ({
    kind: 'date' as const, start, end: start + phrase.length, text: phrase, value: { value }, rule: 'test',
  })));
  const people: PersonMention[] = (setup.people ?? []).flatMap(([name, municipality, nth]) => find(name).filter((_, k) => nth === undefined || k === nth).map((start) => ({
    kind: 'person' as const, start, end: start + name.length, text: name,
    value: { name, party: null, role: null, municipality, politician: true }, rule: 'test',
  })));
  const ctx: ExtractorContext = {
    document: [], municipalities, people, waves: [], dates, commitments: [],
    kind: setup.kind ?? 'press_release', published: setup.published ?? null,
  };
  return findCommitments(doc, ctx);
}

const values = (text: string, setup?: Setup) => run(text, setup).map((m) => m.value);

describe('commitment types', () => {
  it('adopt_plan: a municipality has adopted a strategy', () => {
    const text = 'Skövde kommun har antagit en ny klimatstrategi.';
    const [c, ...rest] = run(text, { municipalities: ['Skövde'] });
    expect(rest).toEqual([]);
    expect(c!.value).toMatchObject({ actor: 'Skövde', type: 'adopt_plan' });
    expect(c!.value.what).toBe('antagit en ny klimatstrategi');
    expect(c!.text).toBe(text);
  });

  it('adopt_plan: kommunfullmäktige decided on a plan, dated by the adverbial before the verb', () => {
    const text = 'Luleå kommun\n\nFler cyklar i Luleå\n\n• I mars 2024 fattade kommunfullmäktige beslut om en ny trafik- och klimatplan för hela kommunen, med en tillhörande åtgärdslista.';
    const [c] = run(text, { municipalities: ['Luleå'], dates: [['I mars 2024', '2024-03']] });
    expect(c!.value).toEqual({ actor: 'Luleå', type: 'adopt_plan', what: 'en ny trafik- och klimatplan för hela kommunen', when: '2024-03' });
    expect(c!.text.startsWith('I mars 2024 fattade')).toBe(true);
  });

  it('sign: a municipality has signed a contract; present perfect in a press release dates it to the release', () => {
    const text = 'Västerås stad har nu skrivit på sitt tredje klimatkontrakt med staten.';
    expect(values(text, { municipalities: ['Västerås'], published: '2024-12-06' })).toEqual([
      { actor: 'Västerås', type: 'sign', what: 'skrivit på sitt tredje klimatkontrakt med staten', when: '2024-12-06' },
    ]);
  });

  it('sign: "tecknat ett löfte" in a motion is background to the motion date, so no date', () => {
    const text = 'Umeå kommun har tecknat ett hållbarhetslöfte med länsstyrelsen för att öka takten.';
    expect(values(text, { municipalities: ['Umeå'], kind: 'motion', published: '2023-02-01' })).toEqual([
      { actor: 'Umeå', type: 'sign', what: 'tecknat ett hållbarhetslöfte med länsstyrelsen', when: null },
    ]);
  });

  it('sign: "alla kommuner kommer att signera" in a municipality\'s press release is its own signature', () => {
    const text = 'Örebro kommun\n\nDen 4 december kommer alla kommuner att signera en avsiktsförklaring om klimatarbetet.';
    expect(values(text, { municipalities: ['Örebro'], dates: [['Den 4 december', '2023-12-04']] })).toEqual([
      { actor: 'Örebro', type: 'sign', what: 'signera en avsiktsförklaring om klimatarbetet', when: '2023-12-04' },
    ]);
  });

  it('twin: joining as a twin city; the object city is not the actor', () => {
    const text = 'Härnösands kommun ansluter som tvillingstad till Sundsvall i satsningen för klimatneutrala städer.';
    expect(values(text, { municipalities: ['Härnösand', 'Sundsvall'] })).toEqual([
      { actor: 'Härnösand', type: 'twin', what: 'ansluter som tvillingstad till Sundsvall i satsningen för klimatneutrala städer', when: null },
    ]);
  });

  it('target: "ska bli klimatneutral senast 2030" gives the year', () => {
    const text = 'Växjö kommun ska bli klimatneutral senast 2030.';
    expect(values(text, { municipalities: ['Växjö'], dates: [['2030', '2030']] })).toEqual([
      { actor: 'Växjö', type: 'target', what: 'bli klimatneutral senast 2030', when: '2030' },
    ]);
  });

  it('target: the year stated in the same paragraph when the sentence has none', () => {
    const text = 'Falun är en av 12 kommuner som ska kraftsamla för att bli fossilfria. Målet fossilfria kommuner 2035 är satt av staten.';
    expect(values(text, { municipalities: ['Falun'] })).toEqual([
      { actor: 'Falun', type: 'target', what: 'bli fossilfria', when: '2035' },
    ]);
  });

  it('target: "har som mål att" with a year', () => {
    const text = 'Mölndals stad har som mål att halvera utsläppen från den egna verksamheten till 2030.';
    expect(values(text, { municipalities: ['Mölndal'] })).toMatchObject([{ actor: 'Mölndal', type: 'target', when: '2030' }]);
  });

  it('join: "är en av de N kommuner som" announced "i dag" is dated to the release', () => {
    const text = 'I dag blev det klart att Borås är en av de 14 kommuner som deltar i nästa steg.';
    expect(values(text, { municipalities: ['Borås'], published: '2022-09-01' })).toEqual([
      { actor: 'Borås', type: 'join', what: 'en av de 14 kommuner som deltar i nästa steg', when: '2022-09-01' },
    ]);
  });

  it('join: "går med i" a network', () => {
    expect(values('Ystads kommun går med i nätverket Klimatkommunerna.', { municipalities: ['Ystad'] }))
      .toMatchObject([{ actor: 'Ystad', type: 'join', what: 'går med i nätverket Klimatkommunerna' }]);
  });

  it('revise: "kommunen" is the document\'s own municipality; "från förra året" is not the time', () => {
    const text = 'Lidköpings kommun\n\nI november kommer kommunen revidera sin klimatplan från förra året.';
    expect(values(text, { municipalities: ['Lidköping'], dates: [['I november', '--11'], ['förra året', '2022']] })).toEqual([
      { actor: 'Lidköping', type: 'revise', what: 'revidera sin klimatplan från förra året', when: '--11' },
    ]);
  });

  it('"vi" in a quote by the municipality\'s person is the municipality', () => {
    const text = 'Nyheter\n\n– Vi ska bli klimatneutrala till 2030, säger Eva Ek, kommunstyrelsens ordförande i Umeå.';
    expect(values(text, { municipalities: ['Umeå'], people: [['Eva Ek', 'Umeå']] }))
      .toMatchObject([{ actor: 'Umeå', type: 'target', when: '2030' }]);
  });

  it('target: a possessor\'s goal ("Umeå kommuns mål är att …", "Kommunens mål är att …")', () => {
    expect(values('Umeå kommuns mål är att bli fossilfri 2030.', { municipalities: ['Umeå'] }))
      .toMatchObject([{ actor: 'Umeå', type: 'target', when: '2030' }]);
    expect(values('Gävle kommun\nKommunens långsiktiga mål är att vara klimatneutral till 2035.', { municipalities: ['Gävle'] }))
      .toMatchObject([{ actor: 'Gävle', type: 'target', when: '2035' }]);
  });

  it('target: "har beslutat att bli" and "målet är att X ska vara"', () => {
    expect(values('Växjö kommun har beslutat att bli fossilfritt 2030.', { municipalities: ['Växjö'] }))
      .toMatchObject([{ actor: 'Växjö', type: 'target', what: 'bli fossilfritt 2030' }]);
    expect(values('Målet är att Sundsvall ska vara klimatneutralt 2030.', { municipalities: ['Sundsvall'] }))
      .toMatchObject([{ actor: 'Sundsvall', type: 'target', when: '2030' }]);
  });

  it('a speaker known as the municipality\'s person from another mention of the name', () => {
    const text = 'Lars Berg är kommunstyrelsens ordförande i Mölndal.\n– Vi går med i nätverket Klimatkommunerna i år, säger Lars Berg.';
    expect(values(text, { municipalities: ['Mölndal'], people: [['Lars Berg', 'Mölndal', 0], ['Lars Berg', null, 1]] }))
      .toMatchObject([{ actor: 'Mölndal', type: 'join', what: 'går med i nätverket Klimatkommunerna i år' }]);
    expect(values(text, { municipalities: ['Mölndal'], people: [['Lars Berg', null]] })).toEqual([]);
  });

  it('a headline and its body sentence are one commitment, kept as the body sentence', () => {
    const text = 'Ystads kommun ansluter sig till Klimatkommunerna\nYstads kommun har i dag anslutit sig till föreningen Klimatkommunerna.';
    const out = run(text, { municipalities: ['Ystad'] });
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe('Ystads kommun har i dag anslutit sig till föreningen Klimatkommunerna.');
  });
});

describe('motions: att-satser', () => {
  it('each att-sats after "föreslår … besluta" is a proposal of the party', () => {
    const text = 'Motion om solceller\n\nMiljöpartiet föreslår kommunfullmäktige besluta\n- att utreda solceller på alla skolor\n- att kommunen ska ha en laddplan för elbilar.\n\nEva Ek\nMiljöpartiet';
    const out = run(text, { kind: 'motion', published: '2024-03-01' });
    expect(out.map((m) => m.value)).toEqual([
      { actor: 'MP', type: 'propose', what: 'att utreda solceller på alla skolor', when: '2024-03-01' },
      { actor: 'MP', type: 'propose', what: 'att kommunen ska ha en laddplan för elbilar', when: '2024-03-01' },
    ]);
    expect(out[0]!.text).toBe('- att utreda solceller på alla skolor');
  });

  it('the argumentative "V föreslår att kommunen går med i …" is not counted besides the att-sats', () => {
    const text = 'Vänsterpartiet föreslår att Umeå kommun går med i föreningen Klimatkommunerna.\n\nVänsterpartiet ser det som en styrka att Umeå kommun blir medlem i föreningen.\n\nVi yrkar därför att kommunfullmäktige beslutar:\n\n• att ansöka om medlemskap i Klimatkommunerna\n\nAnna Berg (V)';
    expect(values(text, { kind: 'motion', municipalities: ['Umeå'], published: '2021-05-05' })).toEqual([
      { actor: 'V', type: 'propose', what: 'att ansöka om medlemskap i Klimatkommunerna', when: '2021-05-05' },
    ]);
  });

  it('without att-satser the inline proposal is the proposal', () => {
    expect(values('Kristdemokraterna föreslår att kommunen inför gratis kollektivtrafik för pensionärer.', { kind: 'motion' }))
      .toMatchObject([{ actor: 'KD', type: 'propose', what: 'att kommunen inför gratis kollektivtrafik för pensionärer' }]);
  });
});

describe('not commitments', () => {
  const none = (text: string, setup: Setup = {}) => expect(values(text, setup)).toEqual([]);

  it('negations', () => {
    none('Umeå kommun kommer inte att underteckna avtalet.', { municipalities: ['Umeå'] });
    none('Växjö har ej antagit någon klimatplan.', { municipalities: ['Växjö'] });
  });
  it('questions', () => none('Ska Växjö bli fossilfritt?', { municipalities: ['Växjö'] }));
  it('conditionals and hedges', () => {
    none('Om Skövde skulle gå med i nätverket får kommunen stöd.', { municipalities: ['Skövde'] });
    none('Borås kommun kan bli klimatneutral 2035 med rätt åtgärder.', { municipalities: ['Borås'] });
  });
  it('passive or generic subjects in programme descriptions', () => {
    none('Örebro kommun\nKlimatkontrakten signeras av städerna den 8 december.', { municipalities: ['Örebro'] });
    none('Örebro kommun\nDen 8 december varje år signerar de medverkande aktörerna ett klimatkontrakt.', { municipalities: ['Örebro'] });
  });
  it('background about other actors and networks', () => {
    none('Umeå kommun\nViable Cities samarbetar med 23 städer och har antagit en ny strategi.', { municipalities: ['Umeå'] });
    none('Umeå kommun\nFöreningen erbjuder en plattform och har undertecknat ett avtal med EU.', { municipalities: ['Umeå'] });
  });
  it('membership requirements', () => {
    none('Kraven för medlemskap är att kommunen beslutar att anta en klimatplan:\n1. sätta upp mål för att minska utsläppen\n2. ha en handlingsplan', { municipalities: ['Umeå'] });
  });
  it('vague intentions in quotes', () => {
    none('– Vi vill inspireras av andra och vi ska göra det här tillsammans, säger Eva Ek, kommunstyrelsens ordförande.', { municipalities: ['Umeå'] });
  });
  it('past background that is no decision, signature or joining', () => {
    none('Sundsvalls kommun har upphandlat ett systemstöd för klimatdata.', { municipalities: ['Sundsvall'] });
    none('Under 2023 fortsatte Sundsvall arbetet med sin klimatplan.', { municipalities: ['Sundsvall'] });
  });
  it('a municipality that is only the object, and a pronoun subject', () => {
    none('Det är bra att Luleå kan stötta Umeå nu när de också beslutat att gå med i nätverket.', { municipalities: ['Luleå', 'Umeå'] });
    none('Ett samarbete med Umeå ska bli klimatneutralt 2030.', { municipalities: ['Umeå'] });
  });
  it('a subordinate clause with a subject of its own', () => {
    none('Umeå kommun välkomnar att regeringen har antagit en ny klimatstrategi.', { municipalities: ['Umeå'] });
    none('Borås stad ser positivt på att Viable Cities har tecknat ett avtal med EU.', { municipalities: ['Borås'] });
  });
  it('joining a proposal or a ranking is not joining a network', () => {
    none('Umeå kommun\nKommunstyrelsen ansluter sig till förslaget från nämnden.', { municipalities: ['Umeå'] });
    none('Umeå är en av 10 kommuner som har högst utsläpp per invånare.', { municipalities: ['Umeå'] });
  });
  it('passive decisions without a named subject and proposals by a board', () => {
    none('Umeå kommun\nKommunens klimatplan antogs av kommunfullmäktige i juni.', { municipalities: ['Umeå'] });
    none('Umeå kommun\nKommunstyrelsen föreslår kommunfullmäktige att anta klimatplanen.', { municipalities: ['Umeå'] });
  });
  it('a quote by someone who does not speak for a municipality', () => {
    none('– Vi har antagit en ny strategi för städerna, säger Eva Ek, programchef på Viable Cities.', { people: [['Eva Ek', null]] });
  });
});

describe('generalisation (version 2)', () => {
  const none = (text: string, setup: Setup = {}) => expect(values(text, setup)).toEqual([]);

  it('sign: "skriva under" is signing like "skriva på" and "underteckna"', () => {
    expect(values('Luleå kommun har i dag skrivit under ett nytt klimatavtal med Energimyndigheten.', { municipalities: ['Luleå'], published: '2024-12-09' }))
      .toEqual([{ actor: 'Luleå', type: 'sign', what: 'skrivit under ett nytt klimatavtal med Energimyndigheten', when: '2024-12-09' }]);
    expect(values('Förra året skrev kommunen under en avsiktsförklaring om laddinfrastruktur.', { municipalities: ['Luleå'], dates: [['Förra året', '2023']], kind: 'press_release' }))
      .toEqual([]); // no municipality is named anywhere, so "kommunen" cannot be resolved
    expect(values('Luleå kommun\nFörra året skrev kommunen under en avsiktsförklaring om laddinfrastruktur.', { municipalities: ['Luleå'], dates: [['Förra året', '2023']] }))
      .toMatchObject([{ actor: 'Luleå', type: 'sign', when: '2023' }]);
    none('Luleå kommun kommer inte att skriva under avtalet i år.', { municipalities: ['Luleå'] });
  });

  it('negation counts only in the clause of the trigger', () => {
    expect(values('Luleå kommun skrev under avtalet i fjol, men det har ännu inte gett några resultat.', { municipalities: ['Luleå'] }))
      .toMatchObject([{ actor: 'Luleå', type: 'sign' }]);
    none('Luleå kommun har ännu inte skrivit under avtalet, och det är osäkert när det sker.', { municipalities: ['Luleå'] });
    none('Ingen av kommunerna, varken Borås eller Falun, har undertecknat avtalet.', { municipalities: ['Borås', 'Falun'] });
  });

  it('other: "åtar sig att" / "förbinder sig att" with its deadline', () => {
    const text = 'Borås stad\nI avtalet åtar sig staden bland annat att bygga ut cykelnätet med 20 kilometer till 2027.';
    expect(values(text, { municipalities: ['Borås'], dates: [['till 2027', '2027']] })).toEqual([
      { actor: 'Borås', type: 'other', what: 'bygga ut cykelnätet med 20 kilometer till 2027', when: '2027' },
    ]);
    expect(values('Ystads kommun förbinder sig att halvera matsvinnet i skolorna.', { municipalities: ['Ystad'] }))
      .toMatchObject([{ actor: 'Ystad', type: 'other', what: 'halvera matsvinnet i skolorna' }]);
    none('Borås stad\nMyndigheterna förbinder sig att ta bort hinder som kommunerna inte kan lösa själva.', { municipalities: ['Borås'] });
    none('Borås stad\nKommunen åtar sig inte att betala för utbyggnaden.', { municipalities: ['Borås'] });
  });

  it('join: coordinated municipalities each join; a prepositional coordination does not', () => {
    const text = 'Borås, Ystad och Falun blir en del av den fjärde vågen i satsningen.';
    expect(values(text, { municipalities: ['Borås', 'Ystad', 'Falun'], published: '2024-06-11' }).map((v) => [v.actor, v.type, v.when])).toEqual([
      ['Borås', 'join', '2024-06-11'], ['Ystad', 'join', '2024-06-11'], ['Falun', 'join', '2024-06-11'],
    ]);
    expect(values('Tillsammans med Borås och Ystad blir Falun en del av den fjärde vågen.', { municipalities: ['Borås', 'Ystad', 'Falun'] }).map((v) => v.actor))
      .toEqual(['Falun']);
    none('Samarbetet med Borås och Ystad går med i nätverket Klimatkommunerna.', { municipalities: ['Borås', 'Ystad'] });
  });

  it('join: being part of a wave ("ingår i den första vågen") is a state, not an act of joining', () => {
    none('Umeå ingår sedan 2019 i den första vågen av satsningen.', { municipalities: ['Umeå'] });
    none('Flera kommuner, bland dem Borås som ingår i den andra vågen, arbetar redan med frågan.', { municipalities: ['Borås'] });
  });

  it('target: "Enligt planen ska" with a part of the municipal organisation as subject', () => {
    expect(values('Mölndals stad\nEnligt klimatplanen ska stadens egna verksamheter vara fossilfria senast 2030.', { municipalities: ['Mölndal'], dates: [['senast 2030', '2030']] }))
      .toMatchObject([{ actor: 'Mölndal', type: 'target', what: 'vara fossilfria senast 2030', when: '2030' }]);
    expect(values('Enligt strategin ska Lidköpings kommuns verksamheter bli klimatneutrala till 2035.', { municipalities: ['Lidköping'] }))
      .toMatchObject([{ actor: 'Lidköping', type: 'target', when: '2035' }]);
    expect(values('Mölndals stad\nEnligt planen ska kommunkoncernen minska sina utsläpp med hälften till 2030.', { municipalities: ['Mölndal'] }))
      .toMatchObject([{ actor: 'Mölndal', type: 'target', when: '2030' }]);
  });

  it('"enligt" a forecast, a proposal or someone else\'s opinion is no commitment', () => {
    none('Mölndals stad\nEnligt oppositionen ska stadens egna verksamheter vara fossilfria 2030.', { municipalities: ['Mölndal'] });
    none('Mölndals stad\nEnligt Naturvårdsverkets prognos ska kommunen minska utsläppen till 2030.', { municipalities: ['Mölndal'] });
    none('Mölndals stad\nEnligt förslaget ska kommunen bli klimatneutral 2035.', { municipalities: ['Mölndal'] });
  });

  it('target: a further target of the same plan in the next sentence of the paragraph', () => {
    const text = 'Ystads kommun\nEnligt strategin ska kommunens verksamheter vara klimatneutrala senast 2035. Utsläppen från transporterna ska dessutom halveras jämfört med 2015.';
    const out = values(text, { municipalities: ['Ystad'], dates: [['senast 2035', '2035'], ['jämfört med 2015', '2015']] });
    expect(out.map((v) => [v.actor, v.type, v.when])).toEqual([['Ystad', 'target', '2035'], ['Ystad', 'target', '2035']]);
    expect(out[1]!.what).toBe('halveras jämfört med 2015');
    none('Ystads kommun\nUtsläppen från trafiken ska minska med 30 procent.', { municipalities: ['Ystad'] });
    // A target in another paragraph is not continued.
    expect(values('Ystads kommun\nKommunens verksamheter ska vara fossilfria 2030.\nUtsläppen från trafiken ska halveras.', { municipalities: ['Ystad'] })).toHaveLength(1);
  });

  it('adopt_plan: a named municipality\'s plan in the passive, dated by the bare year after the verb', () => {
    expect(values('Härnösands klimatprogram antogs 2015 och har sedan dess inte uppdaterats.', { municipalities: ['Härnösand'], kind: 'motion', published: '2024-02-02' }))
      .toEqual([{ actor: 'Härnösand', type: 'adopt_plan', what: 'klimatprogram', when: '2015' }]);
    none('Regionens klimatplan antogs 2019 och gäller hela länet.', { municipalities: ['Härnösand'] });
    none('Förslaget till Härnösands klimatplan antogs inte av fullmäktige.', { municipalities: ['Härnösand'] });
    none('Härnösands klimatplan ska antas av fullmäktige i juni.', { municipalities: ['Härnösand'] });
  });

  it('adopt_plan/target: a relative clause "som fullmäktige antog <year>"', () => {
    const text = 'Motion till kommunfullmäktige i Falu kommun\nDe klimatmål som fullmäktige antog 2012 har aldrig följts upp.';
    const mention = { municipalities: ['Falu'] };
    expect(values(text, { ...mention, kind: 'motion' }).map((v) => [v.type, v.what, v.when])).toEqual([['target', 'klimatmål', '2012']]);
    none('Motion till kommunfullmäktige i Falu kommun\nDen klimatplan som regeringen antog 2020 gäller hela landet.', { ...mention, kind: 'motion' });
    none('Motion till kommunfullmäktige i Falu kommun\nDen klimatplan som fullmäktige ska anta i juni är försenad.', { ...mention, kind: 'motion' });
  });

  it('when: the date of the main verb, not of a relative clause; "förra året" is a time', () => {
    expect(values('Sundsvalls kommun antog 2021 en klimatstrategi som gäller till 2030.', { municipalities: ['Sundsvall'], dates: [['till 2030', '2030']] }))
      .toMatchObject([{ actor: 'Sundsvall', type: 'adopt_plan', when: '2021' }]);
  });

  it('when: "Beslutet togs … <date>" in the next sentence dates the decision', () => {
    const text = 'Ystads kommun ansluter som tvillingstad till Borås i satsningen. Beslutet fattades av kommunstyrelsen den 3 mars.';
    expect(values(text, { municipalities: ['Ystad', 'Borås'], dates: [['den 3 mars', '2025-03-03']], published: '2025-03-05' }))
      .toMatchObject([{ actor: 'Ystad', type: 'twin', when: '2025-03-03' }]);
  });

  it('target: "beslutade att X skulle bli fritt från fossila bränslen" is a decided goal, not a hypothesis', () => {
    expect(values('Borås stad\nSedan 2008, då fullmäktige beslutade att staden skulle bli fritt från fossila bränslen, har utsläppen minskat.', { municipalities: ['Borås'], dates: [['Sedan 2008', '2008']] }))
      .toMatchObject([{ actor: 'Borås', type: 'target', when: '2008' }]);
    none('Borås skulle kunna bli fritt från fossila bränslen till 2030.', { municipalities: ['Borås'] });
  });

  it('a headline is dropped when the body states the same actor and type, whatever its wording', () => {
    const text = 'Luleå skriver under sitt andra klimatkontrakt\nLuleå kommun har i dag skrivit på Klimatkontrakt 2030 för andra gången.';
    const out = run(text, { municipalities: ['Luleå'], published: '2024-12-09' });
    expect(out.map((m) => m.text)).toEqual(['Luleå kommun har i dag skrivit på Klimatkontrakt 2030 för andra gången.']);
  });
});

describe('generalisation (version 3)', () => {
  const none = (text: string, setup: Setup = {}) => expect(values(text, setup)).toEqual([]);

  it('adopt_plan: a budget or guidelines are adopted like a plan', () => {
    expect(values('Borås stad\nKommunfullmäktige antog på tisdagen stadens första klimatbudget.', { municipalities: ['Borås'], dates: [['på tisdagen', '2024-05-07']] }))
      .toMatchObject([{ actor: 'Borås', type: 'adopt_plan', when: '2024-05-07' }]);
    expect(values('Växjö kommun har antagit nya riktlinjer för tjänsteresor.', { municipalities: ['Växjö'] }))
      .toMatchObject([{ actor: 'Växjö', type: 'adopt_plan' }]);
    none('Borås stad\nRegeringen antog i går en ny budget för klimatarbetet.', { municipalities: ['Borås'] });
    none('Borås stad\nFullmäktige antog inte klimatbudgeten.', { municipalities: ['Borås'] });
  });

  it('target: adopting goals ("antog nya klimatmål") is a target; "målgruppen" is no goal', () => {
    expect(values('Skövde kommun\nKommunfullmäktige antog i går två nya klimatmål för kommunkoncernen.', { municipalities: ['Skövde'], dates: [['i går', '2024-04-09']] }))
      .toMatchObject([{ actor: 'Skövde', type: 'target', what: 'två nya klimatmål för kommunkoncernen', when: '2024-04-09' }]);
    none('Skövde kommun\nKommunfullmäktige har ännu inte antagit några klimatmål.', { municipalities: ['Skövde'] });
    none('Skövde kommun\nKommunen antog i går målgruppen för satsningen.', { municipalities: ['Skövde'] });
  });

  it('target: the content of the municipality\'s goal after a preposition ("bygger på kommunens mål om att …")', () => {
    expect(values('Ystads kommun\nSatsningen bygger på kommunens mål om att utsläppen från transporterna ska minska med hälften till 2030.', { municipalities: ['Ystad'], dates: [['till 2030', '2030']] }))
      .toMatchObject([{ actor: 'Ystad', type: 'target', when: '2030' }]);
    none('Ystads kommun\nRegionens mål om att utsläppen ska minska med hälften till 2030 gäller hela länet.', { municipalities: ['Ystad'] });
    none('Ystads kommun\nOppositionen vill ändra kommunens mål om att utsläppen ska minska med hälften till 2030.', { municipalities: ['Ystad'] });
  });

  it('target: "har sedan 2019 målet att" is dated by the target year, not by "sedan"', () => {
    expect(values('Mölndal har sedan 2019 målet att bli fossilfritt 2035.', { municipalities: ['Mölndal'], dates: [['sedan 2019', '2019'], ['fossilfritt 2035', '2035']] }))
      .toMatchObject([{ actor: 'Mölndal', type: 'target', when: '2035' }]);
    none('Mölndal har inget mål att bli fossilfritt.', { municipalities: ['Mölndal'] });
  });

  it('target: a binding change with a climate outcome and a deadline, also for the municipality\'s vehicles', () => {
    expect(values('Borås stad ska byta ut alla sina tjänstebilar mot fossilfria alternativ senast 2028.', { municipalities: ['Borås'] }))
      .toMatchObject([{ actor: 'Borås', type: 'target', what: 'byta ut alla sina tjänstebilar mot fossilfria alternativ senast 2028', when: '2028' }]);
    expect(values('Borås stad\nStadens fordonsflotta ska köras fossilfritt senast 2030.', { municipalities: ['Borås'] }))
      .toMatchObject([{ actor: 'Borås', type: 'target', when: '2030' }]);
    none('Borås stad ska utreda om fordonsflottan kan bli fossilfri senast 2030.', { municipalities: ['Borås'] });
    none('Borås stad\nRegionens fordon ska vara fossilfria senast 2030.', { municipalities: ['Borås'] });
    none('Borås stad ska inte byta till fossilfria fordon före 2030.', { municipalities: ['Borås'] });
  });

  it('other: a requirement the municipality sets from a stated date, active or as an agentless passive', () => {
    expect(values('Umeå kommun\nFrån och med den 1 mars 2025 ställer kommunen klimatkrav på alla entreprenader i sina upphandlingar.', { municipalities: ['Umeå'], dates: [['den 1 mars 2025', '2025-03-01']] }))
      .toEqual([{ actor: 'Umeå', type: 'other', what: 'klimatkrav på alla entreprenader i sina upphandlingar', when: '2025-03-01' }]);
    expect(values('Umeå kommun\nFrån den 1 juli 2025 ställs krav på fossilfria arbetsmaskiner i alla kommunala byggprojekt.', { municipalities: ['Umeå'], dates: [['den 1 juli 2025', '2025-07-01']] }))
      .toEqual([{ actor: 'Umeå', type: 'other', what: 'krav på fossilfria arbetsmaskiner i alla kommunala byggprojekt', when: '2025-07-01' }]);
    const dates: [string, string][] = [['den 1 juli 2025', '2025-07-01']];
    none('Umeå kommun ställer redan krav på miljöbilar.', { municipalities: ['Umeå'] });
    none('Umeå kommun\nFrån den 1 juli 2025 ställer kommunen krav på regeringen att finansiera utbyggnaden.', { municipalities: ['Umeå'], dates });
    none('Umeå kommun\nFrån den 1 juli 2025 ställs krav på klimatdeklaration för alla nya byggnader enligt lag.', { municipalities: ['Umeå'], dates });
    none('Umeå kommun\nFrån den 1 juli 2025 ställs krav av Boverket på kommunala byggprojekt.', { municipalities: ['Umeå'], dates });
    none('Umeå kommun\nFrån den 1 juli 2025 ställs krav på fossilfria arbetsmaskiner i alla kommunala byggprojekt.', { municipalities: ['Umeå'], dates, kind: 'motion' });
  });

  it('join: "är nu en av de kommuner som deltar i" a programme, dated to the release; the state without "nu" is not', () => {
    expect(values('Lidköping är nu en av de kommuner som deltar i programmets tredje omgång.', { municipalities: ['Lidköping'], published: '2024-10-02' }))
      .toEqual([{ actor: 'Lidköping', type: 'join', what: 'deltar i programmets tredje omgång', when: '2024-10-02' }]);
    none('Lidköping är en av de kommuner som ingår i den andra vågen.', { municipalities: ['Lidköping'] });
    none('Lidköping är nu en av de kommuner som har lägst utsläpp per invånare.', { municipalities: ['Lidköping'] });
  });

  it('motions: a joint motion gives each att-sats to each party, from the intro or the signatures', () => {
    const intro = 'Motion om cykelbanor\n\nVänsterpartiet och Liberalerna föreslår kommunfullmäktige besluta\n- att bygga en cykelbana till stationen\n\nAnna Berg\nOlle Ek';
    expect(values(intro, { kind: 'motion', published: '2024-03-01' }).map((v) => [v.actor, v.what]))
      .toEqual([['V', 'att bygga en cykelbana till stationen'], ['L', 'att bygga en cykelbana till stationen']]);
    const signed = 'Motion om cykelbanor\n\nCenterpartiet har länge drivit frågan.\n\nVi föreslår kommunfullmäktige besluta\n\natt bygga en cykelbana till stationen\n\natt se över belysningen längs cykelvägarna\n\nAnna Berg (S)\nOlle Ek (KD)';
    expect(values(signed, { kind: 'motion' }).map((v) => v.actor)).toEqual(['S', 'KD', 'S', 'KD']);
    // A genitive party is no proposer; a party named in the body does not sign.
    const one = 'Motion om cykelbanor\n\nMed anledning av Moderaternas förslag föreslår Vänsterpartiet kommunfullmäktige besluta\n- att bygga en cykelbana till stationen\n\nAnna Berg (V)';
    expect(values(one, { kind: 'motion' }).map((v) => v.actor)).toEqual(['V']);
    expect(values(signed.replace('Olle Ek (KD)', 'Olle Ek (S)'), { kind: 'motion' }).map((v) => v.actor)).toEqual(['S', 'S']);
  });

  it('adopt_plan: "ska ta fram en plan" is dated by its deadline; a draft or someone else\'s wish is not', () => {
    expect(values('Växjö kommun\nKommunstyrelsen ska nu ta fram en klimatanpassningsplan, som ska vara klar senast 2026.', { municipalities: ['Växjö'], dates: [['senast 2026', '2026']] }))
      .toMatchObject([{ actor: 'Växjö', type: 'adopt_plan', what: 'ta fram en klimatanpassningsplan', when: '2026' }]);
    none('Växjö kommun\nKommunstyrelsen ska ta fram ett förslag till klimatplan.', { municipalities: ['Växjö'] });
    none('Växjö kommun\nMiljöpartiet vill att kommunen ska ta fram en klimatplan.', { municipalities: ['Växjö'] });
    none('Växjö kommun\nKommunstyrelsen borde ta fram en klimatplan.', { municipalities: ['Växjö'] });
  });

  it('sign: "X kommun och Y kommun" are coordinated subjects; a headline gives way to the dated body', () => {
    const text = 'Sundsvall och Ystad tecknar avtal om upphandling\n\nSundsvalls kommun och Ystads kommun undertecknade i går ett avtal om gemensam upphandling.';
    const out = run(text, { municipalities: ['Sundsvall', 'Ystad'], bareNames: true, dates: [['i går', '2024-09-04']], published: '2024-09-05' });
    expect(out.map((m) => [m.value.actor, m.value.type, m.value.when])).toEqual([['Sundsvall', 'sign', '2024-09-04'], ['Ystad', 'sign', '2024-09-04']]);
    expect(out[0]!.text.startsWith('Sundsvalls kommun och')).toBe(true);
    none('Avtalet mellan Sundsvalls kommun och Ystads kommun undertecknades i går.', { municipalities: ['Sundsvall', 'Ystad'], bareNames: true });
    expect(values('Tillsammans med Sundsvalls kommun och Ystad undertecknade Borås ett avtal om upphandling.', { municipalities: ['Sundsvall', 'Ystad', 'Borås'], bareNames: true }).map((v) => v.actor))
      .toEqual(['Borås']);
  });

  it('when: a date in a later clause of the sentence is not the decision\'s', () => {
    const text = 'Borås stad\nKommunstyrelsen beslutade i tisdags att anta en handlingsplan för cykeltrafiken, och arbetet startar i maj.';
    expect(values(text, { municipalities: ['Borås'], dates: [['i maj', '2024-05']] })).toMatchObject([{ type: 'adopt_plan', when: null }]);
    expect(values(text, { municipalities: ['Borås'], dates: [['i tisdags', '2024-04-02'], ['i maj', '2024-05']] })).toMatchObject([{ type: 'adopt_plan', when: '2024-04-02' }]);
  });

  it('when: "beslutade också" takes the date of the decision just reported, never its deadline', () => {
    const setup = { municipalities: ['Borås'], dates: [['på onsdagen', '2024-11-20'], ['senast 2035', '2035']] as [string, string][] };
    expect(values('Borås stad\nFullmäktige beslutade på onsdagen att anta en ny klimatplan. Fullmäktige beslutade också att staden ska gå med i nätverket Klimatkommunerna.', setup).map((v) => [v.type, v.when]))
      .toEqual([['adopt_plan', '2024-11-20'], ['join', '2024-11-20']]);
    expect(values('Borås stad\nFullmäktige beslutade att Borås ska vara klimatneutralt senast 2035. Fullmäktige beslutade också att staden ska gå med i nätverket Klimatkommunerna.', setup).map((v) => [v.type, v.when]))
      .toEqual([['target', '2035'], ['join', null]]);
    expect(values('Borås stad\nFullmäktige beslutade på onsdagen att anta en ny klimatplan. Staden ska gå med i nätverket Klimatkommunerna.', setup).map((v) => [v.type, v.when]))
      .toEqual([['adopt_plan', '2024-11-20'], ['join', null]]);
  });
});

describe('generalisation (version 4)', () => {
  const none = (text: string, setup: Setup = {}) => expect(values(text, setup)).toEqual([]);

  it('protocols: numbered decision points are decisions of the municipality, dated by the meeting', () => {
    const text = 'Växjö kommun\nKommunstyrelsen\n\nProtokoll\nSammanträdesdatum: 2025-03-11\n\n§ 12 Cykelstrategi\n\nBeslut\nKommunstyrelsen beslutar\n\n1. att anta Cykelstrategi för Växjö kommun 2025–2035,\n2. att uppdatera kommunens trafikplan med strategins åtgärder,\n3. att ge tekniska förvaltningen i uppdrag att redovisa arbetet i december,\n4. att inte inrätta en särskild cykelnämnd.\n\nJusterat 2025-03-14';
    const out = run(text, { municipalities: ['Växjö'], dates: [['2025-03-11', '2025-03-11'], ['2025-03-14', '2025-03-14']], published: '2025-03-14', kind: 'other' });
    expect(out.map((m) => [m.value.actor, m.value.type, m.value.when, m.value.what])).toEqual([
      ['Växjö', 'adopt_plan', '2025-03-11', 'anta Cykelstrategi för Växjö kommun 2025–2035'],
      ['Växjö', 'revise', '2025-03-11', 'uppdatera kommunens trafikplan med strategins åtgärder'],
    ]);
    expect(out[0]!.text).toBe('1. att anta Cykelstrategi för Växjö kommun 2025–2035,');
    // A board's proposal to the council is no decision; a motion's att-satser stay proposals.
    none('Växjö kommun\nKommunstyrelsens förslag till beslut\nKommunstyrelsen föreslår kommunfullmäktige\n1. att anta Cykelstrategi för Växjö kommun', { municipalities: ['Växjö'], kind: 'other' });
    expect(values('Motion om cyklar\n\nKommunfullmäktige beslutar\n- att anta en cykelplan\n\nAnna Berg (V)', { kind: 'motion' })).toEqual([]);
  });

  it('other: a decision to do something concrete, dated by the decision and not by its object', () => {
    const text = 'Borås stad\nKommunfullmäktige beslutade i tisdags att bygga en ny idrottshall vid Ryahallen, som ska stå klar 2027.';
    expect(values(text, { municipalities: ['Borås'], dates: [['i tisdags', '2024-10-08'], ['2027', '2027']] }))
      .toEqual([{ actor: 'Borås', type: 'other', what: 'bygga en ny idrottshall vid Ryahallen', when: '2024-10-08' }]);
    none('Borås stad\nKommunfullmäktige beslutade i tisdags att utreda om en ny idrottshall behövs.', { municipalities: ['Borås'] });
    none('Borås stad\nKommunfullmäktige beslutade att inte bygga någon ny idrottshall.', { municipalities: ['Borås'] });
    none('Borås stad\nRegionen har beslutat att bygga ett nytt sjukhus i Borås.', { municipalities: ['Borås'] });
  });

  it('adopt_plan: a plan adopted in a när-clause of the council\'s own decision', () => {
    const setup = { municipalities: ['Ystad'], dates: [['i onsdags', '2024-06-12']] as [string, string][] };
    expect(values('Ystads kommun\nDet klubbade fullmäktige i onsdags, när den nya avfallsplanen antogs.', setup))
      .toMatchObject([{ actor: 'Ystad', type: 'adopt_plan', when: '2024-06-12' }]);
    expect(values('Ystads kommun\nDet beslutade fullmäktige i onsdags, när den nya avfallsplanen antogs.', setup))
      .toEqual([{ actor: 'Ystad', type: 'adopt_plan', what: 'nya avfallsplanen', when: '2024-06-12' }]);
    none('Ystads kommun\nMycket har hänt sedan i onsdags, när den nya avfallsplanen antogs.', setup);
    none('Ystads kommun\nDet beslutade inte fullmäktige när den nya avfallsplanen antogs.', setup);
  });

  it('join: an act of joining an inflected network noun, and being granted membership', () => {
    expect(values('Mölndal anslöt sig till nätverket under 2022.', { municipalities: ['Mölndal'], dates: [['under 2022', '2022']] }))
      .toMatchObject([{ actor: 'Mölndal', type: 'join', when: '2022' }]);
    const text = 'Lidköpings kommun har sökt och fått medlemskap i föreningen. Beslutet om att söka medlemskap togs av fullmäktige den 3 mars.';
    expect(values(text.replace('sökt och fått', 'ansökt om och fått'), { municipalities: ['Lidköping'], dates: [['den 3 mars', '2025-03-03']] }))
      .toMatchObject([{ actor: 'Lidköping', type: 'join', when: '2025-03-03' }]);
    // Being part of it is a state, not an act of joining.
    none('Mölndal ingår i nätverket sedan flera år.', { municipalities: ['Mölndal'] });
  });

  it('target: "förbinder sig staden att bli klimatneutral" with an inverted subject', () => {
    expect(values('Luleå kommun\nGenom avtalet förbinder sig kommunen att bli klimatneutral senast 2035.', { municipalities: ['Luleå'], dates: [['senast 2035', '2035']] }))
      .toEqual([{ actor: 'Luleå', type: 'target', what: 'bli klimatneutral senast 2035', when: '2035' }]);
    none('Luleå kommun\nGenom avtalet förbinder sig myndigheterna att stötta kommunen.', { municipalities: ['Luleå'] });
  });

  it('waiting to see, weighing reasons and indirect questions give nothing', () => {
    const setup = { municipalities: ['Umeå'], people: [['Eva Ek', 'Umeå']] as [string, string | null][] };
    none('Nyheter\n– Längre fram får vi se om det finns skäl att ansluta oss till fler nätverk, säger Eva Ek.', setup);
    none('Umeå kommun\nNämnden ska pröva om kommunen ska gå med i nätverket Klimatkommunerna.', { municipalities: ['Umeå'] });
    none('Umeå kommun\nDet finns goda skäl att gå med i nätverket Klimatkommunerna.', { municipalities: ['Umeå'] });
    expect(values('Nyheter\n– Vi går med i nätverket Klimatkommunerna i år, säger Eva Ek.', setup)).toMatchObject([{ actor: 'Umeå', type: 'join' }]);
  });

  it('propose: a motion named in prose by its proposer, a Riksdag party or a local party', () => {
    expect(values('Skövde kommun\nMotionen lämnades in i mars av Skövdelistans gruppledare Karin Holm.', { municipalities: ['Skövde'], dates: [['i mars', '2024-03']] }))
      .toMatchObject([{ actor: 'Skövdelistan', type: 'propose', when: '2024-03' }]);
    expect(values('Skövde kommun\nEn motion om fler laddstolpar väcktes i höstas av Centerpartiet.', { municipalities: ['Skövde'] }))
      .toMatchObject([{ actor: 'C', type: 'propose' }]);
    none('Skövde kommun\nMotionen lämnades in i mars av kommunstyrelsens ordförande Karin Holm.', { municipalities: ['Skövde'] });
    none('Skövde kommun\nMotionen lämnades in av Naturskyddsföreningens ordförande Karin Holm.', { municipalities: ['Skövde'] });
    none('Skövde kommun\nMotionen lämnades aldrig in av Skövdelistans gruppledare.', { municipalities: ['Skövde'] });
  });
});

describe('generalisation (version 5)', () => {
  const munis = { municipalities: ['Hudiksvall', 'Nordanstig', 'Söderhamn', 'Bollnäs'] };
  const head = 'Hudiksvalls kommun\nPressmeddelande\n\n';
  const actors = (body: string) => values(head + body, munis).map((v) => [v.actor, v.type]);

  it('another municipality told by comparison or as a neighbour is background', () => {
    expect(actors('Fullmäktige i Hudiksvall antog i går en ny klimatplan. Grannkommunerna Nordanstig och Söderhamn har redan antagit liknande strategier.'))
      .toEqual([['Hudiksvall', 'adopt_plan']]);
    expect(actors('Även Bollnäs kommun har godkänt en motsvarande energiplan.')).toEqual([]);
    expect(actors('Grannkommunen Söderhamn har undertecknat Klimatkontrakt 2030.')).toEqual([]);
    expect(actors('Söderhamns motsvarande klimatplan antogs redan 2019.')).toEqual([]);
  });

  it('keeps a specific report about another municipality, a joint act and a twin joining the own one', () => {
    // A plain report (no comparison, no neighbour apposition) is kept, as in a debate article.
    expect(actors('Söderhamn skrev under Klimatkontrakt 2030 redan 2022.')).toEqual([['Söderhamn', 'sign']]);
    // Joint signing: the own municipality is a coordinated subject, even with a comparison word.
    expect(actors('Hudiksvall och Nordanstig har tecknat ett motsvarande avtal med Trafikverket.'))
      .toEqual([['Hudiksvall', 'sign'], ['Nordanstig', 'sign']]);
    // Joint act stated with "tillsammans med" the own municipality.
    expect(actors('Grannkommunen Nordanstig undertecknade i dag avtalet tillsammans med Hudiksvalls kommun.'))
      .toEqual([['Nordanstig', 'sign']]);
    // A twin city joins with the own one.
    expect(actors('Grannkommunen Nordanstig går med som tvillingkommun till Hudiksvall i satsningen.'))
      .toEqual([['Nordanstig', 'twin']]);
  });

  it('a document describing what it contains is no commitment of its own', () => {
    expect(actors('Avtalet beskriver vad kommunen och regionen åtar sig för att minska utsläppen.')).toEqual([]);
    expect(actors('Planen anger hur staden ska bli klimatneutral till 2035.')).toEqual([]);
    expect(actors('Strategin handlar om hur kommunen ska nå fossilfrihet senast 2030.')).toEqual([]);
  });

  it('keeps a commitment whose describing clause only follows it', () => {
    expect(actors('I dag undertecknade kommunen klimatkontraktet, som beskriver vad staden åtar sig.')).toEqual([['Hudiksvall', 'sign']]);
    expect(actors('Kommunen åtar sig att halvera utsläppen från sina fordon till 2030, vilket rapporten visar är möjligt.'))
      .toEqual([['Hudiksvall', 'target']]);
  });
});

describe('extractor contract', () => {
  it('is version 5 and creates commitments whose text is the span', () => {
    expect(commitmentsExtractor.version).toBe(5);
    expect(commitmentsExtractor.creates).toEqual(['commitment']);
    const text = 'Intro.\nSkövde kommun har antagit en ny klimatstrategi. Det var bra.';
    for (const m of run(text, { municipalities: ['Skövde'] })) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
