import { describe, expect, it } from 'vitest';
import { datesExtractor, findDates } from './dates.js';
import type { ExtractorContext } from './types.js';

/** [text as written, value] of every date found. */
const dates = (text: string, ref: string | null = null): [string, string][] =>
  findDates(text, ref).map((m) => [m.text, m.value.value]);
const values = (text: string, ref: string | null = null): string[] => dates(text, ref).map(([, v]) => v);

describe('absolute dates', () => {
  it('reads an ISO timestamp with its time and zone as one date', () => {
    expect(dates('2021-10-01 10:00 CEST\n\nKommunen går med i satsningen.')).toEqual([['2021-10-01 10:00 CEST', '2021-10-01']]);
    expect(dates('Beslutet fattades 2023-05-14 i fullmäktige.')).toEqual([['2023-05-14', '2023-05-14']]);
  });

  it('rejects an impossible ISO date', () => {
    expect(values('Referens 2023-13-45 gäller inte.')).toEqual([]);
  });

  it('reads numeric day.month.year', () => {
    expect(values('Mötet hölls 8.12.2020 på rådhuset.')).toEqual(['2020-12-08']);
  });

  it('reads day, month and year', () => {
    expect(dates('Tierp den 8 december 2020')).toEqual([['den 8 december 2020', '2020-12-08']]);
    expect(dates('Mötet hålls 3 mars 2024 kl 10:00 i Gävle.')).toEqual([['3 mars 2024', '2024-03-03']]);
  });

  it('takes the year of "den 3 mars" from the reference date', () => {
    expect(dates('Mötet hålls den 3 mars i stadshuset.', '2024-01-10')).toEqual([['den 3 mars', '2024-03-03']]);
  });

  it('takes the nearest occurrence across a year end', () => {
    expect(values('Avtalet börjar gälla den 15 januari.', '2023-12-20')).toEqual(['2024-01-15']);
    expect(values('Avtalet skrevs under den 8 december.', '2024-01-12')).toEqual(['2023-12-08']);
  });

  it('keeps a day without a year as --MM-DD when there is no reference', () => {
    expect(dates('Kontrakten signeras den 8 december, på en gemensam dag.')).toEqual([['den 8 december', '--12-08']]);
  });

  it('keeps a recurring date without a year even with a reference', () => {
    expect(dates('Den 8 december varje år signerar städerna ett kontrakt.', '2023-12-08'))
      .toEqual([['Den 8 december varje år', '--12-08']]);
    expect(values('Varje år den 1 juni öppnar badplatserna.', '2022-05-01')).toEqual(['--06-01']);
  });

  it('reads a day range as both days', () => {
    expect(values('Konferensen pågår den 1–3 oktober 2024 i Örebro.')).toEqual(['2024-10-01', '2024-10-03']);
  });

  it('rejects a day that the month does not have', () => {
    expect(values('Den 31 april 2023 finns inte.')).toEqual([]);
  });
});

describe('months', () => {
  it('reads "i maj 2023" as a month', () => {
    expect(dates('I maj 2023 fattade kommunfullmäktige beslut om klimatplanen.')).toEqual([['I maj 2023', '2023-05']]);
  });

  it('reads "I december" with and without a reference', () => {
    expect(dates('I december kommer kommunen revidera sitt kontrakt.')).toEqual([['I december', '--12']]);
    expect(values('I december kommer kommunen revidera sitt kontrakt.', '2021-10-01')).toEqual(['2021-12']);
  });

  it('reads "i slutet av mars" as one expression', () => {
    expect(dates('Rapporten kommer i slutet av mars 2025.')).toEqual([['i slutet av mars 2025', '2025-03']]);
  });

  it('needs a preposition or a year around a bare month', () => {
    expect(values('Maj Östberg leder arbetet.')).toEqual([]);
    expect(values('Projektet leds av Maj Åkesson i Mora.', '2022-02-02')).toEqual([]);
  });
});

