// Calendar expressions in Swedish text, resolved against the document's own date (ctx.published).
//
// Own rules rather than chrono-node: chrono's `sv` locale reads "den 8 december" and "15 mars 2024" but misses
// "i går"/"i morgon" written as two words, "i maj 2023", "under 2023", seasons, deadlines ("senast 2030") and
// recurring dates, and it would read "4/10" as a date. Every rule below is anchored on a month name, an ISO
// form, a relative word or a temporal preposition, so bare numbers (phone numbers, amounts, case numbers,
// years inside programme names such as "Agenda 2030") never become dates.
import { execAll } from './regex.js';
import { sentenceAt, splitSentences, type Sentence } from './sentences.js';
import type { DateMention, Extractor, ExtractorContext, ExtractorInput } from './types.js';

/** A reference date: the document's own date at whatever precision it is known. */
interface Ref { y: number; m?: number; d?: number }

interface Candidate { start: number; end: number; values: string[] }

type Rule = (text: string, ref: Ref | null, sentences: Sentence[]) => Candidate[];

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH_FULL = MONTHS.join('|');
const MONTH_ANY = `${MONTH_FULL}|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec`;
const MONTH_PREFIX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12,
};

/** Whitespace that may cross at most one line break (PDF text wraps inside sentences). */
const S = String.raw`(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)`;
const B = String.raw`(?<![\p{L}\p{N}])`; // left word boundary
const YEAR = String.raw`(?:19\d\d|20\d\d|2100)`;
/** After a bare year: not part of a longer number, a case number (2020/123), a range we did not read, or "2030-talet". */
const YEAR_END = String.raw`(?![\p{L}\p{N}]|[-–/.,:]\p{N}|[-–]\p{L})`;
/** Nouns that make a 4-digit number an amount ("under 2000 kronor"), not a year. */
const UNITS = String.raw`(?!${S}(?:kr|kronor|sek|euro|mkr|mnkr|tkr|miljoner|miljarder|personer|invånare|medarbetare|anställda|elever|barn|deltagare|besökare|medlemmar|hushåll|bostäder|lägenheter|platser|st|stycken|ton|kg|kilo|meter|m|km|mil|kvm|m2|hektar|ha|procent|%|timmar|dagar|veckor|månader|kwh|mwh|gwh|twh)(?![\p{L}\p{N}]))`;

/** A relative year after a month or a date: "i maj förra året", "den 3 mars i fjol", "i juni nästa år". */
const REL_YEAR = String.raw`(förra${S}året|i${S}fjol|nästa${S}år|nästkommande${S}år|i${S}år)(?![\p{L}\p{N}])`;
const relYearOffset = (words: string): number => (/^(?:förra|i\s+fjol)/iu.test(words) ? -1 : /^i\s+år/iu.test(words) ? 0 : 1);

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']; // index = getUTCDay()
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (word: string): number => MONTH_PREFIX[word.toLowerCase().slice(0, 3)]!;
const daysIn = (y: number | null, m: number): number => new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();

function parseRef(published: string | null): Ref | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

/** The year of a month (and day) given without one: the occurrence nearest the reference date. */
function nearestYear(ref: Ref, month: number, day = 15): number {
  if (ref.m === undefined) return ref.y;
  const at = Date.UTC(ref.y, ref.m - 1, ref.d ?? 15);
  let best = ref.y;
  for (const y of [ref.y - 1, ref.y + 1]) {
    if (Math.abs(Date.UTC(y, month - 1, day) - at) < Math.abs(Date.UTC(best, month - 1, day) - at)) best = y;
  }
  return best;
}

/**
 * The year of a month (and day) given without one, read with the tense of its clause: a future clause means the
 * next occurrence (on or after the reference), a past clause the previous one; without a cue a later month of the
 * same year is the coming one, anything else the nearest.
 */
function yearFor(ref: Ref, month: number, day: number | undefined, tense: Tense): number {
  if (ref.m === undefined) return ref.y;
  // Without a tense cue, a later month of the same year is the coming one ("arbetet börjar i april" in March), unless
  // the previous year's occurrence lies just across the year end ("rapporten i december" in January).
  if (tense === 'present') return month > ref.m && month - ref.m < 10 ? ref.y : nearestYear(ref, month, day);
  const sameMonthAfter = day === undefined || ref.d === undefined || day >= ref.d;
  const sameMonthBefore = day === undefined || ref.d === undefined || day <= ref.d;
  if (tense === 'future') return month > ref.m || (month === ref.m && sameMonthAfter) ? ref.y : ref.y + 1;
  return month < ref.m || (month === ref.m && sameMonthBefore) ? ref.y : ref.y - 1;
}

