// The calendar words the dates extractor (extractors/dates.ts) reads, as data: month names and their
// abbreviations, weekdays, ordinal day words, temporal prepositions and adverbs, deictic words, seasons and parts
// of a year, month compounds, names that carry a year without being a date, and nouns that count or number
// things. Swedish first; Norwegian (nb), Danish (da) and English (en) forms where the corpus conventions ask for
// them (corpus/real/README.md, "dates").
//
// Every entry has an example sentence and what the extractor must read in it (`value`: the date value, or
// null for "no date at all"); `ref` is the page date the example is read against, where the entry needs one.
// extractors/dates.test.ts checks every example, so an entry added here is tested by adding it.
//
// To extend: add an entry with a sentence of your own. Forms are matched case-insensitively and as whole
// words; multi-word forms may be split over a line break.

export interface Example {
  /** A sentence using the entry. */
  example: string;
  /** The one date value the extractor must find in `example` (null: no date at all). */
  value: string | null;
  /** The page's own date the example is read against (deictic entries need one). */
  ref?: string;
}

// ---- months ------------------------------------------------------------------------------------------------

export interface MonthForm extends Example {
  form: string;
  month: number;
  /** Languages the form belongs to. */
  lang: string;
  /** An abbreviation: read only with a day or a year next to it ("3 dec 2024"), never alone. */
  abbreviation?: boolean;
}

