import { describe, expect, it } from 'vitest';
import { datesExtractor, findDates } from './dates.js';
import * as lexicon from './lexicon/calendar.js';
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

  it('reads a day range as an interval', () => {
    expect(values('Konferensen pågår den 1–3 oktober 2024 i Örebro.')).toEqual(['2024-10-01/2024-10-03']);
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
    ['Kommunen ska vara klimatneutral senast 2030.', 'senast 2030', '2030'],
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

  it('reads a span of years as an interval and a list of years as its years', () => {
    expect(values('Planen gäller mellan 2024 och 2027.')).toEqual(['2024/2027']);
    expect(values('Under 2020–2022 halverades utsläppen.')).toEqual(['2020/2022']);
    expect(dates('Målen gäller under mandatperioden 2022–2026.')).toEqual([['under mandatperioden 2022–2026', '2022/2026']]);
    expect(values('Investeringen görs från 2019 till 2023 i hela Åre.')).toEqual(['2019/2023']);
    expect(values('Utsläppen ska minska med 40 respektive 70 procent till 2020 och 2030.')).toEqual(['2020', '2030']);
    expect(values('Läsåret 2024–25 präglades av höga kostnader.')).toEqual(['2024/2025']);
  });

  it('reads a base year after "jämfört med"', () => {
    expect(values('Utsläppen ska minska med 70 procent till 2030 jämfört med 1990.')).toEqual(['2030', '1990']);
  });

  it('reads "2023 års version" as the year', () => {
    expect(dates('2023 års version av kontraktet var den första.')).toEqual([['2023 års', '2023']]);
  });

  it('reads a span after a period noun', () => {
    expect(dates('Projektets genomförandeperiod: Åren 2026 till 2028.')).toEqual([['Åren 2026 till 2028', '2026/2028']]);
    expect(values('Satsningen gäller under perioden 2019 till 2023.')).toEqual(['2019/2023']);
    expect(values('Investeringarna görs under åren 2025 och 2027.')).toEqual(['2025', '2027']);
  });

  it('reads a decade as the interval of its years', () => {
    expect(dates('Socialdemokraterna har styrt ända sedan kommunen bildades på 1970 talet.')).toEqual([['på 1970 talet', '1970/1979']]);
    expect(values('Det har pågått sedan 1990-talet.')).toEqual(['1990/1999']);
    expect(values('Under 2020-talets första år byggdes tre förskolor.')).toEqual(['2020/2029']);
  });

  it('does not read an amount after a preposition as a year', () => {
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

  it('reads a goal year after a target adjective and a place, but not a programme name with a capital', () => {
    expect(dates('Arbetet ska ge ett klimatneutralt Nacka 2030, säger Mats Gerdau.')).toEqual([['Nacka 2030', '2030']]);
    expect(dates('Vi ska nå ett fossilfritt Örebro 2035.')).toEqual([['Örebro 2035', '2035']]);
    // Trap: "Klimatneutrala Skellefteå 2030" in mid-sentence is the name of a programme.
    expect(values('Det är arbetet med Klimatneutrala Skellefteå 2030 ett bra exempel på.')).toEqual([]);
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
    ['Fullmäktige i Härnösand antog 2015 en avfallsplan för regionen.', '2015', '2015'],
    ['Cykelplanen reviderades 2021 efter en bred remiss.', '2021', '2021'],
    ['Kommunens första miljöprogram antogs 2009.', '2009', '2009'],
    ['Nätverket bildades 1998 av fyra kommuner.', '1998', '1998'],
    ['Lidköping gick med 2020 och har sedan dess arbetat med frågan.', '2020', '2020'],
    ['Norrbottens läns landsting blev 2014 som första region koordinator.', '2014', '2014'],
    ['2050 ska Sveriges nettoutsläpp av växthusgaser vara noll.', '2050', '2050'],
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

describe('weekdays (v5)', () => {
  // 2023-09-15 is a Friday. A weekday alone is never a date, with or without the page's date (corpus conventions).
  it.each([
    'Regionstyrelsen godkände i onsdags förslaget om nya cykelbanor.',
    'Byggnadsnämnden sa på onsdagen ja till detaljplanen för Östra hamnen.',
    'Branden släcktes under lördagskvällen.',
    'Den nya gång- och cykelbron öppnar på fredag.',
    'Förslaget går ut på remiss nästa tisdag.',
    'Förra torsdagen öppnade återbruket i Ödeshög.',
  ])('does not read "%s" as a date', (sentence) => {
    expect(values(sentence, '2023-09-15')).toEqual([]);
  });

  it('keeps a weekday written with a date inside the date', () => {
    expect(dates('Simhallen öppnar igen tisdag den 2 januari.', '2023-12-15')).toEqual([['tisdag den 2 januari', '2024-01-02']]);
    expect(dates('Mötet hålls på fredag den 5 april.', '2024-03-20')).toEqual([['fredag den 5 april', '2024-04-05']]);
    expect(dates('I dag, fredag 4 december, skickades ansökan.', '2015-12-04')).toEqual([['I dag', '2015-12-04'], ['fredag 4 december', '2015-12-04']]);
    // A doubled "den" (a typo in the original) is still one date.
    expect(dates('Fullmäktige sammanträder måndagen den den 18 december klockan 18.00.', '2023-12-18'))
      .toEqual([['måndagen den den 18 december', '2023-12-18']]);
    // "I tisdags" before an explicit date stays out of it.
    expect(dates('I tisdags, den 8 augusti, invigdes biblioteket.')).toEqual([['den 8 augusti', '--08-08']]);
  });

  it('does not read opening hours, plural weekdays or names as dates', () => {
    expect(values('Återvinningscentralen har öppet måndag–fredag.', '2023-09-15')).toEqual([]);
    expect(values('Biblioteket är stängt på söndagar under sommaren.', '2023-09-15')).toEqual([]);
    expect(values('Tisdagsgruppen träffas i matsalen på Åsgården.', '2023-09-15')).toEqual([]);
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
    expect(dates('I budgeten för 2025 finns fyra miljoner till cykelvägar.')).toEqual([['för 2025', '2025']]);
    expect(dates('Nämnden antog en verksamhetsplan för år 2024.')).toEqual([['för år 2024', '2024']]);
    expect(dates('Våra klimatlöften för 2022')).toEqual([['för 2022', '2022']]);
    expect(values('Utfallet för 2023 blev bättre än prognosen.')).toEqual(['2023']);
  });

  it('leaves amounts, names and counts after "för" alone', () => {
    // Traps: an amount, a capitalised programme name, a count with an adjective, and a case number.
    expect(values('Budgeten för 2000 hushåll räcker inte.')).toEqual([]);
    expect(values('Kommunen följer Handlingsplan för 2030 och Agenda 2030.')).toEqual([]);
    expect(values('Vi betalar för 2000 nya träd.')).toEqual([]);
    expect(values('Planen för 2023/145 gäller ärendet.')).toEqual([]);
  });

  it('lets "budgeten för 2024 års …" be read as the genitive year', () => {
    expect(dates('Se budgeten för 2024 års investeringar.')).toEqual([['2024 års', '2024']]);
  });

  it('reads a compound period noun before a year: "budgetåret 2025", "verksamhetsåret 2023"', () => {
    expect(dates('Klimatbudgeten införs från budgetåret 2026.')).toEqual([['från budgetåret 2026', '2026']]);
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

  it('is the registered extractor, version 6', () => {
    expect(datesExtractor).toMatchObject({ name: 'dates', version: 6 });
  });
});

// ---- v5: the conventions of corpus/real (README "dates"), one rule per test, with traps ------------------

describe('the calendar lexicon (v5)', () => {
  const tables = {
    MONTH_FORMS: lexicon.MONTH_FORMS, MONTH_COMPOUND_HEADS: lexicon.MONTH_COMPOUND_HEADS, WEEKDAY_FORMS: lexicon.WEEKDAY_FORMS,
    DAY_WORDS: lexicon.DAY_WORDS, RELATIVE_DAYS: lexicon.RELATIVE_DAYS, RELATIVE_YEARS: lexicon.RELATIVE_YEARS, RELATIVE_MONTHS: lexicon.RELATIVE_MONTHS,
    YEAR_PREPOSITIONS: lexicon.YEAR_PREPOSITIONS, PERIOD_NOUNS: lexicon.PERIOD_NOUNS, YEAR_ADVERBS: lexicon.YEAR_ADVERBS,
    TARGET_WORDS: lexicon.TARGET_WORDS, SEASONS: lexicon.SEASONS, YEAR_PARTS: lexicon.YEAR_PARTS, YEAR_NAMES: lexicon.YEAR_NAMES,
    NUMBER_NOUNS: lexicon.NUMBER_NOUNS, NEVER_DATES: lexicon.NEVER_DATES,
  };
  for (const [name, table] of Object.entries(tables)) {
    it.each(table.map((e) => [e.example, e.ref ?? null, e.value] as const))(`${name}: %s`, (example, ref, value) => {
      expect([...new Set(values(example, ref))]).toEqual(value === null ? [] : [value]);
    });
  }

  it('has an example for every entry and no form twice in a table', () => {
    for (const table of Object.values(tables)) {
      const forms = table.map((e) => ('form' in e ? e.form : 'head' in e ? e.head : '') + ('month' in e ? `/${e.month}` : ''));
      expect(new Set(forms).size).toBe(forms.length);
      for (const e of table) expect(e.example.length).toBeGreaterThan(5);
    }
  });
});

describe('full dates in every header shape (v5)', () => {
  it('reads a numeric date with dashes day first', () => {
    expect(dates('Environment, climate and energy, Press Release | 03-05-2022')).toEqual([['03-05-2022', '2022-05-03']]);
    // Trap: a phone number with a dash is no date.
    expect(values('Ring 08-523 069 37 eller 0121-186 17.')).toEqual([]);
  });

  it('reads a year after a comma, a Norwegian ordinal dot and a day glued to a category', () => {
    expect(dates('By on 11 december, 2021')).toEqual([['11 december, 2021', '2021-12-11']]);
    expect(dates('Av Admin den 9 september, 2007')).toEqual([['den 9 september, 2007', '2007-09-09']]);
    expect(dates('29. november 2019')).toEqual([['29. november 2019', '2019-11-29']]);
    expect(dates('Stad & Politik18 december 2023 kl 03.55')).toEqual([['18 december 2023', '2023-12-18']]);
    // Trap: a day glued to a word without a year is not read ("Punkt18 maj" could be anything).
    expect(values('Se Bilaga18 maj för detaljer.')).toEqual([]);
  });

  it('reads month-first newsroom dates', () => {
    expect(values('tis, nov 30, 2021 10:55 CET')).toEqual(['2021-11-30']);
    expect(values('Published March 6, 2024')).toEqual(['2024-03-06']);
  });

  it('keeps the full stop after a month name out of the date, but not the one of an abbreviation', () => {
    expect(dates('Ett första informationsmöte hålls digitalt den 19 mars.')).toEqual([['den 19 mars', '--03-19']]);
    expect(dates('Sista dag är den 3 dec. 2024 för alla.')).toEqual([['den 3 dec. 2024', '2024-12-03']]);
  });
});

describe('numeric day/month dates (v5)', () => {
  it('reads "Den 10/11" day first, without a year unless the page has a date', () => {
    expect(dates('• Den 10/11: Ta bort delade turer (gemensam motion KD, M, Fp och C)')).toEqual([['Den 10/11', '--11-10']]);
    expect(values('Den 8/9 lämnade vi in en motion om hedersrelaterat våld.', '2015-12-01')).toEqual(['2015-09-08']);
  });

  it('does not take a year from a list header for the numeric dates under it', () => {
    expect(values('Under år 2015 har vi lämnat in följande motioner:\n• Den 12/5: Inrätta ett upphandlingsutskott')).toEqual(['2015', '--05-12']);
  });

  it('does not read fractions, scores or impossible days as dates', () => {
    expect(values('En andel på 1/3 av budgeten går till skolan.')).toEqual([]);
    expect(values('Matchen slutade 2/1 till Östersund.')).toEqual([]);
    expect(values('Den 31/4 finns inte.')).toEqual([]);
  });
});

describe('months (v5)', () => {
  it('reads a line that is only a month as the month', () => {
    expect(dates('Mitt Nacka\nOktober\n\nStartskott för projektet Klimatneutrala Nacka')).toEqual([['Oktober', '--10']]);
    expect(values('Oktober\nNacka går in som medlem.', '2021-10-20')).toEqual(['2021-10']);
    // Trap: a month name that begins a sentence is not a header.
    expect(values('Oktober är en mörk månad i Kiruna.')).toEqual([]);
  });

  it('reads "juli månad" and "varje år i december"', () => {
    expect(dates('Redan under juli månad tas 32 nya elbilar in.')).toEqual([['under juli månad', '--07']]);
    expect(dates('Klimatkontraktet revideras varje år i december.', '2021-06-01')).toEqual([['i december', '--12']]);
  });

  it('reads a span of months as an interval', () => {
    expect(dates('Arbetet pågår januari–mars 2024 i Åre.')).toEqual([['januari–mars 2024', '2024-01/2024-03']]);
    expect(values('Badet är stängt under maj och juni.')).toEqual(['--05/--06']);
    expect(values('Mellan april och juni byggdes bron.', '2023-08-01')).toEqual(['2023-04/2023-06']);
    // Traps: names, and two months out of order (a list, not a span).
    expect(values('Maj och Juni Andersson kom till mötet.')).toEqual([]);
    expect(dates('Det hände i juni och maj.')).toEqual([['i juni', '--06'], ['maj', '--05']]);
    expect(values('Prognoser kommer i februari, april och augusti.')).toEqual(['--02', '--04', '--08']);
  });

  it('reads an abbreviated month with its year', () => {
    expect(dates('Uppskattad tidplan är samråd sep 2024, antagande nov. 2024.')).toEqual([['sep 2024', '2024-09'], ['nov. 2024', '2024-11']]);
    // Trap: an abbreviation without a year is not read ("jul" is also Christmas).
    expect(values('Vi ses till jul och i sep.')).toEqual([]);
  });

  it('does not read a page number and a heading on the next line as a date', () => {
    expect(values('Innehåll ........ 3\nJANUARI .......... 5\nFEBRUARI ........ 7')).toEqual([]);
    expect(values('Budgeten ska lämnas senast den\n30 juni.')).toEqual(['--06-30']);
  });

  it('reads an ordinal suffix after the day', () => {
    expect(dates('Kontrakten signeras den 8:e december.')).toEqual([['den 8:e december', '--12-08']]);
  });

  it('reads a month inside a compound only with the page date', () => {
    expect(dates('Vid marssammanträdet lämnade vi in en nämndmotion.', '2009-06-15')).toEqual([['marssammanträdet', '2009-03']]);
    expect(values('Vid marssammanträdet lämnade vi in en nämndmotion.')).toEqual([]);
    // Trap: words that only begin like a month.
    expect(values('Majoriteten röstade nej och marschen gick till torget.', '2009-06-15')).toEqual([]);
  });

  it('reads "den sista september" as the last day of the month', () => {
    expect(dates('Den första fasen tar slut den sista september i år.')).toEqual([['den sista september', '--09-30']]);
    expect(values('Den första fasen tar slut den sista september i år.', '2021-05-01')).toEqual(['2021-09-30']);
  });
});

describe('the page date states itself in running text (v5)', () => {
  it('resolves deictic words and yearless dates against "I dag, den 6 mars 2024"', () => {
    const text = 'Idag öppnar vi utlysningen.\nI dag, den 6 mars 2024, öppnar Viable Cities en utlysning. Den är öppen till och med den 5 juni. Ett möte hålls den 19 mars.';
    expect(values(text)).toEqual(['2024-03-06', '2024-03-06', '2024-03-06', '2024-06-05', '2024-03-19']);
  });

  it('never resolves a year from a neighbouring year in the text', () => {
    const text = 'Projektstart blir den 1 oktober 2021. Beslut om städerna tas i september, och i februari öppnade vi utlysningen.';
    expect(values(text)).toEqual(['2021-10-01', '--09', '--02']);
    expect(values('Kommunerna lanseras den 15 december i år i Vara konserthus.')).toEqual(['--12-15']);
  });
});

describe('years as goals, bases, starts and validity (v5)', () => {
  it.each([
    ['Kommunen bör upprätta en koldioxidbudget med start 2022.', 'med start 2022', '2022'],
    ['Planen genomförs med början 2025 i tre etapper.', 'med början 2025', '2025'],
    ['Målet är en minskning med 70 procent jämfört med år 2000.', 'jämfört med år 2000', '2000'],
    ['Vi ska anta målet om förnybar energi senast år 2029.', 'senast år 2029', '2029'],
    ['Borgmästaravtalet tar sikte på 2030 och innefattar anpassning.', 'sikte på 2030', '2030'],
    ['Et delmål om 30 % kutt i utslipp innen 2023.', 'innen 2023', '2023'],
    ['Kommunen skal være CO2-neutral i 2029.', 'i 2029', '2029'],
    ['Vi återkommer med nya förslag i början av 2020.', 'i början av 2020', '2020'],
  ])('%s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([[text, value]]);
  });

  it('reads a year closing a noun phrase', () => {
    expect(dates('4. Fastställande och utbetalning av kommunalt partistöd 2024.')).toEqual([['2024', '2024']]);
    expect(values('3. Taxa för bygglov, plan och geografisk information 2024 – återremitterat ärende.')).toEqual(['2024']);
    expect(values('Örbyhus ska ha en befolkning på 3000 personer 2020.')).toEqual(['2020']);
    expect(values('• Klimatet: Kommunens verksamhet ska ha noll utsläpp av fossila koldioxidutsläpp 2030.')).toEqual(['2030']);
    expect(values('Färdplan mot mål om 100 % förnybar energi 2029, inom kommunens verksamheter.')).toEqual(['2029']);
  });

  it('does not read a name, an identifier or a count closing a phrase as a year', () => {
    // Traps: names with a year, numbered things, and a count before a noun.
    expect(values('Skellefteå ingår i satsningen Klimatneutrala städer 2030.')).toEqual([]);
    expect(values('Vårt uppdaterade Klimatkontrakt 2023 bygger på det vi gjort.')).toEqual([]);
    expect(values('Mötet hålls i rum 2010.')).toEqual([]);
    expect(values('Vi köper in 2024 nya cyklar.')).toEqual([]);
  });

  it('reads a year in parentheses after a name', () => {
    expect(values('Piteå (2009), Jokkmokk (2009) Övertorneå (2013) Lycksele (2012, Skellefteå (2014) i Västerbotten.'))
      .toEqual(['2009', '2009', '2013', '2012', '2014']);
    // Trap: a statute number in parentheses.
    expect(values('Lagen (SFS 2010:800) gäller skolan.')).toEqual([]);
  });

  it('reads a year after a place and before a verb', () => {
    expect(dates('Vid klimatkonferensen i Cancun i Mexiko 2010 åtog sig alla industriländer att agera.')).toEqual([['2010', '2010']]);
    // Trap: a year after a capitalised name without a verb after it is the name's.
    expect(values('Vi deltar i Kulturåret 2025 i Borlänge.')).toEqual([]);
  });

  it('reads a bare span of years as an interval', () => {
    expect(dates('Det här har vi drivit i tidigare kommunplan 2010-2014.')).toEqual([['2010-2014', '2010/2014']]);
    // Traps: a case number and a backwards span.
    expect(values('Ärendet har diarienummer 2019-1234.')).toEqual([]);
    expect(values('Siffrorna 2020-2010 är fel ordnade.')).toEqual([]);
  });
});

describe('clauses and objects (v5)', () => {
  it('does not carry a past verb across "och" into a clause with a new subject', () => {
    expect(values('Beslutet togs av kommunstyrelsen i går och samarbetet startar formellt den 1 juni.', '2024-05-14')).toEqual(['2024-05-13', '2024-06-01']);
    // A coordinated adverbial keeps the verb's tense.
    expect(values('Planen reviderades i januari och i september.', '2024-02-10')).toEqual(['2024-01', '2023-09']);
  });

  it('reads a year after a past verb and its definite object', () => {
    expect(dates('Ronneby lämnade nätverket 2015 av kostnadsskäl.')).toEqual([['2015', '2015']]);
    // Trap: a count after the object.
    expect(values('Kommunen köpte bilarna 2000 kronor billigare.')).toEqual([]);
  });
});

describe('more shapes (v5)', () => {
  it('joins two dates with a dash into an interval', () => {
    expect(dates('Utställningen pågår 3 maj–4 juni 2024 i Åre.')).toEqual([['3 maj–4 juni 2024', '2024-05-03/2024-06-04']]);
    expect(values('Bygget pågår från maj 2023 – juni 2024.')).toEqual(['2023-05/2024-06']);
    // Trap: a dash between a date and a time is no interval.
    expect(values('Mötet hålls den 3 maj – kl. 10 i Åre.')).toEqual(['--05-03']);
  });

  it('reads "år" between a date and its year', () => {
    expect(values('Lagen gäller från den 1 januari år 2025.')).toEqual(['2025-01-01']);
    expect(values('Beslutet togs i mars år 2019.')).toEqual(['2019-03']);
  });

  it('reads a century and a decade', () => {
    expect(values('Husen byggdes på 1900-talet och renoverades på 1980-talet.')).toEqual(['1900/1999', '1980/1989']);
  });

  it('reads English months after an English preposition', () => {
    expect(values('The mission was launched in September 2021 and Umeå applied in January.')).toEqual(['2021-09', '--01']);
    // Trap: a Swedish name with a capital after "i" is no month.
    expect(values('Hon arbetar i Maj Anderssons grupp.')).toEqual([]);
  });

  it('reads a year after a noun with a capitalised genitive before it', () => {
    expect(values('Det är avgörande för Sveriges klimatmål 2045.')).toEqual(['2045']);
  });
});

describe('never dates (v5)', () => {
  it.each([
    'Tid: Fredag kl. 15 (tal från 15.15)',
    'Ceremonin sänds klockan 10.00–12.00 på Youtube.',
    'Stad & Politik kl 03.55',
    'Filialerna är öppna vardagar kl. 15-21 och helger kl. 8-21.',
    'Yvonne Persson, ordförande Servicenämnden, 0121-186 17',
    'Tfn. 070-956 47 08',
    'Kontinentgatan 2\n231 42 Trelleborg',
    'Investeringen dimensioneras för minst 400 kW.',
    'Ökningen ska hållas under 1,5 grader.',
    'Enten vil vi acceptere tørke, ellers gør vi noget i 11. time.',
    'På onsdagen signerade Umeå kommun ett klimatkontrakt.',
    'I tisdags invigdes det nya biblioteket.',
    'Ett antal möten hålls under våren och i höst.',
    'Som planen ligger i dagsläget blir förskolan klar inom två år.',
  ])('%s', (sentence) => {
    expect(values(sentence, '2023-12-18')).toEqual([]);
  });

  it('leaves deictic words out without a page date', () => {
    expect(values('Idag har kommunen antagit nya klimatlöften, och nästa år följer fler.')).toEqual([]);
  });
});

describe('linear in the length of the text (v5)', () => {
  // One line without a line break: every rule must look at a bounded window, never to the end of the line.
  const unit = 'Kommunen antog planen den 3 mars 2024 och ska vara klimatneutral till 2030 enligt partistöd 2024, ';
  // CPU time of this process (tests run in forks), so that other work on the machine does not count.
  const time = (text: string, runs: number): number => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = process.cpuUsage();
      findDates(text, '2024-03-06');
      const used = process.cpuUsage(t);
      best = Math.min(best, used.user + used.system);
    }
    return best / text.length;
  };

  it('takes about as long per character on 1 MB as on 100 kB', () => {
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
    time(small, 2); // warm up
    expect(time(large, 2) / time(small, 3)).toBeLessThan(3);
  }, 60_000);
});

describe('English "in" after a name (v8)', () => {
  it('reads "in 2023" after a capitalised name as the year', () => {
    const ds = findDates('Umeå signed the Climate City Contract in 2023.', '2024-03-12');
    expect(ds.map((d) => `${d.text}=${d.value.value}`)).toContain('in 2023=2023');
  });
});