// ---- tense and verbs -----------------------------------------------------------------------------------

type Tense = 'past' | 'future' | 'present';

/** Strong (irregular) past-tense forms, active and passive, of verbs common in municipal texts. */
const STRONG_PAST = new Set(`antog antogs tog togs gick kom blev fick gav gavs skrev skrevs drog drogs beslöt beslöts
  anslöt slöt slöts lät såg fann stod satt höll hölls gjorde gjordes sa sade sades var hade bröt bjöd bjöds vann
  vanns föll steg sjönk lade lades la sköt sköts band visste ingick ingicks undergick försvann valdes`.split(/\s+/));
/** Words that end like weak past-tense verbs (-de, -te) but are not verbs. */
const NOT_PAST = new Set(`inte lite ute både förste andre femte sjätte elfte tolfte fjärde måste näste rätte möte
  sammanträde inträde skede ände fiende släkte`.split(/\s+/));
/** Finite verbs and auxiliaries that commonly follow a fronted time adverbial or a subject. */
const FINITE = new Set(`har hade är var blev blir ska skall skulle kommer kom kan kunde får fick måste bör gick går
  tog tar startar börjar inleds avslutas`.split(/\s+/));
/** Present-tense passives and other verb forms that take a time adverbial directly after them. */
const PASSIVE = /^(?:antas|beslutas|fattas|tas|införs|genomförs|påbörjas|avslutas|startas|inleds|inrättas|klubbas|undertecknas|skrivs|\p{Ll}{3,}eras)$/u;

/** A finite past-tense verb (active or passive): strong forms from the list, weak ones by their ending. */
function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (STRONG_PAST.has(w)) return true;
  if (NOT_PAST.has(w) || !/^\p{Ll}+$/u.test(w) || w.length < 4) return false;
  // Present participles (-ande, -ende), ordinals (-onde) and superlatives (-aste) end in -de/-te too.
  if (/(?:ande|ende|onde|aste)$/u.test(w)) return false;
  return /(?:ade|dde|de|te|tte)s?$/u.test(w);
}

/** Words ending like a supine (-at, -it, -tt) that are not one. */
const NOT_SUPINE = /^(?:sitt|mitt|ditt|nytt|fritt|rätt|lätt|gott|blått|vårt|ert|annat|klimat|resultat|mandat|format|privat|separat|kvitt)$/u;

const isFinite = (word: string): boolean => FINITE.has(word.toLowerCase()) || isPastVerb(word) || PASSIVE.test(word.toLowerCase());

const FUTURE_WORD = /^(?:kommer|ska|skall|planeras|planerar|planerad|väntas|beräknas|avser|tänker|nästa|kommande|framöver|snart)$/u;
/** Determiners and possessives: a -de/-te word after one is an adjective ("den planerade invigningen"). */
const DETERMINER = /^(?:den|det|de|en|ett|sin|sitt|sina|hans|hennes|deras|dess|vår|vårt|våra|denna|detta|dessa|\p{Ll}{3,}(?:ens|ets|nas))$/u;

const LETTERS_RE = /\p{L}+/gu;

/**
 * The tense of the clause around [start, end): the tense marker nearest to the expression in its sentence.
 * Future: "kommer att", "ska", "planeras", "nästa"; past: a past-tense verb, "har/hade" + supine, "förra", "i fjol".
 */
