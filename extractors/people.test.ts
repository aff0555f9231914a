import { describe, expect, it } from 'vitest';
import type { PersonValue } from '../src/types.js';
import { ROLE_NOUNS } from './lexicon/roles.js';
import { isGivenName, PARTY_FORMS, partyOfAdjective, riksdagParty } from './names.js';
import { isRoleNoun, nameCandidates, peopleExtractor, roleFromDefinite } from './people.js';
import type { ExtractorContext, ExtractorInput, MunicipalityMention } from './types.js';

/** Municipality mentions for every occurrence of the given surface forms (what the municipalities extractor yields). */
function municipalities(text: string, forms: Record<string, [name: string, code: string]>): MunicipalityMention[] {
  const out: MunicipalityMention[] = [];
  for (const [form, [name, code]] of Object.entries(forms)) {
    const re = new RegExp(`(?<![\\p{L}])${form}(?=s?(?![\\p{L}]))`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ kind: 'municipality', start: m.index, end: m.index + form.length, text: form, value: { name, code }, rule: 'test' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function run(text: string, forms: Record<string, [string, string]> = {}) {
  const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language: 'sv' };
  const ctx: ExtractorContext = {
    document: [], municipalities: municipalities(text, forms), people: [], waves: [], dates: [], commitments: [],
    kind: 'press_release', published: null,
  };
  return peopleExtractor.run(doc, ctx);
}

/** The people of a text, merged by name the way the registry does. */
function people(text: string, forms: Record<string, [string, string]> = {}): Map<string, PersonValue> {
  const out = new Map<string, PersonValue>();
  for (const m of run(text, forms)) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const prev = out.get(m.value.name);
    if (!prev) { out.set(m.value.name, { ...m.value }); continue; }
    prev.party ??= m.value.party; prev.role ??= m.value.role; prev.municipality ??= m.value.municipality;
    prev.politician ||= m.value.politician;
  }
  return out;
}

const ARVIKA: Record<string, [string, string]> = { Arvika: ['Arvika', '1784'] };
const UMEÅ: Record<string, [string, string]> = { Umeå: ['Umeå', '2480'] };

describe('names data', () => {
  it('knows given names with å/ä/ö and hyphenated ones', () => {
    for (const n of ['Åsa', 'Örjan', 'Björn', 'Mårten', 'Eva-Lena', 'Märta']) expect(isGivenName(n)).toBe(true);
    expect(isGivenName('Kommunen')).toBe(false);
    expect(isGivenName('Viable')).toBe(false);
  });

  it('maps parties as written to Riksdag abbreviations', () => {
    expect(riksdagParty('Vänsterpartiet')).toBe('V');
    expect(riksdagParty('Miljöpartiet de gröna')).toBe('MP');
    expect(riksdagParty('Kristdemokraterna')).toBe('KD');
    expect(riksdagParty('Liberalerna')).toBe('L');
    expect(riksdagParty('Moderaterna')).toBe('M');
    expect(riksdagParty('Socialdemokraterna')).toBe('S');
    expect(riksdagParty('Sverigedemokraterna')).toBe('SD');
    expect(riksdagParty('Centerpartiet')).toBe('C');
    expect(riksdagParty('Folkpartiet')).toBe('L');
    expect(riksdagParty('FP')).toBe('L');
    expect(riksdagParty('mp')).toBe('MP');
    expect(riksdagParty('Vänsterpartiets')).toBe('V');
    expect(riksdagParty('Sjukvårdspartiet')).toBeNull();
  });

  it('recognises role nouns in indefinite and definite form', () => {
    expect(isRoleNoun('hållbarhetschef')).toBe(true);
    expect(isRoleNoun('Gruppledare')).toBe(true);
    expect(isRoleNoun('innovationsprogram')).toBe(false);
    expect(roleFromDefinite('kommunalrådet')).toBe('kommunalråd');
    expect(roleFromDefinite('projektledaren')).toBe('projektledare');
    expect(roleFromDefinite('miljöstrategen')).toBe('miljöstrateg');
    expect(roleFromDefinite('kommunen')).toBeNull();
  });
});

describe('people in running text', () => {
  it('reads party in brackets and role with the municipality after the name', () => {
    const p = people('– Vi har bråttom, säger Maria Holm (S), kommunstyrelsens ordförande i Arvika kommun.', ARVIKA);
    expect([...p.values()]).toEqual([
      { name: 'Maria Holm', party: 'S', role: 'kommunstyrelsens ordförande', municipality: 'Arvika', politician: true },
    ]);
  });

  it('reads a definite role noun before the name', () => {
    const text = 'Arvika kommun satsar på solceller.\nDet bekräftar kommunalrådet Sofia Lindqvist (M) i dag. Arbetet leds av projektledaren Jonas Wikström.';
    const p = people(text, ARVIKA);
    expect(p.get('Sofia Lindqvist')).toEqual({ name: 'Sofia Lindqvist', party: 'M', role: 'kommunalråd', municipality: 'Arvika', politician: true });
    expect(p.get('Jonas Wikström')).toEqual({ name: 'Jonas Wikström', party: null, role: 'projektledare', municipality: 'Arvika', politician: false });
  });

  it('does not take a sentence-initial role noun into the name', () => {
    const p = people('Kommunalrådet Sofia Lindqvist (M) välkomnar beslutet.');
    expect([...p.keys()]).toEqual(['Sofia Lindqvist']);
    expect(p.get('Sofia Lindqvist')!.role).toBe('kommunalråd');
  });

  it('reads a party in brackets at the end of the role clause', () => {
    const p = people('Tove Sandberg, ordförande i miljönämnden i Umeå kommun (V), är nöjd med beslutet.', UMEÅ);
    expect(p.get('Tove Sandberg')).toEqual({ name: 'Tove Sandberg', party: 'V', role: 'ordförande i miljönämnden', municipality: 'Umeå', politician: true });
  });

  it('reads a party written out after a comma', () => {
    const p = people('Förslaget får kritik av Gunnar Ek, Centerpartiet, oppositionsråd, som vill se en annan väg.');
    expect(p.get('Gunnar Ek')).toMatchObject({ party: 'C', role: 'oppositionsråd', politician: true });
    const q = people('Frågan drivs av Ingrid Sjöberg, Miljöpartiet de gröna, gruppledare.');
    expect(q.get('Ingrid Sjöberg')).toMatchObject({ party: 'MP', role: 'gruppledare' });
  });

  it('makes a local party\'s member a politician, with no Riksdag party', () => {
    expect(people('säger Rolf Berglund (Sjukvårdspartiet).').get('Rolf Berglund')).toMatchObject({ party: null, politician: true });
    expect(people('säger Karin Öst (Kommunens Väl), ledamot i fullmäktige.').get('Karin Öst')).toMatchObject({ party: null, politician: true });
  });

  it('reads a party genitive before the role', () => {
    const p = people('Det menar Moderaternas gruppledare Björn Åkesson.');
    expect(p.get('Björn Åkesson')).toMatchObject({ party: 'M', role: 'gruppledare', politician: true });
  });

  it('reads quote attributions, and a later bare mention is the same person', () => {
    const text = 'Umeå kommun går med i nätverket.\n– Det här är ett stort steg, säger Mårten Lundgren, kommunstyrelsens ordförande.\n– Vi börjar i höst, fortsätter Mårten Lundgren.';
    const ms = run(text, UMEÅ).filter((m) => m.value.name === 'Mårten Lundgren');
    expect(ms).toHaveLength(2);
    expect(ms[0]!.value).toEqual({ name: 'Mårten Lundgren', party: null, role: 'kommunstyrelsens ordförande', municipality: 'Umeå', politician: true });
  });

  it('reads "representerades av X, role"', () => {
    const p = people('Arvika kommun representerades av Åsa Norberg, kommunstyrelsens ordförande.', ARVIKA);
    expect(p.get('Åsa Norberg')).toMatchObject({ role: 'kommunstyrelsens ordförande', municipality: 'Arvika', politician: true });
  });

  it('keeps organisation words after the role noun and ties such people to no municipality', () => {
    const text = 'Arvika kommun\n\n– Tempot måste upp, säger Karin Ek, forskningschef Energimyndigheten och docent vid KTH.';
    expect(people(text, ARVIKA).get('Karin Ek')).toEqual({ name: 'Karin Ek', party: null, role: 'forskningschef Energimyndigheten och docent vid KTH', municipality: null, politician: false });
  });

  it('keeps compound roles written with "- och"', () => {
    const p = people('säger Örjan Falk (KD), kultur- och fritidsnämndens ordförande.');
    expect(p.get('Örjan Falk')).toMatchObject({ party: 'KD', role: 'kultur- och fritidsnämndens ordförande', politician: true });
  });
});

describe('contact blocks and signatures', () => {
  it('reads contact lines and cuts the role at the phone number', () => {
    const text = 'Arvika kommun\n\nKontaktpersoner:\nMaria Holm (S), Kommunstyrelsens ordförande, Arvika kommun, tfn 0570-816 00.\n' +
      'Jesper Nyström, projektledare Fossilfritt Arvika 2030, Arvika kommun, tfn 0570-817 12.';
    const p = people(text, ARVIKA);
    expect(p.get('Maria Holm')).toEqual({ name: 'Maria Holm', party: 'S', role: 'kommunstyrelsens ordförande', municipality: 'Arvika', politician: true });
    expect(p.get('Jesper Nyström')).toEqual({ name: 'Jesper Nyström', party: null, role: 'projektledare Fossilfritt Arvika 2030', municipality: 'Arvika', politician: false });
  });

  it('reads name and role on separate lines, in bold, with phone and e-mail lines', () => {
    const text = 'Umeå kommun\n\n## **För mer information**\n\n**Lisa Strand**\n\nMiljö- och hållbarhetschef\n\nTfn 090-16 10 00\n\n' +
      '**Emil Berggren (L)**\n\nByggnadsnämndens ordförande\n\n**Hanna Öberg**\n\nKommunikatör\n\n[hanna.oberg@umea.se](mailto:hanna.oberg@umea.se)\n\n' +
      'Kontakter\n\nTina Ljung\n\nTina Ljung\n\nKommunikationsstrateg Miljöförvaltningen 090-16 16 16';
    const p = people(text, UMEÅ);
    expect(p.get('Lisa Strand')).toEqual({ name: 'Lisa Strand', party: null, role: 'miljö- och hållbarhetschef', municipality: 'Umeå', politician: false });
    expect(p.get('Emil Berggren')).toEqual({ name: 'Emil Berggren', party: 'L', role: 'byggnadsnämndens ordförande', municipality: 'Umeå', politician: true });
    expect(p.get('Hanna Öberg')).toEqual({ name: 'Hanna Öberg', party: null, role: 'kommunikatör', municipality: 'Umeå', politician: false });
    expect(p.get('Tina Ljung')).toEqual({ name: 'Tina Ljung', party: null, role: 'kommunikationsstrateg Miljöförvaltningen', municipality: 'Umeå', politician: false });
    expect(p.size).toBe(4);
  });

  it('reads a motion signature with the party after the role', () => {
    const text = '3 mars 2024\n\nVi föreslår att Sala kommun inför klimatbudget. Sala kommun har redan en klimatplan.\n\n' +
      'Kristdemokraterna föreslår kommunfullmäktige besluta\n\n- att införa en klimatbudget.\n\nMats Bergqvist\nGruppledare\nKristdemokraterna\n';
    const p = people(text, { Sala: ['Sala', '1983'] });
    expect([...p.values()]).toEqual([{ name: 'Mats Bergqvist', party: 'KD', role: 'gruppledare', municipality: 'Sala', politician: true }]);
  });

  it('reads a motion signature with "För <party>" before the name', () => {
    const text = 'Motion till kommunfullmäktige i Sala kommun\n\nVi yrkar att Sala kommun ansluter sig.\n\nFör Vänsterpartiet\nIda Lindberg\nGruppledare\n';
    expect(people(text, { Sala: ['Sala', '1983'] }).get('Ida Lindberg')).toEqual({ name: 'Ida Lindberg', party: 'V', role: 'gruppledare', municipality: 'Sala', politician: true });
  });
});

describe('traps', () => {
  it('does not read a phone number or e-mail address as name or role', () => {
    const p = people('Kontakt\nOlle Sundin, miljöstrateg, tfn 054-540 12 89, olle.sundin@arvika.se', ARVIKA);
    expect(p.get('Olle Sundin')!.role).toBe('miljöstrateg');
    expect(p.size).toBe(1);
  });

  it('ignores photo credits, programme names, events and headings', () => {
    const text = 'Foto: Viable Cities\n\nKlimatneutrala Städer 2030\n\nKrokar arm med Karlstad\n\n' +
      'Kontrakten signeras på European Viable Cities Day. Region Värmland och Viable Cities, som samordnas av KTH, deltar.\n\n## **Viable Cities**\n\nViable Cities är ett innovationsprogram.';
    expect(run(text, { Karlstad: ['Karlstad', '1780'] })).toEqual([]);
  });

  it('takes no municipality from a region after the name', () => {
    const text = 'Arvika kommun\n\n– Vi samarbetar gärna, säger Per Ödman från Region Västmanland.';
    expect(people(text, ARVIKA).get('Per Ödman')).toEqual({ name: 'Per Ödman', party: null, role: null, municipality: null, politician: false });
  });

  it('reads "Anna Lund (M)" as a person, not as the municipality Lund', () => {
    const text = 'Eslövs kommun\n\n– Det är ett bra beslut, säger Anna Lund (M), kommunalråd.';
    const p = people(text, { Eslöv: ['Eslöv', '1285'], Lund: ['Lund', '1281'] });
    expect(p.get('Anna Lund')).toEqual({ name: 'Anna Lund', party: 'M', role: 'kommunalråd', municipality: 'Eslöv', politician: true });
    // With no other municipality in the text, the surname is still not taken for one.
    expect(people('– Bra, säger Anna Lund (M), kommunalråd.', { Lund: ['Lund', '1281'] }).get('Anna Lund')!.municipality).toBeNull();
  });

  it('needs context: a capitalised pair of words alone is no person', () => {
    expect(run('Lars Nilsson Bygg har fått uppdraget.\nGröna Jobb Arvika startar i maj.')).toEqual([]);
    expect(run('Måndag Morgon i Arvika')).toEqual([]);
  });

  it('does not take weekdays or months before a name into the name', () => {
    const p = people('Fredag Emma Sjögren (C) tog över ordförandeklubban.');
    expect([...p.keys()]).toEqual(['Emma Sjögren']);
  });
});

describe('more signatures and genitives', () => {
  it('reads a party line naming the local branch', () => {
    const text = 'Motion om cykelvägar i Sala kommun\n\nVi föreslår att kommunfullmäktige beslutar att bygga cykelvägar.\n\nKlara Hedlund\nLedamot\nCenterpartiet i Sala\n';
    expect(people(text, { Sala: ['Sala', '1983'] }).get('Klara Hedlund')).toEqual({ name: 'Klara Hedlund', party: 'C', role: 'ledamot', municipality: 'Sala', politician: true });
  });

  it('does not read a sentence about a party as a signature line', () => {
    // Klara Hedlund is a named person (a known given name), but the party sentence below is not her party.
    const text = 'Kontakt\nKlara Hedlund\nVänsterpartiet föreslår att kommunen gör mer.';
    expect(people(text).get('Klara Hedlund')).toMatchObject({ party: null, politician: false });
  });

  it('reads a party genitive directly before the name', () => {
    expect(people('Det anser Socialdemokraternas Viktor Malm.').get('Viktor Malm')).toMatchObject({ party: 'S', politician: true });
  });
});

describe('name shapes and organisations after the role', () => {
  it('keeps middle initials, hyphenated given names and particles in the name', () => {
    const text = '– Vi är redo, säger Maria K Sundqvist, miljöchef.\n– Äntligen, säger Eva-Lena af Klint (L), kommunalråd.\nJohan P. Ekdahl, planarkitekt, har ritat området.';
    expect([...people(text).keys()]).toEqual(['Maria K Sundqvist', 'Eva-Lena af Klint', 'Johan P. Ekdahl']);
  });

  it('reads a university named by a municipality genitive as another organisation', () => {
    const text = 'Göteborgs Stad\n\nEnligt Mats Ekholm, forskare vid Göteborgs universitet, är planen ambitiös.';
    expect(people(text, { Göteborg: ['Göteborg', '1480'] }).get('Mats Ekholm')).toEqual(
      { name: 'Mats Ekholm', party: null, role: 'forskare vid Göteborgs universitet', municipality: null, politician: false });
  });

  it('emits every occurrence of an accepted name, also in a photo caption', () => {
    const text = '– Bra dag, säger Elin Sand (S), kommunalråd.\n\nBild: Elin Sand. Foto: Sala kommun';
    expect(run(text).map((m) => m.text)).toEqual(['Elin Sand', 'Elin Sand']);
  });
});

describe('local party abbreviations (v2)', () => {
  it('reads a local party abbreviation in brackets as a politician\'s, with no Riksdag party', () => {
    const p = people('– Nu bygger vi ut tågtrafiken, säger Lennart Åhlin (SPI), kommunstyrelsens ordförande i Arvika kommun.', ARVIKA);
    expect(p.get('Lennart Åhlin')).toEqual({ name: 'Lennart Åhlin', party: null, role: 'kommunstyrelsens ordförande', municipality: 'Arvika', politician: true });
  });

  it('does not read an organisation acronym in brackets as a party when the role is not political', () => {
    const p = people('Arvika kommun\n\n– Solcellerna håller länge, säger Maria Frisk (RISE), forskare.', ARVIKA);
    expect(p.get('Maria Frisk')).toMatchObject({ party: null, role: 'forskare', politician: false });
    expect(people('Enligt Johan Öhman (SKR), handläggare, saknas statistik.').get('Johan Öhman')).toMatchObject({ party: null });
  });

  it('still maps a Riksdag abbreviation in brackets, not as a local party', () => {
    expect(people('säger Ulla Berg (KD), kommunalråd.').get('Ulla Berg')).toMatchObject({ party: 'KD' });
  });
});

describe('roles with the body of the municipality (v2)', () => {
  it('keeps "i <adjective> nämnden" in the role', () => {
    const p = people('– Det är dags att agera, säger Sofie Hägg, Liberalerna, vice ordförande i sociala nämnden.');
    expect(p.get('Sofie Hägg')).toMatchObject({ party: 'L', role: 'vice ordförande i sociala nämnden', politician: true });
  });

  it('keeps "på <förvaltning/kontor>" in the role and reads the municipality after it', () => {
    const p = people('– Vi ritar om hela centrum, säger Jonas Wikström, planerare på stadsbyggnadskontoret i Arvika kommun.', ARVIKA);
    expect(p.get('Jonas Wikström')).toEqual({ name: 'Jonas Wikström', party: null, role: 'planerare på stadsbyggnadskontoret', municipality: 'Arvika', politician: false });
  });

  it('keeps an official\'s organisation in the role (no municipality for it), but no time phrase', () => {
    const p = people('Arvika kommun\n\n– Vägen är klar, säger Emil Sundberg, utredare på Trafikverket.', ARVIKA);
    expect(p.get('Emil Sundberg')).toEqual({ name: 'Emil Sundberg', party: null, role: 'utredare på Trafikverket', municipality: null, politician: false });
    const q = people('– Jag har sett det förut, säger Petra Holm, handläggare i flera år på kommunen.');
    expect(q.get('Petra Holm')!.role).toBe('handläggare');
  });
});

describe('a municipality named in the role title (v2)', () => {
  it('ties a project lead to the municipality the project is named after', () => {
    const text = 'Arvika kommun\n\nKontakt\nElsa Berg, projektledare Fossilfria Umeå 2030, 090-16 00 00, elsa.berg@umea.se';
    expect(people(text, { ...ARVIKA, ...UMEÅ }).get('Elsa Berg')).toEqual(
      { name: 'Elsa Berg', party: null, role: 'projektledare Fossilfria Umeå 2030', municipality: 'Umeå', politician: false });
  });

  it('does not tie the head of a company named after a municipality to it', () => {
    const text = 'Arvika kommun\n\n– Vi bygger ut laddningen, säger Per Lind, vd Umeå Energi.';
    expect(people(text, { ...ARVIKA, ...UMEÅ }).get('Per Lind')).toMatchObject({ role: 'vd Umeå Energi', municipality: null });
  });
});

describe('a municipality genitive before the role noun (v3)', () => {
  const BODEN_PITEÅ: Record<string, [string, string]> = { Boden: ['Boden', '2582'], Piteå: ['Piteå', '2581'] };

  it('reads "Piteås miljöchef X" as the role of a person acting for Piteå', () => {
    const text = 'Bodens kommun\n\nAvtalet skrevs under av Bodens kommundirektör Lars Öhman och Piteås miljöchef Karin Sjölund i förrgår.';
    const p = people(text, BODEN_PITEÅ);
    expect(p.get('Lars Öhman')).toEqual({ name: 'Lars Öhman', party: null, role: 'kommundirektör', municipality: 'Boden', politician: false });
    expect(p.get('Karin Sjölund')).toEqual({ name: 'Karin Sjölund', party: null, role: 'miljöchef', municipality: 'Piteå', politician: false });
  });

  it('strips "X kommuns", "X stads" and "kommunens" from the role', () => {
    const text = 'Bodens kommun\n\nPlanen presenterades av Piteå kommuns energistrateg Åsa Lindgren. ' +
      'Med på mötet var också Göteborgs Stads trafikplanerare Nils Åberg och kommunens kommunikatör Maja Nordin.';
    const p = people(text, { ...BODEN_PITEÅ, Göteborg: ['Göteborg', '1480'] });
    expect(p.get('Åsa Lindgren')).toMatchObject({ role: 'energistrateg', municipality: 'Piteå' });
    expect(p.get('Nils Åberg')).toMatchObject({ role: 'trafikplanerare', municipality: 'Göteborg' });
    expect(p.get('Maja Nordin')).toMatchObject({ role: 'kommunikatör', municipality: 'Boden' });
  });

  it('reads the genitive in a role written after the name', () => {
    const text = 'Bodens kommun\n\nKontakt\nSara Nyberg, Piteå kommuns energirådgivare, tfn 0911-69 60 00';
    expect(people(text, BODEN_PITEÅ).get('Sara Nyberg')).toEqual(
      { name: 'Sara Nyberg', party: null, role: 'energirådgivare', municipality: 'Piteå', politician: false });
  });

  it('does not read a university or a region named by a genitive as the municipality', () => {
    const text = 'Bodens kommun\n\nEnligt Göteborgs universitets professor Anna Ek och regionens klimatstrateg Olof Berg räcker det inte.';
    const p = people(text, { ...BODEN_PITEÅ, Göteborg: ['Göteborg', '1480'] });
    expect(p.get('Anna Ek')).toMatchObject({ municipality: null });
    expect(p.get('Anna Ek')!.role).toContain('professor');
    expect(p.get('Olof Berg')).toMatchObject({ role: 'regionens klimatstrateg', municipality: null });
  });
});

describe('longer role phrases (v3)', () => {
  it('keeps a coordinated compound body name: "ordförande i barn- och utbildningsnämnden"', () => {
    const p = people('– Skolgårdarna ska bli gröna, säger Johan Ek, ordförande i barn- och utbildningsnämnden.');
    expect(p.get('Johan Ek')).toMatchObject({ role: 'ordförande i barn- och utbildningsnämnden', politician: true });
  });

  it('does not take an association after "i" into the role or make its chair a politician', () => {
    const p = people('– Vi välkomnar beslutet, säger Johan Ek, ordförande i hyres- och bostadsrättsföreningen.');
    expect(p.get('Johan Ek')).toMatchObject({ role: 'ordförande', politician: false });
  });

  it('keeps "med ansvar för …" in a role when it closes the clause in lower-case words', () => {
    const p = people('– Vi satsar på cykeln, säger Lena Dahl (V), kommunalråd med ansvar för trafik- och stadsbyggnadsfrågor.');
    expect(p.get('Lena Dahl')).toMatchObject({ party: 'V', role: 'kommunalråd med ansvar för trafik- och stadsbyggnadsfrågor' });
  });

  it('leaves "med ansvar för" out when a name or a time phrase follows it', () => {
    expect(people('säger Lena Dahl (V), kommunalråd med ansvar för Grön Omställning Norr.').get('Lena Dahl')!.role).toBe('kommunalråd');
    expect(people('säger Lena Dahl (V), kommunalråd med ansvar för miljön sedan 2022.').get('Lena Dahl')!.role).toBe('kommunalråd');
  });

  it('reads protocol labels before a name as roles, without their colon', () => {
    const found = people('Vid protokollet\nOrdförande: Örjan Blom (C)\nJusterare: Märta Ek (S)\nSekreterare: Åsa Lind');
    expect(found.get('Örjan Blom')).toMatchObject({ role: 'ordförande', party: 'C' });
    expect(found.get('Märta Ek')).toMatchObject({ role: 'justerare', party: 'S', politician: true });
    expect(found.get('Åsa Lind')!.role).toBe('sekreterare');
    // Trap: a heading with a colon is no role and no person.
    expect(people('Bakgrund: Klimatkontrakt 2030 signeras i december.').size).toBe(0);
  });

  it('is the registered extractor, version 6', () => {
    expect(peopleExtractor).toMatchObject({ name: 'people', version: 6, creates: ['person'] });
  });
});

describe('local parties and signature lines (v4)', () => {
  const KIRUNA: Record<string, [string, string]> = { Kiruna: ['Kiruna', '2584'] };

  it('reads a local party from its genitive before the role and keeps it out of the role', () => {
    const p = people('Frågan väcktes i våras av Kirunapartiets gruppledare Ola Lindqvist i en interpellation.', KIRUNA);
    expect(p.get('Ola Lindqvist')).toMatchObject({ party: null, role: 'gruppledare', politician: true });
    const q = people('Enligt Sjukvårdslistans oppositionsråd Maria Åström räcker pengarna inte.');
    expect(q.get('Maria Åström')).toMatchObject({ party: null, role: 'oppositionsråd', politician: true });
  });

  it('does not make an organisation genitive a party', () => {
    // Trap: a company's or an association's genitive is part of the role, never a party.
    const p = people('Tekniska verkens miljöchef Ola Lindqvist var också på plats, säger Pia Berg (S).');
    expect(p.get('Ola Lindqvist')?.party ?? null).toBeNull();
    const q = people('Enligt Naturskyddsföreningens ordförande Maria Åström räcker pengarna inte.');
    expect(q.get('Maria Åström')).toMatchObject({ party: null, politician: false });
  });

  it('reads a signature line "Role, Party i Municipality" under a name', () => {
    const text = 'Vi yrkar att fullmäktige beslutar\n\natt bygga fler laddplatser.\n\nKiruna den 2 maj 2024\n\n' +
      'Sara Öberg\nGruppledare, Vänsterpartiet i Kiruna\n\nOla Lindqvist (KD)\nLedamot, Kirunapartiet\n';
    const p = people(text, KIRUNA);
    expect(p.get('Sara Öberg')).toEqual({ name: 'Sara Öberg', party: 'V', role: 'gruppledare', municipality: 'Kiruna', politician: true });
    expect(p.get('Ola Lindqvist')).toMatchObject({ party: 'KD', role: 'ledamot', politician: true });
  });

  it('does not read a company after the comma of a signature line as a party', () => {
    // Trap: "Projektledare, Kiruna Energi AB" names an employer, not a party or the municipality.
    const p = people('Kontakt\n\nSara Öberg\nProjektledare, Kiruna Energi AB\n070-123 45 67\n', KIRUNA);
    expect(p.get('Sara Öberg')?.party ?? null).toBeNull();
    expect(p.get('Sara Öberg')?.role ?? null).not.toBe('projektledare');
  });

  it('reads "gruppledare för <party> i <municipality>" with the party outside the role', () => {
    const p = people('Sara Öberg (V)\ngruppledare för Vänsterpartiet i Kiruna\n', KIRUNA);
    expect(p.get('Sara Öberg')).toEqual({ name: 'Sara Öberg', party: 'V', role: 'gruppledare', municipality: 'Kiruna', politician: true });
    // Trap: "ansvarig för" + an ordinary capitalised word is no party.
    const q = people('– Vi ses i höst, säger Sara Öberg, ansvarig för Kulturnatten i Kiruna.', KIRUNA);
    expect(q.get('Sara Öberg')).toMatchObject({ party: null, politician: false });
  });
});

describe('lexicon tables: every example is read as its entry says (v6)', () => {
  const only = (text: string) => {
    const found = [...people(text).values()];
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  it('role nouns: each example phrase gives its role and political flag', () => {
    for (const r of ROLE_NOUNS) {
      const p = only(r.example);
      expect(p.role, r.example).toBe(r.role);
      if (r.political === 'always') expect(p.politician, r.example).toBe(true);
      expect(isRoleNoun(r.head), r.head).toBe(true);
    }
  });

  it('party forms: each example phrase gives its party', () => {
    for (const f of PARTY_FORMS) expect(only(f.example).party, f.example).toBe(f.party);
  });

  it('party adjectives in every inflection, and no other word', () => {
    expect(partyOfAdjective('centerpartistisk')).toBe('C');
    expect(partyOfAdjective('socialdemokratiska')).toBe('S');
    expect(partyOfAdjective('vänsterpartistiskt')).toBe('V');
    expect(partyOfAdjective('moderata')).toBe('M');
    expect(partyOfAdjective('miljövänlig')).toBeNull();
  });

  it('old and colloquial party names map to today\'s party', () => {
    expect(riksdagParty('Nya Moderaternas')).toBe('M');
    expect(riksdagParty('Folkpartiet liberalerna')).toBe('L');
    expect(riksdagParty('Fp')).toBe('L');
    expect(riksdagParty('MP:s')).toBe('MP');
    expect(riksdagParty('Centerns')).toBe('C');
  });
});

describe('credits, bylines and authors (v6)', () => {
  it('people.photo-credit: a photographer, also before an agency; an agency alone is nobody', () => {
    const ms = run('Solpanelerna på Åbyskolans tak. Foto: Lena Åström/Mostphotos');
    expect(ms.map((m) => [m.value, m.rule])).toEqual([
      [{ name: 'Lena Åström', party: null, role: null, municipality: null, politician: false }, 'people.photo-credit'],
    ]);
    expect(run('Solceller på ett tak. Foto: Adobe Stock')).toEqual([]);
    expect(run('Vindkraftverk i Härnösand. Foto: Getty Images')).toEqual([]);
  });

  it('people.byline: "Av" on its own line, "Text:", "Minnesanteckningar av"; a user name is nobody', () => {
    expect(run('Kommunen säger delvis ja\n\nAv\nEmma Ståhl\n\nMotionärerna föreslår …').map((m) => [m.value.name, m.rule]))
      .toEqual([['Emma Ståhl', 'people.byline']]);
    expect(people('Text: Björn Öhrn\nSkolan får nya solceller.').get('Björn Öhrn')).toMatchObject({ role: null, politician: false });
    expect(people('Minnesanteckningar av Göran Ekström').get('Göran Ekström')).toMatchObject({ party: null, politician: false });
    expect(run('Av Admin den 9 september, 2007')).toEqual([]);
  });

  it('people.motion-author: interpellants and motion authors are politicians, citizens are not', () => {
    const p = people('Angående laddplatser – interpellation från Sören Åkerlund.\nOm cykelvägar – motion från Åsa Hellström (C) och Jonas Öst (C).');
    expect(p.get('Sören Åkerlund')).toMatchObject({ party: null, politician: true });
    expect(p.get('Åsa Hellström')).toMatchObject({ party: 'C', politician: true });
    expect(p.get('Jonas Öst')).toMatchObject({ party: 'C', politician: true });
    expect(people('Ett medborgarförslag från Åsa Hellström om en park.').get('Åsa Hellström')?.politician ?? false).toBe(false);
  });
});

describe('names in running text and person identity (v6)', () => {
  it('people.running-text: a known given name and a surname as the subject of a clause', () => {
    const ms = run('Nu har utlysningen stängt. Patrik Rydén har ansvarat för mötena med kommunerna.');
    expect(ms.map((m) => [m.value, m.rule])).toEqual([
      [{ name: 'Patrik Rydén', party: null, role: null, municipality: null, politician: false }, 'people.running-text'],
    ]);
  });

  it('traps: a room, a prize or a genitive place named after a person, and word-like given names', () => {
    expect(run('Fullmäktige sammanträder i Gustaf Dalén-salen i stadshuset.')).toEqual([]);
    expect(run('Hon fick Anna Lindh-priset förra året.')).toEqual([]);
    expect(run('Vi möts vid Olof Palmes gata klockan tio.')).toEqual([]);
    expect(run('Saga Sjöström lever kvar i byn.\nMark Öländsk är bördig.')).toEqual([]);
    expect(run('Lars Nilsson Bygg har fått uppdraget att bygga Norra Kyrkogatan.')).toEqual([]);
  });

  it('people.shared-surname: "George och Michel Fenom" are two people', () => {
    const ms = run('Se en utställning med Barbiemöbler av Göran och Michel Fenomsson.');
    expect(ms.map((m) => m.value.name)).toEqual(['Göran Fenomsson', 'Michel Fenomsson']);
    expect(ms.map((m) => m.rule)).toEqual(['people.shared-surname', 'people.running-text']);
  });

  it('one person written two ways is one entry, named as first written; a first name alone is nobody new', () => {
    const text = 'Interpellation från Sven Erik Wånell (V).\nMotion från Sven-Erik Wånell (V).\n' +
      '– Biblioteket är viktigt, säger Petra Andersin. Petra klippte bandet. Petra Andersin tackade.';
    const ms = run(text);
    expect(new Set(ms.map((m) => m.value.name))).toEqual(new Set(['Sven Erik Wånell', 'Petra Andersin']));
    expect(ms.map((m) => m.text)).toContain('Sven-Erik Wånell');
  });

  it('a Danish page names no Swedish people by running text or photo credit', () => {
    const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text: 'Erik Lauritzen er borgmester. Foto: Tue Hansen, TV SYD', pages: [], publishedHint: null, title: null, language: 'da' };
    const ctx: ExtractorContext = { document: [], municipalities: [], people: [], waves: [], dates: [], commitments: [], kind: 'other', published: null };
    expect(peopleExtractor.run(doc, ctx)).toEqual([]);
  });
});

describe('full role phrases (v6)', () => {
  it('keeps two roles joined by "och", lower-cased', () => {
    expect(people('säger Elvir Åberg (MP), kommunalråd och ordförande i miljönämnden.').get('Elvir Åberg')!.role)
      .toBe('kommunalråd och ordförande i miljönämnden');
    expect(people('berättar Kenneth Öhman (S), kommunalråd och Kommunstyrelsens ordförande.').get('Kenneth Öhman')!.role)
      .toBe('kommunalråd och kommunstyrelsens ordförande');
  });

  it('reads a second role after a comma and skips an abbreviation repeating the body', () => {
    const text = 'Det är Carolina Öst, centerpartistisk ledamot i kommunfullmäktige, kf, och ordförande i en beredningsgrupp för miljö- och klimatfrågor som ligger bakom motionen.';
    expect(people(text).get('Carolina Öst')).toMatchObject({
      party: 'C', role: 'ledamot i kommunfullmäktige och ordförande i en beredningsgrupp för miljö- och klimatfrågor', politician: true,
    });
  });

  it('fixes the typo "kommunstyrelsen förste vice ordförande" to the genitive', () => {
    const p = people('säger Frida Ålund, kommunstyrelsen förste vice ordförande och ordförande i Hållbarhetsutskottet.');
    expect(p.get('Frida Ålund')).toMatchObject({
      role: 'kommunstyrelsens förste vice ordförande och ordförande i hållbarhetsutskottet', politician: true,
    });
  });

  it('completes abbreviated and elliptic roles, also across a line break in a signature', () => {
    const p = people('Vi röstades ned.\n\nTommy Råberg (s), 2:e v ordf,\nMiljö- och hälsoskyddsnämnden, Solna stad\n', { Solna: ['Solna', '0184'] });
    expect(p.get('Tommy Råberg')).toEqual({
      name: 'Tommy Råberg', party: 'S', role: '2:e vice ordförande i miljö- och hälsoskyddsnämnden', municipality: 'Solna', politician: true,
    });
    expect(people('Kontaktpersoner\n\nYvonne Pärsson, ordförande Servicenämnden, 0121-186 17').get('Yvonne Pärsson'))
      .toMatchObject({ role: 'ordförande i servicenämnden', politician: true });
    expect(people('säger Hans Lindström, ordförande, kommunstyrelsen.').get('Hans Lindström'))
      .toMatchObject({ role: 'ordförande i kommunstyrelsen', politician: true });
    expect(people('Helena Gomér, bibliotekschef, kultur- och fritidskontoret, 08-523 022 59').get('Helena Gomér'))
      .toMatchObject({ role: 'bibliotekschef, kultur- och fritidskontoret', politician: false });
  });

  it('reads a role after "är" and roles given by position', () => {
    expect(people('Stefan Björk (C) är ordförande i Ekoutskottet. Han säger nej.').get('Stefan Björk'))
      .toMatchObject({ party: 'C', role: 'ordförande i ekoutskottet', politician: true });
    const p = people('Pierre Åhlén (MP) och Anna Kälvesten (S) som är ordförande och vice ordförande i Miljöutskottet är eniga:');
    expect(p.get('Pierre Åhlén')).toMatchObject({ party: 'MP', role: 'ordförande i miljöutskottet' });
    expect(p.get('Anna Kälvesten')).toMatchObject({ party: 'S', role: 'vice ordförande i miljöutskottet' });
    // Trap: "är" followed by no role gives no role.
    expect(people('Stefan Björk (C) är nöjd med beslutet.').get('Stefan Björk')!.role).toBeNull();
  });

  it('reads definite roles with an adjective in singular indefinite form, and a typo "-och"', () => {
    expect(people('Installationen är skapad av den lokala konstnären Katarina Pålsson.').get('Katarina Pålsson')!.role).toBe('lokal konstnär');
    expect(people('Biblioteks -och kulturchef Åsa Lundqvist hälsade alla välkomna.').get('Åsa Lundqvist')!.role).toBe('biblioteks- och kulturchef');
  });

  it('keeps the employer of a bare role ("i Nacka kommun"), not the bare place', () => {
    const forms: Record<string, [string, string]> = { Nacka: ['Nacka', '0182'], Skellefteå: ['Skellefteå', '2482'] };
    expect(people('säger Katarina Wåhlin Öst, stadsutvecklingsdirektör i Nacka kommun.', forms).get('Katarina Wåhlin Öst'))
      .toMatchObject({ role: 'stadsutvecklingsdirektör i Nacka kommun', municipality: 'Nacka' });
    expect(people('säger Evelina Fåhraeus (S), kommunalråd i Skellefteå, och fortsätter.', forms).get('Evelina Fåhraeus'))
      .toMatchObject({ role: 'kommunalråd', municipality: 'Skellefteå' });
  });

  it('reads English attributions', () => {
    const text = 'Umeå selected\n\n- We will support them, says Ursula von Ekdahl, President of the Commission\n\n' +
      '- This is big for us, says the municipal board chairman Hans Lindström (S).';
    const p = people(text, UMEÅ);
    expect(p.get('Ursula von Ekdahl')).toEqual({ name: 'Ursula von Ekdahl', party: null, role: 'president of the Commission', municipality: null, politician: true });
    expect(p.get('Hans Lindström')).toEqual({ name: 'Hans Lindström', party: 'S', role: 'municipal board chairman', municipality: 'Umeå', politician: true });
  });
});

describe('parties and municipalities (v6)', () => {
  it('reads "MP:s gruppledare", "Nya Moderaternas X" and a party adjective', () => {
    expect(people('I en interpellation vill MP:s gruppledare Maria Årman veta varför.').get('Maria Årman')).toMatchObject({ party: 'MP', role: 'gruppledare', politician: true });
    expect(people('Nya Moderaternas Lars-Göran Birkehorn Karlsén föreslog i denna motion att fullmäktige skulle besluta.').get('Lars-Göran Birkehorn Karlsén'))
      .toMatchObject({ party: 'M', politician: true });
  });

  it('reads "vår gruppledare" as the party of the party\'s own page, and only there', () => {
    const text = 'Kristdemokraterna i Nyköpings kommunfullmäktige är i opposition. Nedan finns Kristdemokraternas förslag. ' +
      'Kontakta vår gruppledare Marita Göransdotter på mobil 070 203 28 02.';
    expect(people(text).get('Marita Göransdotter')).toMatchObject({ party: 'KD', role: 'gruppledare', politician: true });
    // Trap: a page naming two parties equally has no party of its own.
    const mixed = 'Kristdemokraterna och Moderaterna samarbetar. Kristdemokraterna och Moderaterna vill mer. Kontakta vår gruppledare Marita Göransdotter.';
    expect(people(mixed).get('Marita Göransdotter')!.party).toBeNull();
  });

  it('never takes the first municipality of the document for someone acting elsewhere, and none when none is named', () => {
    const forms: Record<string, [string, string]> = { Söderköping: ['Söderköping', '0582'], Linköping: ['Linköping', '0580'] };
    const text = 'Solceller i Söderköping? Bilden är från ett hus i Linköping. Foto: Leif Lärksson\n\nDet är Karin Öst, ledamot i kommunfullmäktige, som ligger bakom motionen.';
    const p = people(text, forms);
    expect(p.get('Leif Lärksson')).toMatchObject({ municipality: null, politician: false });
    expect(p.get('Karin Öst')).toMatchObject({ municipality: 'Söderköping', politician: true });
    expect(people('– Vi bygger en förskola, säger kommunalrådet Ingela Nilsson Nachtwäj (C).').get('Ingela Nilsson Nachtwäj')!.municipality).toBeNull();
  });
});

describe('cost', () => {
  it('is linear in the text length, also for one long line', () => {
    const unit = 'Det säger Anna Berg (S), kommunalråd och ordförande i miljönämnden, och Patrik Rydén har ansvarat för mötena, ';
    const time = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        // CPU time, not wall-clock: other processes on a loaded machine do not count.
        const t0 = process.cpuUsage();
        run(text);
        const t = process.cpuUsage(t0);
        best = Math.min(best, t.user + t.system);
      }
      return best / text.length;
    };
    time(20_000); // warm up
    const small = time(100_000), large = time(1_000_000);
    // Per character, a 1 MB line may cost a little more than 100 kB (GC, caches), not ten times more (quadratic).
    expect(large / small).toBeLessThan(3);
  });
});

