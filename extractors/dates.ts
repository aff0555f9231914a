// Calendar expressions in Swedish (and Norwegian, Danish, English) text, by the conventions of
// corpus/real/README.md ("dates"): every explicit calendar expression, valued `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
// `--MM`, `--MM-DD` or an ISO interval `A/B`; a missing year is resolved only from the page's own date (the
// published date, or an explicit "I dag, den 6 mars 2024"), never from a neighbouring year in the text; deictic
// words ("i dag", "nästa år", "marssammanträdet") only when that date is stated; weekdays alone and vague
// expressions never.
//
// Own rules rather than chrono-node: chrono's `sv` locale misses "i går" written as two words, seasons, goal
// years ("senast 2030"), recurring dates and names with years, and would read "4/10" as a date. Every rule is
// anchored on a month name, an ISO form, a deictic word or the context of a year; the words are data in
// ./lexicon/calendar.ts. Each rule looks at a bounded window around its match, so the extractor is linear in the
// length of the text.
import {
  DAY_WORDS, MONTH_COMPOUND_HEADS, MONTH_FORMS, NUMBER_NOUNS, PERIOD_NOUNS, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS, SEASONS,
  TARGET_WORDS, WEEKDAY_FORMS, YEAR_ADVERBS, YEAR_NAMES, YEAR_PARTS, YEAR_PREPOSITIONS,
} from './lexicon/calendar.js';
import { execAll, WORD_CHAR } from './regex.js';
import type { DateMention, Extractor, ExtractorContext, ExtractorInput } from './types.js';

/** A reference date: the page's own date at whatever precision it is known. */
interface Ref { y: number; m?: number; d?: number }

interface Candidate { start: number; end: number; values: string[]; rule: string }

type Rule = (text: string, ref: Ref | null, out: Candidate[]) => void;

// ---- patterns built from the lexicon ---------------------------------------------------------------------

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whitespace that may cross at most one line break (PDF text wraps inside sentences). */
const S = String.raw`(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)`;
/** A lexicon form as a pattern: words separated by S. */
const form = (f: string, anyCase = false): string =>
  f.trim().split(/\s+/).map((w) => (anyCase ? caseless(escape(w)) : escape(w))).join(S);
/** Alternation of forms, longest first (so that "till och med" is tried before "till"). */
const alt = (forms: readonly string[], anyCase = false): string =>
  [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => form(f, anyCase)).join('|');