function tenseAround(sentences: Sentence[], start: number, end: number): Tense {
  const s = sentenceAt(sentences, start);
  if (!s) return 'present';
  // A coordinated main clause (", och arbetet börjar …") has its own finite verb: the tense does not cross into it.
  let from = 0, to = s.text.length;
  for (const b of execAll(MAIN_CLAUSE_BREAK, s.text)) {
    if (s.start + b.index + b[0].length <= start) from = b.index + b[0].length;
    else if (s.start + b.index >= end) { to = b.index; break; }
  }
  const words = [...execAll(LETTERS_RE, s.text.slice(from, to))]
    .map((m) => ({ w: m[0].toLowerCase(), at: s.start + from + m.index }));
  let best: { tense: Tense; dist: number } | null = null;
  words.forEach(({ w, at }, i) => {
    if (at >= start && at < end) return;
    const prev = words[i - 1]?.w ?? '';
    let tense: Tense | null = null;
    if (FUTURE_WORD.test(w)) tense = 'future';
    else if (w === 'förra' || w === 'fjol' || (isPastVerb(w) && !DETERMINER.test(prev))) tense = 'past';
    // "har/hade" + supine, with adverbials between them ("har redan i november lämnat").
    else if (/^\p{L}{2,}(?:at|it|tt)$/u.test(w) && !NOT_SUPINE.test(w)
      && words.slice(Math.max(0, i - 5), i).some((x) => x.w === 'har' || x.w === 'hade')) tense = 'past';
    if (!tense) return;
    const dist = at < start ? start - at : at - end;
    if (!best || dist < best.dist) best = { tense, dist };
  });
  return (best as { tense: Tense } | null)?.tense ?? 'present';
}

/** Boundaries between main clauses: a semicolon, or a comma before a coordinating conjunction. */
const MAIN_CLAUSE_BREAK = /;|,\s+(?:och|men|samt|eller|så)(?=\s)/giu;

/** Clause boundaries inside a sentence: punctuation and coordinating or subordinating conjunctions. */
const CLAUSE_BREAK = /[,;:]|\s[–—]\s|\s(?:och|men|samt|eller|som|att|när|då|medan|eftersom)(?=\s)/giu;

/** The clause of its sentence that contains offset `at`. */
function clauseAt(sentences: Sentence[], at: number): string {
  const s = sentenceAt(sentences, at);
  if (!s) return '';
  let from = 0, to = s.text.length;
  for (const b of execAll(CLAUSE_BREAK, s.text)) {
    if (s.start + b.index + b[0].length <= at) from = b.index + b[0].length;
    else if (s.start + b.index > at) { to = b.index; break; }
  }
  return s.text.slice(from, to);
}

const ANCHORED_YEAR_RE = new RegExp(`${B}(?:${YEAR})(?!\\p{N})|${B}(?:i\\s+år|nästa\\s+år|förra\\s+året|i\\s+fjol)(?!\\p{L})`, 'iu');

/** A recurring yearly date: its clause says "varje år"/"årligen" and anchors no particular year. */
function recurringIn(sentences: Sentence[], at: number): boolean {
  const clause = clauseAt(sentences, at);
  return /(?<!\p{L})(?:varje|vart)\s+(?:annat\s+)?år(?!\p{L})|(?<!\p{L})årligen(?!\p{L})/iu.test(clause)
    && !ANCHORED_YEAR_RE.test(clause);
}

function shiftDays(ref: Ref, days: number): string | null {
  if (ref.m === undefined || ref.d === undefined) return null;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** A month name written with a capital mid-sentence is a name ("Maj Andersson"), not a month. */
function atSentenceStart(text: string, at: number): boolean {
  return /(?:^|[\n.!?:•–-])[\s"”»*#]*$/u.test(text.slice(Math.max(0, at - 20), at));
}

/** A year directly after a capitalised word mid-sentence belongs to a name ("Agenda 2030", "Klimatkontrakt 2030"). */
function afterName(text: string, yearAt: number): boolean {
  const m = /(\p{L}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, yearAt - 40), yearAt));
  if (!m) return false;
  const wordAt = yearAt - m[0].length;
  return /^\p{Lu}/u.test(m[1]!) && !atSentenceStart(text, wordAt);
}

const rx = (source: string): RegExp => new RegExp(source, 'giu');

// ---- rules ---------------------------------------------------------------------------------------------

/** ISO dates and timestamps: "2021-10-01", "2021-10-01 10:00 CEST". */
const ISO_RE = rx(String.raw`(?<![\p{L}\p{N}/.-])(${YEAR})-(\d\d)-(\d\d)(?:(?:[^\S\n]+|T)(?:kl\.?[^\S\n]*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:[^\S\n]*(?:CEST|CET|UTC|GMT|Z)|[+-]\d\d:?\d\d)?)?(?![\p{N}])`);
const isoRule: Rule = (text) => fullDates(ISO_RE, text, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);