describe('party members, co-signers and independent roles (v6)', () => {
  it('reads a party member noun and a party letter before a role noun', () => {
    const p = people('Det menar moderaten Per Öberg. Socialdemokraten Lena Åhs håller inte med, och S-kommunalrådet Åsa Ekström tvekar.');
    expect(p.get('Per Öberg')).toMatchObject({ party: 'M', role: null, politician: true });
    expect(p.get('Lena Åhs')).toMatchObject({ party: 'S', politician: true });
    expect(p.get('Åsa Ekström')).toMatchObject({ party: 'S', role: 'kommunalråd', politician: true });
  });

  it('gives every co-signer above a party line the party', () => {
    const text = 'Motion om cykelvägar\n\natt kommunen bygger fler cykelvägar.\n\nAnna Åkesson\nPer Öberg\nVänsterpartiet Sala\n';
    const p = people(text, { Sala: ['Sala', '1983'] });
    expect(p.get('Anna Åkesson')).toMatchObject({ party: 'V', politician: true, municipality: 'Sala' });
    expect(p.get('Per Öberg')).toMatchObject({ party: 'V', politician: true, municipality: 'Sala' });
  });

  it('ties no researcher or artist to the document\'s municipality, and no one behind another organisation\'s genitive', () => {
    const text = 'Arvika kommun satsar.\n– Bra, säger Lena Åhs, forskare.\n– Viktigt, säger Naturskyddsföreningens ordförande Per Öberg.';
    const p = people(text, ARVIKA);
    expect(p.get('Lena Åhs')).toMatchObject({ role: 'forskare', municipality: null });
    expect(p.get('Per Öberg')).toMatchObject({ municipality: null, politician: false });
  });
});