/** A word matched in any case, for regexes that need \p{Lu} elsewhere (and so cannot take the `i` flag). */
function caseless(word: string): string {
  return word.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

// Word boundaries, `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` with ASCII decided inline (see WORD_CHAR).
const B = String.raw`(?<!${WORD_CHAR})`; // left word boundary
const E = String.raw`(?!${WORD_CHAR})`; // right word boundary
const YEAR = String.raw`(?:19\d\d|20\d\d|2100)`;
/** After a year: not part of a longer number, a case number (2020/123), a decimal or a compound ("2030-talet"). */
const YEAR_END = String.raw`(?![\p{L}\p{N}]|[-–/.,:]\p{N}|[-–]\p{L})`;

const MONTH_OF = new Map(MONTH_FORMS.map((f) => [f.form, f.month]));
const MONTH_FULL = alt(MONTH_FORMS.filter((f) => !f.abbreviation).map((f) => f.form));
const MONTH_ANY = alt(MONTH_FORMS.map((f) => f.form));
const MONTH_SV = alt(MONTH_FORMS.filter((f) => !f.abbreviation && f.lang.includes('sv')).map((f) => f.form));
const monthNumber = (word: string): number => MONTH_OF.get(word.toLowerCase().replace(/\.$/, ''))!;

/** Full weekday names, also definite ("måndagen"), as written before a date ("måndagen den 18 december"). */
const WEEKDAY = String.raw`(?:${alt(WEEKDAY_FORMS.filter((f) => f.form.length > 4).map((f) => f.form))})(?:en)?`;
/** Full and abbreviated weekday names ("tis, nov 30, 2021"). */
const WEEKDAY_ANY = String.raw`(?:${alt(WEEKDAY_FORMS.map((f) => f.form))})(?:en)?`;
const DAY_WORD = alt(DAY_WORDS.map((d) => d.form));
const DAY_OF_WORD = new Map(DAY_WORDS.map((d) => [d.form, d.day]));
const REL_YEAR = String.raw`(${alt(RELATIVE_YEARS.map((r) => r.form))})${E}`;
const relYearOffset = (words: string): number =>
  RELATIVE_YEARS.find((r) => r.form === words.toLowerCase().replace(/\s+/g, ' '))!.offset;

/** Nouns that make a number after them an amount or a count ("under 2000 kronor"), not a year. */
const UNITS = String.raw`(?:kr|kronor|sek|euro|eur|mkr|mnkr|tkr|miljoner|miljarder|personer|invånare|medarbetare|anställda|elever|barn|deltagare|besökare|medlemmar|hushåll|bostäder|lägenheter|platser|st|stycken|ton|kg|kilo|meter|m|km|mil|kvm|m2|hektar|ha|procent|%|timmar|dagar|veckor|månader|kwh|mwh|gwh|twh|kw|mw|år)${E}`;
const UNIT_AFTER_RE = new RegExp(String.raw`^${S}${UNITS}`, 'iu');

const rx = (source: string): RegExp => new RegExp(source, 'giu');
const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (y: number | null, m: number): number => new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();

function parseRef(published: string | null): Ref | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

// ---- bounded context -------------------------------------------------------------------------------------

/** How far the rules look around a match (characters): enough for a clause, bounded for linear time. */
const WINDOW = 200;

/** The sentence around [start, end), cut to WINDOW characters on either side: [from, to). */
function sentenceWindow(text: string, start: number, end: number): [number, number] {
  let from = start;
  const lo = Math.max(0, start - WINDOW);
  while (from > lo) {
    const c = text[from - 1]!;
    if (c === '\n' || (/[.!?]/.test(c) && from < start && /\s/.test(text[from] ?? ''))) break;
    from--;
  }
  let to = end;
  const hi = Math.min(text.length, end + WINDOW);
  while (to < hi) {
    const c = text[to]!;
    if (c === '\n' || (/[.!?]/.test(c) && /\s|$/.test(text[to + 1] ?? ''))) break;
    to++;
  }
  return [from, to];
}

/** The text of the sentence before `at`, at most `n` characters, after the last sentence boundary. */
function sentenceBefore(text: string, at: number, n = 80): string {
  const [from] = sentenceWindow(text, at, at);
  return text.slice(Math.max(from, at - n), at);
}

const NEXT_WORD_RE = /[^\S\n]*(\p{L}+|\S)?/uy;
/** The word (or punctuation mark) right after `at` on the same line, or undefined at the end of the line. */
function nextToken(text: string, at: number): string | undefined {
  NEXT_WORD_RE.lastIndex = at;
  return NEXT_WORD_RE.exec(text)?.[1];
}

/** A capitalised word at `at` begins its sentence (or line, list item, heading). */
function atSentenceStart(text: string, at: number): boolean {
  return /(?:^|[\n.!?:•–-])[\s"”»*#|(]*$/u.test(text.slice(Math.max(0, at - 20), at));
}

// ---- tense and verbs -------------------------------------------------------------------------------------

type Tense = 'past' | 'future' | 'present';

/** Strong (irregular) past-tense forms, active and passive, of verbs common in municipal texts. */
const STRONG_PAST = new Set(`antog antogs tog togs gick kom blev fick gav gavs skrev skrevs drog drogs beslöt beslöts
  anslöt slöt slöts lät såg fann stod satt höll hölls gjorde gjordes sa sade sades var hade bröt bjöd bjöds vann
  vanns föll steg sjönk lade lades la sköt sköts band visste ingick ingicks undergick försvann valdes åtog åtogs
  biföll bifölls avslog avslogs`.split(/\s+/));
/** Words that end like weak past-tense verbs (-de, -te) but are not verbs. */
const NOT_PAST = new Set(`inte lite ute både förste andre femte sjätte elfte tolfte fjärde måste näste rätte`.split(/\s+/));
/** Nouns ending like weak past-tense verbs, also as the head of a compound ("informationsmöte", "bostadsområde"). */
const NOT_PAST_HEAD = /(?:möte|sammanträde|inträde|skede|ände|fiende|släkte|område|byte|fäste|bete|vete|rykte)$/u;
/** Finite verbs and auxiliaries that commonly follow a fronted time adverbial or a subject. */
const FINITE = new Set(`har hade är var blev blir ska skall skulle kommer kom kan kunde får fick måste bör gick går
  tog tar startar börjar inleds avslutas`.split(/\s+/));
/** Present-tense passives and other verb forms that take a time adverbial directly after them. */
const PASSIVE = /^(?:antas|beslutas|fattas|tas|införs|genomförs|påbörjas|avslutas|startas|inleds|inrättas|klubbas|undertecknas|skrivs|\p{Ll}{3,}eras)$/u;

/** A finite past-tense verb (active or passive): strong forms from the list, weak ones by their ending. */
function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (STRONG_PAST.has(w)) return true;
  if (NOT_PAST.has(w) || NOT_PAST_HEAD.test(w) || !/^\p{Ll}+$/u.test(w) || w.length < 4) return false;
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
 * Boundaries between main clauses: a semicolon, a comma before a coordinating conjunction, or a conjunction before
 * a new subject ("… i går och samarbetet startar den 1 juni"), but not before a coordinated verb or adverbial
 * ("antogs i januari och i september", "revideras och signeras").
 */
const MAIN_CLAUSE_BREAK = /;|,\s+(?:och|men|samt|eller|så)(?=\s)|\s(?:och|men|samt)\s(?=(?:vi|jag|hon|han|man|de|det|den(?!\s+\d)|(?!(?:även|igen|sedan|mycket|inget|eget|egna)\s)\p{Ll}{2,}(?:et|en|na|erna|arna|orna))\s)/giu;
/** Clause boundaries inside a sentence: punctuation and coordinating or subordinating conjunctions. */
const CLAUSE_BREAK = /[,;:]|\s[–—]\s|\s(?:och|men|samt|eller|som|att|när|då|medan|eftersom)(?=\s)/giu;

/** [from, to) of the part of the sentence window around [start, end) that `breaks` does not cut. */
function partAround(text: string, start: number, end: number, breaks: RegExp): [number, number] {
  const [wFrom, wTo] = sentenceWindow(text, start, end);
  const s = text.slice(wFrom, wTo);
  let from = 0, to = s.length;
  for (const b of execAll(breaks, s)) {
    if (wFrom + b.index + b[0].length <= start) from = b.index + b[0].length;
    else if (wFrom + b.index >= end) { to = b.index; break; }
  }
  return [wFrom + from, wFrom + to];
}

/**
 * The tense of the clause around [start, end): the tense marker nearest to the expression in its main clause.
 * Future: "kommer att", "ska", "planeras", "nästa"; past: a past-tense verb, "har/hade" + supine, "förra", "i fjol".
 */
function tenseAround(text: string, start: number, end: number): Tense {
  const [from, to] = partAround(text, start, end, MAIN_CLAUSE_BREAK);
  const words = [...execAll(LETTERS_RE, text.slice(from, to))].map((m) => ({ w: m[0].toLowerCase(), at: from + m.index }));
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

const ANCHORED_YEAR_RE = new RegExp(`${B}(?:${YEAR})(?!\\p{N})|${B}(?:i\\s+år|nästa\\s+år|förra\\s+året|i\\s+fjol)(?!\\p{L})`, 'iu');
const EVERY_YEAR_RE = /(?<!\p{L})(?:varje|vart)\s+(?:annat\s+)?år(?!\p{L})|(?<!\p{L})årligen(?!\p{L})/iu;

/** A recurring yearly date: its clause says "varje år"/"årligen" and anchors no particular year. */
function recurringAt(text: string, start: number, end: number): boolean {
  const [from, to] = partAround(text, start, end, CLAUSE_BREAK);
  const clause = text.slice(from, to);
  return EVERY_YEAR_RE.test(clause) && !ANCHORED_YEAR_RE.test(clause);
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
 * same year is the coming one (unless the previous year's lies just across the year end), anything else the nearest.
 */
function yearFor(ref: Ref, month: number, day: number | undefined, tense: Tense): number {
  if (ref.m === undefined) return ref.y;
  if (tense === 'present') return month > ref.m && month - ref.m < 10 ? ref.y : nearestYear(ref, month, day);
  const sameMonthAfter = day === undefined || ref.d === undefined || day >= ref.d;
  const sameMonthBefore = day === undefined || ref.d === undefined || day <= ref.d;
  if (tense === 'future') return month > ref.m || (month === ref.m && sameMonthAfter) ? ref.y : ref.y + 1;
  return month < ref.m || (month === ref.m && sameMonthBefore) ? ref.y : ref.y - 1;
}

/** The value of a day of a month whose year the text may not give: resolved, recurring or `--MM-DD`. */
function dayValue(text: string, ref: Ref | null, start: number, end: number, month: number, day: number,
  year: number | null, recurring = false): string {
  if (year !== null) return `${year}-${pad(month)}-${pad(day)}`;
  if (!ref || recurring || recurringAt(text, start, end)) return `--${pad(month)}-${pad(day)}`;
  return `${yearFor(ref, month, day, tenseAround(text, start, end))}-${pad(month)}-${pad(day)}`;
}

function monthValue(text: string, ref: Ref | null, start: number, end: number, month: number, year: number | null): string {
  if (year !== null) return `${year}-${pad(month)}`;
  if (!ref || recurringAt(text, start, end)) return `--${pad(month)}`;
  return `${yearFor(ref, month, undefined, tenseAround(text, start, end))}-${pad(month)}`;
}

function shiftDays(ref: Ref, days: number): string | null {
  if (ref.m === undefined || ref.d === undefined) return null;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

// ---- full dates ------------------------------------------------------------------------------------------

/** ISO dates and timestamps: "2021-10-01", "2021-10-01 10:00 CEST". */
const ISO_RE = rx(String.raw`(?<![\p{L}\p{N}/.-])(${YEAR})-(\d\d)-(\d\d)(?:(?:[^\S\n]+|T)(?:kl\.?[^\S\n]*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:[^\S\n]*(?:CEST|CET|UTC|GMT|Z)|[+-]\d\d:?\d\d)?)?(?![\p{N}])`);
const isoRule: Rule = (text, _ref, out) => fullDates(ISO_RE, text, out, 'dates.iso', (m) => [+m[1]!, +m[2]!, +m[3]!]);

/** Numeric day-month-year: "8.12.2020", "8/12/2020", "03-05-2022" (read day first, as Swedish writes it). */
const NUMERIC_RE = rx(String.raw`(?<![\p{L}\p{N}/.,-])(\d{1,2})([./-])(\d{1,2})\2(${YEAR})(?![\p{N}]|[./-]\p{N})`);
const numericRule: Rule = (text, _ref, out) => fullDates(NUMERIC_RE, text, out, 'dates.numeric', (m) => [+m[4]!, +m[3]!, +m[1]!]);

/** Matches of `re` read as [year, month, day] by `ymd`; impossible days ("2023-02-30") are no dates. */
function fullDates(re: RegExp, text: string, out: Candidate[], rule: string, ymd: (m: RegExpExecArray) => [number, number, number]): void {
  for (const m of execAll(re, text)) {
    const [y, mo, d] = ymd(m);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, values: [`${y}-${pad(mo)}-${pad(d)}`], rule });
  }
}

// The optional words before a date are looked for backwards from the date's anchor (its day, "den" or month),
// in a short window: a regex that begins with optional alternatives would try them at every position of the text.
const LOOKBACK = 40;
const WEEKDAY_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${WEEKDAY}),?${S}$`, 'iu');
const WEEKDAY_ANY_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${WEEKDAY_ANY})\.?,?${S}$`, 'iu');
const DEN_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])((?:den|d\.)${S}(?:den${S})?)$`, 'iu');
/** Where the words matched by `re` (its group 1) begin before `at`, or -1. */
function before(re: RegExp, text: string, at: number): number {
  const from = Math.max(0, at - LOOKBACK);
  const m = re.exec(text.slice(from, at));
  return m ? from + m.index + m[0].indexOf(m[1]!) : -1;
}

/**
 * Day and month: "8 december 2020", "den 8 december", "11 december, 2021", "21. november" (nb, da), "den 1–3
 * oktober" (an interval), "Den 8 december varje år", "måndagen den den 18 december" (a weekday written with the
 * date is part of it), "den 15 december i år". A day glued to a word ("Politik18 december 2023", a category run
 * into a header date) counts only with its year. Abbreviated months need a year or "den" ("den 3 dec").
 */
const DAY = String.raw`(\d{1,2})(?::?[ae](?![\p{L}])|\.)?`;
const DAY_MONTH_RE = rx(String.raw`(?<!\p{N})${DAY}(?:[^\S\n]*[–-][^\S\n]*${DAY})?${S}(${MONTH_ANY})(\.)?(?!\p{L})(?:,?${S}(?:år${S})?(${YEAR})(?![\p{N}]|[-–/.,:]\p{N})|${S}${REL_YEAR})?(${S}(?:varje${S}år|årligen)${E})?`);
const dayMonthRule: Rule = (text, ref, out) => {
  for (const m of execAll(DAY_MONTH_RE, text)) {
    const [, d1, d2, name, dot, y, rel, every] = m;
    const denAt = before(DEN_BEFORE_RE, text, m.index);
    const weekdayAt = before(WEEKDAY_BEFORE_RE, text, denAt >= 0 ? denAt : m.index);
    const start = weekdayAt >= 0 ? weekdayAt : denAt >= 0 ? denAt : m.index;
    const den = denAt >= 0, weekday = weekdayAt >= 0;
    const glued = !den && !weekday && m.index > 0 && /\p{L}/u.test(text[m.index - 1]!);
    if (glued && !y) continue;
    // A number ending one line and a month beginning the next is a page number and a heading (a table of contents),
    // unless "den" or a weekday makes it a date.
    if (!weekday && !den && /\n/u.test(m[0].slice(0, m[0].indexOf(name!, String(d1).length)))) continue;
    const abbreviation = MONTH_FORMS.find((f) => f.form === name!.toLowerCase())!.abbreviation;
    if (abbreviation && !y && !den) continue;
    const month = monthNumber(name!);
    const year = y ? Number(y) : rel && ref ? ref.y + relYearOffset(rel) : null;
    // The span ends after the month (a full stop after a full month name ends the sentence), its year, or the
    // relative year it is resolved with; an unresolved "i år" stays out.
    const end = m.index + (rel && !ref && !every ? m[0].lastIndexOf(rel) - /\s*$/u.exec(m[0].slice(0, m[0].lastIndexOf(rel)))![0].length
      : dot && !abbreviation && !y && !rel && !every ? m[0].length - 1 : m[0].length);
    const recurring = Boolean(every) || /(?:varje\s+år|årligen),?\s*$/iu.test(text.slice(Math.max(0, start - 20), start));
    const days = [d1, d2].filter((d): d is string => d !== undefined).map(Number);
    // An impossible day still claims its span, so that "31 april 2023" does not become "april 2023".
    const values = days.some((d) => d < 1 || d > daysIn(year, month)) ? []
      : [days.map((d) => dayValue(text, ref, start, end, month, d, year, recurring)).join('/')];
    out.push({ start, end, values, rule: 'dates.day-month' });
  }
};

/** Month, day and year as newsrooms and English pages write them: "nov 30, 2021", "tis, nov 30, 2021", "March 6, 2024". */
const MONTH_DAY_RE = rx(String.raw`${B}(${MONTH_ANY})\.?${S}(\d{1,2}),${S}?(${YEAR})(?!\p{N})`);
const monthDayRule: Rule = (text, _ref, out) => {
  for (const m of execAll(MONTH_DAY_RE, text)) {
    const month = monthNumber(m[1]!), day = Number(m[2]), year = Number(m[3]);
    if (day < 1 || day > daysIn(year, month)) continue;
    const weekdayAt = before(WEEKDAY_ANY_BEFORE_RE, text, m.index);
    out.push({ start: weekdayAt >= 0 ? weekdayAt : m.index, end: m.index + m[0].length, values: [`${year}-${pad(month)}-${pad(day)}`], rule: 'dates.month-day' });
  }
};

/** A day written as an ordinal word: "den sista september", "den första maj 2024". */
const ORDINAL_DAY_RE = rx(String.raw`${B}(?:den|d\.)${S}(${DAY_WORD})${S}(${MONTH_FULL})${E}(?:,?${S}(${YEAR})(?!\p{N})|${S}${REL_YEAR})?`);
const ordinalDayRule: Rule = (text, ref, out) => {
  for (const m of execAll(ORDINAL_DAY_RE, text)) {
    const month = monthNumber(m[2]!);
    const year = m[3] ? Number(m[3]) : m[4] && ref ? ref.y + relYearOffset(m[4]) : null;
    const word = DAY_OF_WORD.get(m[1]!.toLowerCase())!;
    const day = word === 'last' ? daysIn(year ?? (ref ? ref.y : 2001), month) : word;
    const end = m.index + (m[4] && !ref ? m[0].lastIndexOf(m[4]) - /\s*$/u.exec(m[0].slice(0, m[0].lastIndexOf(m[4])))![0].length : m[0].length);
    const weekdayAt = before(WEEKDAY_BEFORE_RE, text, m.index);
    const start = weekdayAt >= 0 ? weekdayAt : m.index;
    out.push({ start, end, values: [dayValue(text, ref, start, end, month, day, year)], rule: 'dates.ordinal-day' });
  }
};

/** A numeric day/month after "den" (or a weekday), read day first: "Den 10/11" → --11-10, "den 8/9 2015". */
const NUMERIC_DAY_MONTH_RE = rx(String.raw`${B}(?:den|d\.)${S}(\d{1,2})\/(\d{1,2})(?:(?:${S}|-)(${YEAR}))?(?![\p{N}/]|[.,]\p{N})`);
const numericDayMonthRule: Rule = (text, ref, out) => {
  for (const m of execAll(NUMERIC_DAY_MONTH_RE, text)) {
    const day = Number(m[1]), month = Number(m[2]), year = m[3] ? Number(m[3]) : null;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) continue;
    const end = m.index + m[0].length;
    const weekdayAt = before(WEEKDAY_BEFORE_RE, text, m.index);
    const start = weekdayAt >= 0 ? weekdayAt : m.index;
    out.push({ start, end, values: [dayValue(text, ref, start, end, month, day, year)], rule: 'dates.numeric-day-month' });
  }
};

// ---- months ----------------------------------------------------------------------------------------------

/**
 * Month without a day: "i maj 2023", "I december", "december 2020", "i slutet av mars", "under juli månad", and a
 * span of months as an interval ("januari–mars 2024", "under maj och juni").
 */
const MONTH_PREPS = alt(['i början av', 'i slutet av', 'i mitten av', 'början av', 'slutet av', 'mitten av', 'till och med',
  'från och med', 'fram till', 'senast i', 'senast', 'i', 'under', 'från', 'till', 'sedan', 'före', 'efter', 'inför', 'per', 'innen', 'mellan',
  'in', 'on', 'since', 'until', 'by', 'during', 'before', 'after']);
const PREP_BEFORE_MONTH_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${MONTH_PREPS})${S}$`, 'iu');
const MONTH_RE = rx(String.raw`${B}(${MONTH_FULL})${E}(?!\.?${S}\d{1,2}(?![\p{N}]))(?:(${S}?[–—-]${S}?|${S}(?:och|till)${S})(${MONTH_FULL})${E})?(${S}månad(?:en)?${E})?(?:,?${S}(?:år${S})?(${YEAR})${YEAR_END}|${S}${REL_YEAR})?`);
const monthRule: Rule = (text, ref, out) => {
  monthAbbreviations(text, out);
  for (const m of execAll(MONTH_RE, text)) {
    const [, name, joint, name2, month_, absolute, relative] = m;
    const prepAt = before(PREP_BEFORE_MONTH_RE, text, m.index);
    const prep = prepAt >= 0 ? text.slice(prepAt, m.index).trim().replace(/\s+/g, ' ') : undefined;
    const start = prepAt >= 0 ? prepAt : m.index;
    if (!prep && !absolute && !relative && !month_ && !name2) continue;
    // A month name with a capital in mid-sentence is a name ("Maj Andersson"), unless a year follows ("in May 2022").
    // English writes months with a capital: "in December" is a month after an English preposition.
    const english = prep !== undefined && /^(?:in|on|since|until|by|from|during|before|after)$/iu.test(prep);
    if (/^\p{Lu}/u.test(name!) && !absolute && !english && !atSentenceStart(text, m.index)) continue;
    if (name2 && /^\p{Lu}/u.test(name2) && !absolute) continue; // "Maj och Juni Andersson"
    const month = monthNumber(name!);
    const year = absolute ? Number(absolute) : relative && ref ? ref.y + relYearOffset(relative) : null;
    const end = m.index + m[0].length;
    let value = monthValue(text, ref, start, end, month, year);
    if (name2) {
      // "januari–mars 2024", "under maj och juni": the span of the months, in the first month's year.
      const month2 = monthNumber(name2);
      // "och" joins a span only of neighbouring months ("maj och juni"); "april och augusti" are two months.
      if (month2 <= month || (/^\s*och\s*$/iu.test(joint!) && month2 !== month + 1 && !/^mellan$/iu.test(prep ?? ''))) {
        // Not a span ("i juni och maj"): each month on its own.
        const end1 = m.index + name!.length, at2 = m.index + m[0].lastIndexOf(name2);
        out.push({ start, end: end1, values: [monthValue(text, ref, start, end1, month, year)], rule: 'dates.month' });
        out.push({ start: at2, end: at2 + name2.length, values: [monthValue(text, ref, at2, at2 + name2.length, month2, year)], rule: 'dates.month' });
        continue;
      }
      const year2 = year ?? (value.startsWith('--') ? null : Number(value.slice(0, 4)));
      value = `${value}/${year2 === null ? '--' : `${year2}-`}${pad(month2)}`;
    }
    out.push({ start, end, values: [value], rule: 'dates.month' });
  }
};