/** Numeric day.month.year: "8.12.2020", "8/12/2020". */
const NUMERIC_RE = rx(String.raw`(?<![\p{L}\p{N}/.,-])(\d{1,2})([./])(\d{1,2})\2(${YEAR})(?![\p{N}]|[./]\p{N})`);
const numericRule: Rule = (text) => fullDates(NUMERIC_RE, text, (m) => [Number(m[4]), Number(m[3]), Number(m[1])]);

/** Matches of `re` read as [year, month, day] by `ymd`; impossible days ("2023-02-30") are no dates. */
function fullDates(re: RegExp, text: string, ymd: (m: RegExpExecArray) => [number, number, number]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(re, text)) {
    const [y, mo, d] = ymd(m);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, values: [`${y}-${pad(mo)}-${pad(d)}`] });
  }
  return out;
}

/**
 * Day and month: "8 december 2020", "den 8 december", "den 1–3 oktober", "Den 8 december varje år", "måndag den 3
 * juni" (a weekday before an explicit date is part of it: the date wins).
 */
const DAY_MONTH_RE = rx(String.raw`${B}(?:${WEEKDAY}(?:en)?,?${S})?(?:den${S})?(?:(\d{1,2})[^\S\n]*[–-][^\S\n]*)?(\d{1,2})(?::[ae])?${S}(${MONTH_ANY})(?![\p{L}])(?:${S}(${YEAR})(?![\p{N}])|${S}${REL_YEAR})?(${S}(?:varje${S}år|årligen)(?![\p{L}]))?`);
const dayMonthRule: Rule = (text, ref, sentences) => {
  const out: Candidate[] = [];
  for (const m of execAll(DAY_MONTH_RE, text)) {
    const month = monthNumber(m[3]!);
    const year = m[4] ? Number(m[4]) : m[5] && ref ? ref.y + relYearOffset(m[5]) : null;
    const recurring = Boolean(m[6]) || /(?:varje\s+år|årligen),?\s*$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))
      || (year === null && recurringIn(sentences, m.index));
    const tense = year === null && ref ? tenseAround(sentences, m.index, m.index + m[0].length) : 'present';
    const days = [m[1], m[2]].filter((d): d is string => d !== undefined).map(Number);
    // An impossible day still claims its span, so that "31 april 2023" does not become "april 2023".
    const values = days.some((d) => d < 1 || d > daysIn(year, month)) ? [] : days.map((d) => {
      if (year !== null) return `${year}-${pad(month)}-${pad(d)}`;
      if (recurring || !ref) return `--${pad(month)}-${pad(d)}`;
      return `${yearFor(ref, month, d, tense)}-${pad(month)}-${pad(d)}`;
    });
    out.push({ start: m.index, end: m.index + m[0].length, values });
  }
  return out;
};

/** Month without a day: "i maj 2023", "I december", "december 2020", "i slutet av mars". */
const MONTH_PREPS = String.raw`(?:i${S})?(?:början|slutet|mitten)${S}av|till${S}och${S}med|från${S}och${S}med|fram${S}till|senast${S}i|senast|i|under|från|till|sedan|före|efter|inför|per`;
const MONTH_RE = rx(String.raw`${B}(?:(${MONTH_PREPS})${S})?(${MONTH_FULL})(?![\p{L}])(?:${S}(${YEAR})${YEAR_END}|${S}${REL_YEAR})?`);
const monthRule: Rule = (text, ref, sentences) => {
  const out: Candidate[] = [];
  for (const m of execAll(MONTH_RE, text)) {
    const [, prep, name, absolute, relative] = m;
    const y = absolute ?? (relative && ref ? String(ref.y + relYearOffset(relative)) : undefined);
    if (!prep && !absolute && !relative) continue;
    if (/^\p{Lu}/u.test(name!) && !atSentenceStart(text, m.index)) continue;
    const month = monthNumber(name!);
    let value: string | null;
    if (y) value = `${y}-${pad(month)}`;
    else if (!ref || recurringIn(sentences, m.index)) value = `--${pad(month)}`;
    else value = `${yearFor(ref, month, undefined, tenseAround(sentences, m.index, m.index + m[0].length))}-${pad(month)}`;
    out.push({ start: m.index, end: m.index + m[0].length, values: [value] });
  }
  return out;
};

