import { describe, expect, it } from 'vitest';
import { documentExtractor, documentKind, documentPublished } from './document.js';
import type { ExtractorInput } from './types.js';

const kind = (text: string) => {
  const m = documentKind(text);
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return m && { value: m.value, text: m.text };
};
const published = (text: string) => {
  const m = documentPublished(text);
  if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  return m && { value: m.value, text: m.text };
};

const MOTION = `Motion om medlemskap i Klimatkommunerna

Kommunen har tecknat ett hållbarhetslöfte med länsstyrelsen. Vi vill gå längre än så.

Miljöpartiet föreslår med hänvisning till ovan att kommunfullmäktige beslutar:

- att kommunen ansöker om medlemskap i föreningen Klimatkommunerna
- att kommunstyrelsen får i uppdrag att ta fram en åtgärdsplan

Gävle den 14 maj 2023

Åsa Öberg
Gruppledare`;

describe('documentKind', () => {
  it('finds a motion by its att-satser and points at the first one', () => {
    expect(kind(MOTION)).toEqual({ value: 'motion', text: '- att kommunen ansöker om medlemskap i föreningen Klimatkommunerna' });
  });

  it('finds a motion with "yrkar" and numbered or bulleted att-satser', () => {
    const text = 'Med anledning av ovanstående yrkar jag att kommunfullmäktige beslutar\n1. att införa gratis kollektivtrafik för äldre\n2. att utreda kostnaden';
    expect(kind(text)).toEqual({ value: 'motion', text: '1. att införa gratis kollektivtrafik för äldre' });
    const bullets = 'Vänsterpartiet föreslår kommunfullmäktige besluta:\n\u2022 att kommunen går med i föreningen.';
    expect(kind(bullets)?.value).toBe('motion');
  });

  it('finds a motion by its heading alone', () => {
    expect(kind('Motion om säkrare cykelvägar i Älvkarleby\n\nCyklister behöver bättre vägar.')).toEqual({
      value: 'motion', text: 'Motion om säkrare cykelvägar i Älvkarleby',
    });
  });

  it('does not take exercise ("motion") for a council motion', () => {
    const text = 'Motion och hälsa för äldre\n\nKommunen öppnar ett nytt gym.\n\n– Vi vill att fler rör på sig, säger Göran Ek, äldreombud.';
    expect(kind(text)?.value).toBe('press_release');
  });

  it('does not take a proposal reported in running text for a motion', () => {
    const text = 'Kommunstyrelsen föreslår att fullmäktige beslutar att bygga en ny skola i Örbyhus.\n\n– Det är ett viktigt beslut, säger Sofia Ågren (C), kommunstyrelsens ordförande.';
    expect(kind(text)).toEqual({ value: 'press_release', text: 'säger Sofia Ågren' });
  });

  it('finds a press release by the word "Pressmeddelande"', () => {
    expect(kind('Gå direkt till innehåll\nPressmeddelande -\n\nNytt klimatkontrakt för Växjö')).toEqual({
      value: 'press_release', text: 'Pressmeddelande',
    });
  });

  it('finds a press release by a quote attribution', () => {
    expect(kind('Nu öppnar återbruket i Höör.\n– Det här är en glädjens dag, säger Märta Lövgren.')?.value).toBe('press_release');
    expect(kind('Vi är redo.\n– Nu kör vi! säger hon och ler.')?.value).toBe('press_release');
    expect(kind('– Vi är stolta, säger Mats Wallö.')?.text).toBe('säger Mats Wallö');
  });

  it('finds a press release by two pieces of press-room furniture', () => {
    const text = 'Ny cykelstrategi antagen\n\nStrategin gäller hela kommunen.\n\nKontaktpersoner\nPer Åberg, trafikplanerare\n\nOm Östersunds kommun\nKommunen har 64 000 invånare.';
    expect(kind(text)).toEqual({ value: 'press_release', text: 'Kontaktpersoner' });
  });

  it('calls a page with at most one weak cue "other" and points at its first line', () => {
    const text = 'Sophämtning i Härnösand\n\nHämtningen sker varannan vecka.\n\nMer information\nRing kundtjänst.';
    expect(kind(text)).toEqual({ value: 'other', text: 'Sophämtning i Härnösand' });
  });

  it('gives nothing for empty text', () => {
    expect(kind('\n  \n')).toBeNull();
  });
});

