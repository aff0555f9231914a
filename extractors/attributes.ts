// Commitment attributes: how firm a commitment is, its numbers, its scope and what it is about
// (corpus/real/README.md, "Commitment attributes"; issue 14). A pure function the commitments extractor calls
// once per commitment it found. It reads the evidence span and a bounded window around it (at most WINDOW_BEFORE
// characters before and WINDOW_AFTER after, plus the document's first line): its cost does not grow with the
// document.
//
// Everything it states is read from the text; null where the text says nothing. The words it reads are data
// tables in ./lexicon/ (objects.ts, strength.ts, scope.ts, targets.ts) written in the phrase notation of
// ./lexicon/phrases.ts.
//
// In short:
//  - strength  by the commitment's type and the words of its sentence (./lexicon/strength.ts): a party's
//              proposal is `proposed`, a signing `signed`, an answer to a motion `answered`, an undertaking in
//              a contract `signed`, a decision or an own goal `decided`, an intention `stated`.
//  - numbers   every year of the evidence gets a role from the words before it (./lexicon/targets.ts); the
//              goal year is the target year, the base year the baseline; a percentage with a reduction word
//              before it (or right after it) is the reduction. Joining, signing and plans carry no numbers
//              (a plan's goal is a target of its own). Where one sentence holds several commitments of one
//              actor ('40 respektive 70 procent till 2020 och 2030'), `index`/`of` (or `when`) pick one.
//  - scope     organisation or area words in the sentence (./lexicon/scope.ts); else what the object implies.
//  - object    the first key of ./lexicon/objects.ts that fits, by the commitment's type: what one joins is a
//              programme, what one signs a contract, a target is a goal state, a plan is a klimatplan unless it
//              is about a measure. A sentence that only refers back ('Kommunfullmäktige bifaller motionen.')
//              takes the object of the motion it refers to.
import type { CommitmentType, CommitmentValue, ExtractorInput } from '../src/types.js';
import * as O from './lexicon/objects.js';
import { hasPhrase, type PhraseSet, phraseMatches, phrasesAtEnd, phrasesAtStart, phrasesRe } from './lexicon/phrases.js';
import * as SC from './lexicon/scope.js';
import * as ST from './lexicon/strength.js';
import * as T from './lexicon/targets.js';
import type { ExtractorContext } from './types.js';

export interface AttributeInput {
  /** The whole document (text, language). */
  doc: ExtractorInput;
  /** What earlier extractors found: kind, published, municipalities, people, dates. */
  ctx: ExtractorContext;
  type: CommitmentType;
  /** Canonical municipality, party abbreviation, organisation or 'kommunen'. */
  actor: string;
  /** The commitment's date (goal year for targets) as the extractor decided it. */
  when: string | null;
  /** The evidence span in doc.text (normally the sentence; an att-sats; a list item). */
  start: number;
  end: number;
  /**
   * When one sentence gives several commitments of one actor (two targets, 40 and 70 procent), which one
   * (0-based, in the order they stand in the sentence) of how many.
   */
  index?: number;
  of?: number;
}

export type Attributes = Required<Pick<CommitmentValue, 'strength' | 'target_year' | 'baseline_year' | 'reduction_percent' | 'scope' | 'object'>>;

/** How far around the evidence the function looks (characters). */
export const WINDOW_BEFORE = 1500;
export const WINDOW_AFTER = 600;
/** How much of an evidence span is read: a sentence is far shorter; a longer span (a text without sentence ends) is cut. */
export const MAX_EVIDENCE = 3000;

// ---------------------------------------------------------------------------------------------------
// Compiled tables.

// One regex per alias: aliases of one key may overlap ('kommunens fordon' inside 'kommunens fordon är fossilfria').
// Each alias carries the letters a text must contain for it to match: most sentences name no key, and a
// substring test rules an alias out far faster than its regex.
interface CompiledObject { entry: O.ObjectEntry; order: number; aliases: PhraseSet[]; exclude: PhraseSet | null }
const OBJECTS: CompiledObject[] = O.OBJECTS.map((entry, order) => ({
  entry, order, aliases: entry.aliases.map((a) => phrasesRe([a])), exclude: entry.exclude?.length ? phrasesRe(entry.exclude) : null,
}));
const OBJECT_BY_KEY = new Map(O.OBJECTS.map((e, i) => [e.key, { entry: e, order: i }]));