describe('relative expressions', () => {
  it('resolves "i dag", "idag", "i går", "i morgon" against the reference date', () => {
    expect(dates('I dag blev det klart att kommunen går med.', '2021-10-01')).toEqual([['I dag', '2021-10-01']]);
    expect(values('Idag invigs den nya återvinningscentralen.', '2024-03-01')).toEqual(['2024-03-01']);
    expect(values('I går samlades ledningen i Stockholm.', '2021-03-01')).toEqual(['2021-02-28']);
    expect(values('Avtalet skrivs under i morgon.', '2020-12-31')).toEqual(['2021-01-01']);
  });

  it('gives nothing for relative days without a reference', () => {
    expect(values('I går samlades den politiska ledningen i Stockholm.')).toEqual([]);
    expect(values('I dag är en bra dag.')).toEqual([]);
  });

  it('does not read "i dagens" as "i dag"', () => {
    expect(values('Det är viktigt i dagens läge.', '2024-01-01')).toEqual([]);
  });

  it('resolves relative years', () => {
    expect(dates('Våg 2 ska signera kontraktet nästa år.', '2021-10-01')).toEqual([['nästa år', '2022']]);
    expect(values('Fokus ligger på nästkommande år.', '2023-12-08')).toEqual(['2024']);
    expect(values('Kommunen reviderar sitt kontrakt från förra året.', '2021-11-01')).toEqual(['2020']);
    expect(values('Utsläppen minskade i fjol.', '2021-11-01')).toEqual(['2020']);
    expect(values('Målen för i år är högt satta.', '2021-11-01')).toEqual(['2021']);
  });

  it('gives nothing for relative years without a reference', () => {
    expect(values('Kommunen reviderar sitt kontrakt från förra året och nästa år.')).toEqual([]);
  });
});

describe('seasons', () => {
  it('values a season with a year as the year', () => {
    expect(dates('Arbetet startar våren 2026 i hela länet.')).toEqual([['våren 2026', '2026']]);
    expect(dates('Under hösten 2021 hölls fem möten.')).toEqual([['Under hösten 2021', '2021']]);
  });

  it('gives nothing for a season without a year', () => {
    expect(values('Kommunerna bjuds in till en process under hösten.')).toEqual([]);
    expect(values('Kommunerna bjuds in till en process under hösten.', '2021-10-01')).toEqual([]);
  });
});

describe('years after a temporal preposition', () => {
  it.each([
    ['Kommunen ska vara klimatneutral senast 2030.', 'klimatneutral senast 2030', '2030'],
    ['Utsläppen ska minska till år 2045.', 'till år 2045', '2045'],
    ['Programmet pågår till och med 2030.', 'till och med 2030', '2030'],
    ['Klimatkontraktet inför 2024 fokuserar på styrning.', 'inför 2024', '2024'],
    ['Under 2022 arbetar Enköping med platsvarumärket.', 'Under 2022', '2022'],
    ['Föreningen har sedan starten 2003 vuxit.', 'sedan starten 2003', '2003'],
    ['Sedan 2003 är föreningen öppen för alla.', 'Sedan 2003', '2003'],
    ['Planen gäller från 2025 och framåt.', 'från 2025', '2025'],
    ['Planen ska följas upp fram till 2035.', 'fram till 2035', '2035'],
    ['Det beslutades år 2019 efter en lång utredning.', 'år 2019', '2019'],
  ])('%s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, value]]);
  });

  it('reads a span of years as both years', () => {
    expect(values('Planen gäller mellan 2024 och 2027.')).toEqual(['2024', '2027']);
    expect(values('Under 2020–2022 halverades utsläppen.')).toEqual(['2020', '2022']);
    expect(dates('Målen gäller under mandatperioden 2022–2026.')).toEqual([['under mandatperioden 2022–2026', '2022'], ['under mandatperioden 2022–2026', '2026']]);
  });

  it('reads a base year after "jämfört med"', () => {
    expect(values('Utsläppen ska minska med 70 procent till 2030 jämfört med 1990.')).toEqual(['2030', '1990']);
  });

  it('reads "2023 års version" as the year', () => {
    expect(dates('2023 års version av kontraktet var den första.')).toEqual([['2023 års', '2023']]);
  });

  it('does not read a decade or an amount after a preposition as a year', () => {
    expect(values('Det har pågått sedan 1990-talet.')).toEqual([]);
    expect(values('Bidraget är under 2000 kronor per hushåll.')).toEqual([]);
    expect(values('Planen omfattar i 2000 bostäder.')).toEqual([]);
  });
});

describe('target years', () => {
  it('reads a target year after a climate adjective', () => {
    expect(dates('för att nå klimatneutralitet 2030, säger hon.')).toEqual([['klimatneutralitet 2030', '2030']]);
    expect(values('Sverige ska vara fossilfritt 2045.')).toEqual(['2045']);
    expect(values('Målet är att bli klimatneutrala 2035.')).toEqual(['2035']);
  });
});