/** "i dag", "idag", "i går", "i morgon", "i förrgår", "i övermorgon": only with a day-precise reference. */
const RELATIVE_DAY_OFFSETS: Record<string, number> = { dag: 0, går: -1, morgon: 1, förrgår: -2, övermorgon: 2 };
const RELATIVE_DAY_RE = rx(String.raw`${B}i[^\S\n]?(dag|går|morgon|förrgår|övermorgon)(?![\p{L}\p{N}])`);
const relativeDayRule: Rule = (text, ref) => {
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of execAll(RELATIVE_DAY_RE, text)) {
    const value = shiftDays(ref, RELATIVE_DAY_OFFSETS[m[1]!.toLowerCase()]!);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, values: [value] });
  }
  return out;
};

/**
 * Weekdays relative to a day-precise reference: "i måndags" (the last Monday before it), "på måndagen"/"under
 * måndagskvällen" (the day of a reported event: the last Monday on or before it, or the next one on or after it in
 * a future clause), "på måndag" (the coming Monday), "nästa måndag"/"förra måndagen" (Monday of the next or the
 * previous week). A weekday followed by an explicit date is left to the date ("på måndag den 3 juni"); a bare or
 * plural weekday ("öppet måndag–fredag", "på måndagar") is no date.
 */
const WEEKDAY_DAY = String.raw`(${WEEKDAYS.join('|')})`;
const WEEKDAY_PART = String.raw`(?:s(?:morgon|förmiddag|eftermiddag|kväll|natt)en)`;
const WEEKDAY_RE = rx(String.raw`${B}(?:i${S}${WEEKDAY_DAY}s|(?:på|under)${S}${WEEKDAY_DAY}(en|${WEEKDAY_PART})?|(nästa|förra)${S}${WEEKDAY_DAY}(?:en)?)(?![\p{L}\p{N}])(?!,?${S}(?:den${S})?\d{1,2}(?::[ae])?${S}(?:${MONTH_ANY})(?![\p{L}]))`);
const weekdayRule: Rule = (text, ref, sentences) => {
  if (!ref || ref.m === undefined || ref.d === undefined) return [];
  const dow = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
  const iso = (d: number): number => (d === 0 ? 7 : d);
  const out: Candidate[] = [];
  for (const m of execAll(WEEKDAY_RE, text)) {
    const [, ago, on, definite, week, inWeek] = m;
    const wd = WEEKDAYS.indexOf((ago ?? on ?? inWeek)!.toLowerCase());
    const back = (dow - wd + 7) % 7, ahead = (wd - dow + 7) % 7;
    let offset: number;
    if (ago) offset = -(back || 7);
    else if (week) offset = iso(wd) - iso(dow) + (week.toLowerCase() === 'nästa' ? 7 : -7);
    else if (!definite) offset = ahead || 7;
    else offset = tenseAround(sentences, m.index, m.index + m[0].length) === 'future' ? ahead : -back;
    out.push({ start: m.index, end: m.index + m[0].length, values: [shiftDays(ref, offset)!] });
  }
  return out;
};

/** "i år", "nästa år", "nästkommande år", "förra året", "i fjol": only with a reference year. */
const RELATIVE_YEAR_RE = rx(String.raw`${B}(?:(i${S}år)|(nästa${S}års?|nästkommande${S}års?)|(förra${S}året?s?|i${S}fjol))(?![\p{L}\p{N}])(?!${S}\d)`);
const relativeYearRule: Rule = (text, ref) => {
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of execAll(RELATIVE_YEAR_RE, text)) {
    const year = ref.y + (m[1] ? 0 : m[2] ? 1 : -1);
    out.push({ start: m.index, end: m.index + m[0].length, values: [String(year)] });
  }
  return out;
};

/** A season with a year: "våren 2026", "under hösten 2021". Without a year the season is left out. */
const SEASON_RE = rx(String.raw`${B}(?:(?:under|i|till|från|inför|efter|senast|före)${S})?(?:vår|höst|sommar|vinter|vårvinter|försommar|sensommar|senhöst|vårtermin|hösttermin)en${S}(${YEAR})${YEAR_END}`);
const seasonRule: Rule = (text) => {
  return [...execAll(SEASON_RE, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, values: [m[1]!] }));
};

/**
 * A year after a temporal preposition: "under 2023", "senast 2030", "till år 2045", "mellan 2020 och 2025",
 * "under mandatperioden 2022–2026".
 */