/** An abbreviated month with its year: "samråd sep 2024", "nov. 2024". */
const MONTH_ABBR_RE = rx(String.raw`${B}(?:(${MONTH_PREPS})${S})?(${alt(MONTH_FORMS.filter((f) => f.abbreviation).map((f) => f.form))})\.?${S}(${YEAR})${YEAR_END}`);
function monthAbbreviations(text: string, out: Candidate[]): void {
  for (const m of execAll(MONTH_ABBR_RE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, values: [`${m[3]}-${pad(monthNumber(m[2]!))}`], rule: 'dates.month' });
  }
}

/** A line that is only a month (a month header of a news list): "Oktober", "Oktober 2021". */
const MONTH_HEADING_RE = new RegExp(String.raw`^[^\S\n]*(?:[#*•]+[^\S\n]*)?((${MONTH_FULL})(?:[^\S\n]+(${YEAR}))?)[^\S\n]*$`, 'gimu');
const monthHeadingRule: Rule = (text, ref, out) => {
  for (const m of execAll(MONTH_HEADING_RE, text)) {
    const start = m.index + m[0].indexOf(m[1]!), end = start + m[1]!.length;
    const month = monthNumber(m[2]!);
    const value = m[3] ? `${m[3]}-${pad(month)}` : ref ? `${yearFor(ref, month, undefined, 'present')}-${pad(month)}` : `--${pad(month)}`;
    out.push({ start, end, values: [value], rule: 'dates.month-heading' });
  }
};