describe('documentPublished', () => {
  it('reads an ISO timestamp dateline at the top', () => {
    expect(published('\n\nViable Cities Klimatkontraktet 2030\n\n2021-10-01 10:00 CEST\n\n## Kalmar går före')).toEqual({
      value: '2021-10-01', text: '2021-10-01',
    });
  });

  it('reads a date alone on a line at the top', () => {
    expect(published('\n\n8 december 2020\n\nTierps kommun har tecknat ett hållbarhetslöfte.')?.value).toBe('2020-12-08');
    expect(published('2023-05-14\nBudgeten för nästa år är klar.')?.value).toBe('2023-05-14');
  });

  it('reads the motion date above the signature', () => {
    expect(published(MOTION)).toEqual({ value: '2023-05-14', text: '14 maj 2023' });
  });

  it('reads a labelled date', () => {
    expect(published('Nyheter\nPublicerad 3 mars 2024\nKommunen öppnar en ny förskola i Åre.')).toEqual({
      value: '2024-03-03', text: '3 mars 2024',
    });
    expect(published('Datum: 2020-12-08\nÄrende: Motion om solceller')?.value).toBe('2020-12-08');
  });

  it('reads a press-room dateline with a label and a time', () => {
    expect(published('Pressmeddelande • 1 oktober 2021 10:00\n\nKalmar går med.')?.value).toBe('2021-10-01');
  });

  it('ignores a date inside a sentence about something else', () => {
    expect(published('Kommunen går med i satsningen.\n\nDen 1 oktober 2021 startar andra fasen av arbetet.')).toBeNull();
  });

  it('ignores a heading that announces an event', () => {
    expect(published('Öppet hus den 3 mars 2024\n\nVälkommen till vår nya förskola.')).toBeNull();
  });

  it('ignores an impossible date', () => {
    expect(published('31 april 2023\n\nText.')).toBeNull();
  });
});

describe('documentExtractor', () => {
  it('returns the kind and the published mentions', () => {
    const doc = { text: MOTION, publishedHint: null } as ExtractorInput;
    const out = documentExtractor.run(doc, {} as Parameters<typeof documentExtractor.run>[1]);
    expect(out.map((m) => [m.kind, m.value])).toEqual([['kind', 'motion'], ['published', '2023-05-14']]);
  });
});

describe('documentPublished: date-first datelines (v2)', () => {
  it('reads a date followed by a separator and a press-room label or an organisation', () => {
    expect(published('2023-09-14 | Pressmeddelande från Ystads kommun\n\nNy simhall i Ystad')).toEqual({
      value: '2023-09-14', text: '2023-09-14',
    });
    expect(published('12 februari 2024 · Nyhet\n\nSnöröjningen i Älvdalen')?.value).toBe('2024-02-12');
    expect(published('2022-06-20 10:30 – Region Västerbotten\n\nNya busslinjer')?.value).toBe('2022-06-20');
    expect(published('2021-03-05 • Lunds kommun\n\nFler laddplatser')?.value).toBe('2021-03-05');
  });

  it('ignores a date-first heading that announces an event', () => {
    expect(published('5 april 2024 – Vårmarknad på torget i Höör\n\nVälkommen!')).toBeNull();
    expect(published('2024-04-05 | Öppet hus på Åsens förskola\n\nVälkommen!')).toBeNull();
  });
});

describe('documentPublished: protocols (v3)', () => {
  const PROTOCOL = (head: string, foot: string) =>
    `Ludvika kommun\nKommunstyrelsen\n\nPROTOKOLL\n${head}\n\n§ 41 Cykelplan för Ludvika\n\nBeslut\n` +
    `Kommunstyrelsen beslutar att anta cykelplanen.\n\n${foot}\n\nVid protokollet\nJonas Ek, sekreterare`;

  it('takes the meeting date, not the approval date', () => {
    expect(published(PROTOCOL('Sammanträdesdatum: 2023-11-07', 'Justerat 2023-11-14'))).toEqual({ value: '2023-11-07', text: '2023-11-07' });
    expect(published(PROTOCOL('Datum för sammanträdet: 7 november 2023', 'Justeringsdatum 2023-11-14'))?.value).toBe('2023-11-07');
    expect(published(PROTOCOL('Sammanträde 2023-11-07', 'Anslaget 2023-11-15'))?.value).toBe('2023-11-07');
  });

  it('does not take an approval or posting date for the document date', () => {
    // Trap: without a meeting date the dates added after the meeting give nothing.
    expect(published(PROTOCOL('', 'Justerat 2023-11-14'))).toBeNull();
    expect(published(PROTOCOL('', 'Anslaget 2023-11-15'))).toBeNull();
  });

  it('is the registered extractor, version 3', () => {
    expect(documentExtractor).toMatchObject({ name: 'document', version: 3 });
  });
});