const YEAR_PREPS = [
  String.raw`till${S}och${S}med`, String.raw`t\.[^\S\n]?o\.[^\S\n]?m\.?`, String.raw`från${S}och${S}med`,
  String.raw`fr\.[^\S\n]?o\.[^\S\n]?m\.?`, String.raw`fram${S}till`, String.raw`senast${S}till`, 'senast',
  String.raw`sedan${S}(?:starten|start|grundandet|bildandet)`, 'sedan', 'till', 'under', 'i', 'från', 'före',
  'efter', 'inför', 'mellan', 'innan', String.raw`jämfört${S}med`, 'år',
].join('|');
const PREPOSITION_YEAR_RE = rx(String.raw`${B}(?:${YEAR_PREPS})(?:${S}(?:år|perioden|mandatperioden))?${S}(${YEAR})(?:${S}?(?:[–-]|${S}(?:och|till)${S})${S}?(${YEAR}))?${YEAR_END}${UNITS}`);
const prepositionYearRule: Rule = (text) => {
  return [...execAll(PREPOSITION_YEAR_RE, text)].map((m) => ({
    start: m.index, end: m.index + m[0].length, values: [m[1]!, ...(m[2] ? [m[2]] : [])],
  }));
};

/**
 * A year after a time-bound noun and "för": "i budgeten för 2024", "målet för 2030", "verksamhetsplan för 2025",
 * "siffrorna för 2023". Only nouns of budgets, plans, targets, reports and periods: "stöd för 2000 hushåll" is an
 * amount (UNITS), and a capitalised noun mid-sentence is a name ("Strategi för 2030").
 */
const PERIOD_NOUNS = String.raw`(?:budget|plan|mål|prognos|ram|ramar|bokslut|redovisning|rapport|uppföljning|resultat|utfall|statistik|siffr|anslag|taxa|taxor|avgift|period|program|direktiv|beslut)`;
const NOUN_FOR_YEAR_RE = rx(String.raw`${B}(\p{L}*${PERIOD_NOUNS}(?:en|et|na|erna|arna|orna|ar|er|or|a)?)${S}för${S}(?:år${S})?(${YEAR})${YEAR_END}(?!${S}års(?![\p{L}]))${UNITS}`);
const nounForYearRule: Rule = (text) => {
  return [...execAll(NOUN_FOR_YEAR_RE, text)]
    .filter((m) => !/^\p{Lu}/u.test(m[1]!) || atSentenceStart(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, values: [m[2]!] }));
};

/**
 * A year after a compound noun of a year-long period: "budgetåret 2025", "verksamhetsåret 2023", "under
 * räkenskapsår 2024". The definite "-året" of any compound; the indefinite only for the common period nouns.
 */
const PERIOD_YEAR_RE = rx(String.raw`${B}(\p{L}{3,}året|(?:budget|verksamhets|räkenskaps|kalender|inkomst|taxerings|mandat)år)${S}(${YEAR})${YEAR_END}${UNITS}`);
const periodYearRule: Rule = (text) => {
  return [...execAll(PERIOD_YEAR_RE, text)]
    .filter((m) => !/^\p{Lu}/u.test(m[1]!) || atSentenceStart(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, values: [m[2]!] }));
};

/**
 * A year after an adverb of time: "redan 2022", "tidigast 2026", "först 2030", "alltsedan 2015". These adverbs also
 * stand before counts ("redan 2050 laddplatser"), so the word after the year must be a punctuation mark, a function
 * word or a verb, as for a bare year.
 */
const ADVERB_YEAR_RE = rx(String.raw`${B}(?:redan|tidigast|först|allt${S}?sedan)${S}(${YEAR})${YEAR_END}${UNITS}`);
const adverbYearRule: Rule = (text) => {
  const out: Candidate[] = [];
  for (const m of execAll(ADVERB_YEAR_RE, text)) {
    const end = m.index + m[0].length;
    const next = /^[^\S\n]*(\p{L}+|\S)?/u.exec(text.slice(end))![1];
    if (next && !/^[.,;:!?)–—”"]$/u.test(next) && !AFTER_YEAR.test(next) && !isFinite(next)) continue;
    out.push({ start: m.index, end, values: [m[1]!] });
  }
  return out;
};

/** "2023 års version": a year in the genitive. */
const GENITIVE_YEAR_RE = rx(String.raw`${B}(${YEAR})${S}års(?![\p{L}])`);
const genitiveYearRule: Rule = (text) => {
  return [...execAll(GENITIVE_YEAR_RE, text)]
    .filter((m) => !afterName(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, values: [m[1]!] }));
};