describe('appositions, lists and signatures (v6)', () => {
  it('gives a role before a comma to the person before it, not to the next name in a list', () => {
    const p = people('Närvarande: Anna Bergström (S), ordförande, Per Östlund (M), vice ordförande, Lena Åslund (C)');
    expect(p.get('Anna Bergström')).toMatchObject({ party: 'S', role: 'ordförande' });
    expect(p.get('Per Östlund')).toMatchObject({ party: 'M', role: 'vice ordförande' });
    expect(p.get('Lena Åslund')).toMatchObject({ party: 'C', role: null });
  });

  it('reads a role phrase opening the sentence with the name in apposition', () => {
    const forms: Record<string, [string, string]> = { Lund: ['Lund', '1281'], Växjö: ['Växjö', '0780'] };
    const p = people('Liberalernas gruppledare i Lund, Philip Sandbäck, är kritisk. Miljöchefen i Växjö kommun, Per Östlund, säger att planen är klar.', forms);
    expect(p.get('Philip Sandbäck')).toMatchObject({ party: 'L', role: 'gruppledare', municipality: 'Lund', politician: true });
    expect(p.get('Per Östlund')).toMatchObject({ role: 'miljöchef i Växjö kommun', municipality: 'Växjö', politician: false });
  });

  it('reads a party in brackets inside the role, a party branch after a comma, and "(båda S)"', () => {
    const forms: Record<string, [string, string]> = { Växjö: ['Växjö', '0780'] };
    expect(people('Per Östlund, ledamot (S) i kommunfullmäktige').get('Per Östlund')).toMatchObject({ party: 'S', role: 'ledamot i kommunfullmäktige' });
    expect(people('Per Östlund, Vänsterpartiet Växjö', forms).get('Per Östlund')).toMatchObject({ party: 'V', municipality: 'Växjö', politician: true });
    expect(people('Per Östlund, Socialdemokraterna i Växjö, ledamot i kommunstyrelsen', forms).get('Per Östlund'))
      .toMatchObject({ party: 'S', role: 'ledamot i kommunstyrelsen', municipality: 'Växjö' });
    const both = people('Kristina Nilsson och Lars Öberg (båda S) skrev motionen.');
    expect([both.get('Kristina Nilsson')!.party, both.get('Lars Öberg')!.party]).toEqual(['S', 'S']);
  });

  it('reads abbreviations with a period and adverbials after "är"', () => {
    expect(people('Per Östlund, ordf. Byggnadsnämnden').get('Per Östlund')).toMatchObject({ role: 'ordförande i byggnadsnämnden', politician: true });
    expect(people('Tf. kommundirektör Lena Åslund tar över.').get('Lena Åslund')!.role).toBe('tf kommundirektör');
    expect(people('Anna Bergström är sedan 2019 kommunalråd.').get('Anna Bergström')).toMatchObject({ role: 'kommunalråd', politician: true });
  });

  it('an author who states party and role is a politician, not a byline; a company named after a town is no municipality', () => {
    const ms = run('Skrivet av Anna Bergström (SD), gruppledare');
    expect(ms.map((m) => [m.value.party, m.value.role, m.value.politician, m.rule])).toEqual([['SD', 'gruppledare', true, 'people.party-brackets']]);
    expect(people('Intervju med Peter Lundgren, vd för Växjö Energi.', { Växjö: ['Växjö', '0780'] }).get('Peter Lundgren'))
      .toMatchObject({ role: 'vd för Växjö Energi', municipality: null });
  });
});