/** A month inside a compound that names a meeting or an issue ("marssammanträdet"): only with the page's date. */
const MONTH_COMPOUND_RE = rx(String.raw`${B}(${MONTH_SV})(?:${alt(MONTH_COMPOUND_HEADS.map((h) => h.head))})${E}`);
const monthCompoundRule: Rule = (text, ref, out) => {
  if (!ref) return;
  for (const m of execAll(MONTH_COMPOUND_RE, text)) {
    const end = m.index + m[0].length;
    const month = monthNumber(m[1]!);
    out.push({ start: m.index, end, values: [monthValue(text, ref, m.index, end, month, null)], rule: 'dates.month-compound' });
  }
};

// ---- deictic words ---------------------------------------------------------------------------------------

/** "i dag", "idag", "i går", "i morgon" …: only with a day-precise page date. */
const RELATIVE_DAY_RE = rx(String.raw`${B}(${alt(RELATIVE_DAYS.map((r) => r.form))})${E}`);
const relativeDayRule: Rule = (text, ref, out) => {
  if (!ref) return;
  for (const m of execAll(RELATIVE_DAY_RE, text)) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const value = shiftDays(ref, RELATIVE_DAYS.find((r) => r.form === key)!.offset);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, values: [value], rule: 'dates.relative-day' });
  }
};