const RE = {
  genericPlan: phrasesRe(O.GENERIC_PLAN_NOUNS),
  notAPlanAfter: new RegExp(`^\\s+(?:${O.NOT_A_PLAN_AFTER.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])`, 'iu'),
  climate: phrasesRe(O.CLIMATE_WORDS),
  motionAnaphor: phrasesRe(O.ANAPHORS.filter((a) => !THING_ANAPHOR(a))),
  thingAnaphor: phrasesRe(O.ANAPHORS.filter(THING_ANAPHOR)),
  motionDescription: phrasesRe(O.MOTION_DESCRIPTIONS),
  selfDescription: phrasesRe(O.SELF_DESCRIPTIONS),
  emptyDescription: phrasesRe(O.EMPTY_DESCRIPTIONS),
  purposeGoal: phrasesRe(ST.PURPOSE_GOAL),
  genericProgramme: phrasesRe(O.GENERIC_PROGRAMME_NOUNS),
  definition: phrasesRe(O.DEFINITION_VERBS),
  genericContract: phrasesRe(O.GENERIC_CONTRACT_NOUNS),
  answer: phrasesRe(ST.ANSWER),
  motionWord: phrasesRe(ST.MOTION_WORDS),
  contractWord: phrasesRe(ST.CONTRACT_WORDS),
  undertaking: phrasesRe(ST.UNDERTAKING),
  decision: phrasesRe(ST.DECISION),
  proposal: phrasesRe(ST.PROPOSAL),
  pending: phrasesRe(ST.PENDING_DECISION),
  nextStep: phrasesRe(ST.NEXT_STEP),
  ownGoal: phrasesRe(ST.OWN_GOAL),
  intention: phrasesRe(ST.INTENTION),
  futureProposal: phrasesRe(ST.FUTURE_PROPOSAL),
  joinIntention: phrasesRe(ST.JOIN_INTENTION),
  organisation: phrasesRe(SC.ORGANISATION),
  area: phrasesRe(SC.AREA),
  placeGoal: phrasesRe(SC.PLACE_GOAL),
  territory: phrasesRe(SC.TERRITORY),
  future: phrasesRe(T.FUTURE),
  goalContext: phrasesRe(T.GOAL_CONTEXT),
  reduction: phrasesRe(T.REDUCTION_WORDS),
  notReduction: phrasesRe(T.NOT_REDUCTION_WORDS),
  halving: phrasesRe(T.HALVING_WORDS),
  emission: phrasesRe(T.EMISSION_WORDS),
  energyUse: phrasesRe(T.ENERGY_USE_WORDS),
  baselineAfter: phrasesAtStart(T.BASELINE_AFTER),
};

function THING_ANAPHOR(a: string): boolean {
  return ['investeringen', 'satsningen', 'åtgärden', 'åtgärderna', 'detta', 'frågan'].includes(a);
}

const anchoredEnd = phrasesAtEnd;
const anchoredStart = phrasesAtStart;

const CUE = {
  baseline: anchoredEnd(T.BASELINE_CUES),
  start: anchoredEnd(T.START_CUES),
  validity: anchoredEnd(T.VALIDITY_CUES),
  goal: anchoredEnd(T.GOAL_CUES),
  deadline: anchoredEnd(T.DEADLINE_CUES),
  name: anchoredEnd(T.NAME_BEFORE),
  month: anchoredEnd(T.MONTHS),
  event: anchoredEnd(T.EVENT_BEFORE),
  goalAdjective: anchoredEnd(['klimatneutral*', 'fossilfri*', 'fossilbränslefri*', 'fossil-oberoende*', 'koldioxidneutral*']),
};

const STATE_ACTORS = new Set(SC.STATE_ACTORS.map((a) => a.toLowerCase()));

// ---------------------------------------------------------------------------------------------------
// The window around the evidence.

interface Span { start: number; end: number; text: string }

/** Sentences of `text` (offset by `base`): lines, split after . ! ? before a capital, digit, dash or quote. */
function sentencesOf(text: string, base: number): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const splitRe = /[.!?]["”’)]*\s+(?=[\p{Lu}\d–"“•-])|[.!?](?=\p{Lu}\p{Ll})/gu;
    let from = 0;
    const push = (a: number, b: number) => {
      const raw = line![0].slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ start: base + line!.index + a + lead, end: base + line!.index + a + lead + body.length, text: body });
    };
    for (let m = splitRe.exec(line[0]); m; m = splitRe.exec(line[0])) {
      const cut = m.index + 1;
      push(from, cut);
      from = cut;
    }
    push(from, line[0].length);
  }
  return out;
}

interface Window {
  /** Sentences before the evidence, nearest first. */
  before: Span[];
  /** Sentences after the evidence, nearest first. */
  after: Span[];
  /** The document's first line. */
  title: string;
  /** For a list item: the line that introduces the list ('Våra klimatlöften för 2022'). */
  intro: string | null;
  /** A blank line stands between the evidence and the sentence before it. */
  paragraphBreakBefore: boolean;
}

const LIST_MARKER = /^[ \t]*(?:[•*·▪◦–-]|\d{1,2}[.)])[ \t]*$/u;

