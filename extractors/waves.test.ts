import { describe, expect, it } from 'vitest';
import { findMunicipalities } from './municipalities.js';
import { findWaves, wavesExtractor } from './waves.js';

const waves = (text: string): string[] =>
  findWaves(text, findMunicipalities(text)).map((w) => `${w.value.municipality}:${w.value.wave}`);

describe('findWaves', () => {
  it('gives every municipality on a table row the row\'s wave', () => {
    const text = 'Kommuner i våg 1 (med sedan fas 1)\tEnköping, Järfälla, Göteborg, Lund\n' +
      '------\t--\n' +
      'Kommuner i våg 2\tBorlänge, Borås, Kalmar\n';
    expect(waves(text)).toEqual(['Enköping:1', 'Järfälla:1', 'Göteborg:1', 'Lund:1', 'Borlänge:2', 'Borås:2', 'Kalmar:2']);
  });

  it('reads a row whose cells a parser joined with a space or a pipe', () => {
    expect(waves('Kommuner i våg 2 Borlänge, Borås, Gävle')).toEqual(['Borlänge:2', 'Borås:2', 'Gävle:2']);
    expect(waves('| Våg 3 | Skövde, Kungsbacka |')).toEqual(['Skövde:3', 'Kungsbacka:3']);
  });

  it('spans the wave on the municipality name', () => {
    const text = 'Borås ingår i våg 2.';
    const [w] = findWaves(text, findMunicipalities(text));
    expect(w).toMatchObject({ kind: 'wave', start: 0, end: 5, text: 'Borås', value: { municipality: 'Borås', wave: 2 } });
  });

  it('reads a table of municipalities and their waves', () => {
    expect(waves('Kommun | Våg\nUmeå | våg 1\nKalmar | våg 2\n')).toEqual(['Umeå:1', 'Kalmar:2']);
    expect(waves('Skövde\tVåg 3\nGävle\tfas 2\n')).toEqual(['Skövde:3']);
  });

  it('reads a label line followed by a bulleted list', () => {
    const text = 'Städer i den tredje vågen:\n• Skövde\n• Örnsköldsvik\n• Västerås\n\nÖvriga deltagare är Kiruna och Luleå.';
    expect(waves(text)).toEqual(['Skövde:3', 'Örnsköldsvik:3', 'Västerås:3']);
  });

  it('reads sentences that place a municipality in a wave', () => {
    expect(waves('Umeå är en av nio städer i första vågen.')).toEqual(['Umeå:1']);
    expect(waves('Borås ingår i våg 2 sedan hösten 2021.')).toEqual(['Borås:2']);
    expect(waves('Skövde blev en del av den tredje vågen av Klimatneutrala städer 2030.')).toEqual(['Skövde:3']);
    expect(waves('Sedan i fjol ingår Växjö i den andra vågen.')).toEqual(['Växjö:2']);
    expect(waves('Luleå, Piteå och Skellefteå kom med i våg tre.')).toEqual(['Luleå:3', 'Piteå:3', 'Skellefteå:3']);
    expect(waves('Borås och Nacka är två av de fjorton kommunerna i våg 2.')).toEqual(['Borås:2', 'Nacka:2']);
    expect(waves('Karlstad, som ingår i den andra vågen, skrev på.')).toEqual(['Karlstad:2']);
    expect(waves('Umeå, en av nio städer i första vågen, var värd.')).toEqual(['Umeå:1']);
  });

  it('reads a wave before a list: "I våg 2 ingår …", "våg 2-kommunerna …"', () => {
    expect(waves('I våg 2 ingår bland annat Gävle, Nacka och Örebro.')).toEqual(['Gävle:2', 'Nacka:2', 'Örebro:2']);
    expect(waves('Våg 2-kommunerna Borlänge och Östersund signerar en avsiktsförklaring.')).toEqual(['Borlänge:2', 'Östersund:2']);
  });

  it('reads a parenthetical wave: "Umeå (med sedan fas 1)", "Kalmar (våg 2)"', () => {
    expect(waves('Umeå (med sedan fas 1) och Kalmar (våg 2) presenterade.')).toEqual(['Umeå:1', 'Kalmar:2']);
  });

  it('treats a phase as a wave only when a city joins it, or for the first phase', () => {
    expect(waves('Kalmar anslöt i fas 2 av satsningen.')).toEqual(['Kalmar:2']);
    expect(waves('Gävle har varit med sedan fas 2.')).toEqual(['Gävle:2']);
    expect(waves('Malmö var med redan i fas 1.')).toEqual(['Malmö:1']);
    // Every city takes part in phase 2, whichever wave it came in.
    expect(waves('Umeå är en av 23 städer i den andra fasen.')).toEqual([]);
    expect(waves('Under den andra fasen är Umeå ordförande i nätverket.')).toEqual([]);
    expect(waves('Umeå ingår sedan 2021 i den andra fasen.')).toEqual([]);
  });

  it('needs a municipality tied to a wave number in the same sentence', () => {
    expect(waves('Den 1 oktober startar den andra fasen av satsningen. Då kommer Kalmar att arbeta med 22 andra kommuner.')).toEqual([]);
    expect(waves('Kalmar är med när den andra fasen startar.')).toEqual([]);
    expect(waves('Alla kommuner signerar kontraktet, eller – för våg 2-kommunerna – en avsiktsförklaring.')).toEqual([]);
    expect(waves('Karlstad, en erfaren pionjärstad inom Viable Cities, stöttar Kristinehamn.')).toEqual([]);
    expect(waves('Tierps kommun går med i föreningen Klimatkommunerna.')).toEqual([]);
  });

  it('does not read a negated or unrelated membership as a wave', () => {
    expect(waves('Umeå är inte med i våg 2.')).toEqual([]);
    expect(waves('Kalmar samarbetar med städerna i den tredje vågen.')).toEqual([]);
    expect(waves('Eskilstuna, Gävle och Umeå deltar i Klimatkommunerna.')).toEqual([]);
  });

  it('needs the municipality extractor\'s mentions: a region in a wave sentence is no wave', () => {
    expect(waves('Region Gotland ingår i våg 3.')).toEqual([]);
  });

  it('gives companions in "tillsammans med"/"liksom" phrases the wave of the city they accompany', () => {
    expect(waves('Örebro deltar sedan 2022 i den andra vågen av programmet, tillsammans med bland annat Karlstad och Nacka.'))
      .toEqual(['Örebro:2', 'Karlstad:2', 'Nacka:2']);
    expect(waves('Lidköping ingår i den tredje vågen, liksom Falköping och Trollhättan.'))
      .toEqual(['Lidköping:3', 'Falköping:3', 'Trollhättan:3']);
    expect(waves('Linköping, tillsammans med Norrköping och Motala, ingår i den andra vågen.'))
      .toEqual(['Linköping:2', 'Norrköping:2', 'Motala:2']);
  });

  it('gives companions nothing when the sentence does not place their city in a wave', () => {
    // The list belongs to another clause.
    expect(waves('Örebro ingår i den andra vågen och driver tillsammans med Karlstad och Nacka ett projekt om cykling.')).toEqual(['Örebro:2']);
    expect(waves('Örebro ingår i den andra vågen, tillsammans med Karlstad driver kommunen ett projekt.')).toEqual(['Örebro:2']);
    expect(waves('Örebro ingår i den andra vågen. Tillsammans med Karlstad och Nacka startar kommunen ett nätverk.')).toEqual(['Örebro:2']);
    expect(waves('Linköping samarbetar, tillsammans med Norrköping, som ingår i den andra vågen.')).toEqual(['Norrköping:2']);
    // Negated, another programme, a phase every city is in, a phase starting.
    expect(waves('Örebro är inte med i den andra vågen, tillsammans med bland annat Karlstad och Nacka.')).toEqual([]);
    expect(waves('Örebro deltar i Klimatkommunerna, tillsammans med bland annat Karlstad och Nacka.')).toEqual([]);
    expect(waves('Örebro ingår i den andra fasen, tillsammans med Karlstad och Nacka.')).toEqual([]);
    expect(waves('När den andra fasen startar, tillsammans med Karlstad och Nacka, väntar mycket arbete.')).toEqual([]);
  });

  it('reads a relative clause naming the cohort: "…, som bildar den första vågen"', () => {
    expect(waves('Programmet inleddes 2020 med tolv kommuner, bland andra Luleå, Kiruna och Gällivare, som bildar den första vågen.'))
      .toEqual(['Luleå:1', 'Kiruna:1', 'Gällivare:1']);
    expect(waves('Lidköping, som utgör en del av den tredje vågen, bjöd in till möte.')).toEqual(['Lidköping:3']);
    // A plan, not the cities, makes up the phase; a list that names no wave.
    expect(waves('Luleå, Kiruna och Gällivare har tagit fram en plan som utgör den första fasen av arbetet.')).toEqual([]);
    expect(waves('Programmet inleddes med tolv kommuner, bland andra Luleå, Kiruna och Gällivare.')).toEqual([]);
  });

  it('reads "sedan (den) N:e vågen/fasen" after the programme: "med i satsningen sedan …"', () => {
    expect(waves('Halmstad har varit med i satsningen sedan den andra vågen 2021.')).toEqual(['Halmstad:2']);
    expect(waves('Sundsvalls kommun har funnits med i programmet sedan våg 3.')).toEqual(['Sundsvall:3']);
    // Joining a phase says the wave; being in it later does not.
    expect(waves('Halmstad har varit med i satsningen sedan den andra fasen.')).toEqual(['Halmstad:2']);
    expect(waves('Halmstad deltar i satsningen och har sedan den andra fasen en egen samordnare.')).toEqual([]);
    expect(waves('Halmstad har inte varit med i satsningen sedan den första vågen.')).toEqual([]);
    expect(waves('Halmstad har varit med i Klimatkommunerna sedan den första vågen.')).toEqual([]);
  });

  it('reads past a time adverbial between the verb and the wave', () => {
    expect(waves('Sundsvall blev i fjol en del av den tredje vågen.')).toEqual(['Sundsvall:3']);
    expect(waves('Kristianstad blev förra året en av städerna i våg 3.')).toEqual(['Kristianstad:3']);
    expect(waves('Sundsvall anslöt under hösten 2023 till den tredje vågen.')).toEqual(['Sundsvall:3']);
    expect(waves('Sundsvall anslöt i december till den tredje vågen.')).toEqual(['Sundsvall:3']);
    // "under" a wave is not a time adverbial of the membership; negation and other programmes still stop it.
    expect(waves('Sundsvall var under den tredje vågen värd för en konferens.')).toEqual([]);
    expect(waves('Sundsvall blev förra året inte en del av den tredje vågen.')).toEqual([]);
    expect(waves('Sundsvall blev förra året en del av Klimatkommunerna och i den tredje vågen startar nu arbetet.')).toEqual([]);
  });

  it('gives "i samma våg", "i den vågen", "denna fas" the wave named just before (v3)', () => {
    expect(waves('Växjö ingår i den tredje vågen. Beskedet kom i går.\n\nI samma våg finns även Ljungby och Alvesta.'))
      .toEqual(['Växjö:3', 'Ljungby:3', 'Alvesta:3']);
    expect(waves('Kristianstad kom med i våg 3 förra året. Hässleholm är också med i den vågen.')).toEqual(['Kristianstad:3', 'Hässleholm:3']);
    expect(waves('Malmö var med redan i fas 1. Även Eslöv deltog i denna fas.')).toEqual(['Malmö:1', 'Eslöv:1']);
  });

  it('leaves an anaphoric wave unresolved when the antecedent is unclear (v3)', () => {
    // Two wave numbers before it, none at all, a comparison with "som", across a heading, a phase for a wave.
    expect(waves('Umeå ingår i första vågen och i våg 2 finns Borås. I samma våg ingår Gävle.')).not.toContain('Gävle:1');
    expect(waves('Umeå ingår i första vågen och i våg 2 finns Borås. I samma våg ingår Gävle.')).not.toContain('Gävle:2');
    expect(waves('I samma våg ingår Ale och Habo.')).toEqual([]);
    expect(waves('Gävle ingår i våg 2. Kalmar ingår i samma våg som Mora.')).toEqual(['Gävle:2']);
    expect(waves('Borås ingår i våg 2.\n\nNya kommuner i satsningen\n\nI samma våg ingår Ale.')).toEqual(['Borås:2']);
    expect(waves('Kalmar anslöt i fas 2. I samma våg ingår Borås.')).toEqual(['Kalmar:2']);
    expect(waves('Kalmar ingår i våg 2. Borås ingår inte i samma våg.')).toEqual(['Kalmar:2']);
  });

  it('is the registered extractor, version 5', () => {
    expect(wavesExtractor).toMatchObject({ name: 'waves', version: 5, creates: ['wave'] });
  });
});