/** "i år", "nästa år", "förra året", "i fjol" (and "nästa års"): only with the page's date. */
const RELATIVE_YEAR_RE = rx(String.raw`${B}(${alt(RELATIVE_YEARS.map((r) => r.form))})(?:s)?${E}(?!${S}\d)`);
const relativeYearRule: Rule = (text, ref, out) => {
  if (!ref) return;
  for (const m of execAll(RELATIVE_YEAR_RE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, values: [String(ref.y + relYearOffset(m[1]!))], rule: 'dates.relative-year' });
  }
};

/** "nästa månad", "förra månaden": only with the page's date (at least to the month). */
const RELATIVE_MONTH_RE = rx(String.raw`${B}(${alt(RELATIVE_MONTHS.map((r) => r.form))})${E}`);
const relativeMonthRule: Rule = (text, ref, out) => {
  if (!ref || ref.m === undefined) return;
  for (const m of execAll(RELATIVE_MONTH_RE, text)) {
    const offset = RELATIVE_MONTHS.find((r) => r.form === m[1]!.toLowerCase().replace(/\s+/g, ' '))!.offset;
    const t = new Date(Date.UTC(ref.y, ref.m - 1 + offset, 1));
    out.push({ start: m.index, end: m.index + m[0].length, values: [`${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`], rule: 'dates.relative-month' });
  }
};

/** The page's own date stated in running text: "I dag, den 6 mars 2024, öppnar …". */
const TODAY_RE = rx(String.raw`${B}i${S}?dag,?${S}(?:(?:${WEEKDAY}),?${S})?(?:den${S})?(\d{1,2})(?::[ae]|\.)?${S}(${MONTH_FULL}),?${S}(${YEAR})(?!\p{N})`);
function statedToday(text: string): Ref | null {
  for (const m of execAll(TODAY_RE, text)) {
    const y = Number(m[3]), mo = monthNumber(m[2]!), d = Number(m[1]);
    if (d >= 1 && d <= daysIn(y, mo)) return { y, m: mo, d };
  }
  return null;
}

// ---- years -----------------------------------------------------------------------------------------------

/** A season or a part of a year with its year: "våren 2021", "i början av 2020", "under första halvåret 2023". */
const SEASON_RE = rx(String.raw`${B}(?:(?:under|i|till|från|inför|efter|senast|före|fram${S}till)${S})?(?:(?:${alt(YEAR_PARTS.map((p) => p.form))})${S}(?:(?:${alt(SEASONS.map((s) => s.form))})${S})?|(?:${alt(SEASONS.map((s) => s.form))})${S})(${YEAR})${YEAR_END}`);
/** Every season and part of a year in the lexicon ends in one of these letters ("våren", "halvåret", "början av"). */
const SEASON_HINT_RE = /[ntv]\s+(?:19|20)\d\d/u;
const seasonRule: Rule = (text, _ref, out) => {
  if (!SEASON_HINT_RE.test(text)) return;
  for (const m of execAll(SEASON_RE, text)) out.push({ start: m.index, end: m.index + m[0].length, values: [m[1]!], rule: 'dates.season' });
};

/** A decade: "på 1970 talet", "under 2020-talet" → the interval of its ten years. */
const DECADE_RE = rx(String.raw`${B}(?:(?:på|under|i|sedan|från|till|efter|före|inför|in${S}på)${S})?(?:(?:${alt(YEAR_PARTS.map((p) => p.form))})${S})?(1[89]\d|20\d)0(?:[-–]|${S})?tal(?:et|ets)?${E}`);
const DECADE_HINT_RE = /\d0(?:[-–]|\s+)?tal/u;
const decadeRule: Rule = (text, _ref, out) => {
  if (!DECADE_HINT_RE.test(text)) return;
  for (const m of execAll(DECADE_RE, text)) {
    // "1900-talet", "2000-talet" are centuries; "1970-talet" a decade.
    const value = m[1]!.endsWith('0') ? `${m[1]}0/${m[1]!.slice(0, 2)}99` : `${m[1]}0/${m[1]}9`;
    out.push({ start: m.index, end: m.index + m[0].length, values: [value], rule: 'dates.decade' });
  }
};

/** "2023 års version": a year in the genitive. */
const GENITIVE_RE = new RegExp(String.raw`^${S}års${E}`, 'iu');

const PREPOSITION_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}.])(${alt(YEAR_PREPOSITIONS.map((p) => p.form))})(?:${S}(?:${alt(PERIOD_NOUNS.map((p) => p.form))}))?${S}$`, 'iu');
const PREPOSITION_OF = new Map(YEAR_PREPOSITIONS.map((p) => [p.form.toLowerCase(), p]));
const ADVERB_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${alt(YEAR_ADVERBS.map((a) => a.form))})${S}$`, 'iu');
/** A climate-target word, optionally followed by a place and a preposition: "klimatneutralt Nacka 2030". */
const TARGET_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}-])(${alt(TARGET_WORDS.map((t) => t.form), true)})(?:${S}(\p{Lu}[\p{L}-]+))?${S}$`, 'u');
/** A compound period noun before a year: "budgetåret 2025", "under räkenskapsår 2024". */
const PERIOD_NOUN_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(\p{L}{3,}året|(?:budget|verksamhets|räkenskaps|kalender|inkomst|taxerings|mandat)år|åren|\p{L}*perioden)${S}$`, 'iu');
/** A period noun right before the year: a span may follow ("under åren 2026 till 2028", "perioden 2019 och 2023"). */
const SPAN_NOUN_RE = /(?:åren|perioden)\s*$/iu;
/** Names that carry a year (lexicon YEAR_NAMES): plain ones in any case, "<Ort>" ones with their capital. */
const NAME_PLAIN_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(YEAR_NAMES.filter((n) => !n.form.includes('<')).map((n) => n.form))})${S}$`, 'iu');
const NAME_PLACE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${YEAR_NAMES.filter((n) => n.form.includes('<')).map((n) => form(n.form.replace(/\s*<Ort>/, '')) + String.raw`${S}\p{Lu}[\p{L}-]+`).join('|')})${S}$`, 'u');
/** A place after a locative preposition, before a year and a verb: "i Mexiko 2010 åtog sig …". */
const PLACE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:i|på|vid|in)${S}(\p{Lu}[\p{L}-]+(?:${S}\p{Lu}[\p{L}-]+)?)${S}$`, 'u');
const NUMBER_NOUN_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NUMBER_NOUNS.map((n) => n.form))})\.?${S}$`, 'iu');
const CAPITALISED_BEFORE_RE = /(\p{Lu}[\p{L}-]*)[^\S\n]+$/u;