function windowOf(text: string, start: number, end: number): Window {
  const ws = Math.max(0, start - WINDOW_BEFORE), we = Math.min(text.length, end + WINDOW_AFTER);
  const before = sentencesOf(text.slice(ws, start), ws).reverse();
  // The sentence the evidence starts inside (an att-sats after 'föreslår … att') is not a sentence before it.
  if (before[0] && !/[.!?:\n]\s*$/.test(text.slice(before[0].start, start)) && !/\n\s*$/.test(text.slice(before[0].end, start))) before.shift();
  const afterAll = sentencesOf(text.slice(end, we), end);
  // The rest of a sentence the evidence ends inside is not a sentence after it.
  const endsSentence = /[.!?:;…"”]\s*$/.test(text.slice(Math.max(start, end - 2), end)) || /^[ \t]*(?:\n|$)/.test(text.slice(end, we));
  const after = endsSentence ? afterAll : afterAll.slice(1);
  const firstLine = /^\s*([^\n]{0,300})/.exec(text)?.[1] ?? '';
  // A list item: only markers and blanks between the line start and the evidence, or a line of its own under
  // a heading that introduces it.
  const nl = text.slice(ws, start).lastIndexOf('\n');
  const lineStart = nl >= 0 ? ws + nl + 1 : ws;
  let intro: string | null = null;
  if (LIST_MARKER.test(text.slice(lineStart, start)) || text.slice(lineStart, start).trim() === '') {
    const lines = text.slice(ws, lineStart).split('\n').reverse();
    for (const l of lines) {
      const t = l.trim();
      if (!t) continue;
      if (/^(?:[•*·▪◦–-]|\d{1,2}[.)])\s/u.test(t) || /^att\s/iu.test(t)) continue; // other items, att-satser
      if (LIST_MARKER.test(text.slice(lineStart, start)) || /:\s*$/.test(t) || !/[.!?]\s*$/.test(t) || /\b(?:följande|nedan)\b/iu.test(t)) intro = t;
      break;
    }
  }
  const paragraphBreakBefore = before[0] !== undefined && /\n[ \t]*\n/.test(text.slice(before[0].end, start));
  return { before: before.slice(0, 12), after: after.slice(0, 4), title: firstLine, intro, paragraphBreakBefore };
}

// ---------------------------------------------------------------------------------------------------
// Objects.

interface KeyMatch { key: string; class: O.ObjectClass; order: number; start: number; end: number }

// The window sentences of neighbouring commitments are the same strings: keys found in a text are kept for the
// next calls (a small cache, emptied when full).
const KEY_CACHE = new Map<string, KeyMatch[]>();

/** Every key whose alias occurs in `text`; an alias inside a longer alias of another key gives way to it. */
export function objectKeysIn(text: string): KeyMatch[] {
  const cached = KEY_CACHE.get(text);
  if (cached) return cached.map((k) => ({ ...k }));
  const found = findKeys(text);
  if (KEY_CACHE.size > 2000) KEY_CACHE.clear();
  KEY_CACHE.set(text, found);
  return found.map((k) => ({ ...k }));
}