/** A target year after a climate adjective: "klimatneutral 2030", "klimatneutralitet 2030", "fossilfri senast 2045". */
const TARGET_ADJECTIVES = String.raw`klimatneutral(?:a|t|itet)?|koldioxidneutral(?:a|t|itet)?|fossilfri(?:a|tt|het)?|fossiloberoende|klimatpositiv(?:a|t)?|netto-?noll(?:utsläpp)?|nollutsläpp`;
const TARGET_YEAR_RE = rx(String.raw`${B}(?:${TARGET_ADJECTIVES})(?:${S}(?:senast${S}år|senast|till${S}år|till|år|innan|före))?${S}(${YEAR})${YEAR_END}`);
const targetYearRule: Rule = (text) => {
  return [...execAll(TARGET_YEAR_RE, text)]
    // "Klimatneutrala 2030" mid-sentence with a capital is a programme name.
    .filter((m) => !/^\p{Lu}/u.test(m[0]) || atSentenceStart(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, values: [m[1]!] }));
};

/** Numerals and quantifiers before a plural noun ("nio kommuner", "flera städer"). */
const QUANTIFIER = /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra|flera|många|några|alla|samtliga|båda|bägge)$/iu;
/** Function words that may follow a year used as a time adverbial ("antog 2018 en strategi"). */
const AFTER_YEAR = /^(?:en|ett|med|och|men|eller|samt|i|på|av|för|som|när|då|till|om|under|genom|inom|vid|efter|mot|utan|den|det|de|sin|sitt|sina|inte|också|även|redan|bara|där|vilket|att|så|jämfört)$/u;
/** Words ending like definite nouns (-en, -et, -na) that are not nouns. */
const NOT_DEFINITE = /^(?:även|igen|sen|men|den|det|hen|mycket|inget|eget|sina|mina|dina|egna|ena|\p{Ll}+ligen)$/u;
const DEFINITE_NOUN = /^\p{Ll}{2,}(?:en|et|na)$/u;
/** Particles of phrasal verbs that come between the verb and its time adverbial ("gick med 2019"). */
const PHRASAL = /^(?:gick|kom|skrev|drog|tog)\s+(?:med|in|på|igång|fram)$/u;

/**
 * A bare year used as a time adverbial, without a preposition: after a finite past-tense or passive verb ("antog
 * 2016", "startade 2019", "antogs 2017", "gick med 2019"), at the start of a sentence before its finite verb
 * ("2019 antog fullmäktige …"), after a definite noun phrase with a determiner ("den första vågen 2019"), or after a
 * quantified subject before its verb ("när nio kommuner 2019 gick före"). The word after the year must be a
 * punctuation mark, a function word or a verb, so that counts and amounts ("antog 2000 ärenden") stay out; years
 * after a capitalised word ("Agenda 2030", "Klimatneutrala städer 2030") are names.
 */
