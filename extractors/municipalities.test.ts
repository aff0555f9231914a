import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './gazetteer.js';
import { PLACE_NAMED_ORGANISATIONS } from './lexicon/organisations.js';
import { findMunicipalities, municipalitiesExtractor } from './municipalities.js';

const names = (text: string): string[] => findMunicipalities(text).map((m) => m.value.name);

describe('gazetteer', () => {
  it('holds the 290 municipalities with unique four-digit SCB codes', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code))).toBe(true);
    expect(MUNICIPALITIES.find((m) => m.name === 'Göteborg')).toMatchObject({ code: '1480', county: 'Västra Götalands län' });
  });
});

describe('findMunicipalities', () => {
  it('reads the municipality, its genitive, "kommun" and "Stad" forms', () => {
    expect(names('Karlstads kommun har skrivit på klimatkontraktet.')).toEqual(['Karlstad']);
    expect(names('Göteborgs Stad och Stockholms stad samarbetar.')).toEqual(['Göteborg', 'Stockholm']);
    expect(names('Kristinehamns engagemang väcker intresse i Värmland.')).toEqual(['Kristinehamn']);
    expect(names('Falu kommun och Falu rödfärg')).toEqual(['Falun']);
  });

  it('keeps the s of names that end in s: the genitive is the same word', () => {
    expect(names('Konferensen hölls i Borås och Västerås stad var värd.')).toEqual(['Borås', 'Västerås']);
    expect(names('Båstads kommun')).toEqual(['Båstad']);
  });

  it('gives offsets into the text and the SCB code', () => {
    const text = 'Mötet i Umeå blev lyckat.';
    const [m] = findMunicipalities(text);
    expect(m).toMatchObject({ kind: 'municipality', text: 'Umeå', value: { name: 'Umeå', code: '2480' } });
    expect(text.slice(m!.start, m!.end)).toBe('Umeå');
  });

  it('finds multi-word and hyphenated names', () => {
    expect(names('Upplands Väsby, Malung-Sälen, Lilla Edet, Dals-Ed och Upplands-Bro deltar.'))
      .toEqual(['Upplands Väsby', 'Malung-Sälen', 'Lilla Edet', 'Dals-Ed', 'Upplands-Bro']);
    expect(names('Östra Göinge kommuns budget')).toEqual(['Östra Göinge']);
  });

  it('finds every item of a list', () => {
    expect(names('Borlänge, Borås, Eskilstuna, Gävle och Örebro går före.'))
      .toEqual(['Borlänge', 'Borås', 'Eskilstuna', 'Gävle', 'Örebro']);
  });

  it('skips regions, counties and landscapes', () => {
    expect(names('Region Värmland och Karlstads kommun tecknar avtal.')).toEqual(['Karlstad']);
    expect(names('Region Uppsala och Region Gotland bjuder in.')).toEqual([]);
    expect(names('Länsstyrelsen i Kalmar län och Uppsala läns landsting')).toEqual([]);
    expect(names('Resan gick till Västra Götaland, Skåne och på Gotland.')).toEqual([]);
    expect(names('Gotlands kommun är också en region.')).toEqual(['Gotland']);
  });

  it('skips foreign places', () => {
    expect(names('Oslo och Göteborgs Stad delar erfarenheter med Köpenhamn.')).toEqual(['Göteborg']);
  });

  it('does not read the first part of a compound word as a mention', () => {
    expect(names('Umeåregionen växer och Karlstadsborna cyklar på Enköpingsvägen.')).toEqual([]);
    expect(names('Stockholms- och Uppsalaregionen samt Stor-Göteborg')).toEqual([]);
    expect(names('Tåget Malmö-Lund går ofta.')).toEqual(['Malmö', 'Lund']);
  });

  it('skips names inside e-mail addresses and URLs', () => {
    expect(names('Mejla andreas@kalmar.se eller läs på https://www.Kalmar.se/klimat och Kalmar.se.')).toEqual([]);
    expect(names('Skriv till info@Borås.se')).toEqual([]);
  });

  it('never reads the verb "vara" as Vara', () => {
    expect(names('Vi ska vara tydliga med målen.')).toEqual([]);
    expect(names('Vara med och tyck till om översiktsplanen!')).toEqual([]);
    expect(names('Vara kommun har beslutat att gå med.')).toEqual(['Vara']);
    expect(names('Samarbetet med Vara fortsätter.')).toEqual(['Vara']);
  });

  it('reads a name that is also a person name only in a municipal context', () => {
    expect(names('Mötet hölls i Mark förra veckan.')).toEqual(['Mark']);
    expect(names('Mark och vatten är viktiga resurser.')).toEqual([]);
    expect(names('Anna Lund (M) vill se fler cykelbanor.')).toEqual([]);
    expect(names('Per Mora, kommunalråd, säger att det går bra.')).toEqual([]);
    expect(names('Lunds kommun och Lunds universitet')).toEqual(['Lund']);
    expect(names('Hon flyttade från Berg till Sala.')).toEqual(['Berg', 'Sala']);
  });

  it('accepts an ambiguous name in a list of unambiguous municipalities, but not a surname in it', () => {
    expect(names('Göteborg, Lund, Malmö och Mora')).toEqual(['Göteborg', 'Lund', 'Malmö', 'Mora']);
    expect(names('Mora, Sala, Lund och Kiruna')).toEqual(['Mora', 'Sala', 'Lund', 'Kiruna']);
    expect(names('Mora, Sala och Lund')).toEqual([]);
    expect(names('Talare: Anna Lund, Borås stad')).toEqual(['Borås']);
  });

  it('accepts an ambiguous name in a dateline or an address', () => {
    expect(names('Lund den 12 mars 2024\nEva Svensson')).toEqual(['Lund']);
    expect(names('Stadshuset\n792 80 Mora')).toEqual(['Mora']);
  });

  it('reads a word-like name mid-sentence but not at the start of a sentence', () => {
    expect(names('Kommunerna Skara och Tibro samverkar.')).toEqual(['Skara', 'Tibro']);
    expect(names('Skara var stor. Boden stod öppen.')).toEqual([]);
    expect(names('Skara kommun bjuder in.')).toEqual(['Skara']);
    expect(names('Årets tema: Vara med och påverka!')).toEqual([]);
    expect(names('Vara, Skara och Götene samverkar.')).toEqual(['Vara', 'Skara', 'Götene']);
  });

  it('reads a surname before a party mark as a person even when the name is unambiguous', () => {
    expect(names('Ledamoten Karin Nyköping (S) reserverade sig.')).toEqual([]);
    expect(names('Charlotte Wedberg, projektledare Klimatneutrala Karlstad 2030')).toEqual(['Karlstad']);
  });

  it('reads capitals in headings for unambiguous names only', () => {
    expect(names('ENKÖPINGS KOMMUN\nPressmeddelande')).toEqual(['Enköping']);
    expect(names('VARA MED OCH PÅVERKA')).toEqual([]);
    expect(names('SALA KOMMUN\nKommunledningskontoret')).toEqual(['Sala']);
  });

  it('does not take the Norwegian "kommune" as a municipal context', () => {
    expect(names('Berg kommune i Troms samarbeider med Bergs kommun i Jämtland.')).toEqual(['Berg']);
  });

  it('reads a municipality name right after a common given name as a surname, even at a sentence start', () => {
    expect(names('Sofia Boden, miljöstrateg, berättar om arbetet i Piteå kommun.')).toEqual(['Piteå']);
    expect(names('Kontakt: Erik Falkenberg, kommunikatör i Ystads kommun.')).toEqual(['Ystad']);
    // Trap: a municipality after a preposition or in a list is still the municipality.
    expect(names('Mötet hölls i Boden och i Falkenberg.')).toEqual(['Boden', 'Falkenberg']);
    expect(names('Sofia reste till Boden.')).toEqual(['Boden']);
  });

  it('is the registered extractor, version 2', () => {
    expect(municipalitiesExtractor).toMatchObject({ name: 'municipalities', version: 3, creates: ['municipality'] });
  });
});

describe('organisations named after a place (lexicon/organisations.ts)', () => {
  it.each(PLACE_NAMED_ORGANISATIONS.map((o) => [o.word, o.example] as const))('%s: "%s" names no municipality', (_word, example) => {
    expect(names(example)).toEqual([]);
  });

  it('still reads the place with a lower-case noun, and the municipality named beside the organisation', () => {
    expect(names('Forskarna vid Karlstads universitet har mätt utsläppen.')).toEqual(['Karlstad']);
    expect(names('Umeå kommun äger Umeå Energi.')).toEqual(['Umeå']);
    expect(names('Energin i Skellefteå kommer från Skellefteå Kraft.')).toEqual(['Skellefteå']);
  });
});