describe('never dates', () => {
  it.each([
    'Enköping samlades för målet klimatneutrala städer 2030.',
    'Kristinehamn ansluter till Klimatneutrala städer 2030.',
    'Arbetet sker med verktyget Klimatkontrakt 2030.',
    'Det sker inom ramen för Agenda 2030.',
    'Charlotte Wedberg, projektledare Klimatneutrala Karlstad 2030.',
    'Viable Cities Klimatkontraktet 2030',
    'Ring 054-540 12 89 för mer information.',
    'Växel 0171- 62 50 00',
    'Tfn 072-5530271',
    'Torggatan 21\n749 35 Enköping',
    'Ärendet har Dnr KS 2020/123 och behandlas i § 12.',
    'Se Dnr 2021/45.',
    'Bidraget är 2 000 kronor.',
    'I kommunen jobbar cirka 3 500 personer.',
    'Här bor drygt 97 000 invånare.',
    'Genom satsningen mobiliserar 47 svenska städer.',
    'Programmet har över 100 medlemsorganisationer.',
    'Det är ett av 17 strategiska program.',
    'Pressträffen börjar 10:00.',
    'Läs mer på https://example.se/2021-10-01/nyhet eller skriv till kalle.2020@kommun.se.',
    'Kommuner i våg 1 (med sedan fas 1)',
  ])('%s', (sentence) => {
    expect(values(sentence, '2021-10-01')).toEqual([]);
  });
});