describe('responsibilities and organisations in the role (v6)', () => {
  const VÄXJÖ: Record<string, [string, string]> = { Växjö: ['Växjö', '0780'] };

  it('keeps a lower-case area after "för" and the office after it', () => {
    const p = people('Växjö kommun\n– Vi jobbar vidare, säger Åsa Bergström, enhetschef för miljö och hälsa på samhällsbyggnadsförvaltningen.', VÄXJÖ);
    expect(p.get('Åsa Bergström')).toMatchObject({ role: 'enhetschef för miljö och hälsa på samhällsbyggnadsförvaltningen', municipality: 'Växjö' });
  });

  it('keeps an official\'s organisation, ties a municipal project to its municipality, and no association chair to any', () => {
    const p = people('Växjö kommun\n– Kul, säger Åsa Bergström, projektledare för Klimatneutrala Växjö 2030.\n' +
      '– Bra, säger Örjan Lind, ordförande för Naturskyddsföreningen i Växjö.', VÄXJÖ);
    expect(p.get('Åsa Bergström')).toMatchObject({ role: 'projektledare för Klimatneutrala Växjö 2030', municipality: 'Växjö' });
    expect(p.get('Örjan Lind')).toMatchObject({ role: 'ordförande för Naturskyddsföreningen', municipality: null, politician: false });
  });

  it('reads a body named by the municipality\'s genitive, and "Den nya ordföranden i X, Name"', () => {
    const p = people('Växjö kommun\nÅsa Bergström, ordförande i Växjö kommuns klimatråd\n\nDen nya ordföranden i miljönämnden, Örjan Lind (MP), tillträder i januari.', VÄXJÖ);
    expect(p.get('Åsa Bergström')).toMatchObject({ role: 'ordförande i Växjö kommuns klimatråd', municipality: 'Växjö', politician: true });
    expect(p.get('Örjan Lind')).toMatchObject({ party: 'MP', role: 'ny ordförande i miljönämnden', politician: true });
  });
});

