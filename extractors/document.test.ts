import { describe, expect, it } from 'vitest';
import { documentExtractor, documentKind, documentPublished, documentTitle } from './document.js';
import * as page from './lexicon/page.js';
import type { ExtractorInput } from './types.js';

const kind = (text: string, language: string | null = null) => {
  const m = documentKind(text, language);
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

  it('calls a service page with an information heading and no news cue "other"', () => {
    const text = 'Sophämtning i Härnösand\n\nHämtningen sker varannan vecka.\n\nMer information\nRing kundtjänst.';
    expect(kind(text)).toEqual({ value: 'other', text: 'Mer information' });
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

  it('is the registered extractor, version 5', () => {
    expect(documentExtractor).toMatchObject({ name: 'document', version: 5 });
  });
});

// ---- v4: the conventions of corpus/real (README "language, kind, published"), one rule per test -------------

describe('the page lexicon (v4)', () => {
  for (const [name, table] of Object.entries({ NAVIGATION: page.NAVIGATION, SECTION_LABELS: page.SECTION_LABELS, PUBLISHER_LINES: page.PUBLISHER_LINES })) {
    it.each(table.map((e) => [e.example, e.title] as const))(`${name}: %s`, (example, title) => {
      expect(documentTitle(example)).toBe(title);
    });
  }
  for (const [name, table] of Object.entries({ PUBLISHED_LABELS: page.PUBLISHED_LABELS, BYLINES: page.BYLINES, EVENT_WORDS: page.EVENT_WORDS, DOCUMENT_HEADINGS: page.DOCUMENT_HEADINGS })) {
    it.each(table.map((e) => [e.example, e.published] as const))(`${name}: %s`, (example, value) => {
      expect(published(example)?.value ?? null).toBe(value);
    });
  }
  for (const [name, table] of Object.entries({
    QUOTE_VERBS: page.QUOTE_VERBS, PRESS_LABELS: page.PRESS_LABELS, INFORMATION_HEADINGS: page.INFORMATION_HEADINGS,
    MOTION_LIST_HEADINGS: page.MOTION_LIST_HEADINGS, PROTOCOL_HEADINGS: page.PROTOCOL_HEADINGS, QUESTION_HEADINGS: page.QUESTION_HEADINGS,
    INFORMATION_PHRASES: page.INFORMATION_PHRASES, PROTOCOL_LINES: page.PROTOCOL_LINES, STANDING_TITLES: page.STANDING_TITLES,
    CONTENTS_HEADINGS: page.CONTENTS_HEADINGS,
  })) {
    it.each(table.map((e) => [e.example, e.kind] as const))(`${name}: %s`, (example, value) => {
      expect(kind(example)?.value).toBe(value);
    });
  }
});

describe('documentKind: motions in every shape (v4)', () => {
  it.each([
    ['a proposal without "besluta" and att-satser after a blank line', 'Vi vill ha fler laddstolpar i Åre.\n\nMot bakgrund av ovanstående yrkar vi\n\natt kommunen tar fram en laddplan för\n\nhela kommunen,'],
    ['a passive proposal with a dash before the att-sats', 'Med anledning av ovanstående föreslås fullmäktige besluta att:\n\n  – att ge tekniska nämnden i uppdrag att bygga en fontän.'],
    ['a reported motion with bulleted, capitalised att-satser', 'Nya Moderaternas ledamot föreslog i denna motion att kommunfullmäktige skulle besluta:\n\n • Att Örbyhus skola ska få en ny ledning.'],
    ['a council decision that reproduces the att-satser', 'Fullmäktige bifaller V:s motion om solel\n\nMotionens att-satser:\n\n– Att kommunen investerar i egen solelproduktion'],
    ['a concluding proposal of a party in running text', 'Kommunen är en stor konsument av energi.\nMiljöpartiet de gröna föreslår därför att kommunfullmäktige beslutar att anta målet om 100 % förnybar energi senast år 2029.'],
  ])('%s', (_label, text) => {
    expect(kind(text)?.value).toBe('motion');
  });

  it('does not take news about a motion for a motion', () => {
    // Traps: proposals reported in running text, a party's position at a meeting, a withdrawn proposal.
    expect(kind('S, V och MP har motionerat om solceller.\n\nMotionärerna föreslår att kommunen utreder vilka fastigheter som passar, att det tas fram en ordning och att det säkerställs att möjligheterna finns.')?.value).toBe('press_release');
    expect(kind('Rapport från kommunstyrelsen\n\nPunkt 15: V yrkade att stycke 1, 2 och 3 ska strykas i remissvaret.')?.value).toBe('press_release');
    expect(kind('Lysekilspartiet, Miljöpartiet och Kristdemokraterna, föreslår att kommunstyrelsens förslag återremitteras.')?.value).toBe('press_release');
    expect(kind('Kommunala hus får solceller?\n\nMotionen handlar om att få kommunen att utreda solceller, säger hon.')?.value).toBe('press_release');
  });
});

describe('documentKind: other (v4)', () => {
  it('calls Norwegian and Danish pages other', () => {
    expect(kind('Trondheim kommune erklærer klima- og naturkrise!\n\nBystyret erklærer at …', 'nb')).toEqual({ value: 'other', text: 'Trondheim kommune erklærer klima- og naturkrise!' });
    expect(kind('Sønderborg får anerkendelse.', 'da')?.value).toBe('other');
    expect(kind('Umeå – a Frontrunner for Climate Neutrality\n\nThe Commission selected Umeå.', 'en')?.value).toBe('press_release');
  });

  it('calls a party page listing its motions other', () => {
    const text = 'Vår politik\n\nMotioner\nUnder år 2015 har vi lämnat in följande motioner:\n• Den 10/11: Ta bort delade turer\n• Den 8/9: Ett resurscentrum i Sörmland\n• Den 9/6: En elevhälsogaranti i Nyköping';
    expect(kind(text)).toEqual({ value: 'other', text: 'Under år 2015 har vi lämnat in följande motioner:' });
  });

  it('calls a standing information page whose title the text defines other', () => {
    expect(kind('Loading\n\nBorgmästaravtalet\n\nKommuner tar täten. Borgmästaravtalet (Covenant of Mayors) är ett verktyg för de som bestämt sig.'))
      .toEqual({ value: 'other', text: 'Borgmästaravtalet' });
    // Trap: a news title that the text happens to continue is news.
    expect(kind('Ny cykelplan för Ånge\n\nKommunen har antagit en ny cykelplan. Planen gäller till 2030.')?.value).toBe('press_release');
  });

  it('calls news without any cue a press release', () => {
    expect(kind('Kommunfullmäktige i Säter har bifallit Miljöpartiets motion\n\nKommunen ska göra en handlingsplan.')).toEqual({
      value: 'press_release', text: 'Kommunfullmäktige i Säter har bifallit Miljöpartiets motion',
    });
  });
});

describe('documentPublished: every header shape of corpus/real (v4)', () => {
  it.each([
    ['Solceller.\n\nDelvist ja till utredning\n\nText om Svedala.\n\nPublicerad 02 November 2019 07:00', '02 November 2019', '2019-11-02'],
    ['Örebro kommun har skrivit på\n\nBy on 11 december, 2021\n\nNu har ordföranden skrivit under.', '11 december, 2021', '2021-12-11'],
    ['Stockholm utvald\n\nEnvironment, climate and energy, Press Release | 03-05-2022\n\nDen Europeiska kommissionen annonserade.', '03-05-2022', '2022-05-03'],
    ['Sverigedemokraterna Trelleborg\n • Angående vattenfontän i Flaningen\n\n  Av Admin den 9 september, 2007\n  0\n\n  Motion till Trelleborgs kommunfullmäktige.', '9 september, 2007', '2007-09-09'],
    ['Förslag om energibesparing nedröstat\n\nVi lämnade in en nämndmotion.\n\nSidan uppdaterades senast: 2009-06-15 14:06', '2009-06-15', '2009-06-15'],
    ['Årets sista kommunfullmäktige\n\nStad & Politik18 december 2023 kl 03.55\n\nKommunfullmäktige i Lidingö kallas att sammanträda.', '18 december 2023', '2023-12-18'],
    ['Sigtuna kommun vill inspirera\n\n2015-12-04\n\nFrån och med idag är Sigtuna med.', '2015-12-04', '2015-12-04'],
    ['Trondheim kommune erklærer klimakrise!\n\nI bystyremøtet 21. november føyde kommunen seg inn i rekken.\n\n29. november 2019\n\nHer er vedtaket:', '29. november 2019', '2019-11-29'],
    ['Motion om laddstolpar\n\nMotion till kommunfullmäktige i Ängelholm den 28 oktober 2019\nInfrastruktur för laddstolpar', '28 oktober 2019', '2019-10-28'],
    ['Nyheter\ntis, nov 30, 2021 10:55 CET\nKommunen öppnar en ny förskola.', 'nov 30, 2021', '2021-11-30'],
  ])('%s', (text, span, value) => {
    expect(published(text)).toEqual({ value, text: span });
  });

  it('reads a label after a category, a signature place after a comma, and a byline after a date', () => {
    expect(published('Nyheter · Publicerad 2021-03-04\nNy förskola i Åre')?.value).toBe('2021-03-04');
    expect(published('Motion om solceller\n\natt kommunen utreder solceller.\n\nFör Vänsterpartiet, Tierp den 8 december 2020\nAnna Ek')?.value).toBe('2020-12-08');
    expect(published('4 mars 2021 · Av Anna Ek\n\nNy förskola i Åre')?.value).toBe('2021-03-04');
  });

  it('prefers a publication label to an update stamp', () => {
    expect(published('Uppdaterad 5 mars 2024\nNy plan\nPublicerad 3 mars 2024\nText.')?.value).toBe('2024-03-03');
  });

  it('does not take an event date, a date in running text or a stated today for the page date', () => {
    // Traps: an invitation's time, a deadline in running text, "I dag, den …" inside a sentence, a month header.
    expect(published('Pressinbjudan: Invigning\nTid: Fredag den 24 november 2023 kl. 15 (tal från 15.15)')).toBeNull();
    expect(published('Motioner\n\nMotionen måste besvaras senast nästa fullmäktige som äger rum den 9 april 2013.')).toBeNull();
    expect(published('Ny utlysning\n\nI dag, den 6 mars 2024, öppnar Viable Cities en utlysning för städer.')).toBeNull();
    expect(published('Oktober\n\nStartskott för Klimatneutrala Nacka')).toBeNull();
    expect(published('Rapport från Kommunstyrelsen 4 april\n\nPunkt 2: Motion om en fond.')).toBeNull();
    expect(published('Nyheter\nAv de städer som ansökte den 1 oktober 2021\nText.')).toBeNull();
  });
});

describe('documentTitle (v4)', () => {
  it('skips navigation residue, labels, captions and date lines', () => {
    expect(documentTitle('Gå direkt till innehåll\nLandskrona stad har antagit en strategi. Foto: David Elg/Moob\n\nPressmeddelande -\n\nNy energi- och klimatstrategi för Landskrona\n\nMiljönämnden i Landskrona har antagit en ny strategi.'))
      .toBe('Ny energi- och klimatstrategi för Landskrona');
    expect(documentTitle('Hoppa till innehåll\n\nMitt Nacka\n\n  • …så får du upptäcka spännande evenemang.\nOktober\n\nStartskott för projektet Klimatneutrala Nacka\n\nNacka går in som medlem.'))
      .toBe('Startskott för projektet Klimatneutrala Nacka');
    expect(documentTitle('Ett barn håller i ett träd.\n\nKommunen skriver under klimatkontrakt\n\nUmeå kommun är en av nio kommuner.'))
      .toBe('Kommunen skriver under klimatkontrakt');
    expect(documentTitle('• / Nyheter\n  • / Solelpaneler på kommunala byggnader\n\nSolelpaneler på kommunala byggnader\n\nDet är rätt tid.'))
      .toBe('Solelpaneler på kommunala byggnader');
  });

  it('takes the first line of a text that has no heading, up to its first sentence', () => {
    expect(documentTitle('Fossilfritt Sverige utmanar organisationer, företag, kommuner och regioner att genomföra konkreta åtgärder för att minska utsläppen av växthusgaser. I en interpellation vill MP:s gruppledare veta varför.'))
      .toBe('Fossilfritt Sverige utmanar organisationer, företag, kommuner och regioner att genomföra konkreta åtgärder för att minska utsläppen av växthusgaser.');
    // A subheading further down is not the title of a page that starts in its running text.
    expect(documentTitle('Det er ikke kun store byer som Los Angeles og London, der kan levere klimaplaner på et niveau, der matcher Paris-aftalen.\n\nAnerkendt af C40\n\nText.'))
      .toMatch(/^Det er ikke kun store byer/);
    // A wrapped first line is not a heading: the title is the first line that stands alone.
    expect(documentTitle('Färdplan mot 100 % förnybar energi 2029, inom kommunens verksamheter.\nVid FN:s klimatkonferens i Cancun i Mexiko 2010 åtog sig alla industriländer, däribland Sverige, att ta\nfram nationella strategier.'))
      .toBe('Färdplan mot 100 % förnybar energi 2029, inom kommunens verksamheter.');
  });

  it('uses a metadata title that is not a line of the text, and the text when it is', () => {
    expect(documentTitle('Text om solceller i Ås.', 'Motion om solceller i Ås')).toBe('Motion om solceller i Ås');
    expect(documentTitle('Motion om solceller i Ås\n\nText.', 'Motion om solceller i Ås – Centerpartiet')).toBe('Motion om solceller i Ås');
    expect(documentTitle('Gå direkt till innehåll\nNy plan för Älvkarleby\nText.', 'Gå direkt till innehåll')).toBe('Ny plan för Älvkarleby');
    expect(documentTitle('', null)).toBeNull();
    // Traps: a file name and a template's placeholder in the document properties.
    expect(documentTitle('Motion: Vegetabilisk kost i skolan\nTill: Regionfullmäktige', 'Vegetabilisk kost i skolan.pages')).toBe('Vegetabilisk kost i skolan');
    expect(documentTitle('Antagen av: Koncernchefsgruppen\nHandlingsplan för klimat och energi\nBakgrund', 'Föreskriftens namn')).toBe('Handlingsplan för klimat och energi');
    expect(documentTitle('Utsläppsförändring i Sveriges kommuner 2022\nTabell', 'Utsläppsförändring_kommunerna_2020-2021')).toBe('Utsläppsförändring i Sveriges kommuner 2022');
  });
});

describe('linear in the length of the text (v4)', () => {
  const unit = 'Motion till kommunfullmäktige den 3 mars 2024, säger Anna Ek. Vi föreslår att kommunen bygger, ';
  // CPU time of this process (tests run in forks), so that other work on the machine does not count.
  const time = (text: string, runs: number): number => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = process.cpuUsage();
      documentKind(text, 'sv'); documentPublished(text); documentTitle(text, null);
      const used = process.cpuUsage(t);
      best = Math.min(best, used.user + used.system);
    }
    return best / text.length;
  };

  it('takes about as long per character on 1 MB as on 100 kB, on one line', () => {
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
    time(small, 2);
    expect(time(large, 2) / time(small, 3)).toBeLessThan(3);
  }, 60_000);
});