/** Numerals and quantifiers before a plural noun ("nio kommuner", "flera städer"). */
const QUANTIFIER = /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra|flera|många|några|alla|samtliga|båda|bägge)$/iu;
/** Function words that may follow a year used as a time adverbial ("antog 2018 en strategi"), sv, nb, da, en. */
const AFTER_YEAR = /^(?:en|ett|med|och|men|eller|samt|i|på|av|för|som|när|då|till|om|under|genom|inom|vid|efter|mot|utan|den|det|de|sin|sitt|sina|inte|också|även|redan|bara|där|vilket|att|så|jämfört|respektive|og|at|for|til|af|er|ble|blev|skal|vil|and|the|to|of|in|on|is|was|will)$/u;
/** Words ending like definite nouns (-en, -et, -na) that are not nouns. */
const NOT_DEFINITE = /^(?:även|igen|sen|men|den|det|hen|mycket|inget|eget|sina|mina|dina|egna|ena|\p{Ll}+ligen)$/u;
const DEFINITE_NOUN = /^\p{Ll}{2,}(?:en|et|na)$/u;
/** Particles of phrasal verbs that come between the verb and its time adverbial ("gick med 2019"). */
const PHRASAL = /^(?:gick|kom|skrev|drog|tog)\s+(?:med|in|på|igång|fram)$/u;
/** Words after which a year at the end of a phrase is no date: conjunctions and prepositions outside the lexicon. */
const NOT_BEFORE_NOUN_YEAR = /^(?:och|samt|eller|men|av|om|på|med|mot|vid|per|ca|cirka|kl|klockan|tel|tfn|nr|än|som)$/u;