function findKeys(text: string): KeyMatch[] {
  const all: KeyMatch[] = [];
  const lower = text.toLowerCase();
  for (const o of OBJECTS) {
    let excluded: { start: number; end: number }[] | null = null;
    for (const alias of o.aliases) {
      const matches = phraseMatches(alias, text, lower);
      if (!matches.length) continue;
      excluded ??= o.exclude ? phraseMatches(o.exclude, text) : [];
      for (const m of matches) {
        if (excluded.some((x) => x.start <= m.start && x.end >= m.end)) continue;
        all.push({ key: o.entry.key, class: o.entry.class, order: o.order, start: m.start, end: m.end });
      }
    }
  }
  const kept = all.filter((m) => !all.some((o) => o.key !== m.key && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  return kept.sort((a, b) => a.order - b.order || a.start - b.start);
}

function keyInfo(key: string): O.ObjectEntry {
  return OBJECT_BY_KEY.get(key)!.entry;
}

const isSpecific = (key: string | null): key is string => key !== null && keyInfo(key).class !== 'fallback';

/** A plan noun that names a plan (not 'Planen är att …'), outside the spans of keys. */
function hasPlanNoun(text: string, keys: KeyMatch[]): boolean {
  if (keys.some((k) => k.key === 'klimatplan')) return true;
  return phraseMatches(RE.genericPlan, text).some((m) =>
    !RE.notAPlanAfter.test(text.slice(m.end)) && !keys.some((k) => k.start <= m.start && k.end >= m.end));
}

/** What the reduction rule adds: a reduction of emissions is `utslappsminskning`, of energy use `energieffektivisering`. */
function reductionKeys(text: string): string[] {
  if (!reductionsIn(text).length && !hasPhrase(RE.halving, text)) return [];
  if (hasPhrase(RE.emission, text)) return ['utslappsminskning'];
  if (hasPhrase(RE.energyUse, text)) return ['energieffektivisering'];
  return [];
}

/** The object of a commitment from its own words; null when they name nothing (the caller then looks around). */
function objectFromWords(type: CommitmentType, seg: string, evidence: string, win: Window | null): string | null {
  const keys = objectKeysIn(seg);
  for (const k of reductionKeys(seg)) {
    const info = OBJECT_BY_KEY.get(k)!;
    keys.push({ key: k, class: info.entry.class, order: info.order, start: 0, end: 0 });
  }
  keys.sort((a, b) => a.order - b.order || a.start - b.start);
  // A key that qualifies another ('alla tjänstebilar ska vara fossilfria' is about the fleet) takes its place.
  for (const k of [...keys]) {
    for (const absorbed of keyInfo(k.key).absorbs ?? []) {
      for (let i = keys.length - 1; i >= 0; i--) if (keys[i]!.key === absorbed) keys.splice(i, 1);
    }
  }
  const of = (...classes: O.ObjectClass[]) => keys.find((k) => classes.includes(k.class))?.key ?? null;
  const measure = of('measure');
  const plan = hasPlanNoun(seg, keys);
  switch (type) {
    case 'join':
      return of('programme') ?? of('contract') ?? (win ? nearestKey(win, ['programme', 'contract']) : null) ?? keys[0]?.key ?? null;
    case 'sign':
    case 'revise': {
      const direct = of('contract');
      if (direct) return direct;
      if (win && phraseMatches(RE.genericContract, seg).some((m) => !keys.some((k) => k.start <= m.start && k.end >= m.end))) {
        const back = nearestKey(win, ['contract']);
        if (back) return back;
      }
      return of('programme') ?? (win ? nearestKey(win, ['contract']) ?? nearestKey(win, ['programme']) : null) ?? keys[0]?.key ?? null;
    }
    case 'target':
      return of('goal', 'measure') ?? null;
    case 'adopt_plan': {
      // A plan noun alone ('ska ta fram en handlingsplan') is a climate plan when the sentence or the two before it
      // speak of climate.
      const climateNear = hasPhrase(RE.climate, evidence) || (win !== null && win.before.slice(0, 2).some((s) => hasPhrase(RE.climate, s.text)));
      if (plan) return measure ?? (keys.some((k) => k.key === 'klimatplan') || climateNear ? 'klimatplan' : null);
      return keys[0]?.key ?? null;
    }
    case 'twin':
      return of('twin') ?? of('programme') ?? keys[0]?.key ?? null;
    default: {
      const programme = of('programme');
      if (programme) return programme;
      if (plan && (measure || keys.some((k) => k.key === 'klimatplan') || hasPhrase(RE.climate, evidence))) return measure ?? 'klimatplan';
      // A goal named as the purpose of another act is not what the act is ('Klimatneutralitet är målet och för att
      // nå dit vill vi skapa en plattform'): it is the object only of a proposal or undertaking to reach it.
      const purposeGoal = type === 'other' && hasPhrase(RE.purposeGoal, seg);
      const goalOrMeasure = keys.find((k) => k.class === 'measure' || (k.class === 'goal' && !purposeGoal))?.key ?? null;
      return goalOrMeasure ?? of('contract', 'twin') ?? null;
    }
  }
}

/**
 * The nearest key of the given classes (earlier classes first within a sentence) in the sentences before the
 * evidence, then the title. A generic programme noun without a name ('i satsningen') is resolved to the
 * programme named after the same noun further back ('satsningen Klimatneutrala städer 2030').
 */
function nearestKey(win: Window, classes: O.ObjectClass[]): string | null {
  const find = (text: string) => {
    const keys = objectKeysIn(text);
    for (const c of classes) { const k = keys.find((m) => m.class === c); if (k) return k.key; }
    return null;
  };
  for (const [i, s] of win.before.entries()) {
    const k = find(s.text);
    if (k) return k;
    if (classes.includes('programme') && hasPhrase(RE.genericProgramme, s.text)) {
      for (const earlier of win.before.slice(i + 1)) {
        for (const g of phraseMatches(RE.genericProgramme, earlier.text)) {
          const named = objectKeysIn(earlier.text).find((m) => m.class === 'programme' && m.start >= g.end && m.start - g.end <= 4);
          if (named) return named.key;
        }
      }
    }
  }
  return find(win.title);
}

/** Whether a document is about the climate at all (its first 200,000 characters name a climate word). */
export function isClimateText(text: string): boolean {
  return hasPhrase(RE.climate, text.length > 200_000 ? text.slice(0, 200_000) : text);
}

const fallbackKey = (evidence: string): string => (hasPhrase(RE.climate, evidence) ? 'other-climate' : 'non-climate');

// ---------------------------------------------------------------------------------------------------
// Referents: a sentence that only refers back to a motion or a measure.

interface Referent { text: string; description: boolean }

function referentOf(seg: string, win: Window): Referent | null {
  const describes = (s: string) => hasPhrase(RE.selfDescription, s) && !hasPhrase(RE.emptyDescription, s);
  const motion = hasPhrase(RE.motionAnaphor, seg) && !describes(seg);
  const thing = hasPhrase(RE.thingAnaphor, seg);
  if (!motion && !thing) return null;
  if (motion) {
    for (const s of win.before) {
      const keyless = !objectKeysIn(s.text).length;
      if (hasPhrase(RE.motionDescription, s.text) && s.text.split(/\s+/).length >= 5 &&
        !(keyless && (hasPhrase(RE.motionAnaphor, s.text) || hasPhrase(RE.emptyDescription, s.text)))) {
        return { text: s.text, description: true };
      }
    }
    if (hasPhrase(RE.motionDescription, win.title)) return { text: win.title, description: true };
  }
  for (const s of win.before.slice(0, 3)) if (objectKeysIn(s.text).some((k) => k.class !== 'fallback')) return { text: s.text, description: false };
  if (motion) for (const s of win.after.slice(0, 2)) if (objectKeysIn(s.text).length) return { text: s.text, description: false };
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Numbers.

type YearRole = 'baseline' | 'start' | 'validity' | 'goal' | 'deadline' | 'name' | 'event' | 'bare';
interface YearRef { year: number; pos: number; role: YearRole }

// A year or a range of years; not a date ('2009-06-15'), a decade ('2030-talet') or part of a number.
const YEAR_RE = /(?<![\p{L}\p{N}.,:/-])((?:19[5-9]|20\d)\d)(?:\s*[-–]\s*((?:19[5-9]|20\d)\d))?(?![\p{L}\p{N}]|[-/.,:]\d|\s*-?\s*tal)/gu;

/** Every year of `text` with the role its cue gives it (see ./lexicon/targets.ts). */
export function yearsIn(text: string): YearRef[] {
  const out: YearRef[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const pos = m.index;
    const year = Number(m[2] ?? m[1]);
    let left = text.slice(Math.max(0, pos - 60), pos);
    const skippedYearWord = /(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])år\s+$/iu.test(left);
    if (skippedYearWord) left = left.replace(/år\s+$/iu, '');
    const right = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const prev = out[out.length - 1];
    let role: YearRole;
    if (/\(\s*$/.test(left)) role = 'event';
    else if (CUE.month.test(left)) role = 'event';
    else if (RE.baselineAfter.test(right)) role = 'baseline';
    else if (CUE.baseline.test(left)) role = 'baseline';
    else if (CUE.start.test(left)) role = 'start';
    else if (CUE.validity.test(left)) role = 'validity';
    else if (CUE.goal.test(left)) role = 'goal';
    else if (CUE.deadline.test(left)) role = 'deadline';
    else if (prev && pos - prev.pos < 40 && /(?:och|respektive|resp\.|samt|eller|,)\s*$/iu.test(left) && /^[\s\d,–-]*(?:och|respektive|resp\.|samt|eller|,)?\s*$/iu.test(text.slice(prev.pos + 4, pos).replace(/(?:19|20)\d\d/g, ''))) role = prev.role;
    else if (!skippedYearWord && CUE.name.test(left)) role = 'name';
    else if (!skippedYearWord && CUE.event.test(left)) role = 'event';
    else if (!skippedYearWord && /\p{Lu}[\p{L}-]*\s+$/u.test(left) && !/(?:^|[.!?:]\s+)\p{Lu}[\p{L}-]*\s+$/u.test(left)) {
      // A year right after a capitalised word is part of a name ('Klimatneutrala Skellefteå 2030') or the place
      // of an event ('Cancun i Mexiko 2010') — unless a goal adjective stands before the place ('ett
      // klimatneutralt Nacka 2030').
      role = CUE.goalAdjective.test(left.replace(/\p{Lu}[\p{L}-]*\s+$/u, '')) ? 'goal' : 'name';
    } else role = 'bare';
    out.push({ year, pos, role });
  }
  YEAR_RE.lastIndex = 0;
  return out;
}

/** The clause a position stands in: back to the last sentence, semicolon or colon boundary. */
function clauseBefore(text: string, pos: number): string {
  const head = text.slice(0, pos);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.search(/[.!?]\s+[^.!?]*$/));
  return head.slice(cut + 1);
}

/**
 * The goal years of `text`, in order: cued goals; deadlines in a sentence about the future or after the page's
 * own year ('satsar 10 miljoner på solceller under 2025' on a page of 2024); a start from which something shall
 * hold ('Från 2025 ska alla nya bilar vara elbilar'); bare years in a goal clause.
 */
function goalYears(text: string, publishedYear: number | null = null): YearRef[] {
  const future = hasFuture(text);
  return yearsIn(text).filter((y) => {
    const after = text.slice(y.pos + 4, y.pos + 24);
    const shallAfter = /^\s+(?:ska|skall)(?![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])/iu.test(after);
    if (y.role === 'goal') return true;
    if (y.role === 'deadline') return future || (publishedYear !== null && y.year > publishedYear);
    if (y.role === 'start') return shallAfter || /(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])(?:ska|skall)\s+från\s+(?:och\s+med\s+)?(?:år\s+)?$/iu.test(text.slice(Math.max(0, y.pos - 30), y.pos));
    if (y.role !== 'bare') return false;
    if (shallAfter) return true;
    return hasPhrase(RE.goalContext, clauseBefore(text, y.pos));
  });
}

function hasFuture(text: string): boolean {
  return phraseMatches(RE.future, text).some((m) => !subordinate(text, m.start));
}

interface Reduction { value: number; pos: number }

const REDUCTION_AT_START = anchoredStart(T.REDUCTION_WORDS);
const PERCENT_RE = /(\d+(?:[.,]\d+)?)((?:\s*(?:,|och|respektive|resp\.?|till|eller)\s*\d+(?:[.,]\d+)?)*)\s*(?:%|procent(?:enheter)?(?![\p{L}])|percent(?![\p{L}]))/gu;

/** The reductions of `text`: percentages with a reduction word as the nearest cue before them (or right after). */
export function reductionsIn(text: string): Reduction[] {
  const out: Reduction[] = [];
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const values = [m[1]!, ...(m[2] ?? '').split(/\s*(?:,|och|respektive|resp\.?|till|eller)\s*/u).filter(Boolean)].map((v) => Number(v.replace(',', '.')));
    const clause = clauseBefore(text, m.index).split(/\s+/).slice(-12).join(' ');
    const cues = [
      ...phraseMatches(RE.reduction, clause).map((c) => ({ at: c.start, red: true })),
      ...phraseMatches(RE.notReduction, clause).map((c) => ({ at: c.start, red: false })),
    ].sort((a, b) => b.at - a.at);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    const red = cues[0] ? cues[0].red : REDUCTION_AT_START.test(after);
    if (red) values.forEach((value, k) => out.push({ value, pos: m!.index + k }));
  }
  PERCENT_RE.lastIndex = 0;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Strength.

/** Whether the match at `at` stands in a subordinate clause ('som ska', 'för att … ska'). */
function subordinate(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at).split(/\s+/).filter(Boolean).slice(-6).join(' ');
  const word = text.slice(at, at + 12).toLowerCase();
  if (/(?:^|\s)som(?:\s+\S+){0,2}$/iu.test(before) && !/,\s*$/.test(before)) return true;
  if (/^(?:ska|skall)\b/u.test(word) && /(?:^|\s)(?:för|så)\s+att(?:\s+\S+){0,4}$/iu.test(before)) return true;
  return false;
}