const BARE_YEAR_RE = rx(String.raw`${B}(${YEAR})${YEAR_END}${UNITS}`);
const bareYearRule: Rule = (text, _ref, sentences) => {
  const out: Candidate[] = [];
  for (const m of execAll(BARE_YEAR_RE, text)) {
    const s = sentenceAt(sentences, m.index);
    if (!s) continue;
    const yearEnd = m.index + m[0].length;
    const next = /^[^\S\n]*(\p{L}+|\S)?/u.exec(text.slice(yearEnd, s.end))![1];
    const nextOk = !next || /^[.,;:!?)–—”"]$/u.test(next) || AFTER_YEAR.test(next) || isFinite(next);
    const prefix = text.slice(s.start, m.index);
    const words = prefix.replace(/^[\s–—•*#"”»-]+/u, '').split(/\s+/).filter(Boolean);
    const last = words[words.length - 1];
    if (!last) {
      // Fronted time adverbial: the finite verb comes next (verb-second order).
      if (next && isFinite(next)) out.push({ start: m.index, end: yearEnd, values: [m[1]!] });
      continue;
    }
    if (!/\s$/u.test(prefix) || !/^\p{L}+$/u.test(last) || !nextOk) continue;
    const lastTwo = words.slice(-2).join(' ');
    if (/^\p{Ll}/u.test(last) && (isPastVerb(last) || PASSIVE.test(last)) && !DETERMINER.test(words[words.length - 2]?.toLowerCase() ?? '')) {
      out.push({ start: m.index - last.length - (prefix.length - prefix.trimEnd().length), end: yearEnd, values: [m[1]!] });
      continue;
    }
    if (words.length >= 2 && PHRASAL.test(lastTwo)) {
      out.push({ start: m.index - (prefix.length - prefix.lastIndexOf(words[words.length - 2]!)), end: yearEnd, values: [m[1]!] });
      continue;
    }
    // A noun phrase before the year: no capitalised word inside it except at the sentence start.
    const np = words.slice(-4);
    const named = np.some((w, i) => /^\p{Lu}/u.test(w)
      && !(words.length - np.length + i === 0 && (QUANTIFIER.test(w) || /^(?:den|det|de|denna|detta|dessa)$/iu.test(w))));
    if (named || !/^\p{Ll}+$/u.test(last)) continue;
    const det = np.slice(0, -1).findIndex((w) => /^(?:den|det|de|denna|detta|dessa)$/iu.test(w));
    const definiteNp = DEFINITE_NOUN.test(last) && !NOT_DEFINITE.test(last) && det >= 0;
    const quantified = words.length >= 2 && QUANTIFIER.test(words[words.length - 2]!) && !AFTER_YEAR.test(last) && next !== undefined && isFinite(next);
    if (definiteNp || quantified) out.push({ start: m.index, end: yearEnd, values: [m[1]!] });
  }
  return out;
};

/** Every rule with its stable id (`Mention.rule`) and what it reads. */
const RULES: [id: string, rule: Rule, description: string][] = [
  ['dates.iso', isoRule, 'an ISO date (2024-03-12)'],
  ['dates.numeric', numericRule, 'a numeric date with a year (12.3.2024)'],
  ['dates.day-month', dayMonthRule, 'a day and a month name, with or without a year (den 8 december 2020)'],
  ['dates.month', monthRule, 'a month name, with or without a year (i maj 2023)'],
  ['dates.relative-day', relativeDayRule, 'a relative day resolved against the page date (i dag, i går)'],
  ['dates.weekday', weekdayRule, 'a weekday with a date or resolved against the page date'],
  ['dates.relative-year', relativeYearRule, 'a relative year resolved against the page date (nästa år)'],
  ['dates.season', seasonRule, 'a season with a year (våren 2021)'],
  ['dates.preposition-year', prepositionYearRule, 'a year after a temporal preposition (under 2023, till 2030)'],
  ['dates.adverb-year', adverbYearRule, 'a year after a temporal adverb (redan 2022)'],
  ['dates.noun-for-year', nounForYearRule, 'a year after a noun and "för" (budget för 2024)'],
  ['dates.period', periodYearRule, 'a period of years (2023–2030)'],
  ['dates.genitive-year', genitiveYearRule, 'a year in the genitive (2023 års version)'],
  ['dates.target-year', targetYearRule, 'a goal year after a climate target (klimatneutral 2030)'],
  ['dates.bare-year', bareYearRule, 'a bare year in a temporal context'],
];

/** URLs and e-mail addresses: nothing inside them is a date. */
const URL_OR_EMAIL_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;
function maskedRanges(text: string): [number, number][] {
  return [...execAll(URL_OR_EMAIL_RE, text)].map((m) => [m.index, m.index + m[0].length]);
}

/** All date expressions in `text`, resolved against `published` (`YYYY-MM-DD` or coarser, or null). */
export function findDates(text: string, published: string | null): DateMention[] {
  const ref = parseRef(published);
  const masked = maskedRanges(text);
  const sentences = splitSentences(text);
  const candidates = RULES.flatMap(([id, rule]) => rule(text, ref, sentences).map((c) => ({ ...c, rule: id })))
    .filter((c) => !masked.some(([s, e]) => c.start < e && s < c.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue; // overlaps a longer or earlier expression
    lastEnd = c.end;
    const span = text.slice(c.start, c.end);
    for (const value of c.values) out.push({ kind: 'date', start: c.start, end: c.end, text: span, value: { value }, rule: c.rule });
  }
  return out;
}

export const datesExtractor: Extractor<'dates'> = {
  name: 'dates',
  version: 4,
  creates: ['date'],
  rules: Object.fromEntries(RULES.map(([id, , description]) => [id, description])),
  run: (doc: ExtractorInput, ctx: ExtractorContext) => findDates(doc.text, ctx.published),
};