export const MONTH_FORMS: readonly MonthForm[] = [
  { form: 'januari', month: 1, lang: 'sv', example: 'Sista dag för att ansöka var januari 2022.', value: '2022-01' },
  { form: 'februari', month: 2, lang: 'sv', example: 'I februari öppnade vi utlysningen.', value: '--02' },
  { form: 'mars', month: 3, lang: 'sv, nb', example: 'Ett informationsmöte hålls den 19 mars 2024.', value: '2024-03-19' },
  { form: 'april', month: 4, lang: 'sv, nb, da, en', example: 'Rapport från kommunstyrelsen 4 april', value: '--04-04' },
  { form: 'maj', month: 5, lang: 'sv, da', example: 'Publicerad den 16 maj 2024', value: '2024-05-16' },
  { form: 'juni', month: 6, lang: 'sv, nb, da', example: 'Utlysningen är öppen till och med den 5 juni 2024.', value: '2024-06-05' },
  { form: 'juli', month: 7, lang: 'sv, nb, da', example: 'Redan under juli månad tas 32 nya elbilar in.', value: '--07' },
  { form: 'augusti', month: 8, lang: 'sv', example: 'Biblioteket invigdes den 8 augusti.', value: '--08-08' },
  { form: 'september', month: 9, lang: 'sv, nb, da, en', example: 'Uppdraget lanserades i september 2021.', value: '2021-09' },
  { form: 'oktober', month: 10, lang: 'sv, nb, da', example: 'I oktober 2015 lanserades en ny omgång.', value: '2015-10' },
  { form: 'november', month: 11, lang: 'sv, nb, da, en', example: 'Invigningen är fredag den 24 november.', value: '--11-24' },
  { form: 'december', month: 12, lang: 'sv, da, en', example: 'I december 2022 signerade Skellefteå sitt första kontrakt.', value: '2022-12' },
  // Norwegian and Danish forms that differ from the Swedish ones.
  { form: 'januar', month: 1, lang: 'nb, da', example: 'Vedtaket gjelder fra 1. januar 2021.', value: '2021-01-01' },
  { form: 'februar', month: 2, lang: 'nb, da', example: 'Møtet ble holdt 3. februar 2020.', value: '2020-02-03' },
  { form: 'marts', month: 3, lang: 'da', example: 'Planen blev vedtaget den 5. marts 2019.', value: '2019-03-05' },
  { form: 'mai', month: 5, lang: 'nb', example: 'Bystyret vedtok planen 14. mai 2020.', value: '2020-05-14' },
  { form: 'august', month: 8, lang: 'nb, da, en', example: 'Planen ble lagt fram 20. august 2019.', value: '2019-08-20' },
  { form: 'desember', month: 12, lang: 'nb', example: 'Vedtaket ble gjort 10. desember 2019.', value: '2019-12-10' },
  // English forms (pages in English from Swedish municipalities).
  { form: 'january', month: 1, lang: 'en', example: 'The contract was signed on 12 January 2022.', value: '2022-01-12' },
  { form: 'february', month: 2, lang: 'en', example: 'The call opened on 3 February 2021.', value: '2021-02-03' },
  { form: 'march', month: 3, lang: 'en', example: 'Published March 6, 2024', value: '2024-03-06' },
  { form: 'may', month: 5, lang: 'en', example: 'The mission was announced on 3 May 2022.', value: '2022-05-03' },
  { form: 'june', month: 6, lang: 'en', example: 'Applications close on 5 June 2024.', value: '2024-06-05' },
  { form: 'july', month: 7, lang: 'en', example: 'Work starts on 1 July 2023.', value: '2023-07-01' },
  { form: 'october', month: 10, lang: 'en', example: 'The second phase began on 1 October 2021.', value: '2021-10-01' },
  // Abbreviations (newsroom headers: "tis, nov 30, 2021 10:55 CET", "3 dec. 2024").
  { form: 'jan', month: 1, lang: 'sv, nb, da, en', abbreviation: true, example: 'Uppdaterad 12 jan 2023', value: '2023-01-12' },
  { form: 'feb', month: 2, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 3 feb 2022', value: '2022-02-03' },
  { form: 'mar', month: 3, lang: 'sv, en', abbreviation: true, example: 'Publicerad 14 mar 2023', value: '2023-03-14' },
  { form: 'apr', month: 4, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 2 apr 2024', value: '2024-04-02' },
  { form: 'jun', month: 6, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 9 jun 2021', value: '2021-06-09' },
  { form: 'jul', month: 7, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 1 jul 2020', value: '2020-07-01' },
  { form: 'aug', month: 8, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 30 aug 2019', value: '2019-08-30' },
  { form: 'sep', month: 9, lang: 'sv, nb, da, en', abbreviation: true, example: 'Publicerad 5 sep 2023', value: '2023-09-05' },
  { form: 'sept', month: 9, lang: 'sv, en', abbreviation: true, example: 'Publicerad 5 sept. 2023', value: '2023-09-05' },
  { form: 'okt', month: 10, lang: 'sv, nb, da', abbreviation: true, example: 'Publicerad 7 okt 2022', value: '2022-10-07' },
  { form: 'oct', month: 10, lang: 'en', abbreviation: true, example: 'Published Oct 7, 2022', value: '2022-10-07' },
  { form: 'nov', month: 11, lang: 'sv, nb, da, en', abbreviation: true, example: 'tis, nov 30, 2021 10:55 CET', value: '2021-11-30' },
  { form: 'dec', month: 12, lang: 'sv, nb, da, en', abbreviation: true, example: 'ons, dec 08, 2021 09:00 CET', value: '2021-12-08' },
  { form: 'des', month: 12, lang: 'nb', abbreviation: true, example: 'Publisert 10. des 2019', value: '2019-12-10' },
];

/**
 * Words after which a month is part of a compound that names a meeting or an issue: "marssammanträdet",
 * "decembermötet". Deictic: read only when the page's own date is stated, and then resolved.
 */
export const MONTH_COMPOUND_HEADS: readonly (Example & { head: string })[] = [
  { head: 'sammanträdet', example: 'Vid marssammanträdet lämnade vi in en nämndmotion.', ref: '2009-06-15', value: '2009-03' },
  { head: 'sammanträde', example: 'Frågan tas upp på nämndens junisammanträde.', ref: '2023-04-10', value: '2023-06' },
  { head: 'mötet', example: 'Beslutet fattades på decembermötet.', ref: '2024-02-01', value: '2023-12' },
  { head: 'möte', example: 'Styrelsen behandlar ärendet på sitt oktobermöte.', ref: '2022-09-01', value: '2022-10' },
  { head: 'fullmäktige', example: 'Motionen behandlades i aprilfullmäktige.', ref: '2021-05-20', value: '2021-04' },
  { head: 'numret', example: 'Artikeln stod i novembernumret.', ref: '2020-12-02', value: '2020-11' },
];

// ---- days --------------------------------------------------------------------------------------------------

export interface WeekdayForm extends Example {
  form: string;
  lang: string;
}

export const WEEKDAY_FORMS: readonly WeekdayForm[] = [
  // A weekday is read only as part of the date written with it; a weekday alone is never a date, even on a dated
  // page ('På onsdagen', 'I tisdags').
  { form: 'måndag', lang: 'sv', example: 'Kommunfullmäktige sammanträder måndagen den den 18 december.', ref: '2023-12-18', value: '2023-12-18' },
  { form: 'tisdag', lang: 'sv', example: 'I tisdags invigdes biblioteket.', ref: '2023-08-10', value: null },
  { form: 'onsdag', lang: 'sv', example: 'På onsdagen signerade kommunen kontraktet.', ref: '2020-12-11', value: null },
  { form: 'torsdag', lang: 'sv', example: 'Mötet hålls torsdag den 7 mars 2024.', value: '2024-03-07' },
  { form: 'fredag', lang: 'sv', example: 'Umeå undertecknar fredag 11 december ett klimatkontrakt.', value: '--12-11' },
  { form: 'lördag', lang: 'sv', example: 'Branden släcktes under lördagskvällen.', ref: '2023-09-11', value: null },
  { form: 'söndag', lang: 'sv', example: 'Loppet går söndag den 3 mars.', value: '--03-03' },
  { form: 'mandag', lang: 'nb, da', example: 'Bystyret møtes mandag 21. november.', value: '--11-21' },
  { form: 'tirsdag', lang: 'nb, da', example: 'Planen ble vedtatt tirsdag 3. mars 2020.', value: '2020-03-03' },
  { form: 'lørdag', lang: 'nb, da', example: 'Festen holdes lørdag 6. juni.', value: '--06-06' },
  { form: 'søndag', lang: 'nb, da', example: 'Valget er søndag 13. september 2021.', value: '2021-09-13' },
  // Abbreviated weekdays of newsroom headers, only before a date ("tis, nov 30, 2021").
  { form: 'mån', lang: 'sv', example: 'mån, jan 10, 2022 08:00 CET', value: '2022-01-10' },
  { form: 'tis', lang: 'sv', example: 'tis, nov 30, 2021 10:55 CET', value: '2021-11-30' },
  { form: 'ons', lang: 'sv', example: 'ons, dec 08, 2021 09:00 CET', value: '2021-12-08' },
  { form: 'tors', lang: 'sv', example: 'tors, mar 03, 2022 14:00 CET', value: '2022-03-03' },
  { form: 'tor', lang: 'sv', example: 'tor, mar 03, 2022 14:00 CET', value: '2022-03-03' },
  { form: 'fre', lang: 'sv', example: 'fre, dec 11, 2020 09:00 CET', value: '2020-12-11' },
];

/** Ordinal words for a day of the month: "den sista september", "den första maj". */
export const DAY_WORDS: readonly (Example & { form: string; day: number | 'last' })[] = [
  { form: 'första', day: 1, example: 'Avtalet gäller från den första januari.', value: '--01-01' },
  { form: 'andra', day: 2, example: 'Mötet hålls den andra mars 2024.', value: '2024-03-02' },
  { form: 'tredje', day: 3, example: 'Ansökan ska vara inne den tredje maj.', value: '--05-03' },
  { form: 'femte', day: 5, example: 'Beslutet fattas den femte juni.', value: '--06-05' },
  { form: 'tionde', day: 10, example: 'Utställningen öppnar den tionde oktober.', value: '--10-10' },
  { form: 'femtonde', day: 15, example: 'Planen ska vara klar den femtonde april.', value: '--04-15' },
  { form: 'sista', day: 'last', example: 'Den första fasen tar slut den sista september i år.', value: '--09-30' },
];

// ---- deictic words -----------------------------------------------------------------------------------------

/**
 * Words that name a day relative to the page's own date. Read only when the page's date is stated, and then
 * resolved; without it they are left out ("I dag" on an undated page is no date).
 */
export const RELATIVE_DAYS: readonly (Example & { form: string; offset: number })[] = [
  { form: 'i dag', offset: 0, example: 'I dag öppnar Viable Cities en utlysning.', ref: '2024-03-06', value: '2024-03-06' },
  { form: 'idag', offset: 0, example: 'Från och med idag är kommunen med i initiativet.', ref: '2015-12-04', value: '2015-12-04' },
  { form: 'i går', offset: -1, example: 'I går samlades ledningen i Stockholm.', ref: '2021-03-01', value: '2021-02-28' },
  { form: 'igår', offset: -1, example: 'Igår fattade nämnden beslutet.', ref: '2022-05-10', value: '2022-05-09' },
  { form: 'i morgon', offset: 1, example: 'Avtalet skrivs under i morgon.', ref: '2020-12-31', value: '2021-01-01' },
  { form: 'imorgon', offset: 1, example: 'Imorgon invigs bron.', ref: '2023-06-01', value: '2023-06-02' },
  { form: 'i förrgår', offset: -2, example: 'Beslutet kom i förrgår.', ref: '2023-06-10', value: '2023-06-08' },
  { form: 'i övermorgon', offset: 2, example: 'Bron öppnar i övermorgon.', ref: '2023-06-10', value: '2023-06-12' },
  { form: 'today', offset: 0, example: 'Today Umeå joins the mission.', ref: '2022-05-03', value: '2022-05-03' },
  { form: 'yesterday', offset: -1, example: 'The council decided yesterday.', ref: '2022-05-03', value: '2022-05-02' },
];

/** Words that name a year relative to the page's own date ("nästa år" on a page dated 2021-12-11 → 2022). */
export const RELATIVE_YEARS: readonly (Example & { form: string; offset: number })[] = [
  { form: 'i år', offset: 0, example: 'Målen för i år är högt satta.', ref: '2021-11-01', value: '2021' },
  { form: 'nästa år', offset: 1, example: 'Vi åtar oss att skriva under Klimatkontrakt 2030 nästa år.', ref: '2021-12-11', value: '2022' },
  { form: 'nästkommande år', offset: 1, example: 'Fokus ligger på nästkommande år.', ref: '2023-12-08', value: '2024' },
  { form: 'förra året', offset: -1, example: 'Förra året minskade utsläppen.', ref: '2024-10-02', value: '2023' },
  { form: 'i fjol', offset: -1, example: 'Utsläppen minskade i fjol.', ref: '2021-11-01', value: '2020' },
  { form: 'neste år', offset: 1, example: 'Planen skal revideres neste år.', ref: '2019-11-29', value: '2020' },
  { form: 'næste år', offset: 1, example: 'Planen skal revideres næste år.', ref: '2019-11-29', value: '2020' },
  { form: 'i fjor', offset: -1, example: 'Utslippene gikk ned i fjor.', ref: '2019-11-29', value: '2018' },
  { form: 'sidste år', offset: -1, example: 'Udledningen faldt sidste år.', ref: '2019-11-29', value: '2018' },
  { form: 'next year', offset: 1, example: 'Umeå will sign the contract next year.', ref: '2022-05-03', value: '2023' },
  { form: 'last year', offset: -1, example: 'Emissions fell last year.', ref: '2022-05-03', value: '2021' },
];

/** Words that name a month relative to the page's own date ("nästa månad" on a page dated 2024-03-06 → 2024-04). */
export const RELATIVE_MONTHS: readonly (Example & { form: string; offset: number })[] = [
  { form: 'nästa månad', offset: 1, example: 'Planen antas nästa månad.', ref: '2024-03-06', value: '2024-04' },
  { form: 'förra månaden', offset: -1, example: 'Förra månaden öppnade återbruket.', ref: '2024-01-10', value: '2023-12' },
  { form: 'i förra månaden', offset: -1, example: 'Beslutet togs i förra månaden.', ref: '2024-03-06', value: '2024-02' },
];

// ---- years -------------------------------------------------------------------------------------------------

export interface Preposition extends Example {
  form: string;
  lang: string;
  /**
   * Also stands before counts ("under 2000 kronor", "för 2000 nya träd"): the year must not be followed by a
   * noun or an adjective, and a capitalised word before the preposition makes it a name ("Handlingsplan för 2030").
   */
  countable?: boolean;
}

/**
 * Temporal prepositions (and prepositional phrases) before a year: goal, base, start and validity years. Between
 * the preposition and the year may stand a period noun (PERIOD_NOUNS): "under år 2015", "under perioden
 * 2019-2023".
 */
export const YEAR_PREPOSITIONS: readonly Preposition[] = [
  { form: 'till', lang: 'sv', example: 'Målet är att vara klimatneutral till 2030.', value: '2030' },
  { form: 'till och med', lang: 'sv', example: 'Programmet pågår till och med 2030.', value: '2030' },
  { form: 't.o.m.', lang: 'sv', example: 'Avtalet gäller t.o.m. 2026.', value: '2026' },
  { form: 'fram till', lang: 'sv', example: 'Planen ska följas upp fram till 2035.', value: '2035' },
  { form: 'senast', lang: 'sv', example: 'Kommunen ska bli klimatneutral senast 2040.', value: '2040' },
  { form: 'senast till', lang: 'sv', example: 'Utsläppen ska halveras senast till 2030.', value: '2030' },
  { form: 'från', lang: 'sv', example: 'FN:s mål enligt Paris-avtalet från 2015.', value: '2015' },
  { form: 'från och med', lang: 'sv', example: 'Taxan gäller från och med 2025.', value: '2025' },
  { form: 'fr.o.m.', lang: 'sv', example: 'Bidraget betalas ut fr.o.m. 2024.', value: '2024' },
  { form: 'med start', lang: 'sv', example: 'Kommunen bör upprätta en koldioxidbudget med start 2022.', value: '2022' },
  { form: 'med början', lang: 'sv', example: 'Arbetet genomförs i etapper med början 2025.', value: '2025' },
  { form: 'sikte på', lang: 'sv', example: 'Borgmästaravtalet tar sikte på 2030.', value: '2030' },
  { form: 'med sikte på', lang: 'sv', example: 'Planen tas fram med sikte på 2035.', value: '2035' },
  { form: 'sedan', lang: 'sv', example: 'Samarbetet har pågått sedan 2019.', value: '2019' },
  { form: 'sedan starten', lang: 'sv', example: 'Föreningen har sedan starten 2003 vuxit.', value: '2003' },
  { form: 'under', lang: 'sv', countable: true, example: 'Programmet har tagits fram under 2023.', value: '2023' },
  { form: 'i', lang: 'sv, nb, da', countable: true, example: 'Kommunen skal være CO2-neutral i 2029.', value: '2029' },
  { form: 'för', lang: 'sv', countable: true, example: 'Våra klimatlöften för 2022', value: '2022' },
  { form: 'inför', lang: 'sv', example: 'Klimatkontraktet inför 2024 fokuserar på styrning.', value: '2024' },
  { form: 'före', lang: 'sv', example: 'Beslutet ska fattas före 2026.', value: '2026' },
  { form: 'innan', lang: 'sv', example: 'Laddplatserna ska byggas innan 2027.', value: '2027' },
  { form: 'efter', lang: 'sv', countable: true, example: 'Efter 2030 ska inga fossila bränslen användas.', value: '2030' },
  { form: 'mellan', lang: 'sv', example: 'Elkostnaderna ökade mellan 2021 och 2023.', value: '2021/2023' },
  { form: 'jämfört med', lang: 'sv', example: 'Utsläppen ska minska med 40 procent jämfört med år 2000.', value: '2000' },
  { form: 'år', lang: 'sv', example: 'Alla kommunens fordon ska vara fossilbränslefria år 2025.', value: '2025' },
  { form: 'kring', lang: 'sv', countable: true, example: 'Tåget väntas gå kring 2028.', value: '2028' },
  { form: 'runt', lang: 'sv', countable: true, example: 'Bron byggs runt 2027.', value: '2027' },
  // Norwegian and Danish.
  { form: 'innen', lang: 'nb', example: 'Et delmål om 30 % kutt i utslipp innen 2023.', value: '2023' },
  { form: 'inden', lang: 'da', example: 'Kommunen skal være CO2-neutral inden 2029.', value: '2029' },
  { form: 'sammenlignet med', lang: 'nb, da', example: 'Et kutt i utslipp sammenlignet med 1991.', value: '1991' },
  { form: 'fra', lang: 'nb, da', example: 'Planen gjelder fra 2020.', value: '2020' },
  { form: 'til', lang: 'nb, da', example: 'Planen gjelder til 2030.', value: '2030' },
  { form: 'siden', lang: 'nb, da', example: 'Kommunen har arbeidet med dette siden 2008.', value: '2008' },
  // English.
  { form: 'by', lang: 'en', example: 'Umeå aims to be climate neutral by 2030.', value: '2030' },
  { form: 'until', lang: 'en', example: 'The programme runs until 2030.', value: '2030' },
  { form: 'since', lang: 'en', example: 'Umeå has worked with the contract since 2020.', value: '2020' },
  { form: 'in', lang: 'en', countable: true, example: 'The mission was launched in 2021.', value: '2021' },
];

/** Nouns of a period between a preposition and its year: "under år 2015", "under mandatperioden 2015-2018". */
export const PERIOD_NOUNS: readonly (Example & { form: string })[] = [
  { form: 'år', example: 'Under år 2015 har vi lämnat in följande motioner.', value: '2015' },
  { form: 'året', example: 'Planen gäller under året 2024.', value: '2024' },
  { form: 'perioden', example: 'Kommunen investerar 8 miljoner under perioden 2019-2023.', value: '2019/2023' },
  { form: 'åren', example: 'Under åren 2020–2025 halverades utsläppen i Åre.', value: '2020/2025' },
  { form: 'planperioden', example: 'Åtgärderna genomförs under planperioden 2024–2030.', value: '2024/2030' },
  { form: 'programperioden', example: 'Stödet gäller för programperioden 2021–2027.', value: '2021/2027' },
  { form: 'mandatperioden', example: 'Under mandatperioden 2015-2018 är vi i opposition.', value: '2015/2018' },
  { form: 'budgetåret', example: 'Klimatbudgeten införs från budgetåret 2026.', value: '2026' },
  { form: 'verksamhetsåret', example: 'Under verksamhetsåret 2023 steg kostnaderna.', value: '2023' },
];

/** Adverbs of time before a year: "redan 2022", "tidigast 2026". They also stand before counts ("redan 2000 personer"). */
export const YEAR_ADVERBS: readonly (Example & { form: string })[] = [
  { form: 'redan', example: 'Grannkommunen beslutade om en laddplan redan 2021.', value: '2021' },
  { form: 'tidigast', example: 'Bron kan stå klar tidigast 2027.', value: '2027' },
  { form: 'först', example: 'Tågen kan köra över bron först 2028.', value: '2028' },
  { form: 'alltsedan', example: 'Alltsedan 2015 har kommunen mätt luften vid torget.', value: '2015' },
];

/**
 * Climate-target adjectives and nouns: a year after them is a goal year ("klimatneutral 2030"), also with a place
 * between ("ett klimatneutralt Nacka 2030"). Written with a capital in mid-sentence they begin a programme name
 * ("Klimatneutrala Skellefteå 2030", see YEAR_NAMES).
 */
export const TARGET_WORDS: readonly (Example & { form: string })[] = [
  { form: 'klimatneutral', example: 'Säter ska bli klimatneutral 2040.', value: '2040' },
  { form: 'klimatneutralt', example: 'Målet är ett klimatneutralt Nacka 2030, säger han.', value: '2030' },
  { form: 'klimatneutrala', example: 'Målet är att bli klimatneutrala 2035.', value: '2035' },
  { form: 'klimatneutralitet', example: 'För att nå klimatneutralitet 2030 krävs mer.', value: '2030' },
  { form: 'koldioxidneutral', example: 'Kommunen ska vara koldioxidneutral 2035.', value: '2035' },
  { form: 'fossilfri', example: 'Organisationen ska vara fossilfri senast 2030.', value: '2030' },
  { form: 'fossilfritt', example: 'Sverige ska vara fossilfritt 2045.', value: '2045' },
  { form: 'fossilfria', example: 'Alla bussar ska vara fossilfria 2027.', value: '2027' },
  { form: 'fossiloberoende', example: 'Fordonsflottan ska vara fossiloberoende 2030.', value: '2030' },
  { form: 'klimatpositiv', example: 'Staden ska vara klimatpositiv 2040.', value: '2040' },
  { form: 'nettonoll', example: 'Utsläppen ska nå nettonoll 2045.', value: '2045' },
];

/** Seasons, read with a year only ("våren 2021" → 2021); without a year they are vague ("under våren"). */
export const SEASONS: readonly (Example & { form: string })[] = [
  { form: 'våren', example: 'Målet är att bygget ska vara klart till våren 2021.', value: '2021' },
  { form: 'sommaren', example: 'Badet öppnar sommaren 2025.', value: '2025' },
  { form: 'hösten', example: 'Under hösten 2021 hölls fem möten.', value: '2021' },
  { form: 'vintern', example: 'Vintern 2023 var ovanligt kall.', value: '2023' },
  { form: 'vårvintern', example: 'Planen ska antas vårvintern 2024.', value: '2024' },
  { form: 'försommaren', example: 'Bryggan byggs försommaren 2026.', value: '2026' },
  { form: 'sensommaren', example: 'Arbetet startar sensommaren 2025.', value: '2025' },
  { form: 'senhösten', example: 'Skolan flyttar senhösten 2024.', value: '2024' },
  { form: 'vårterminen', example: 'Eleverna börjar vårterminen 2025.', value: '2025' },
  { form: 'höstterminen', example: 'Skolan öppnar höstterminen 2026.', value: '2026' },
];

/** Parts of a year, read with a year only and valued as the year ("i början av 2020" → 2020). */
export const YEAR_PARTS: readonly (Example & { form: string })[] = [
  { form: 'i början av', example: 'Vi återkommer med nya förslag i början av 2020.', value: '2020' },
  { form: 'i slutet av', example: 'Planen ska vara klar i slutet av 2025.', value: '2025' },
  { form: 'i mitten av', example: 'Bygget startar i mitten av 2024.', value: '2024' },
  { form: 'första halvåret', example: 'Under första halvåret 2023 minskade utsläppen.', value: '2023' },
  { form: 'andra halvåret', example: 'Bussarna byts ut under andra halvåret 2024.', value: '2024' },
  { form: 'första kvartalet', example: 'Rapporten kommer första kvartalet 2025.', value: '2025' },
  { form: 'utgången av', example: 'Kommunen ska ta fram en ny strategi före utgången av 2025.', value: '2025' },
  { form: 'slutet av', example: 'Planen ska vara antagen före slutet av 2026.', value: '2026' },
  { form: 'början av', example: 'Bygget ska starta efter början av 2027.', value: '2027' },
];

/**
 * Names that carry a year without being a date ('Klimatkontrakt 2030', 'Agenda 2030'). A year right after one of
 * these words is part of the name. `form` is a pattern of words; `<Ort>` stands for any capitalised place name.
 */
export const YEAR_NAMES: readonly (Example & { form: string })[] = [
  { form: 'Agenda', example: 'Det sker inom ramen för Agenda 2030.', value: null },
  { form: 'Klimatkontrakt', example: 'Klimatkontrakt 2030 reglerar aktiviteter kommunen ska genomföra.', value: null },
  { form: 'Klimatkontraktet', example: 'Viable Cities Klimatkontraktet 2030', value: null },
  { form: 'Klimatneutrala städer', example: 'Enköping samlades för målet klimatneutrala städer 2030.', value: null },
  { form: 'Klimatneutrala <Ort>', example: 'Arbetet med Klimatneutrala Skellefteå 2030 är ett bra exempel.', value: null },
  { form: 'Klimat', example: 'Lidköpings kommun står bakom satsningen Klimat 2030.', value: null },
  { form: 'Climate Contract', example: 'Umeå has already signed Climate Contract 2030.', value: null },
  { form: 'Vision', example: 'Kommunen anslöt sig till Vision 2045.', value: null },
  { form: 'Horisont', example: 'Projektet finansieras av Horisont 2020.', value: null },
  { form: 'Horizon', example: 'The project is funded by Horizon 2020.', value: null },
  { form: 'Europa', example: 'Målen följer strategin Europa 2020.', value: null },
];

/**
 * Nouns after which a number is an identifier, not a year: "rum 2010", "ärende 2021". A year right after them
 * is no date.
 */
export const NUMBER_NOUNS: readonly (Example & { form: string })[] = [
  { form: 'nr', example: 'Beslutet finns i protokoll nr 2021.', value: null },
  { form: 'nummer', example: 'Ring anknytning nummer 2030.', value: null },
  { form: 'rum', example: 'Mötet hålls i rum 2010.', value: null },
  { form: 'sal', example: 'Föreläsningen går i sal 2004.', value: null },
  { form: 'ärende', example: 'Nämnden behandlade ärende 2021.', value: null },
  { form: 'paragraf', example: 'Se paragraf 2019 i protokollet.', value: null },
  { form: 'linje', example: 'Buss på linje 2020.', value: null },
  { form: 'box', example: 'Skriv till box 2025.', value: null },
  { form: 'sida', example: 'Se sida 2003.', value: null },
];

/** Expressions that are vague or not calendar expressions: never dates, with or without a page date. */
export const NEVER_DATES: readonly (Example & { form: string })[] = [
  { form: 'under våren', example: 'Ett antal möten hålls under våren.', ref: '2024-03-06', value: null },
  { form: 'i höst', example: 'Arbetet ska komma i gång redan i höst.', ref: '2020-05-01', value: null },
  { form: 'i slutet av året', example: 'I slutet av året fattas beslut om finansiering.', ref: '2024-03-06', value: null },
  { form: 'nu', example: 'Nu har utlysningen stängt.', ref: '2021-05-01', value: null },
  { form: 'inom två år', example: 'Skolan ska inom två år bli en av landets bästa.', ref: '2013-01-01', value: null },
  { form: 'i dagsläget', example: 'Jag vill i dagsläget inte säga något om kostnaden.', ref: '2021-05-01', value: null },
  { form: 'kl.', example: 'Tid: kl. 15 (tal från 15.15)', value: null },
  { form: 'klockan', example: 'Ceremonin sänds klockan 10.00–12.00.', value: null },
  { form: 'kl (time after a date)', example: 'Stad & Politik kl 03.55', value: null },
  { form: 'i 11. time', example: 'Ellers gør vi noget i 11. time.', value: null },
  { form: 'Tfn', example: 'Tfn. 070-956 47 08', value: null },
  { form: 'postnummer', example: 'Kontinentgatan 2, 231 42 Trelleborg', value: null },
  { form: 'kW', example: 'Investeringen ska ha en effekt på minst 400 kW.', value: null },
  { form: 'grader', example: 'Ökningen ska hållas under 1,5 grader.', value: null },
  { form: 'weekday alone', example: 'På onsdagen signerade Umeå kommun ett klimatkontrakt.', value: null },
];