describe('datesExtractor', () => {
  it('resolves against ctx.published and keeps offsets into the text', () => {
    const text = 'Den 1 oktober startar andra fasen. Våg 2 signerar nästa år.';
    const ctx = { published: '2021-10-01' } as ExtractorContext;
    const out = datesExtractor.run({ text } as Parameters<typeof datesExtractor.run>[0], ctx);
    expect(out.map((m) => m.value.value)).toEqual(['2021-10-01', '2022']);
    for (const m of out) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('bare years as time adverbials (v2)', () => {
  it.each([
    ['Fullmäktige i Härnösand antog 2015 en avfallsplan för regionen.', 'antog 2015', '2015'],
    ['Cykelplanen reviderades 2021 efter en bred remiss.', 'reviderades 2021', '2021'],
    ['Kommunens första miljöprogram antogs 2009.', 'antogs 2009', '2009'],
    ['Nätverket bildades 1998 av fyra kommuner.', 'bildades 1998', '1998'],
    ['Lidköping gick med 2020 och har sedan dess arbetat med frågan.', 'gick med 2020', '2020'],
    ['2017 beslöt kommunstyrelsen att utreda fjärrvärmen.', '2017', '2017'],
    ['Hon var med redan i den andra omgången 2021.', '2021', '2021'],
    ['Projektet drogs igång när tre kommuner 2018 sökte pengar tillsammans.', '2018', '2018'],
  ])('%s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, value]]);
  });

  it('does not read counts, amounts or names after a verb or noun as years', () => {
    expect(values('Nämnden behandlade 2016 ärenden under perioden.')).toEqual([]);
    expect(values('Satsningen kostade 2000 kronor per elev.')).toEqual([]);
    expect(values('Föreningen samlade 2019 deltagare på torget.')).toEqual([]);
    expect(values('Kommunen anslöt sig till Vision 2045 och Agenda 2030.')).toEqual([]);
    expect(values('Klimatneutrala städer 2030 är ett program för omställning.')).toEqual([]);
    expect(values('Hon arbetar med målen i klimatneutrala städer 2030.')).toEqual([]);
    expect(values('De planerade 2030 åtgärderna presenteras i höst.')).toEqual([]);
    expect(values('2000 personer deltog i mötet.')).toEqual([]);
  });
});

describe('tense decides the year of a month without one (v2)', () => {
  it('reads a future clause as the next occurrence', () => {
    expect(values('Örebro kommer att skriva under avtalet i februari.', '2024-06-10')).toEqual(['2025-02']);
    expect(values('Den nya planen ska antas i januari.', '2023-09-01')).toEqual(['2024-01']);
    expect(values('Invigningen planeras till den 12 mars.', '2022-09-20')).toEqual(['2023-03-12']);
  });

  it('reads a past clause as the previous occurrence', () => {
    expect(values('Nämnden beslutade i oktober att gå vidare.', '2024-04-02')).toEqual(['2023-10']);
    expect(values('Kommunen har redan i november lämnat in ansökan.', '2024-05-15')).toEqual(['2023-11']);
  });

  it('takes the tense marker nearest the month, not any in the sentence', () => {
    expect(values('I augusti beslutade fullmäktige att kommunen ska bli fossilfri.', '2024-03-01')).toEqual(['2023-08']);
  });

  it('keeps the nearest occurrence when the clause has no tense marker', () => {
    expect(values('Rapporten om luftkvaliteten gäller från i juni.', '2024-03-01')).toEqual(['2024-06']);
    // An adjective in -de after a determiner is no past-tense verb.
    expect(values('Den utlovade rapporten i juli får vänta.', '2024-03-01')).toEqual(['2024-07']);
  });
});

describe('recurring dates in the clause (v2)', () => {
  it('reads a day as recurring when its clause says every year', () => {
    expect(values('Priset delas ut årligen den 5 juni på miljödagen.', '2023-01-10')).toEqual(['--06-05']);
    expect(values('Varje år i september hålls en trafikvecka.', '2023-01-10')).toEqual(['--09']);
  });

  it('does not read a date as recurring when "every year" belongs to another clause or a year is anchored', () => {
    expect(values('Taxan höjs den 1 juli och justeras sedan årligen.', '2024-03-01')).toEqual(['2024-07-01']);
    expect(values('Kommunen rapporterar varje år, men i år lämnades rapporten den 3 mars.', '2024-05-01')).toEqual(['2024', '2024-03-03']);
  });
});

describe('weekdays relative to the document date (v3)', () => {
  // 2023-09-15 is a Friday, 2023-09-13 a Wednesday, 2023-09-11 a Monday.
  it('reads "i onsdags" as the last Wednesday before the document date', () => {
    expect(dates('Regionstyrelsen godkände i onsdags förslaget om nya cykelbanor.', '2023-09-15'))
      .toEqual([['i onsdags', '2023-09-13']]);
    // Written on a Wednesday, "i onsdags" is the Wednesday a week earlier.
    expect(values('Regionstyrelsen godkände i onsdags förslaget.', '2023-09-13')).toEqual(['2023-09-06']);
  });

  it('reads "på onsdagen" in a report as the last Wednesday on or before the document date', () => {
    expect(values('Byggnadsnämnden sa på onsdagen ja till detaljplanen för Östra hamnen.', '2023-09-15')).toEqual(['2023-09-13']);
    expect(values('Byggnadsnämnden sa på onsdagen ja till detaljplanen.', '2023-09-13')).toEqual(['2023-09-13']);
    expect(dates('Branden släcktes under lördagskvällen.', '2023-09-11')).toEqual([['under lördagskvällen', '2023-09-09']]);
  });

  it('reads "på onsdagen" in a future clause as the coming Wednesday', () => {
    expect(values('Nämnden ska fatta sitt beslut på onsdagen.', '2023-09-11')).toEqual(['2023-09-13']);
  });

  it('reads "på fredag" as the coming Friday and "nästa tisdag" as Tuesday of the next week', () => {
    expect(values('Den nya gång- och cykelbron öppnar på fredag.', '2023-09-12')).toEqual(['2023-09-15']);
    expect(values('Den nya gång- och cykelbron öppnar på fredag.', '2023-09-15')).toEqual(['2023-09-22']);
    expect(dates('Förslaget går ut på remiss nästa tisdag.', '2023-09-14')).toEqual([['nästa tisdag', '2023-09-19']]);
    expect(values('Förslaget går ut på remiss nästa tisdag.', '2023-09-11')).toEqual(['2023-09-19']);
    expect(values('Förra torsdagen öppnade återbruket i Ödeshög.', '2023-09-15')).toEqual(['2023-09-07']);
  });

  it('lets an explicit date after the weekday win', () => {
    expect(dates('Simhallen öppnar igen tisdag den 2 januari.', '2023-12-15')).toEqual([['tisdag den 2 januari', '2024-01-02']]);
    expect(dates('Mötet hålls på fredag den 5 april.', '2024-03-20')).toEqual([['fredag den 5 april', '2024-04-05']]);
  });

  it('does not read opening hours, plural weekdays or names as dates', () => {
    expect(values('Återvinningscentralen har öppet måndag–fredag.', '2023-09-15')).toEqual([]);
    expect(values('Biblioteket är stängt på söndagar under sommaren.', '2023-09-15')).toEqual([]);
    expect(values('Tisdagsgruppen träffas i matsalen på Åsgården.', '2023-09-15')).toEqual([]);
  });

  it('needs a day-precise reference', () => {
    expect(values('Regionstyrelsen godkände i onsdags förslaget.')).toEqual([]);
    expect(values('Regionstyrelsen godkände i onsdags förslaget.', '2023-09')).toEqual([]);
  });
});

describe('a month with a relative year is one expression (v3)', () => {
  it('reads the month in the relative year and does not emit the year on its own', () => {
    expect(dates('I juni förra året översvämmades källarna på Söder.', '2024-10-02')).toEqual([['I juni förra året', '2023-06']]);
    expect(dates('Skolan brann den 14 mars i fjol.', '2024-10-02')).toEqual([['den 14 mars i fjol', '2023-03-14']]);
    expect(values('Utredningen ska vara klar i oktober nästa år.', '2024-10-02')).toEqual(['2025-10']);
    expect(values('Badet öppnade i maj i år.', '2024-10-02')).toEqual(['2024-05']);
  });

  it('still reads the relative year alone, and keeps the month yearless without a reference', () => {
    expect(dates('Förra året minskade utsläppen i Åmål.', '2024-10-02')).toEqual([['Förra året', '2023']]);
    expect(values('I juni förra året översvämmades källarna.')).toEqual(['--06']);
  });
});

describe('the tense of the clause the month stands in (v3)', () => {
  it('does not carry a past verb across ", och" into the next main clause', () => {
    expect(values('Planen antogs i januari, och arbetet startar i september.', '2024-02-10')).toEqual(['2024-01', '2024-09']);
    // Without a comma and a new clause the past verb governs both months.
    expect(values('Planen reviderades i januari och i september.', '2024-02-10')).toEqual(['2024-01', '2023-09']);
  });

  it('reads a later month of the same year as the coming one when there is no tense cue', () => {
    expect(values('Den nya simhallen invigs i november.', '2024-03-01')).toEqual(['2024-11']);
    expect(values('Kommunen har som mål att bygga om torget i oktober.', '2024-03-01')).toEqual(['2024-10']);
    // Just across the year end, the month that has passed is the nearer one.
    expect(values('Rapporten i december visar att utsläppen minskar.', '2024-01-20')).toEqual(['2023-12']);
  });
});

describe('years after period nouns and time adverbs (v4)', () => {
  it('reads a year after a budget, plan or target noun and "för"', () => {
    expect(dates('I budgeten för 2025 finns fyra miljoner till cykelvägar.')).toEqual([['budgeten för 2025', '2025']]);
    expect(dates('Nämnden antog en verksamhetsplan för år 2024.')).toEqual([['verksamhetsplan för år 2024', '2024']]);
    expect(values('Utfallet för 2023 blev bättre än prognosen.')).toEqual(['2023']);
  });

  it('leaves amounts, names and other nouns after "för" alone', () => {
    // Traps: an amount, a capitalised programme name, a noun outside the period nouns, and a case number.
    expect(values('Budgeten för 2000 hushåll räcker inte.')).toEqual([]);
    expect(values('Kommunen följer Handlingsplan för 2030 och Agenda 2030.')).toEqual([]);
    expect(values('Vi betalar för 2000 nya träd.')).toEqual([]);
    expect(values('Planen för 2023/145 gäller ärendet.')).toEqual([]);
  });

  it('lets "budgeten för 2024 års …" be read as the genitive year', () => {
    expect(dates('Se budgeten för 2024 års investeringar.')).toEqual([['2024 års', '2024']]);
  });

  it('reads a compound period noun before a year: "budgetåret 2025", "verksamhetsåret 2023"', () => {
    expect(dates('Klimatbudgeten införs från budgetåret 2026.')).toEqual([['budgetåret 2026', '2026']]);
    expect(dates('Verksamhetsåret 2023 präglades av höga räntor.')).toEqual([['Verksamhetsåret 2023', '2023']]);
    expect(values('Bokslutet för räkenskapsår 2022 är klart.')).toEqual(['2022']);
  });

  it('leaves a capitalised compound mid-sentence and an amount after it alone', () => {
    // Traps: an event name with a year, and a count after a period noun.
    expect(values('Vi deltar i Kulturåret 2025 i Borlänge.')).toEqual([]);
    expect(values('Under verksamhetsåret 2000 besökare kom till biblioteket.')).toEqual([]);
  });

  it('reads a year after "redan", "tidigast", "först" and "alltsedan"', () => {
    expect(dates('Grannkommunen beslutade om en laddplan redan 2021.')).toEqual([['redan 2021', '2021']]);
    expect(values('Bron kan stå klar tidigast 2027 och först 2028 kan tågen köra över den.')).toEqual(['2027', '2028']);
    expect(values('Alltsedan 2015 har kommunen mätt luften vid torget.')).toEqual(['2015']);
  });

  it('does not read a count after "redan" as a year', () => {
    // Traps: counts with a unit after the number.
    expect(values('Redan 2000 personer har skrivit på.')).toEqual([]);
    expect(values('Kommunen har redan 2050 laddplatser i drift.')).toEqual([]);
  });

  it('is the registered extractor, version 4', () => {
    expect(datesExtractor).toMatchObject({ name: 'dates', version: 4 });
  });
});