/** Where a year that looks at what stands after it ends a phrase: punctuation, a dash, or the end of the line. */
const PHRASE_END_RE = /[^\S\n]*(?:$|\n|[.,;:!?)”"»]|[–—-](?:\s|$))/uy;
const endsPhrase = (text: string, at: number): boolean => { PHRASE_END_RE.lastIndex = at; return PHRASE_END_RE.test(text); };

/**
 * Words after a number that make it a count or an amount ("för 2000 nya träd", "under 2000 kommuner"): adjectives
 * that stand before counted nouns, and counted nouns beyond the units.
 */
const COUNTED = /^(?:nya|fler|flera|olika|stora|små|unga|äldre|andra|ytterligare|lediga|egna|gamla|extra|hela|träd|bilar|elbilar|laddplatser|laddpunkter|laddstolpar|solceller|solpaneler|hus|villor|kommuner|städer|företag|jobb|arbetstillfällen|ärenden|skolor|förskolor|patienter|resenärer|resor|mil|sidor|ord|exemplar|kvadratmeter|kubikmeter|liter|kilometer|poäng|röster|svar|ansökningar|förslag|motioner|åtgärder)$/u;

/** A word after a year that makes the year a count or an amount ("2030 laddplatser", "2000 nya träd"). */
function countAfter(text: string, at: number): boolean {
  const next = nextToken(text, at);
  return next !== undefined && COUNTED.test(next.toLowerCase());
}

/** The end of a span after "mellan" or "från": "mellan 2021 och 2023", "från 2019 till 2023". */
const SPAN_RE = new RegExp(String.raw`${S}(?:till|och|[–—-])${S}(${YEAR})${YEAR_END}`, 'iuy');
/** The end of a span after a period noun: "åren 2026 till 2028" (but "åren 2025 och 2027" are two years). */
const SPAN_TILL_RE = new RegExp(String.raw`${S}(?:till|[–—-])${S}(${YEAR})${YEAR_END}`, 'iuy');
/** A year followed by more years in a list: ", 2025 och 2030". */
const LIST_RE = new RegExp(String.raw`(?:${S}?,${S}?(${YEAR})${YEAR_END})*${S}(?:och|samt|respektive|eller|og|and)${S}(${YEAR})${YEAR_END}`, 'iuy');

/**
 * A year or a span of years and what stands around it: a preposition, an adverb, a climate target, a place, a
 * parenthesis, a noun at the end of a phrase, a past-tense verb … or a name, which makes it no date.
 */
const YEAR_TOKEN_RE = rx(String.raw`${B}(?<!\p{N}[-–/.,:])(${YEAR})(?:([^\S\n]?[–—-][^\S\n]?)(${YEAR}|\d\d)(?!\p{N}))?${YEAR_END}`);

const yearRule: Rule = (text, _ref, out) => {
  for (const m of execAll(YEAR_TOKEN_RE, text)) {
    const ys = m.index, ye = m.index + m[0].length;
    const y1 = Number(m[1]);
    let y2: number | null = null;
    if (m[3]) {
      y2 = m[3].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[3]) : Number(m[3]);
      if (y2 <= y1 || y2 - y1 > 100) continue;
    }
    const range = y2 !== null ? `${y1}/${y2}` : null;
    if (UNIT_AFTER_RE.test(text.slice(ye, ye + 20))) continue;
    const before = text.slice(Math.max(0, ys - 60), ys);
    // A name that carries a year ("Agenda 2030", "Klimatneutrala Skellefteå 2030") is no date.
    if (NAME_PLAIN_RE.test(before) || NAME_PLACE_RE.test(before) || NUMBER_NOUN_RE.test(before)) continue;
    const push = (start: number, rule: string, values?: string[], end = ye): void => {
      out.push({ start, end, values: values ?? [range ?? String(y1)], rule });
    };
    // "2023 års version".
    if (!range && GENITIVE_RE.test(text.slice(ye, ye + 10))) {
      if (!capitalisedBefore(text, ys)) push(ys, 'dates.genitive-year', undefined, ye + GENITIVE_RE.exec(text.slice(ye, ye + 10))![0].length);
      continue;
    }
    // "klimatneutral 2030", "ett klimatneutralt Nacka 2030" (the span starts at the place, as the corpus writes it).
    const target = TARGET_RE.exec(before);
    if (target) {
      const start = ys - before.length + target.index + target[0].indexOf(target[1]!);
      // "Klimatneutrala Skellefteå 2030" with a capital in mid-sentence is a programme name.
      if (/^\p{Lu}/u.test(target[1]!) && !atSentenceStart(text, start)) continue;
      push(target[2] ? ys - before.length + target.index + target[0].lastIndexOf(target[2]) : start, 'dates.target-year');
      continue;
    }
    const prep = PREPOSITION_RE.exec(before);
    if (prep) {
      const start = ys - before.length + prep.index + prep[0].indexOf(prep[1]!);
      const p = PREPOSITION_OF.get(prep[1]!.toLowerCase().replace(/\s+/g, ' '));
      // A span of years is never a count; a single year after "för", "under", "i" … may be ("under 2000 kronor").
      // (An English "in" after a name is no name with a year: "signed the Climate City Contract in 2023".)
      if (p?.countable && !range && (countAfter(text, ye) || (capitalisedBefore(text, start) && p.lang !== 'en'))) continue;
      // A list or span after the preposition: "till 2020 och 2030", "mellan 2021 och 2023", "från 2019 till 2023".
      LIST_RE.lastIndex = ye;
      const list = range ? null : LIST_RE.exec(text);
      const spanRe = /^mellan$/iu.test(prep[1]!) ? SPAN_RE : /^från$/iu.test(prep[1]!) || SPAN_NOUN_RE.test(prep[0]) ? SPAN_TILL_RE : null;
      if (!range && spanRe) {
        spanRe.lastIndex = ye;
        const s = spanRe.exec(text);
        if (s && Number(s[1]) > y1) { push(start, 'dates.preposition-year', [`${y1}/${s[1]}`], ye + s[0].length); continue; }
      }
      if (list) {
        const years = [String(y1), ...list[0].match(new RegExp(YEAR, 'g'))!];
        push(start, 'dates.preposition-year', years, ye + list[0].length);
        continue;
      }
      push(start, 'dates.preposition-year');
      continue;
    }
    const adverb = ADVERB_RE.exec(before);
    if (adverb) {
      const next = nextToken(text, ye);
      if (next && !/^[.,;:!?)–—”"]$/u.test(next) && !AFTER_YEAR.test(next) && !isFinite(next)) continue;
      push(ys - before.length + adverb.index + adverb[0].indexOf(adverb[1]!), 'dates.adverb-year');
      continue;
    }
    const period = PERIOD_NOUN_RE.exec(before);
    if (period) {
      const start = ys - before.length + period.index + period[0].indexOf(period[1]!);
      if (/^\p{Lu}/u.test(period[1]!) && !atSentenceStart(text, start)) continue;
      SPAN_TILL_RE.lastIndex = ye;
      const s = !range && SPAN_NOUN_RE.test(period[1]!) ? SPAN_TILL_RE.exec(text) : null;
      if (s && Number(s[1]) > y1) push(start, 'dates.period-noun', [`${y1}/${s[1]}`], ye + s[0].length);
      else push(start, 'dates.period-noun');
      continue;
    }
    // "(2009)", "Lycksele (2012, Skellefteå (2014)": a year in parentheses after a name or a noun.
    if (/\([^\S\n]*$/u.test(before) && /^[^\S\n]*[),]/u.test(text.slice(ye, ye + 3))) {
      push(ys, 'dates.parenthesised-year');
      continue;
    }
    const next = nextToken(text, ye);
    const place = PLACE_RE.exec(before);
    if (place && next && isFinite(next) && /^\p{Ll}/u.test(next)) {
      push(ys, 'dates.place-year');
      continue;
    }
    if (range) {
      push(ys, 'dates.year-range');
      continue;
    }
    if (capitalisedBefore(text, ys)) continue; // "Klimatkontrakt 2030", "Vision 2045", "Mexiko 2010"
    if (bareYear(text, ys, next)) {
      push(ys, 'dates.bare-year');
      continue;
    }
    if (nounYear(text, ys, ye)) push(ys, 'dates.noun-year');
  }
};

/** A capitalised word right before `at`, not at the start of its sentence: the number belongs to a name. */
function capitalisedBefore(text: string, at: number): boolean {
  const m = CAPITALISED_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && !atSentenceStart(text, at - m[0].length);
}

/** The words of the sentence before `at` (at most about 80 characters of them). */
function wordsBefore(text: string, at: number): { words: string[]; prefix: string } {
  const prefix = sentenceBefore(text, at);
  return { words: prefix.replace(/^[\s–—•*#"”»-]+/u, '').split(/\s+/).filter(Boolean), prefix };
}

/**
 * A bare year used as a time adverbial, without a preposition: after a finite past-tense or passive verb ("antog
 * 2016", "startade 2019", "antogs 2017", "gick med 2019"), at the start of a sentence before its finite verb
 * ("2019 antog fullmäktige …"), after a definite noun phrase with a determiner ("den första vågen 2019"), or after a
 * quantified subject before its verb ("när nio kommuner 2019 gick före"). The word after the year must be a
 * punctuation mark, a function word or a verb, so that counts and amounts ("antog 2000 ärenden") stay out. The
 * span is the year alone: a verb is not part of the expression.
 */
function bareYear(text: string, ys: number, next: string | undefined): boolean {
  const nextOk = !next || /^[.,;:!?)–—”"]$/u.test(next) || AFTER_YEAR.test(next) || isFinite(next);
  const { words, prefix } = wordsBefore(text, ys);
  const last = words[words.length - 1];
  if (!last) return next !== undefined && isFinite(next); // fronted time adverbial (verb-second order)
  if (!/\s$/u.test(prefix) || !/^\p{L}+$/u.test(last) || !nextOk) return false;
  if (/^\p{Ll}/u.test(last) && (isPastVerb(last) || PASSIVE.test(last)) && !DETERMINER.test(words[words.length - 2]?.toLowerCase() ?? '')) return true;
  if (words.length >= 2 && PHRASAL.test(words.slice(-2).join(' '))) return true;
  // A past verb and its definite object before the year: "lämnade nätverket 2015", "antog planen 2016".
  const verb = words[words.length - 2];
  if (verb && /^\p{Ll}/u.test(verb) && isPastVerb(verb) && DEFINITE_NOUN.test(last) && !NOT_DEFINITE.test(last)
    && !DETERMINER.test(words[words.length - 3]?.toLowerCase() ?? '')) return true;
  // A noun phrase before the year: no capitalised word inside it except at the sentence start.
  const np = words.slice(-4);
  const named = np.some((w, i) => /^\p{Lu}/u.test(w)
    && !(words.length - np.length + i === 0 && (QUANTIFIER.test(w) || /^(?:den|det|de|denna|detta|dessa)$/iu.test(w))));
  if (named || !/^\p{Ll}+$/u.test(last)) return false;
  const det = np.slice(0, -1).findIndex((w) => /^(?:den|det|de|denna|detta|dessa)$/iu.test(w));
  const definiteNp = DEFINITE_NOUN.test(last) && !NOT_DEFINITE.test(last) && det >= 0;
  const quantified = words.length >= 2 && QUANTIFIER.test(words[words.length - 2]!) && !AFTER_YEAR.test(last) && next !== undefined && isFinite(next);
  return definiteNp || quantified;
}

/**
 * A year closing a noun phrase: "partistöd 2024.", "Taxa för bygglov … information 2024 – återremitterat ärende",
 * "en befolkning på 3000 personer 2020.", "noll utsläpp av fossila koldioxidutsläpp 2030." The year stands after a
 * lower-case word and before punctuation or the end of the line; a capitalised word in the three words before it
 * (mid-sentence) makes it part of a name.
 */
function nounYear(text: string, ys: number, ye: number): boolean {
  if (!endsPhrase(text, ye)) return false;
  const { words, prefix } = wordsBefore(text, ys);
  const last = words[words.length - 1];
  if (!last || !/\s$/u.test(prefix) || !/^\p{L}{2,}$/u.test(last) || NOT_BEFORE_NOUN_YEAR.test(last.toLowerCase())) return false;
  if (!/^\p{Ll}/u.test(last) && words.length > 1) return false;
  // A capitalised genitive ("Sveriges klimatmål 2045") is not a name with the year.
  return !words.slice(-3, -1).some((w, i, a) => /^\p{Lu}/u.test(w) && !/s$/u.test(w) && !(words.length - a.length - 1 + i === 0));
}

// ---- the extractor ---------------------------------------------------------------------------------------

/** Every rule with its stable id (`Mention.rule`) and what it reads. */
const RULE_TABLE: [rule: Rule, ids: [id: string, description: string][]][] = [
  [isoRule, [['dates.iso', 'an ISO date (2024-03-12)']]],
  [numericRule, [['dates.numeric', 'a numeric date read day first (12.3.2024, 03-05-2022)']]],
  [dayMonthRule, [['dates.day-month', 'a day and a month name, with or without a year (den 8 december 2020, 21. november)']]],
  [monthDayRule, [['dates.month-day', 'a month, a day and a year (nov 30, 2021)']]],
  [ordinalDayRule, [['dates.ordinal-day', 'an ordinal day word and a month (den sista september)']]],
  [numericDayMonthRule, [['dates.numeric-day-month', 'a numeric day/month after "den" (Den 10/11)']]],
  [monthRule, [['dates.month', 'a month name with a preposition or a year (i maj 2023, juli månad, sep 2024)']]],
  [monthHeadingRule, [['dates.month-heading', 'a line that is only a month (Oktober)']]],
  [monthCompoundRule, [['dates.month-compound', 'a month inside a compound, resolved against the page date (marssammanträdet)']]],
  [relativeDayRule, [['dates.relative-day', 'a relative day resolved against the page date (i dag, i går)']]],
  [relativeYearRule, [['dates.relative-year', 'a relative year resolved against the page date (nästa år)']]],
  [relativeMonthRule, [['dates.relative-month', 'a relative month resolved against the page date (nästa månad)']]],
  [seasonRule, [['dates.season', 'a season or part of a year with its year (våren 2021, i början av 2020)']]],
  [decadeRule, [['dates.decade', 'a decade or a century as an interval (på 1970 talet, 1900-talet)']]],
  [yearRule, [
    ['dates.preposition-year', 'a year after a temporal preposition (till 2030, jämfört med år 2000, under perioden 2019-2023)'],
    ['dates.adverb-year', 'a year after a temporal adverb (redan 2022)'],
    ['dates.target-year', 'a goal year after a climate target (klimatneutral 2030, klimatneutralt Nacka 2030)'],
    ['dates.period-noun', 'a year after a period noun (budgetåret 2025)'],
    ['dates.genitive-year', 'a year in the genitive (2023 års version)'],
    ['dates.parenthesised-year', 'a year in parentheses after a name (Piteå (2009))'],
    ['dates.place-year', 'a year after a place and before a verb (i Mexiko 2010 åtog sig)'],
    ['dates.year-range', 'a span of years as an interval (kommunplan 2010-2014)'],
    ['dates.bare-year', 'a bare year used as a time adverbial (antogs 2017, 2050 ska)'],
    ['dates.noun-year', 'a year closing a noun phrase (partistöd 2024.)'],
  ]],
];

/** URLs and e-mail addresses: nothing inside them is a date. */
const URL_OR_EMAIL_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;

/** All date expressions in `text`, resolved against `published` (`YYYY-MM-DD` or coarser, or null). */
export function findDates(text: string, published: string | null): DateMention[] {
  const ref = parseRef(published) ?? statedToday(text);
  const candidates: Candidate[] = [];
  for (const [rule] of RULE_TABLE) rule(text, ref, candidates);
  const order = new Map(RULE_TABLE.flatMap(([, ids]) => ids.map(([id]) => id)).map((id, i) => [id, i]));
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || order.get(a.rule)! - order.get(b.rule)!);
  const masked = /@|www\.|https?:/u.test(text) ? [...execAll(URL_OR_EMAIL_RE, text)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const chosen: Candidate[] = [];
  let lastEnd = -1, k = 0;
  for (const c of candidates) {
    while (k < masked.length && masked[k]![1] <= c.start) k++;
    if (k < masked.length && masked[k]![0] < c.end) continue; // inside a URL or an address
    if (c.start < lastEnd) continue; // overlaps a longer or earlier expression
    lastEnd = c.end;
    const prev = chosen[chosen.length - 1];
    const span = prev && spanOf(text, prev, c);
    if (span) chosen[chosen.length - 1] = span;
    else chosen.push(c);
  }
  const out: DateMention[] = [];
  for (const c of chosen) {
    const span = text.slice(c.start, c.end);
    for (const value of c.values) out.push({ kind: 'date', start: c.start, end: c.end, text: span, value: { value }, rule: c.rule });
  }
  return out;
}

const DASH_BETWEEN_RE = /^[^\S\n]*[–—-][^\S\n]*$/u;
const DAY_OR_MONTH_RE = /^(?:\d{4}-|--)\d\d(?:-\d\d)?$/u;

/**
 * Two dates joined by a dash are one interval: "3 maj–4 juni 2024" → 2024-05-03/2024-06-04. The first takes the
 * second's year when it has none of its own.
 */
function spanOf(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.values.length !== 1 || b.values.length !== 1 || !DASH_BETWEEN_RE.test(text.slice(a.end, b.start))) return null;
  let [va, vb] = [a.values[0]!, b.values[0]!];
  if (!DAY_OR_MONTH_RE.test(va) || !DAY_OR_MONTH_RE.test(vb)) return null;
  if (va.startsWith('--') && !vb.startsWith('--')) va = vb.slice(0, 4) + va.slice(1);
  if (va.length !== vb.length) return null;
  if (!va.startsWith('--') && !vb.startsWith('--') && va >= vb) return null;
  return { start: a.start, end: b.end, values: [`${va}/${vb}`], rule: a.rule };
}

export const datesExtractor: Extractor<'dates'> = {
  name: 'dates',
  version: 6,
  creates: ['date'],
  rules: Object.fromEntries(RULE_TABLE.flatMap(([, ids]) => ids)),
  run: (doc: ExtractorInput, ctx: ExtractorContext) => findDates(doc.text, ctx.published),
};