describe('places and firms named after people (v6)', () => {
  it('reads no person in a genitive inside a name or a place noun after it', () => {
    expect(run('Vi åkte till Astrid Lindgrens Värld i somras.')).toEqual([]);
    expect(run('Eleverna på Carl Wahren gymnasium fick solceller.')).toEqual([]);
    // …but the person named with evidence is still read.
    expect(people('– Bra, säger Carl Wahrén (M), kommunalråd.').get('Carl Wahrén')).toMatchObject({ party: 'M' });
  });
});

describe('lists and contact lines (v6)', () => {
  it('reads the municipality of a listed candidate and a bare contact line', () => {
    const forms: Record<string, [string, string]> = { Växjö: ['Växjö', '0780'], Alvesta: ['Alvesta', '0764'] };
    const p = people('Våra kandidater\n1. Åsa Bergström, Växjö\n2. Örjan Östlund, Alvesta', forms);
    expect(p.get('Åsa Bergström')).toMatchObject({ municipality: 'Växjö', role: null });
    expect(p.get('Örjan Östlund')).toMatchObject({ municipality: 'Alvesta' });
    const ms = run('Åsa Bergström, 070-123 45 67, asa.bergstrom@vaxjo.se');
    expect(ms.map((m) => [m.value.name, m.value.role, m.rule])).toEqual([['Åsa Bergström', null, 'people.contact-block']]);
  });
});