describe('belonging to a wave after a coordinated predicate (v4)', () => {
  it('reads "hör till"/"tillhör" after "och" that shares the subject', () => {
    expect(waves('Luleå kom med i programmet i fjol och hör till den tredje vågen av kommuner.')).toEqual(['Luleå:3']);
    expect(waves('Östersund anslöt sig 2022 och tillhör våg 3.')).toEqual(['Östersund:3']);
    expect(waves('Luleå hör till den andra vågen.')).toEqual(['Luleå:2']);
  });

  it('does not cross "och" into another clause, a negation or an object', () => {
    // Traps: a second subject, a negated verb, and an object before "och".
    expect(waves('Luleå gick med i programmet och Östersund hör till den tredje vågen.')).toEqual(['Östersund:3']);
    expect(waves('Luleå gick med i programmet och hör inte till den tredje vågen.')).toEqual([]);
    expect(waves('Luleå har en klimatbudget och tillhör den tredje vågen.')).toEqual([]);
  });
});

describe('the first cohort without a wave number (v6)', () => {
  it('reads the nine listed as the original cities of the programme', () => {
    expect(waves('De nio ursprungliga städerna i Klimatneutrala städer 2030 var Göteborg, Lund, Malmö, Stockholm, Umeå, Uppsala, Växjö, Borås och Helsingborg.')).toHaveLength(9);
  });
  it('reads "den första fasen … omfattade" with its list', () => {
    expect(waves('Den första fasen av Klimatneutrala städer 2030 omfattade Göteborg, Lund och Umeå.')).toEqual(['Göteborg:1', 'Lund:1', 'Umeå:1']);
    expect(waves('Den andra fasen omfattar Göteborg, Lund och Umeå.')).toEqual([]);
  });
  it('reads being with Klimatneutrala städer 2030 from its start, not with the older platform Viable Cities', () => {
    expect(waves('Umeå var med från starten när Viable Cities startade Klimatneutrala städer 2030 år 2019.')).toEqual(['Umeå:1']);
    expect(waves('Umeå har varit med i Viable Cities från starten.')).toEqual([]);
  });
});
