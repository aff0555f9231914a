// The words that decide a commitment's numbers (corpus/real/README.md, "Commitment attributes"):
// `target_year`, `baseline_year` and `reduction_percent`. extractors/attributes.ts reads every year of the
// evidence with the words just before it (a cue ending right before the year, 'år' skipped) and gives it a role:
//   baseline  'jämfört med år 2000', '1990 års nivå'
//   start     'från 2015', 'sedan 2019', 'med start 2022' — when something begins, not when it is to be met
//             (but 'Från 2025 ska alla nya bilar vara elbilar' is met by 2025; with a reduction, the start is
//             its base: 'har minskat med 40 procent sedan 1990')
//   validity  'gäller under perioden 2023–2030', 'kommunplan 2010-2014' — the period a plan is valid
//   goal      'senast 2040', 'till 2030', 'före 2025', 'under perioden 2019-2023' (its end)
//   deadline  'i början av 2020', 'under 2025' — a goal only in a sentence about the future (FUTURE) or
//             after the page's own year
//   name      'Klimatkontrakt 2030', 'Klimatneutrala städer 2030', 'Agenda 2030' — part of a name
//   event     'i december 2022', 'Cancun i Mexiko 2010', '(2009)' — when something happened
//   bare      a year with no cue: a goal in a clause with a goal word ('klimatneutralt 2030', 'en 10%
//             besparing av energi 2010', '2050 ska …'), otherwise nothing
// Years joined to a cued year ('till 2020 och 2030') share its role. Phrases use the notation of ./phrases.ts;
// the cue tables are matched against the words right before a year.

export const BASELINE_CUES: readonly string[] = [
  'jämfört med [år]', 'jämfört med nivån [år]', 'jämfört med nivåerna [år]', 'jmf med [år]', 'jfr med [år]', 'jämfört mot [år]',
  'i förhållande till [år]', 'relativt [år]', 'räknat från [år]', 'från basåret', 'basår', 'basåret', 'basåret är',
  'compared to', 'compared with', 'relative to',
];

/** Written after the year: '1990 års nivå', '2005 års utsläpp'. */
export const BASELINE_AFTER: readonly string[] = ['års nivå*', 'års utsläpp*', 'levels', 'level'];

export const START_CUES: readonly string[] = [
  'från [och] [med] [år]', 'från och med [år]', 'fr.o.m. [år]', 'fr o m [år]', 'sedan [år]', 'med start [år]', 'med start i [år]',
  'startade [år]', 'start [år]', 'since', 'starting',
];

/** The validity of a plan or programme. 'Miljöprogrammet … gäller under perioden 2023–2030', 'kommunplan 2010-2014'. */
export const VALIDITY_CUES: readonly string[] = [
  'gäller [under] [för] [perioden] [åren]', 'gäller till', 'gäller fram till', 'gäller till och med', 'giltig* [under] [för] [perioden]', 'giltig* till', '*plan', '*planen', '*program', '*programmet',
  '*strategi', '*strategin', '*budget', '*budgeten', 'partistöd', 'taxa', 'mandatperiod*', '*plan för [perioden] [åren]',
  '*program för [perioden] [åren]', '*strategi för [perioden] [åren]',
];

export const GOAL_CUES: readonly string[] = [
  'senast [år]', 'senast till [år]', 'senast under [år]', 'till [år]', 'till och med [år]', 't.o.m. [år]', 'fram till [år]', 'före [år]',
  'innan [år]', 'inom [år]', 'till utgången av [år]', 'vid utgången av [år]', 'målår*', 'by', 'by the year', 'until',
  'under perioden', 'perioden', 'under åren',
];

/** A time that is a goal only when the sentence speaks of the future: 'Vi kommer att återkomma … i början av 2020'. */
export const DEADLINE_CUES: readonly string[] = [
  'i början av [år]', 'i slutet av [år]', 'i mitten av [år]', 'under [år]', 'i [år]', 'under första|andra halvåret [år]', 'våren|hösten [år]',
  'in',
];

/** The future: 'ska', 'kommer att', 'planeras'. */
export const FUTURE: readonly string[] = [
  'ska', 'skall', 'kommer … att', 'planeras', 'beräknas', 'väntas', 'ska vara klar*', 'will', 'återkomma',
];

/** Words just before a year that make it part of a name: 'Klimatkontrakt 2030', 'Klimat 2030', 'Agenda 2030'. */
export const NAME_BEFORE: readonly string[] = [
  '*kontrakt', '*kontraktet', 'städer', 'agenda', 'klimat', 'vision', 'contract', 'cities',
];

/** A verb in the past right before a year: when something happened ('som fullmäktige antog 2016', 'blev 2014'). */
export const EVENT_BEFORE: readonly string[] = [
  'antog', 'antogs', 'beslöt', 'blev', 'skrev', 'tog', 'var', 'fick', 'gick', 'kom', 'hade', 'infördes', 'anslöt', 'ansökte', 'började',
  '*ade', '*ades', '*dde', '*ddes', '*tte', '*ttes', 'was', 'were', '*ed',
];

/** Months and seasons: a year after one is the date of an event ('I december 2022 signerade …'). */
export const MONTHS: readonly string[] = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
];

/** A clause with one of these makes a bare year a goal year: 'klimatneutralt 2030', 'en 10% besparing av energi 2010'. */
export const GOAL_CONTEXT: readonly string[] = [
  'ska', 'skall', 'mål*', '*mål', '*målet', 'målsättning*', 'klimatneutral*', 'fossilfri*', 'fossilbränslefri*', 'fossil-oberoende*',
  'noll', 'förnybar*', 'besparing*', 'minsk*', 'sänk*', 'halver*', 'reducer*', '%', 'procent', 'personer', 'invånare',
];

/**
 * Reductions: a percentage is a reduction when the nearest cue word before it (or right after it) is one of
 * these. 'minska utsläppen med 63 procent', 'en minskad klimatbelastning med 40 respektive 70 procent',
 * 'en 10% besparing av energi', 'sänka energianvändningen med 20 %', '30 procent lägre utsläpp'.
 */
export const REDUCTION_WORDS: readonly string[] = [
  'minsk*', 'sänk*', 'reducer*', 'reduktion*', 'besparing*', '*besparing*', 'spara', 'sparar', 'sparas', 'skär* ned|ner', 'minus',
  'lägre', 'mindre', 'cut*', 'reduc*', 'lower',
];

/** Halving: a reduction of 50 without a number. 'Utsläppen ska halveras till 2030.' */
export const HALVING_WORDS: readonly string[] = ['halver*', 'halva utsläppen', 'hälften så', 'till hälften', 'med hälften', 'halve*'];

/** Shares and increases are no reductions: '100% förnybart', 'öka andelen till 50 procent'. */
export const NOT_REDUCTION_WORDS: readonly string[] = [
  'ök*', 'höj*', 'andel*', 'upp till', 'increase*', 'share',
];

/** What is reduced, for the object `utslappsminskning`: emissions ('klimatbelastning', 'koldioxidutsläpp', 'växthusgaser'). */
export const EMISSION_WORDS: readonly string[] = [
  'utsläpp*', '*utsläpp*', 'klimatbelastning*', 'klimatpåverkan', 'växthusgas*', 'koldioxid*', 'co2*', 'emission*',
];

/** What is reduced, for the object `energieffektivisering`: energy use. */
export const ENERGY_USE_WORDS: readonly string[] = [
  'energi', 'energin', 'energianvändning*', 'energiförbrukning*', 'elanvändning*', 'elförbrukning*', '*energi*',
];