describe('signers and compound chairs (v6)', () => {
  it('a name alone on its line after the att-satser of a motion is a signer and a politician', () => {
    const text = 'Motion om laddplatser\n\nVi föreslår därför\n\natt kommunen bygger laddplatser.\n\nÅsa Bergström\nÖrjan Östlund\n';
    const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text, pages: [], publishedHint: null, title: null, language: 'sv' };
    const ctx: ExtractorContext = { document: [], municipalities: [], people: [], waves: [], dates: [], commitments: [], kind: 'motion', published: null };
    expect(peopleExtractor.run(doc, ctx).map((m) => [m.value.name, m.value.politician, m.rule])).toEqual([
      ['Åsa Bergström', true, 'people.signature'], ['Örjan Östlund', true, 'people.signature'],
    ]);
    // Trap: the same lines in a press release are no signature.
    expect(people(text).get('Åsa Bergström')).toMatchObject({ politician: false });
  });

  it('a chair whose body is inside the compound is a politician', () => {
    const p = people('Det säger kommunstyrelseordföranden Åsa Bergström. Nämndordförande Örjan Östlund håller med.');
    expect(p.get('Åsa Bergström')).toMatchObject({ role: 'kommunstyrelseordförande', politician: true });
    expect(p.get('Örjan Östlund')).toMatchObject({ role: 'nämndordförande', politician: true });
    expect(people('säger Åsa Bergström, föreningsordförande.').get('Åsa Bergström')).toMatchObject({ politician: false });
  });
});