/**
 * The sentence just before, in the same paragraph, is a decision: what the next sentence says shall be is what
 * was decided ('Kommunfullmäktige beslutar att bifalla motionen. Tierps kommun ska gå med i Klimatkommunerna …',
 * 'Kommunfullmäktige antog i går nya klimatmål. Kommunen ska vara klimatneutral 2035.').
 */
function afterDecision(win: Window, evidence: string): boolean {
  const prev = win.before[0];
  if (!prev || win.paragraphBreakBefore || hasPhrase(RE.nextStep, evidence)) return false;
  return hasPhrase(RE.decision, prev.text) && !hasPhrase(RE.pending, prev.text) && !hasMain(RE.proposal, prev.text);
}

function hasMain(re: PhraseSet, text: string): boolean {
  return phraseMatches(re, text).some((m) => !subordinate(text, m.start));
}

function strengthOf(input: AttributeInput, evidence: string, seg: string, win: Window): Attributes['strength'] {
  const { type } = input;
  const near = [seg, ...win.before.slice(0, 2).map((s) => s.text)].join(' ');
  const inContract = (win.intro !== null && hasPhrase(RE.contractWord, win.intro)) ||
    (hasPhrase(RE.undertaking, seg) && hasPhrase(RE.contractWord, near));
  switch (type) {
    case 'propose':
      return hasPhrase(RE.futureProposal, evidence) ? 'stated' : 'proposed';
    case 'sign':
    case 'revise':
      return 'signed';
    case 'join':
      return hasPhrase(RE.joinIntention, evidence) && !hasPhrase(RE.decision, evidence) && !afterDecision(win, evidence) ? 'stated' : 'decided';
    case 'target':
      if (inContract) return 'signed';
      if (hasMain(RE.proposal, evidence)) return 'proposed';
      if (hasPhrase(RE.decision, evidence) || hasPhrase(RE.ownGoal, evidence)) return 'decided';
      if (afterDecision(win, evidence)) return 'decided';
      // In a goal sentence a relative 'som ska' is the goal itself ('en av de kommuner som ska vara klimatneutrala').
      if (hasPhrase(RE.intention, evidence)) return 'stated';
      return 'decided';
    case 'adopt_plan':
      if (hasMain(RE.proposal, evidence)) return 'proposed';
      if (hasPhrase(RE.decision, evidence) || afterDecision(win, evidence)) return 'decided';
      if (hasMain(RE.intention, evidence)) return 'stated';
      return 'decided';
    default: {
      const motionNear = hasPhrase(RE.motionWord, [evidence, ...win.before.slice(0, 3).map((s) => s.text), win.title].join(' '));
      if (hasPhrase(RE.answer, evidence) && motionNear) return 'answered';
      if (inContract) return 'signed';
      if (hasMain(RE.proposal, evidence)) return 'proposed';
      if (hasPhrase(RE.pending, evidence)) return 'stated';
      if (hasPhrase(RE.decision, evidence) || afterDecision(win, evidence)) return 'decided';
      // A goal named as the purpose of the act ('för att nå', 'med målet att') is not itself the act's intention.
      let act = evidence;
      for (const m of phraseMatches(RE.purposeGoal, evidence).reverse()) act = act.slice(0, m.start) + ' '.repeat(m.end - m.start) + act.slice(m.end);
      if (hasMain(RE.intention, act)) return 'stated';
      return 'decided';
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Scope.

function scopeOf(text: string, actor: string, type: CommitmentType): Attributes['scope'] {
  // Names of programmes and contracts say nothing of scope ('Klimatneutrala städer 2030').
  let plain = text;
  for (const k of objectKeysIn(text)) if (k.class === 'programme' || k.class === 'contract') plain = plain.slice(0, k.start) + ' '.repeat(k.end - k.start) + plain.slice(k.end);
  if (hasPhrase(RE.organisation, plain)) return 'organisation';
  if (hasPhrase(RE.area, plain)) return 'area';
  if (type === 'target' && (hasPhrase(RE.placeGoal, plain) || actorIsSubject(plain, actor))) return 'area';
  if (STATE_ACTORS.has(actor.toLowerCase()) && hasPhrase(RE.territory, plain)) return 'area';
  return null;
}

/** Whether `text` opens with a definition of the object: 'En koldioxidbudget innebär att …'. */
function definesObject(text: string, key: string): boolean {
  if (!hasPhrase(RE.definition, text)) return false;
  const k = objectKeysIn(text).find((m) => m.key === key);
  if (!k || text.slice(0, k.start).split(/\s+/).filter(Boolean).length > 2) return false;
  const verb = phraseMatches(RE.definition, text)[0];
  return verb !== undefined && verb.start >= k.end && verb.start - k.end <= 3;
}

/**
 * The actor's bare name (a place, not 'X kommun' or a genitive) is the subject of the goal: it opens the sentence
 * or a clause ('Stockholm har blivit utvald …', '…: Västerås ska vara klimatneutralt 2030').
 */
function actorIsSubject(text: string, actor: string): boolean {
  if (!actor || actor === 'kommunen' || !/^\p{Lu}/u.test(actor)) return false;
  for (let at = text.indexOf(actor); at >= 0; at = text.indexOf(actor, at + 1)) {
    const before = text.slice(0, at), rest = text.slice(at + actor.length);
    if (/^\p{L}/u.test(rest) || /^\s+(?:kommun|stad|s)(?![\p{L}])/u.test(rest)) continue;
    const opens = /^[\s–-]*$/u.test(before) || /[:;–]\s*$/u.test(before) || /(?<![\p{L}])att\s+$/u.test(before);
    if (opens && /^\s+(?:ska|skall|blir|har|är|kommer|vill|siktar)(?![\p{L}])/u.test(rest)) return true;
    // inverted: 'Till 2030 ska Kalmar vara fossilfritt.'
    if (/(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])(?:ska|skall)\s+$/iu.test(before) && /^\s+(?:vara|bli|ha)(?![a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ])/u.test(rest)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Segments: the part of the evidence one of several commitments of one actor stands in.

const SEGMENT_BREAK = /\s+(?:samt\s+att|och\s+att|samt)\s+|;\s*/giu;
const SIGN_ACT = phrasesRe(['skriva|skriver|skrev|skrivit under|på', 'signera*', 'underteckna*', 'skriva ett|en *kontrakt*|*avtal*']);

/**
 * The part of the evidence that one of several commitments of one actor stands in: the `index`-th clause
 * joined by 'samt att', 'och att', 'samt' or ';' when there are exactly `of` of them. Joining and signing read
 * the whole sentence; another commitment does not take the clause that signs ('Planen är att etablera ett
 * innovationsteam … samt att skriva ett klimatkontrakt': the innovation team is the `other` commitment, however
 * the caller counts).
 */
function segmentOf(evidence: string, input: AttributeInput): string {
  const of = input.of ?? 1, index = input.index ?? 0;
  if (input.type === 'sign' || input.type === 'revise' || input.type === 'join') return evidence;
  const parts = evidence.split(SEGMENT_BREAK);
  const signs = (p: string) => hasPhrase(SIGN_ACT, p) && hasPhrase(RE.contractWord, p);
  // A clause that signs is the sentence's `sign` commitment, not this one (unless this one proposes the signing).
  const own = input.type === 'propose' || parts.every(signs) ? parts : parts.filter((p) => !signs(p));
  if (own.length === 1) return own[0]!;
  if (of > 1 && own.length === of) return own[index] ?? evidence;
  return own.length === parts.length ? evidence : own.join(' ');
}

// ---------------------------------------------------------------------------------------------------

interface Numbers {
  target_year: number | null;
  baseline_year: number | null;
  reduction_percent: number | null;
  /** The clause of the chosen goal when one sentence states several goals told apart only by `when`. */
  clause: string | null;
}

/**
 * The numbers of a commitment: from its segment (or, for a party backing a motion, from the motion it refers to).
 * Several goals in one sentence are told apart by `when`, else by `index`/`of`; a reduction or base year goes
 * with the goal in the same position ('40 respektive 70 procent … till 2020 och 2030').
 */
function numbersOf(input: AttributeInput, seg: string, evidence: string, referentText: string | null): Numbers {
  const { type } = input;
  const publishedYear = /^\d{4}/.test(input.ctx?.published ?? '') ? Number(input.ctx.published!.slice(0, 4)) : null;
  const own = referentText ?? seg;
  const whole = referentText ?? evidence;
  const whenYear = /^\d{4}$/.test(input.when ?? '') ? Number(input.when) : null;
  const byWhen = whenYear !== null && (type === 'target' || type === 'other');
  let goals = goalYears(own, publishedYear);
  if (!goals.length && own !== whole && (input.of ?? 1) < 2) goals = goalYears(whole, publishedYear);
  const goal = pick(goals, input, byWhen ? (y) => y.year === whenYear : undefined);
  let target_year = goal?.year ?? null;
  // The goal or deadline year stands outside the sentence (a heading 'Våra klimatlöften för 2022').
  if (target_year === null && byWhen && !yearsIn(evidence).some((y) => y.year === whenYear)) target_year = whenYear;

  // Two goals in separate clauses ('minska utsläppen med 40 procent till 2030 och att nå nettonoll senast 2045'):
  // the numbers of the chosen goal's clause.
  if (goal && goals.length > 1) {
    const clauses = clauseSpans(own);
    const c = clauses.find((x) => x.start <= goal.pos && goal.pos < x.end);
    if (c && clauses.length === goals.length) {
      const clause = own.slice(c.start, c.end);
      return {
        target_year,
        baseline_year: yearsIn(clause).find((y) => y.role === 'baseline')?.year ?? yearsIn(whole).find((y) => y.role === 'baseline')?.year ?? null,
        reduction_percent: reductionsIn(clause)[0]?.value ?? (hasPhrase(RE.halving, clause) ? 50 : null),
        clause,
      };
    }
  }
  const goalIndex = goal ? goals.indexOf(goal) : -1;
  const aligned = <T>(items: T[]): T | null =>
    items.length > 1 && goalIndex >= 0 && items.length === goals.length ? items[goalIndex]! : pick(items, input);
  const reductions = reductionsIn(own).length ? reductionsIn(own) : reductionsIn(whole);
  // With a reduction, the year it is counted from is its base ('har minskat med 40 procent sedan 1990').
  let baselines = yearsIn(whole).filter((y) => y.role === 'baseline');
  if (!baselines.length && reductions.length) baselines = yearsIn(whole).filter((y) => y.role === 'start' && !goals.includes(y));
  return {
    target_year,
    baseline_year: aligned(baselines)?.year ?? null,
    reduction_percent: aligned(reductions)?.value ?? (hasPhrase(RE.halving, own) ? 50 : null),
    clause: null,
  };
}

/** The clauses of a sentence joined by 'och att', 'samt att', 'samt' or ';', as spans. */
function clauseSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(text); m; m = SEGMENT_BREAK.exec(text)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  SEGMENT_BREAK.lastIndex = 0;
  out.push({ start: from, end: text.length });
  return out;
}

const NUMBERLESS: ReadonlySet<CommitmentType> = new Set(['join', 'sign', 'revise', 'adopt_plan']);
const SCOPELESS: ReadonlySet<CommitmentType> = new Set(['join', 'sign', 'revise']);

/** Pick the `index`-th of `items` when there are exactly `of`, else the one matching `prefer`, else the first. */
function pick<T>(items: T[], input: AttributeInput, prefer?: (t: T) => boolean): T | null {
  if (!items.length) return null;
  const preferred = prefer ? items.find(prefer) : undefined;
  if (preferred !== undefined) return preferred;
  const of = input.of ?? 1, index = input.index ?? 0;
  if (of > 1 && items.length === of) return items[index] ?? null;
  return items[0]!;
}

/** The attributes of one commitment (see the top of this file). */
export function commitmentAttributes(given: AttributeInput): Attributes {
  const text = given.doc.text;
  const start = Math.max(0, Math.min(given.start, text.length)), end = Math.max(start, Math.min(given.end, text.length, start + MAX_EVIDENCE));
  const evidence = text.slice(start, end);
  // A revision of a contract is signed like the contract; a revision of goals or a plan ('att revidera kommunens
  // miljömål så att …') is read like any other undertaking.
  const input = given.type === 'revise' && !hasPhrase(RE.contractWord, evidence) ? { ...given, type: 'other' as const } : given;
  const { type, actor } = input;
  const win = windowOf(text, start, end);
  const seg = segmentOf(evidence, input);
  const isListItem = win.intro !== null;

  const strength = strengthOf(input, evidence, seg, win);

  // Object: from the segment's own words (a list item also from its heading), else from what it refers to.
  let object: string | null = null;
  let referent: Referent | null = null;
  if (type === 'other' && isListItem && win.intro) {
    object = objectKeysIn(win.intro).find((k) => k.class === 'programme')?.key ?? null;
  }
  object ??= objectFromWords(type, seg, evidence, win);
  if (!object && (type === 'other' || type === 'propose' || type === 'twin' || type === 'adopt_plan')) {
    referent = referentOf(seg, win);
    if (referent) object = objectFromWords('propose', referent.text, referent.text, null) ?? fallbackKey(referent.text);
  }
  object ??= fallbackKey(evidence);

  // Numbers. A plan's goal is a target of its own ('att kommunen tar fram en plan för att minska utsläppen med
  // 50 procent till 2030': the plan has no numbers).
  let numbers: Numbers = { target_year: null, baseline_year: null, reduction_percent: null, clause: null };
  if (!NUMBERLESS.has(type) && object !== 'klimatplan') {
    numbers = numbersOf(input, seg, evidence, referent?.description && strength === 'proposed' ? referent.text : null);
    // Several goals told apart by `when`: the commitment is the chosen goal's clause ('… halvera utsläppen till
    // 2030 och att bygga 200 nya laddpunkter under 2024', when 2024: the charging points).
    if (numbers.clause) object = objectFromWords(type, numbers.clause, evidence, null) ?? object;
  }
  const { target_year, baseline_year, reduction_percent } = numbers;

  // Scope.
  let scope: Attributes['scope'] = null;
  if (!SCOPELESS.has(type)) {
    scope = scopeOf(evidence, actor, type);
    if (!scope && referent && isSpecific(object)) scope = scopeOf(referent.text, actor, type);
    // A sentence just after that defines the committed object ('En koldioxidbudget innebär att …').
    if (!scope && isSpecific(object)) {
      const def = win.after.slice(0, 3).find((s) => definesObject(s.text, object));
      if (def) scope = scopeOf(def.text, actor, type);
    }
    if (!scope && object) scope = keyInfo(object).scope ?? null;
  }

  return { strength, target_year, baseline_year, reduction_percent, scope, object };
}