describe('English pages (v6)', () => {
  it('reads English role phrases with "of"/"at" and the municipality named in them', () => {
    const text = 'Umeå municipality\n\n"We are proud," says Åsa Berg, head of the climate office in Umeå.\n' +
      'According to Örjan Öst, project manager at Umeå Municipality, the work continues.\n' +
      '- It is a big step, says Lena Ås, chair of the Environment and Health Committee.';
    const p = people(text, UMEÅ);
    expect(p.get('Åsa Berg')).toMatchObject({ role: 'head of the climate office in Umeå', municipality: 'Umeå', politician: false });
    expect(p.get('Örjan Öst')).toMatchObject({ role: 'project manager at Umeå Municipality', municipality: 'Umeå' });
    expect(p.get('Lena Ås')).toMatchObject({ role: 'chair of the Environment and Health Committee', municipality: 'Umeå', politician: true });
  });
});

describe('names in signatures, lists and genitives (v7)', () => {
  it('leaves a capitalised role noun after a name out of the name', () => {
    const p = people('Vi vill gå före.\nGunnel Simu Kommunalråd i Haparanda\n\nSlutligen önskar jag alla välkomna.\nKent Åström Kassör\n');
    expect([...p.keys()]).not.toContain('Gunnel Simu Kommunalråd');
    expect([...p.keys()]).not.toContain('Kent Åström Kassör');
    expect(nameCandidatesOf('Gunnel Simu Kommunalråd i Haparanda')).toEqual(['Gunnel Simu']);
    expect(nameCandidatesOf('Stig-Olof Eriksson Parkeringsansvarig')).toEqual(['Stig-Olof Eriksson']);
    expect(nameCandidatesOf('Foton: Kari Pistokoski Medverkande i fokusgrupp har varit')).toEqual(['Kari Pistokoski']);
  });

  it('reads two people where two given names each bring a surname, and no verb before a double given name', () => {
    expect(nameCandidatesOf('Medlemsansvarig: Lisa Tunegård Cecilia Herdenstam')).toEqual(['Lisa Tunegård', 'Cecilia Herdenstam']);
    expect(nameCandidatesOf('Anna Maria Åkesson Lind')).toEqual(['Anna Maria Åkesson Lind']);
    expect(nameCandidatesOf('• Nominera Inga-Lill Bjartén (S) fram till årsstämman')).toEqual(['Inga-Lill Bjartén']);
  });

  it('counts a genitive of a person named in full as that person', () => {
    const text = '3.4 Rolf Åberg, fastighetsägare Borrby 58:6\nInställning: Yrkar på utökning.\n\n' +
      'Sakägare Rolf Åbergs yrkande om utökad tomtyta behöver vägas mot naturvärden.';
    expect([...people(text).keys()]).toEqual(['Rolf Åberg']);
  });

  it('ties people to the municipality only named, or mostly named, and not to one of many named in passing', () => {
    const party = (text: string, forms: Record<string, [string, string]>) => people(text, forms).get('Robin Öst')?.municipality;
    const many = 'Verksamhetsberättelse 2016\n\nInledning\n\nFöreningen har haft ett bra år.\n\n' +
      'Debatten har inte strypts i Kiruna och ingen har krävt att få yttra sig i Sala. Dagarna ägde rum i Kiruna.\n' +
      'Efter att Robin Öst (M) i en debattartikel uppmanat oss svarade vi. Stockholm och Svalöv nämndes också.';
    expect(party(many, { Kiruna: ['Kiruna', '2584'], Sala: ['Sala', '1981'], Stockholm: ['Stockholm', '0180'], Svalöv: ['Svalöv', '1214'] })).toBeNull();
    expect(party(many, { Kiruna: ['Kiruna', '2584'] })).toBe('Kiruna');
  });
});

function nameCandidatesOf(text: string): string[] {
  return nameCandidates(text).map((c) => c.name);
}

describe('places named after people (v8)', () => {
  it('a school or building compound and a venue before a name are no people', () => {
    expect(nameCandidatesOf('Eleverna på Per Brahegymnasiet i Jönköping har startat ett klimatprojekt.')).toEqual([]);
    expect(nameCandidatesOf('Mötet hölls på Hotell Björn Borg i Umeå.')).toEqual([]);
    expect(nameCandidatesOf('Mötet hölls på hotellet. Björn Borg (M) öppnade det.')).toEqual(['Björn Borg']);
  });
});

describe('labels after a name (v8)', () => {
  it('a table label after a name is not part of it', () => {
    expect(nameCandidatesOf('Agnes Lundgren Antal medlemmar: 40')).toEqual(['Agnes Lundgren']);
    expect(nameCandidatesOf('Text: Karin Ekström Foto: Per Holm')).toEqual(['Karin Ekström', 'Per Holm']);
  });
});
