// Commitments: who committed to what and when (corpus/real/README.md, "commitments"). Each commitment is a
// span over its evidence — a sentence, a list item or an att-sats — with an actor, a type, a short `what`, a
// `when`, and the rule that found it. The words come from extractors/lexicon/commitments.ts; the actors from
// extractors/actors.ts. The rules, in the order they are tried on each unit:
//   att-satser     a motion's att-satser, each a proposal of the proposing party;
//   decisions      the att-punkter of a body's decision, typed by their verb;
//   listings       motions named in lists and news ("… – motion från Anna Berg (C)", "V-motion om …");
//   proposals      a party proposing, backing or filing ("S, V och MP har motionerat om …");
//   answers        a deciding body's answer to a motion (bifall, avslag, besvarad);
//   goals          goal statements ("Kommunens mål är att …", "X har som mål att …", "X ska vara klimatneutral 2030");
//   verbs          acts of signing, joining, adopting, revising and undertaking, with a named subject;
//   members        lists that name the members of a group introduced just before ("Myndigheterna är A, B och C");
//   actions        planned concrete acts ("Kommunen avser att bygga …", "Laddpunkter kommer att sättas upp …").
// Precision first: questions, negated, hedged and conditional clauses, clauses embedded under someone else's
// opinion or proposal, and acts whose actor is not named ("23 kommuner", "städerna") give nothing.
import type { CommitmentType, CommitmentValue, ExtractorInput } from '../src/types.js';
import { actorIndex, NOT_MUNICIPAL_BODY_RE, type ActorIndex, type ActorSpan } from './actors.js';
import { commitmentAttributes, isClimateText } from './attributes.js';
import {
  clauseEnd, clauseStart, isAdverb, isAuxiliary, isInfinitiveMarker, isSubordinator, tokenize, unitsOf, wordSet, type Token, type Unit,
} from './clauses.js';
import {
  ACTION_VERBS, ANSWER_PHRASES, CONTROL_VERBS, EMISSION_STEMS, GOAL_HEADS, HEDGES, JOINED_PROGRAMMES, MEETING_SUPPORT, REFUSALS, MOTION_ACTS, NEGATIONS, NOUNS,
  DECISION_VERBS, OPINION_NOUNS, OPINION_VERBS, PROCEDURAL_DECISIONS, PLAN_HEADS, PROPOSAL_VERBS, REDUCTION_WORDS, REPRESENTATIVES, TARGET_OUTCOMES, VERB_TRIGGERS, type ActionVerb,
  type NounClass, type VerbTrigger,
} from './lexicon/commitments.js';
import type { CommitmentMention, DateMention, Extractor, ExtractorContext } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Vocabulary, compiled once.

const forms = (entries: readonly { forms: string }[]): ReadonlySet<string> => wordSet(entries.map((e) => e.forms).join(' '));
const NEGATION = wordSet(NEGATIONS);
const HEDGE = forms(HEDGES);
const REFUSAL = forms(REFUSALS);
const OPINION = new Set([...wordSet(OPINION_VERBS), ...wordSet(OPINION_NOUNS)]);
const PROPOSAL = forms(PROPOSAL_VERBS);
const REPRESENTATIVE = wordSet(REPRESENTATIVES);
const GOAL_HEAD = forms(GOAL_HEADS);
const ACTION_BY_FORM = new Map<string, ActionVerb>();
for (const a of ACTION_VERBS) for (const f of wordSet(a.forms)) ACTION_BY_FORM.set(f, a);

/** Phrases of a phrase table (comma-separated forms, possibly of several words) as token sequences, longest first. */
const phrases = (entries: readonly { forms: string }[]): string[][] =>
  entries.flatMap((e) => e.forms.toLowerCase().split(',').map((f) => f.trim().split(/\s+/)).filter((f) => f[0]))
    .sort((a, b) => b.length - a.length);

/** Phrases by their first word, for a constant-time look-up at each token. */
type PhraseIndex = ReadonlyMap<string, string[][]>;
const indexPhrases = (list: string[][]): PhraseIndex => {
  const out = new Map<string, string[][]>();
  for (const p of list) out.set(p[0]!, [...(out.get(p[0]!) ?? []), p]);
  return out;
};
const MOTION_ACT_PHRASES = indexPhrases(phrases(MOTION_ACTS));
const ANSWER_PHRASE_LIST = indexPhrases(phrases(ANSWER_PHRASES));
const SUPPORT_PHRASES = indexPhrases(phrases(MEETING_SUPPORT));
const OUTCOME_PHRASES = phrases(TARGET_OUTCOMES);
const REDUCTION = new Set(phrases([REDUCTION_WORDS]).map((p) => p.join(' ')));
const EMISSIONS = phrases([EMISSION_STEMS]).map((p) => p.join(' '));
const CONTROL = wordSet(CONTROL_VERBS);
const PLAN_HEAD = wordSet(PLAN_HEADS);

const TRIGGERS_BY_FORM = new Map<string, VerbTrigger[]>();
for (const t of VERB_TRIGGERS) for (const f of wordSet(t.forms)) TRIGGERS_BY_FORM.set(f, [...(TRIGGERS_BY_FORM.get(f) ?? []), t]);

const INFLECTIONS = new Set(['', 'en', 'et', 'n', 't', 'er', 'erna', 'ar', 'arna', 'na', 's', 'ens', 'ets', 'ns', 'ts', 'ernas', 'arnas', 'ers', 'ars', 'a', 'e', 'or', 'orna', 'r', 'rna', 'et:s', 'en:s', 'met', 'men', 'mets', 'mens', 'me']);
/** The noun class of a word: a stem of the class, inflected or as the last part of a compound ("klimatkontraktet"). */
export function nounClasses(word: string): NounClass[] {
  const w = word.toLowerCase();
  const out: NounClass[] = [];
  for (const n of NOUNS) {
    for (const stem of n.stems) {
      const i = w.lastIndexOf(stem);
      if (i >= 0 && INFLECTIONS.has(w.slice(i + stem.length))) { out.push(n.class); break; }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Drafts and the document environment.

interface Draft {
  start: number;
  end: number;
  /** The evidence text (set when the draft is kept). */
  evidence?: string;
  value: CommitmentValue;
  rule: string;
  heading: boolean;
  /** What the commitment is about, for telling one act told twice from two acts ("klimatkontrakt", a motion's words). */
  key: string;
}

interface Env {
  doc: ExtractorInput;
  ctx: ExtractorContext;
  text: string;
  units: readonly Unit[];
  actors: ActorIndex;
  dates: DateMention[];
  /** The document is about an agreement (so "har skrivit under" needs no object). */
  contractContext: boolean;
  /** The document's own date or a standalone date line at its top (a news header "Oktober"). */
  docDate: string | null;
  /** Parties whose att-satser the document carries: their motions are not counted again when named. */
  attParties: Set<string>;
  /** The date of the meeting a report is from ("Rapport från Kommunstyrelsen 4 april"). */
  meetingDate: string | null;
  /** Index of each unit, and the unit starting at an offset: constant-time lookups for the rules. */
  unitIndex: Map<Unit, number>;
  unitAt: Map<number, Unit>;
  /** Units that file a motion ("lämnade … in en motion"), in order. */
  filings: Unit[];
}

const tokensCache = new WeakMap<Unit, Token[]>();
/** A unit's tokens: a slice of the document's one tokenisation. */
function tokensOf(env: Env, u: Unit): Token[] {
  let t = tokensCache.get(u);
  if (!t) { t = env.actors.tokensIn(u.start, u.end); tokensCache.set(u, t); }
  return t;
}

/** Index of the token that starts at or after `at`. */
function tokenAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

function datesIn(env: Env, start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  let lo = 0, hi = env.dates.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (env.dates[mid]!.start < start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < env.dates.length && env.dates[i]!.start < end; i++) if (env.dates[i]!.end <= end) out.push(env.dates[i]!);
  return out;
}

// A date that is a goal, a base or a validity period is not the date of an act.
const GOAL_DATE_RE = /^(?:till|senast|innan|före|by|innen|inom|fram\s+till|till\s+och\s+med|t\.o\.m\.?)\s|^år\s/iu;
const BASE_DATE_RE = /^(?:jämfört\s+med|från|sedan|mot|i\s+förhållande\s+till)\s/iu;

/** "år 2021" after a joining or signing is when it happened ("gick med i satsningen år 2021"), not a goal. */
const ACT_YEAR_RE = /^år\s/iu;

/**
 * The date of the act in [start, end): the first date that is not a goal, base or period; deictic days resolved.
 * For a joining or signing (`dated act`), "år 2021" and a year after a programme's name are the act's date.
 */
function actDate(env: Env, start: number, end: number, datedAct = false): string | null {
  for (const d of datesIn(env, start, end)) {
    if ((GOAL_DATE_RE.test(d.text) && !(datedAct && ACT_YEAR_RE.test(d.text))) || BASE_DATE_RE.test(d.text) || d.value.value.includes('/')) continue;
    if (isGoalYear(env.text, d, datedAct)) continue;
    return d.value.value;
  }
  return null;
}

/** The date a membership began: "sedan 2021", "sedan januari 2019" in [start, end). */
function sinceDate(env: Env, start: number, end: number): string | null {
  const d = datesIn(env, start, end).find((x) => /^sedan\s/iu.test(x.text) && !x.value.value.includes('/'));
  return d ? d.value.value : null;
}

/** A year written with a climate outcome ("klimatneutralt 2030", "fossilbränslefria år 2025") is a goal year. */
function isGoalYear(text: string, d: DateMention, datedAct = false): boolean {
  if (!/^\d{4}$/u.test(d.value.value)) return false;
  let around = text.slice(Math.max(0, d.start - 60), d.end).toLowerCase();
  // "gick med i Klimatneutrala städer 2030 år 2021": the programme's name holds no outcome of this act.
  if (datedAct) around = around.replace(JOINED_PROGRAMME_ANYWHERE, ' ');
  return OUTCOME_PHRASES.some((o) => around.includes(o.join(' '))) || /(?:^|\s)(?:till|senast)\s+(?:år\s+)?\d{4}$/u.test(around);
}

/** Goal years in [start, end), in order: years (and the end of periods) that are not base years. */
function goalYears(env: Env, start: number, end: number): string[] {
  const out: string[] = [];
  for (const d of datesIn(env, start, end)) {
    const v = d.value.value;
    if (BASE_DATE_RE.test(d.text) && !/^från\s+och\s+med/iu.test(d.text)) continue;
    if (/^\d{4}\/\d{4}$/u.test(v)) { out.push(v.slice(5)); continue; }
    if (!/^\d{4}$/u.test(v)) continue;
    if (/(?:jämfört\s+med|jämfört\s+med\s+år|sammenlignet\s+med|compared\s+(?:to|with))\s*$/iu.test(env.text.slice(Math.max(0, d.start - 25), d.start))) continue;
    out.push(v);
  }
  return out;
}

const lc = (s: string) => s.toLowerCase();
const isQuestion = (u: Unit) => /\?["”»)]*$/u.test(u.text.trim());

/** A short phrase for `what`: the words from the trigger on, trimmed to the clause, at most ~16 words. */
function whatFrom(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/gu, ' ').replace(/[.!;:,\s]+$/u, '').trim();
  const words = s.split(' ');
  return words.length > 16 ? words.slice(0, 16).join(' ') + ' …' : s;
}

// ---------------------------------------------------------------------------------------------------
// Actors of a clause.

/** The actor spans of a unit, with the token range each covers. */
interface Placed { span: ActorSpan; from: number; to: number } // token indices [from, to)

function placed(env: Env, u: Unit, tokens: Token[]): Placed[] {
  return env.actors.within(u.start, u.end).filter((s) => s.end <= u.end).map((span) => {
    const from = tokenAt(tokens, span.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= span.end) to++;
    return { span, from, to: Math.max(to, from + 1) };
  });
}

const COORD_RE = /^(?:,|och|samt|&|and|liksom|däribland|inklusive|bland|annat|dem)$/u;

/**
 * The actors of a noun phrase starting at token `i`: a coordination of actor spans ("S, V och MP", "Kiruna och
 * Luleå", "Hans Lindberg, ordförande, kommunstyrelsen, och generaldirektörerna för Energimyndigheten och Formas"),
 * with representatives' organisations ("representanter från …"). Returns the spans and the index after the phrase.
 */
function phraseAt(tokens: Token[], ps: Placed[], i: number): { spans: Placed[]; end: number } | null {
  let k = i;
  // Representatives: "representanter från X", "generaldirektörerna för X".
  if (tokens[k] && REPRESENTATIVE.has(tokens[k]!.lower) && tokens[k + 1] && /^(?:från|för|i)$/u.test(tokens[k + 1]!.lower)) k += 2;
  const out: Placed[] = [];
  for (let guard = 0; guard < 40; guard++) {
    // Skip determiners and numbers of a group: "samtliga ingående 23 kommuner".
    const p = ps.find((x) => x.from === k);
    if (!p) break;
    out.push(p);
    k = p.to;
    // "Vi i Vänsterpartiet": the party speaks.
    if (p.span.kind === 'we' && tokens[k]?.lower === 'i' && ps.some((x) => x.from === k + 1 && x.span.kind === 'party')) {
      const party = ps.find((x) => x.from === k + 1)!;
      out[out.length - 1] = party;
      k = party.to;
    }
    // An organ of a named municipality: "Kommunfullmäktige i Säter", "Miljönämnden i Landskrona".
    if ((p.span.kind === 'organ' || p.span.kind === 'party') && tokens[k]?.lower === 'i' && ps.some((x) => x.from === k + 1 && x.span.kind === 'municipality')) k = ps.find((x) => x.from === k + 1)!.to;
    // A person's party label and role apposition: "(S)", ", kommunstyrelsens ordförande,".
    if (tokens[k]?.text === '(') { while (k < tokens.length && tokens[k]!.text !== ')') k++; k++; }
    if (p.span.kind === 'person' && tokens[k]?.text === ',') {
      let j = k + 1;
      while (j < tokens.length && j < k + 6 && tokens[j]!.text !== ',' && !ps.some((x) => x.from === j)) j++;
      if (tokens[j]?.text === ',') k = j;
    }
    // Coordination.
    let j = k;
    let sawCoord = false;
    while (tokens[j] && COORD_RE.test(tokens[j]!.lower)) { j++; sawCoord = true; }
    if (!sawCoord) break;
    if (tokens[j] && REPRESENTATIVE.has(tokens[j]!.lower) && tokens[j + 1] && /^(?:från|för)$/u.test(tokens[j + 1]!.lower)) j += 2;
    if (!ps.some((x) => x.from === j)) break;
    k = j;
  }
  return out.length ? { spans: out, end: k } : null;
}

type Family = 'act' | 'proposal';

/** The actor a span names in a clause of this family (a person proposes for their party, acts for their municipality). */
function actorOf(env: Env, p: Placed, family: Family): string | null {
  const s = p.span;
  if (s.kind === 'person') return family === 'proposal' ? s.party ?? null : s.municipality ?? null;
  if (s.kind === 'we') return s.actor;
  if (family === 'proposal' && s.kind !== 'party') return null;
  return s.actor;
}

const QUOTE_DASH = /^[–—-]$/u;
const LEADING_NOISE = /^(?:[–—\-"”»|•·*(]|och|men|samt|även|också|hela)$/u;

/**
 * The subject of the verb at token `vi`: in a main clause the phrase before the finite verb, or after it when an
 * adverbial stands first (inverted order, "Idag signerar Skellefteå kommun …"); in a subordinate clause the phrase
 * after the subordinator; in a relative clause ("en av nio kommuner som undertecknar") the phrase before it; for
 * an infinitive ("kommer att ta fram", "åtar sig att") the subject of its governing verb. English is read in
 * subject–verb order. Returns null when the subject is not an actor phrase (then nothing is committed).
 */
function subjectOf(env: Env, tokens: Token[], ps: Placed[], vi: number, depth = 0): Placed[] | null {
  if (depth > 3) return null;
  let cs = clauseStart(tokens, vi);
  while (cs < vi && LEADING_NOISE.test(tokens[cs]!.lower)) cs++;
  const first = tokens[cs];
  if (!first) return null;
  // An infinitive: "att" right before the verb (adverbs between) takes its governing verb's subject.
  if (first.lower === 'att' && tokens.slice(cs + 1, vi).every((t) => isAdverb(t))) {
    // "kommer Energikontor Norr att stå för": the subject stands between the control verb and "att".
    const between = ps.find((p) => p.to === cs && p.from > 0 && CONTROL.has(tokens[p.from - 1]!.lower));
    if (between) return phraseAt(tokens, ps, between.from)?.spans ?? [between];
    const g = governorOf(tokens, cs);
    // "… att etablera ett innovationsteam … samt att skriva ett klimatkontrakt": the first infinitive's governor.
    if (g >= 0 && /^(?:samt|och|eller)$/u.test(tokens[g]!.lower)) {
      for (let a = g - 1; a >= 0; a--) if (tokens[a]!.lower === 'att') return subjectOf(env, tokens, ps, Math.min(a + 1, vi), depth + 1);
    }
    if (g >= 0 && CONTROL.has(tokens[g]!.lower)) return subjectOf(env, tokens, ps, g, depth + 1);
    // "Planen är att etablera …": the document's own municipality plans it.
    if (g >= 1 && /^(?:är|var)$/u.test(tokens[g]!.lower) && PLAN_HEAD.has(tokens[g - 1]!.lower)) return ownPhrase(env);
    return null;
  }
  // The finite verb: the first auxiliary or control verb of the clause before the trigger ("har antagit", "beslutar
  // att bifalla"), else the trigger itself.
  let f = vi;
  for (let j = cs; j < vi; j++) {
    if ((isAuxiliary(tokens[j]) || (CONTROL.has(tokens[j]!.lower) && tokens.slice(j + 1, vi).some((t) => t.lower === 'att'))) && !ps.some((x) => j >= x.from && j < x.to)) { f = j; break; }
  }
  if (env.doc.language === 'en') {
    const before = ps.filter((p) => p.to <= f && p.from >= cs);
    const last = before.at(-1);
    if (!last) return null;
    const start = coordinationStart(tokens, ps, before.indexOf(last), before);
    return phraseAt(tokens, ps, start)?.spans ?? [last];
  }
  if (isSubordinator(first) && !(first.lower === 'som' && cs === 0)) {
    const sub = first.lower;
    if (sub === 'som' || sub === 'which' || sub === 'that' || sub === 'who') {
      const inner = phraseAt(tokens, ps, skipAdverbs(tokens, cs + 1));
      if (inner && inner.end <= f) return inner.spans;
      return antecedent(env, tokens, ps, cs);
    }
    const after = phraseAt(tokens, ps, skipAdverbs(tokens, cs + 1));
    return after && after.end <= f + 1 ? after.spans : null;
  }
  const pre = phraseAt(tokens, ps, skipAdverbs(tokens, cs));
  if (pre && pre.end <= f && tokens.slice(pre.end, f).every((t) => isAdverb(t) || t.text === ',' || /^(?:i|kommun|stad)$/u.test(t.lower))) return pre.spans;
  // A second verb of the same subject: "Miljöpartiet reserverade sig mot beslutet och vill att …".
  if (pre && f - 1 > pre.end && /^(?:och|samt)$/u.test(tokens[f - 1]!.lower) && pre.spans[0]!.from === skipAdverbs(tokens, cs)
    && !tokens.slice(pre.end, f - 1).some((t) => isSubordinator(t) || t.text === ',' || ps.some((p) => p.from === tokens.indexOf(t)))) return pre.spans;
  // An inverted subject shared by a second verb: "Nu tar Umeå kommun nästa steg och signerar Klimatkontrakt 2030".
  if (f - 1 > cs && /^(?:och|samt)$/u.test(tokens[f - 1]!.lower)) {
    const a = skipAdverbs(tokens, cs);
    for (let k = a; k < Math.min(f - 2, a + 4); k++) {
      if (isSubordinator(tokens[k]) || /^(?:i|på|under|efter|inom|med|för|till|av|om|från|vid|,)$/u.test(tokens[k]!.lower) || ps.some((p) => k >= p.from && k < p.to)) continue;
      const inv = phraseAt(tokens, ps, skipAdverbs(tokens, k + 1));
      if (!inv || inv.end >= f - 1) continue;
      if (tokens.slice(inv.end, f - 1).some((t) => isSubordinator(t) || t.text === ',' || TRIGGERS_BY_FORM.has(t.lower))) break;
      return inv.spans;
    }
  }
  // Coordinated with a name that is no actor of ours: "Haparanda stad och Torneå stad i Finland skrev …".
  if (pre && pre.end < f && /^(?:och|samt|,)$/u.test(tokens[pre.end]!.lower) && /^\p{Lu}/u.test(tokens[pre.end + 1]?.text ?? '')
    && !tokens.slice(pre.end, f).some((t) => isSubordinator(t) || TRIGGERS_BY_FORM.has(t.lower))) return pre.spans;
  // Inverted: an adverbial first, the subject right after the finite verb.
  if (cs < f) {
    let j = f + 1;
    while (j < tokens.length && (isAdverb(tokens[j]) || /^(?:sig|oss)$/u.test(tokens[j]!.lower))) j++;
    const after = phraseAt(tokens, ps, j);
    if (after) return after.spans;
  }
  return null;
}

const DATE_WORD = /^(?:den|\d{1,4}(?:-\d{2}){0,2}|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/u;

/**
 * The governing verb of the infinitive marker "att" at `at`: the word before it, past adverbs, a reflexive and a
 * time adverbial ("beslutade på måndagskvällen att bygga", "kommer bland annat att"); -1 when there is none.
 */
function governorOf(tokens: Token[], at: number, ps?: Placed[]): number {
  let g = at - 1;
  while (g >= 0 && (isAdverb(tokens[g]) || /^(?:sig|oss|mig|bland|annat)$/u.test(tokens[g]!.lower))) g--;
  if (g < 0) return -1;
  // An inverted subject between the control verb and "att": "Under 2024 kommer Umeå kommun att installera …".
  const subject = ps?.find((p) => p.to === g + 1 && p.from > 0 && CONTROL.has(tokens[p.from - 1]!.lower));
  if (subject) return subject.from - 1;
  if (!CONTROL.has(tokens[g]!.lower)) {
    if (g >= 1 && /^(?:i|på|under|vid|efter|den)$/u.test(tokens[g - 1]!.lower) && CONTROL.has(tokens[g - 2]?.lower ?? '')) return g - 2;
    if (g >= 2 && /^(?:i|på|under|vid)$/u.test(tokens[g - 2]!.lower) && CONTROL.has(tokens[g - 3]?.lower ?? '')) return g - 3;
    // A date: "beslutade den 12 mars 2023 att anta …", "beslöt 2021-03-04 att …".
    let d = g;
    while (d >= 0 && g - d < 5 && DATE_WORD.test(tokens[d]!.lower)) d--;
    if (d < g && d >= 0 && CONTROL.has(tokens[d]!.lower)) return d;
  }
  return g;
}

/** The first span of a coordination that ends with `before[k]` ("Kiruna och Luleå" from "Luleå"). */
function coordinationStart(tokens: Token[], ps: Placed[], k: number, before: Placed[]): number {
  let start = before[k]!.from;
  for (let m = k - 1; m >= 0; m--) {
    const gap = tokens.slice(before[m]!.to, start);
    if (!gap.length || !gap.every((t) => COORD_RE.test(t.lower))) break;
    start = before[m]!.from;
  }
  return start;
}

/** The own municipality as a subject phrase (for subjectless plans in its own news). */
function ownPhrase(env: Env): Placed[] | null {
  const own = env.actors.own ?? (env.actors.publisher.party || env.actors.publisher.organisation ? null : 'kommunen');
  return own ? [{ span: { start: 0, end: 0, actor: own, kind: 'municipality', genitive: false }, from: -1, to: -1 }] : null;
}

function skipAdverbs(tokens: Token[], i: number): number {
  while (i < tokens.length && (isAdverb(tokens[i]) || /^(?:även|också|just|redan)$/u.test(tokens[i]!.lower))) i++;
  return i;
}

function tokensBetweenHaveSubject(tokens: Token[], ps: Placed[], from: number, to: number): boolean {
  return ps.some((p) => p.from >= from && p.from < to);
}

/** The antecedent of a relative "som" at token `at`: the actor phrase of "X är en av N kommuner som", or the phrase right before. */
function antecedent(env: Env, tokens: Token[], ps: Placed[], at: number): Placed[] | null {
  // "Umeå kommun är en av nio kommuner som …": the subject of "är en av".
  for (let j = at - 1; j >= 0 && j > at - 12; j--) {
    if (tokens[j]!.lower === 'av' && tokens[j - 1]?.lower === 'en' && /^(?:är|blir|blev|var|blivit|varit)$/u.test(tokens[j - 2]?.lower ?? '')) {
      const s = subjectOf(env, tokens, ps, j - 2);
      return s;
    }
  }
  // A cleft: "Det är Caroline Ottosson, centerpartistisk ledamot …, som ligger bakom motionen".
  for (let j = at - 1; j >= 1 && j > at - 30; j--) {
    if (/^(?:är|var)$/u.test(tokens[j]!.lower) && /^det$/u.test(tokens[j - 1]!.lower)) {
      const cleft = phraseAt(tokens, ps, j + 1);
      if (cleft) return cleft.spans;
      break;
    }
  }
  const before = ps.filter((p) => p.to === at || (p.to === at - 1 && tokens[at - 1]!.text === ','));
  return before.length ? [before.at(-1)!] : null;
}

/** Named actors of a subject phrase, distinct, in order; groups and unresolved references drop out. */
function named(env: Env, subject: Placed[] | null, family: Family): string[] {
  if (!subject) return [];
  const out: string[] = [];
  for (const p of subject) {
    const a = actorOf(env, p, family);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Clause filters.

/** A negation, hedge or condition in the clause of token `vi` before it (or a negation right after it). */
function blocked(tokens: Token[], vi: number, opts: { allowVill?: boolean } = {}): boolean {
  const cs = clauseStart(tokens, vi), ce = clauseEnd(tokens, vi);
  // A negation in a governing clause reaches down its att-chain: "har inte beslutat att gå med i X eller att skriva under Y".
  for (let c = cs, level = 0; level < 3 && c > 0 && tokens[c]?.lower === 'att'; level++) {
    let g = c - 1;
    while (g > 0 && /^(?:eller|och|samt|,)$/u.test(tokens[g]!.lower)) {
      let a = g - 1;
      while (a > 0 && tokens[a]!.lower !== 'att') a--;
      g = a - 1;
    }
    if (g < 0) break;
    const gs = clauseStart(tokens, g);
    for (let j = gs; j <= g; j++) if (NEGATION.has(tokens[j]!.lower)) return true;
    c = gs;
  }
  if (tokens[cs] && /^(?:om|ifall)$/u.test(tokens[cs]!.lower)) return true;
  // An infinitive under a refusal: "har sagt nej till att gå med", "avstår från att skriva under".
  for (let j = vi - 1; j >= Math.max(0, vi - 4); j--) {
    if (tokens[j]!.lower !== 'att') continue;
    if (tokens.slice(Math.max(0, j - 3), j).some((t) => REFUSAL.has(t.lower))) return true;
    break;
  }
  // A relative clause ends at the next finite verb of its main clause: "de mål som fullmäktige antog 2016 har inte följts upp".
  const end = tokens[cs]?.lower === 'som' ? Math.min(ce, vi + 1 + Math.max(0, tokens.slice(vi + 1, ce).findIndex((t) => isAuxiliary(t)))) : ce;
  for (let j = cs; j < end; j++) {
    const w = tokens[j]!.lower;
    if (NEGATION.has(w) && (j < vi || j <= vi + 3)) return true;
    if (j < vi && HEDGE.has(w) && !(w === 'skulle' && decidedSkulle(tokens, j))) return true;
    if (j < vi && w === 'vill' && !opts.allowVill) return true;
  }
  // Embedded under an opinion or a proposal of someone: "V föreslår att kommunen går med i …".
  if (tokens[cs]?.lower === 'att' || (cs > 0 && tokens[cs - 1]?.lower === 'att')) {
    const attAt = tokens[cs]?.lower === 'att' ? cs : cs - 1;
    for (let j = attAt - 1; j >= 0; j--) {
      const w = tokens[j]!.lower;
      if (OPINION.has(w) || REFUSAL.has(w)) return true;
      if (/^(?:bra|glädjande|positivt|roligt|välkomnar|konstaterar|visar|pekar|berättar|säger)$/u.test(w) || /^[;:–—]$/u.test(w)) break;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Rule: att-satser of a motion.

/** A word that introduces a proposal's att-satser: "föreslår", "föreslås", "yrkar", "hemställer". */
const PROPOSAL_INTRO_WORD = /^(?:föresl|yrka|hemställ)/u;
const DECISION_WORD = /^(?:beslut|beslöt|att-satser)/u;
const DECISION_INTRO_RE = /(?<![\p{L}])(?:beslut(?:ar|ade|at)?|beslöt)(?![\p{L}])\s*:?\s*$|(?:beslut|att-satser)\s*:\s*$/iu;
const FILING_RE = /(?<![\p{L}])(?:lämna(?:de|r|t)?\s+(?:\p{L}+\s+){0,4}?in\s+(?:en\s+)?(?:\p{L}+\s+)?motion|motion\s+till\s+(?:kommunfullmäktige|fullmäktige|kommunstyrelsen|\p{L}*nämnden))/iu;

/** The parties of a proposal block: named in its intro, its signature, the document's motion, or the publisher. */
function proposers(env: Env, introUnits: Unit[], after: number): string[] {
  // Signature lines after the last att-sats: a person with a party, a party's name.
  const sig = env.actors.within(after, env.text.length).filter((s) => (s.kind === 'person' && s.party) || s.kind === 'party').slice(0, 6);
  const sigParties = [...new Set(sig.map((s) => (s.kind === 'person' ? s.party! : s.actor!)))];
  for (const u of [...introUnits].reverse()) {
    const tokens = tokensOf(env, u);
    const ps = placed(env, u, tokens);
    // "föreslår vi": the signers, all of them in a joint motion.
    if (ps.some((p) => p.span.kind === 'we') && !ps.some((p) => p.span.kind === 'party') && sigParties.length) return sigParties;
    const parties = ps.map((p) => (p.span.kind === 'person' ? p.span.party : p.span.kind === 'party' ? p.span.actor : p.span.kind === 'we' ? p.span.actor : null))
      .filter((x): x is string => !!x && isPartyActor(env, x));
    if (parties.length) return [...new Set(parties)];
  }
  if (sigParties.length) return sigParties;
  // The party that filed the motion, named earlier ("lämnade Centerpartiet in en motion", "Vänsterpartiets motion").
  const owner = env.actors.spans.filter((s) => s.kind === 'party' && s.actor && s.start < after);
  if (env.actors.publisher.party) return [env.actors.publisher.party];
  const distinct = [...new Set(owner.map((s) => s.actor!))];
  return distinct.length === 1 ? distinct : [];
}

function isPartyActor(env: Env, a: string): boolean {
  return /^(?:S|M|SD|C|V|KD|L|MP)$/u.test(a) || env.actors.spans.some((s) => s.kind === 'party' && s.actor === a);
}

/** The date a motion was filed: a filing sentence's date, else the page's own date when the page is the motion. */
function motionDate(env: Env, before: number): string | null {
  for (const u of env.filings) {
    if (u.start >= before) break;
    const d = actDate(env, u.start, u.end);
    if (d) return d;
  }
  return env.ctx.kind === 'motion' ? env.ctx.published : null;
}

function attSatser(env: Env, used: Set<Unit>): Draft[] {
  const out: Draft[] = [];
  const units = env.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'att') continue;
    const words = tokensOf(env, u);
    const intro = words.some((t) => PROPOSAL_INTRO_WORD.test(t.lower)) || /att-satser\s*:?\s*$/iu.test(u.text);
    const decision = !intro && words.some((t) => DECISION_WORD.test(t.lower)) && DECISION_INTRO_RE.test(u.text);
    if (!intro && !decision) continue;
    // The att-satser follow the intro (or its last sentence ends "… besluta att:").
    const items: Unit[] = [];
    let k = i + 1;
    while (k < units.length && units[k]!.line === u.line) k++;
    for (; k < units.length; k++) {
      const x = units[k]!;
      if (x.kind === 'att' || (x.kind === 'item' && /^att\s/iu.test(x.text))) { items.push(x); while (k + 1 < units.length && units[k + 1]!.line === x.line) k++; continue; }
      break;
    }
    if (!items.length) continue;
    const introUnits = units.slice(Math.max(0, i - 1), i + 1).filter((x) => x.line === u.line || x === units[i - 1]);
    for (const x of [u, ...items]) used.add(x);
    if (decision) {
      out.push(...decisionItems(env, items, u));
      continue;
    }
    out.push(...proposalItems(env, introUnits.length ? introUnits : [u], items, u.end));
  }
  // A motion's att-satser with no intro line ("Motion om solceller⏎⏎att kommunen investerar …"): its signers'.
  if (env.ctx.kind === 'motion') {
    for (let i = 0; i < units.length; i++) {
      if (units[i]!.kind !== 'att' || used.has(units[i]!) || (i > 0 && units[i - 1]!.kind === 'att')) continue;
      const items: Unit[] = [];
      for (let k = i; k < units.length && (units[k]!.kind === 'att' || units[k]!.line === units[i]!.line) && !used.has(units[k]!); k++) {
        if (units[k]!.kind === 'att') items.push(units[k]!);
      }
      for (const x of items) used.add(x);
      out.push(...proposalItems(env, i > 0 ? [units[i - 1]!] : [], items, units[i]!.start));
    }
  }
  return out;
}

/** One proposal per att-sats and proposing party. */
function proposalItems(env: Env, introUnits: Unit[], items: Unit[], introEnd: number): Draft[] {
  const out: Draft[] = [];
  const parties = proposers(env, introUnits, items.at(-1)!.end);
  if (!parties.length) return out;
  const when = motionDate(env, introEnd) ?? null;
  for (const p of parties) env.attParties.add(p);
  for (const item of items) {
    const end = item.end;
    const what = whatFrom(env.text, item.start, end).replace(/^att\s+/iu, 'att ');
    for (const party of parties) out.push({ start: item.start, end, value: { actor: party, type: 'propose', what, when }, rule: 'commitments.att-sats', heading: false, key: lc(what) });
  }
  return out;
}

/** The att-punkter of a body's decision ("Kommunfullmäktige beslutar\n1. att anta …"): typed by their verb. */
function decisionItems(env: Env, items: Unit[], intro: Unit): Draft[] {
  const out: Draft[] = [];
  const tokens = tokensOf(env, intro);
  const ps = placed(env, intro, tokens);
  const body = ps.find((p) => p.span.kind === 'organ' || p.span.kind === 'municipality' || p.span.kind === 'kommunen');
  const actor = body?.span.actor ?? env.actors.own;
  if (!actor) return out;
  const when = actDate(env, intro.start, intro.end) ?? env.ctx.published;
  for (const item of items) {
    const words = tokenize(env.text, item.start, item.end);
    const verb = words[1];
    if (!verb || words.some((t) => NEGATION.has(t.lower))) continue;
    // "att bifalla motionen", "att anse motionen besvarad": the body's answer to the motion.
    if ((matchPhrase(words, 1, ANSWER_PHRASE_LIST) || (/^(?:anse|anses)$/u.test(verb.lower) && /^(?:motionen|förslaget|medborgarförslaget)$/u.test(words[2]?.lower ?? '')))
      && words.some((t) => /^(?:motion|medborgarförslag|förslag)\p{L}*$/u.test(t.lower))) {
      out.push({ start: item.start, end: item.end, value: { actor, type: 'other', what: whatFrom(env.text, item.start, item.end), when }, rule: 'commitments.answer', heading: false, key: 'answer' });
      continue;
    }
    const trig = (TRIGGERS_BY_FORM.get(verb.lower) ?? []).find((t) => objectOk(env, words, 1, t));
    const type: CommitmentType | null = trig ? trig.type : ACTION_BY_FORM.has(verb.lower) ? 'other' : null;
    if (!type) continue;
    out.push({ start: item.start, end: item.end, value: { actor, type, what: whatFrom(env.text, item.start, item.end), when }, rule: 'commitments.decision-point', heading: false, key: lc(item.text) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Rule: motions named in listings and news.

const PARTY_LETTERS = '(?:SD|KD|MP|FP|Fp|S|M|C|V|L)';
// "– motion från Gabor Sebastiani (C)", "– motion av Bo Brismar (KD)", "motion från Sven-Erik Wånell (V) och Jonas Lundgren (V)".
const MOTION_FROM_RE = /(?:^|[–—-]\s*|\s)motion(?:en)?\s+(?:från|av)\s+(.+)$/iu;
// "(gemensam motion KD, M, Fp och C)".
const JOINT_RE = new RegExp(`\\((?:gemensam\\s+)?motion\\s+((?:${PARTY_LETTERS}(?:\\s*,\\s*|\\s+och\\s+|\\s+samt\\s+)?)+)\\)`, 'u');
// "V-motion om …", "S motion", "V:s motion", "Miljöpartiets motion".
const PARTY_MOTION_RE = new RegExp(`(?<![\\p{L}])(${PARTY_LETTERS})(?:-motion|:s\\s+motion|s?\\s+motion(?:en)?)(?![\\p{L}])`, 'u');

function listings(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u) || /interpellation|fråga\s+från/iu.test(u.text)) return [];
  const out: Draft[] = [];
  const push = (actor: string, rule: string, when: string | null) => {
    if (!out.some((d) => d.value.actor === actor)) {
      out.push({ start: u.start, end: u.end, value: { actor, type: 'propose', what: whatFrom(env.text, u.start, u.end), when }, rule, heading: u.kind === 'heading', key: motionKey(u.text) });
    }
  };
  const from = MOTION_FROM_RE.exec(u.text);
  if (from) {
    const at = u.start + from.index + from[0].length - from[1]!.length;
    for (const p of ps) if (p.span.start >= at && p.span.kind === 'person' && p.span.party) push(p.span.party, 'commitments.motion-from', actDate(env, u.start, at));
    for (const p of ps) if (p.span.start >= at && p.span.kind === 'party' && p.span.actor) push(p.span.actor, 'commitments.motion-from', actDate(env, u.start, at));
    return out;
  }
  const joint = JOINT_RE.exec(u.text);
  if (joint) {
    for (const m of joint[1]!.matchAll(new RegExp(PARTY_LETTERS, 'gu'))) push(/^fp$/iu.test(m[0]) ? 'L' : m[0], 'commitments.joint-motion', actDate(env, u.start, u.end));
    return out;
  }
  // A motion in a party's list of its motions ("Den 9/6: Inför en elevhälsogaranti") under a "Motioner" heading.
  if (u.kind === 'item' && env.actors.publisher.party && underHeading(env, u, /^motioner\b|lämnat\s+in\s+följande\s+motioner/iu)) {
    push(env.actors.publisher.party, 'commitments.party-motion-list', actDate(env, u.start, u.end));
    return out;
  }
  const pm = PARTY_MOTION_RE.exec(u.text);
  if (pm) {
    const party = /^fp$/iu.test(pm[1]!) ? 'L' : pm[1]!;
    if (!env.attParties.has(party)) push(party, 'commitments.party-motion', null);
  }
  for (const p of ps) {
    // "Miljöpartiets motion", "Vänsterpartiets motion om …" (genitive party before "motion").
    if (p.span.kind !== 'party' || !p.span.genitive || !p.span.actor) continue;
    const next = tokens[p.to];
    if (next && /^(?:motion|motionen|nämndmotion)$/u.test(next.lower) && !env.attParties.has(p.span.actor)) push(p.span.actor, 'commitments.party-motion', null);
  }
  return out;
}

const motionKey = (s: string) => `motion:${lc(s).replace(/[^\p{L}\s]/gu, '').split(/\s+/).filter((w) => w.length > 4).slice(0, 6).join(' ')}`;

/** Whether the unit stands under a heading (or intro line) matching `re`, with only list items between. */
/** The unit a list item stands under: the first non-item before it (within twelve units). */
function itemHead(env: Env, u: Unit): Unit | null {
  const i = env.unitIndex.get(u)!;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const x = env.units[k]!;
    // (The further sentences of an item's line belong to the item.)
    if (x.kind !== 'item' && !(k > 0 && env.units[k - 1]!.line === x.line && lineHasItem(env, k))) return x;
  }
  return null;
}

function lineHasItem(env: Env, k: number): boolean {
  const line = env.units[k]!.line;
  for (let j = k - 1; j >= 0 && env.units[j]!.line === line; j--) if (env.units[j]!.kind === 'item') return true;
  return false;
}

function underHeading(env: Env, u: Unit, re: RegExp): boolean {
  const i = env.unitIndex.get(u)!;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const x = env.units[k]!;
    if (x.kind === 'item') continue;
    return re.test(x.text);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Rule: a party proposing, filing, backing or supporting ("S, V och MP har motionerat om …", "Vänsterpartiet yrkade bifall").

function matchPhrase(tokens: Token[], i: number, index: PhraseIndex): number {
  const candidates = index.get(tokens[i]!.lower);
  if (!candidates) return 0;
  for (const p of candidates) {
    if (p.every((w, k) => tokens[i + k]?.lower === w)) return p.length;
  }
  return 0;
}

function proposals(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const support = matchPhrase(tokens, i, SUPPORT_PHRASES);
    // "Bakom argumenteringen för motionen stod vi, V och MP": "stod … bakom" with "bakom" fronted.
    const act = matchPhrase(tokens, i, MOTION_ACT_PHRASES) || gappedAct(tokens, i)
      || (/^(?:står|stod|ligger|låg)$/u.test(w) && tokens.slice(0, i).some((t) => t.lower === 'bakom') ? 1 : 0);
    // "Under år 2015 har vi lämnat in följande motioner:" introduces a list; its items are the proposals.
    if (act && tokens.slice(i, i + act + 3).some((t) => t.lower === 'följande')) continue;
    const propose = PROPOSAL.has(w) && (w !== 'vill' || tokens[i + 1]?.lower === 'att' || tokens[i + 2]?.lower === 'att') && (w !== 'kräver' || tokens[i + 1]?.lower === 'att');
    if (!support && !act && !propose) continue;
    if (blocked(tokens, i, { allowVill: true })) continue;
    // A filing or backing act needs a motion or proposals after it ("lämnar in en motion", "återkomma med nya förslag").
    if (act && !tokens.slice(i, Math.min(tokens.length, i + act + 6)).some((t) => nounClasses(t.text).includes('motion'))
      && !tokens.slice(Math.max(0, i - 6), i).some((t) => nounClasses(t.text).includes('motion'))) continue;
    let subject = subjectOf(env, tokens, ps, i);
    // "Bakom argumenteringen för motionen stod vi, V och MP": the backers after the verb.
    if (!subject && act) {
      const after = phraseAt(tokens, ps, i + act);
      if (after) subject = after.spans;
    }
    const actors = named(env, subject, 'proposal').filter((a) => isPartyActor(env, a));
    if (!actors.length) continue;
    const family = support ? 'support' : act ? 'act' : 'propose';
    const renewed = family === 'act' && /^återkom/u.test(tokens[i]!.lower);
    // The motion's own proposals are its att-satser: a party with att-satser is not counted again for naming its motion.
    const filing = family === 'act' && /lämna|väck/iu.test(tokens[i]!.lower);
    const when = family === 'support' ? env.meetingDate ?? actDate(env, u.start, u.end) : actDate(env, u.start, u.end) ?? (filing ? null : env.meetingDate);
    // Several proposals in one: "föreslår att kommunfullmäktige beslutar att anta X samt att ta fram Y".
    const parts = family === 'propose' ? proposalParts(env, tokens, i) : [[tokens[i]!.start, u.end] as [number, number]];
    for (const a of actors) {
      // A party with att-satser proposes by them: its prose proposal or filing is the same motion.
      if ((filing || family === 'propose') && env.attParties.has(a)) continue;
      for (const [s, e] of parts) {
        const key = family === 'support' ? `support:${u.start}` : family === 'propose' || renewed ? `prop:${lc(env.text.slice(s, e))}` : 'motion';
        out.push({ start: u.start, end: u.end, value: { actor: a, type: 'propose', what: whatFrom(env.text, s, e), when }, rule: `commitments.proposal.${family}`, heading: u.kind === 'heading', key });
      }
    }
    break;
  }
  return out;
}

/** "lämnar Miljöpartiets kommunfullmäktigegrupp in en motion": a filing verb and its particle with the subject between. */
function gappedAct(tokens: Token[], i: number): number {
  if (/^(?:lägger|lade|lagt)$/u.test(tokens[i]!.lower)) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) if (/^(?:förslag|förslaget|motion|motionen)$/u.test(tokens[j]!.lower)) return j - i + 1;
    return 0;
  }
  if (!/^(?:lämnar|lämnade|lämnat)$/u.test(tokens[i]!.lower)) return 0;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) if (tokens[j]!.lower === 'in') return j - i + 1;
  return 0;
}

/** The parts of a proposal joined by "samt att" / ", att": each its own proposal. */
function proposalParts(env: Env, tokens: Token[], i: number): [number, number][] {
  const cuts: number[] = [];
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j]!.lower === 'att' && /^(?:samt|och)$/u.test(tokens[j - 1]?.lower ?? '') && cuts.length < 4) cuts.push(j - 1);
  }
  const start = tokens[i]!.start, end = tokens.at(-1)!.end;
  if (!cuts.length) return [[start, end]];
  const out: [number, number][] = [];
  let s = start;
  for (const c of cuts) { out.push([s, tokens[c]!.start]); s = tokens[c + 1]!.start; }
  out.push([s, end]);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Rule: answers to a motion.

function answers(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  const aboutMotion = /(?<![\p{L}])(?:motion\p{L}*|förslag\p{L}*|medborgarförslag\p{L}*|att-sats\p{L}*)(?![\p{L}])/iu.test(u.text)
    || (/motion/iu.test(env.text) && /ställ\p{L}*\s+sig\s+positiv/iu.test(u.text));
  if (!aboutMotion) return [];
  for (let i = 0; i < tokens.length; i++) {
    const n = matchPhrase(tokens, i, ANSWER_PHRASE_LIST) || (/^(?:ansågs|anses)$/u.test(tokens[i]!.lower) && /^(?:motionen|förslaget|den)$/u.test(tokens[i + 1]?.lower ?? '') ? 2 : 0);
    if (!n) continue;
    if (blocked(tokens, i)) continue;
    // "bifaller kommunstyrelsens förslag" approves an organ's own proposal: no answer to a motion.
    const obj = tokens.slice(i + n, i + n + 4);
    if (obj.some((t) => /^förslag/u.test(t.lower)) && ps.some((p) => p.from >= i + n && p.from < i + n + 3 && p.span.genitive && p.span.kind === 'organ')) continue;
    // The answering body: the subject, an agent "i/av X" after a passive, or the own municipality for an agentless passive.
    let actors = named(env, subjectOf(env, tokens, ps, i), 'act').filter((a) => !isPartyActor(env, a));
    const subjectIsParty = named(env, subjectOf(env, tokens, ps, i), 'proposal').some((a) => isPartyActor(env, a));
    if (subjectIsParty) return [];
    if (!actors.length) {
      const body = ps.find((p) => p.from > i && (p.span.kind === 'organ' || p.span.kind === 'municipality') && /^(?:i|av)$/u.test(tokens[p.from - 1]?.lower ?? ''));
      const passive = /(?:s|ts|des|ades|ats|ad|ade|en)$/u.test(tokens[i + n - 1]!.lower) || /^(?:ansågs|anses)$/u.test(tokens[i]!.lower);
      // Not when another kind of body answers: "som regionstyrelsen anser för att motionen ska anses besvarad".
      const own = env.actors.municipalVoice && !NOT_MUNICIPAL_BODY_RE.test(u.text) ? env.actors.own : null;
      actors = body?.span.actor ? [body.span.actor] : passive && own ? [own] : [];
    }
    if (!actors.length) continue;
    const when = actDate(env, u.start, u.end);
    return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'other' as const, what: whatFrom(env.text, tokens[i]!.start, u.end), when }, rule: 'commitments.answer', heading: u.kind === 'heading', key: 'answer' }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Rule: goals.

function isOutcome(tokens: Token[], from: number, to: number): boolean {
  // A capitalised outcome word inside a sentence is a name: "Klimatneutrala städer 2030", "Fossilfritt Sverige".
  const words = tokens.slice(from, to).map((t, k) => (from + k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[from + k - 1]!.text !== '.' ? '' : t.lower));
  for (let j = 0; j < words.length; j++) {
    if (OUTCOME_PHRASES.some((p) => p.every((w, k) => words[j + k] === w))) return true;
    if (/^(?:klimatneutral|fossilfri|fossilbränslefri|fossiloberoende|fossil-oberoende|koldioxidneutral|klimatpositiv)/u.test(words[j]!)) return true;
  }
  // A reduction of something emitted, in either order: "minska utsläppen", "utsläppen ska minska", "en minskad klimatbelastning".
  const reduction = words.some((w) => REDUCTION.has(w));
  const emission = words.some((w) => EMISSIONS.some((e) => w.includes(e)));
  return reduction && emission;
}

/** The endings of a compound goal noun: "klimatmålet", "nollvisionen" (tested on every token: endsWith, not a backtracking pattern). */
const GOAL_ENDINGS = ['mål', 'målet', 'målen', 'målsättning', 'målsättningen', 'målbild', 'målbilden', 'ambition', 'ambitionen', 'vision', 'visionen'];
/** A goal noun, also as the last part of a compound: "målet", "klimatmålen", "målsättningen", "ambitionen" (letters only). */
const isGoalHead = (w: string): boolean => GOAL_HEAD.has(w) ||
  (GOAL_ENDINGS.some((e) => w.endsWith(e)) && /^\p{L}+$/u.test(w) && !/^(?:television|provision|revision\p{L}*)$/u.test(w));

const MODIFIERS = /^(?:politiska|långsiktiga|övergripande|nya|egna|viktigaste|främsta|största|uttalade|tydliga|högsta|gemensamma|antagna|beslutade)$/u;
const DECLARATION = /^(?:deklarerat|deklarerade|deklarerar|beslutat|beslutade|beslutar|beslöt|fastställt|fastställde|bestämt|bestämde|lovat|lovade|utlovat)$/u;

/**
 * Goal statements: "Målet är att …", "Kommunens mål är att …", "X har som mål att …", "med målet att bli …",
 * "X ska vara klimatneutral senast 2030". The owner is the head's possessor, the subject of "har som mål", the
 * body after "Målet för …", the subject of the clause ("Stockholm … med målet att"), the declarer of an embedded
 * goal ("Regeringen har deklarerat att Sverige ska …"), or the actor named in the goal ("ett klimatneutralt Nacka").
 * The content must be a climate outcome (climate neutrality, fossil freedom, a reduction of emissions …).
 * Two goal years joined by "och"/"respektive" are two targets.
 */
function goals(env: Env, u: Unit, tokens: Token[], ps: Placed[], previous?: Draft): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    let contentFrom = -1;
    let owner: string[] = [];
    if (isGoalHead(w)) {
      let j = i - 1;
      while (j >= 0 && MODIFIERS.test(tokens[j]!.lower)) j--;
      const poss = ps.find((p) => p.to === j + 1 && (p.span.genitive || p.span.kind === 'we'));
      if (poss) owner = named(env, [poss], 'act');
      if (tokens[i - 1]?.lower === 'som' && /^(?:har|hade)$/u.test(tokens[i - 2]?.lower ?? '')) owner = named(env, subjectOf(env, tokens, ps, i - 2), 'act');
      let k = i + 1;
      if (tokens[k] && /^(?:för|med)$/u.test(tokens[k]!.lower)) {
        const body = ps.find((p) => p.from === k + 1);
        if (body && tokens[k]!.lower === 'för') owner = named(env, [body], 'act');
        // "Målet med strategin är …": the strategy's owner, the own municipality.
        if (tokens[k]!.lower === 'med' && !owner.length && env.actors.own && nounClasses(tokens[k + 1]?.text ?? '').includes('plan')) owner = [env.actors.own];
        while (k < tokens.length && !/^(?:är|var|blir)$/u.test(tokens[k]!.lower) && k < i + 12) k++;
      }
      if (/^(?:är|var)$/u.test(tokens[k]?.lower ?? '')) {
        contentFrom = k + 1;
        // "Målet är tydligt – …"
        if (/^(?:tydligt|klart|enkelt|högt|ambitiöst)$/u.test(tokens[k + 1]?.lower ?? '') && QUOTE_DASH.test(tokens[k + 2]?.text ?? '')) contentFrom = k + 3;
      } else if (tokens[k]?.text === ':' || QUOTE_DASH.test(tokens[k]?.text ?? '')) contentFrom = k + 1;
      else if (tokens[i - 1]?.lower === 'som' && tokens[k]?.lower === 'att') contentFrom = k + 1;
      else if (tokens[k]?.lower === 'att' && /^(?:med|nå|uppnå)$/u.test(tokens[i - 1]?.lower ?? '')) contentFrom = k + 1;
      else if (/^(?:nå|uppnå)$/u.test(tokens[i - 1]?.lower ?? '')) contentFrom = k;
      // "Kommunen har (redan) ett mål om att …", "kommunens mål om att …", "Norrköping har sedan 2021 målet att …":
      // the possessor, else the subject of "har".
      else if (tokens[k]?.lower === 'om' || (tokens[k]?.lower === 'att' && (/^(?:målet|målsättningen|ambitionen)$/u.test(w) || /^(?:en|ett|som)$/u.test(tokens[i - 1]?.lower ?? '')))) {
        contentFrom = tokens[k]!.lower === 'om' ? (tokens[k + 1]?.lower === 'att' ? k + 2 : k + 1) : k + 1;
        const har = tokens.slice(Math.max(0, i - 6), i).findLastIndex((t) => /^(?:har|hade)$/u.test(t.lower));
        if (!owner.length && har >= 0) owner = named(env, subjectOf(env, tokens, ps, Math.max(0, i - 6) + har), 'act');
        if (!owner.length && tokens[k]!.lower === 'att') continue;
      } else continue;
      if (!owner.length && /^(?:med|nå|uppnå)$/u.test(tokens[i - 1]?.lower ?? '')) owner = unitSubject(env, tokens, ps, i);
    } else if (/^(?:ska|skall)$/u.test(w) || (w === 'skulle' && decidedSkulle(tokens, i)) || (w === 'vill' && wantsToBecome(env, tokens, ps, i))) {
      // "X ska vara/bli klimatneutral (senast 2030)", "2050 ska Sveriges nettoutsläpp … vara noll".
      const ce = clauseEnd(tokens, i);
      const verb = tokens.slice(i + 1, Math.min(ce, i + 11)).find((t) => /^(?:vara|bli|ha|minska|minskas|halveras|halvera|sänkas|nå|uppnå|ställa)$/u.test(t.lower));
      if (!verb || !isOutcome(tokens, clauseStart(tokens, i), ce)) continue;
      const subj = subjectOf(env, tokens, ps, i);
      owner = named(env, subj, 'act');
      if (!owner.length) {
        const poss = ps.find((p) => p.span.genitive && p.from >= clauseStart(tokens, i) && p.to <= i + 3);
        if (poss) owner = named(env, [poss], 'act');
      }
      // "Enligt (kommunens nya) planen ska utsläppen minska …": the plan's goal, its owner's (the own municipality unless named).
      const enligt = tokens.slice(clauseStart(tokens, i), i).findIndex((t) => t.lower === 'enligt');
      if (!owner.length && enligt >= 0) {
        const from = clauseStart(tokens, i) + enligt + 1;
        const np = tokens.slice(from, i);
        if (np.some((t) => nounClasses(t.text).includes('plan') || nounClasses(t.text).includes('contract') || nounClasses(t.text).includes('goal'))) {
          const poss = ps.find((p) => p.from >= from && p.to <= i && p.span.genitive);
          owner = poss ? named(env, [poss], 'act') : env.actors.own && !env.actors.publisher.party ? [env.actors.own] : [];
        }
      }
      // A further target of the goal just stated: "Utsläppen från hela det geografiska området ska samtidigt minska …".
      const lead = tokens[clauseStart(tokens, i)]?.lower ?? '';
      if (!owner.length && previous?.value.type === 'target' && env.unitAt.get(previous.start)?.line === u.line
        && (EMISSIONS.some((e) => lead.startsWith(e)) || /^(?:andelen|energianvändningen|energiförbrukningen)$/u.test(lead))) owner = [previous.value.actor];
      // Without a year the owner must be named as the subject, not a pronoun of a quote.
      if (!goalYears(env, tokens[clauseStart(tokens, i)]!.start, u.end).length && !(subj && subj.some((p) => p.span.kind === 'municipality' || p.span.kind === 'organisation' || p.span.kind === 'organ'))) continue;
      contentFrom = i + 1;
    } else continue;
    if (contentFrom < 0 || contentFrom >= tokens.length) continue;
    if (!isOutcome(tokens, /^(?:ska|skall|skulle)$/u.test(w) ? clauseStart(tokens, i) : contentFrom, tokens.length)) continue;
    if (blocked(tokens, Math.max(contentFrom, i), { allowVill: w === 'vill' })) continue;
    // An embedded goal belongs to its declarer: "Regeringen har deklarerat att Sverige ska bli …".
    const cs = clauseStart(tokens, i);
    const decl = tokens[cs]?.lower === 'att' ? tokens.slice(Math.max(0, cs - 4), cs).findIndex((t) => DECLARATION.test(t.lower)) : -1;
    if (decl >= 0) {
      const at = Math.max(0, cs - 4) + decl;
      const declarer = named(env, subjectOf(env, tokens, ps, at), 'act');
      if (declarer.length) owner = declarer;
    }
    if (!owner.length) {
      const contentEnd = clauseEnd(tokens, contentFrom);
      const inContent = ps.find((p) => p.from >= contentFrom && p.from < contentEnd && (p.span.kind === 'municipality' || p.span.kind === 'organisation') && !p.span.genitive);
      if (inContent) owner = named(env, [inContent], 'act');
    }
    if (!owner.length && isGoalHead(w)) owner = declarerBefore(env, tokens, ps, i);
    // On the municipality's own page, a bare goal ("Ambitionen är att halvera utsläppen till 2030") and a dated
    // goal for emissions ("Till 2030 ska utsläppen ha minskat med 70 procent") are the municipality's.
    if (!owner.length && ownsBareGoal(env, tokens, i, contentFrom, u)) owner = [env.actors.own!];
    if (!owner.length) continue;
    const years = goalYears(env, tokens[Math.min(contentFrom, clauseStart(tokens, i))]!.start, u.end);
    const distinct = [...new Set(years)];
    const split = distinct.length > 1 && /(?<![\p{L}])(?:och|respektive)(?![\p{L}])/iu.test(env.text.slice(tokens[contentFrom]!.start, u.end));
    const whens: (string | null)[] = split ? distinct : [distinct[0] ?? null];
    const what = whatFrom(env.text, tokens[contentFrom + (tokens[contentFrom]!.lower === 'att' && contentFrom + 1 < tokens.length ? 1 : 0)]!.start, u.end);
    return owner.flatMap((a) => whens.map((when) => ({ start: u.start, end: u.end, value: { actor: a, type: 'target' as const, what, when }, rule: 'commitments.goal', heading: u.kind === 'heading', key: `target:${when}` })));
  }
  return [];
}

/** English goals: "Umeå aims to be climate neutral by 2040", "has set a goal to become …", "has committed to becoming …". */
const EN_GOAL_VERB = /^(?:aims?|aiming|aimed|commits?|committed|plans?|planning|wants?|intends?|strives?|pledged|pledges)$/u;
const EN_GOAL_NOUN = /^(?:goal|target|ambition|aim|vision)$/u;
const EN_BECOME = /^(?:be|become|becoming|being|reach|reaching|achieve|achieving|cut|cutting|reduce|reducing|halve|halving)$/u;
function englishGoals(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!EN_GOAL_VERB.test(w) && !EN_GOAL_NOUN.test(w)) continue;
    const become = tokens.slice(i + 1, i + 5).findIndex((t) => EN_BECOME.test(t.lower));
    if (become < 0 || !tokens.slice(i + 1, i + 1 + become).every((t) => /^(?:to|of|is|at|for|itself|the)$/u.test(t.lower))) continue;
    const contentFrom = i + 1 + become;
    if (!isOutcome(tokens, contentFrom, clauseEnd(tokens, contentFrom))) continue;
    if (tokens.slice(0, i).some((t) => NEGATION.has(t.lower))) continue;
    // The subject: before the verb (or before "has set a goal"), in English order.
    const verbAt = EN_GOAL_NOUN.test(w) ? tokens.slice(0, i).findLastIndex((t) => /^(?:has|have|set|sets|adopted|its|our)$/u.test(t.lower)) : i;
    const owner = named(env, subjectOf(env, tokens, ps, Math.max(0, verbAt)), 'act');
    if (!owner.length) continue;
    const years = goalYears(env, tokens[contentFrom]!.start, u.end);
    const what = whatFrom(env.text, tokens[contentFrom]!.start, u.end);
    return owner.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'target' as const, what, when: years[0] ?? null }, rule: 'commitments.goal', heading: u.kind === 'heading', key: `target:${years[0] ?? null}` }));
  }
  return [];
}

/** "Umeå vill bli klimatneutralt": a named municipality or organ that wants to become something is stating a goal. */
function wantsToBecome(env: Env, tokens: Token[], ps: Placed[], i: number): boolean {
  if (!/^(?:bli|vara)$/u.test(tokens[i + 1]?.lower ?? '')) return false;
  const subj = subjectOf(env, tokens, ps, i);
  return !!subj && subj.every((p) => p.span.kind === 'municipality' || p.span.kind === 'organ');
}

/**
 * Whether a goal without a named owner is the document's own municipality's: only on a page that speaks as the
 * municipality (not a party's or an organisation's), outside quotes, for a goal head standing alone ("Målet är
 * att …", not "Målet med satsningen är att …") or a "ska" goal with a year whose subject is emissions or the
 * municipality's own things ("alla kommunala bilar").
 */
function ownsBareGoal(env: Env, tokens: Token[], i: number, contentFrom: number, u: Unit): boolean {
  const a = env.actors;
  if (!a.own || !a.municipalVoice || a.publisher.party || a.publisher.organisation || a.inQuote(tokens[i]!.start)) return false;
  const w = tokens[i]!.lower;
  // Not a former goal ("Det tidigare målet var …") nor someone else's ("deras mål").
  if (isGoalHead(w)) return /^(?:är|:)$/u.test(tokens[i + 1]?.text.toLowerCase() ?? '') && !/^(?:deras|dess|hans|hennes|sitt|sina|sin|tidigare|gamla|förra|ursprungliga|dåvarande)$/u.test(tokens[i - 1]?.lower ?? '');
  const cs = clauseStart(tokens, i);
  // "Enligt Trafikverket ska …": someone else's claim.
  if (tokens.slice(cs, i).some((t) => t.lower === 'enligt')) return false;
  // The subject before "ska", or right after it in inverted order ("Till 2030 ska utsläppen ha minskat …").
  // Or the municipality's own things: "Från och med 2025 ska alla nya kommunala bilar vara fossilfria".
  const subject = tokens.slice(cs, i + 5).find((t) => EMISSIONS.some((e) => t.lower.includes(e)) || /^(?:kommunal(?:a|t)?|energin|elen|fordonen|fordonsflottan|bilarna|transporterna|uppvärmningen)$/u.test(t.lower));
  return !!subject && goalYears(env, tokens[Math.min(contentFrom, cs)]!.start, u.end).length > 0;
}

/** The subject of the unit's main clause, when an actor phrase opens the unit ("Stockholm har blivit utvald … med målet att"). */
function unitSubject(env: Env, tokens: Token[], ps: Placed[], before: number): string[] {
  const start = skipAdverbs(tokens, 0);
  const p = phraseAt(tokens, ps, start);
  return p && p.end < before ? named(env, p.spans, 'act') : [];
}

/** "I dag 8 december deklarerade Umeå och 22 andra kommuner att de … för att nå målet: …": the declarer. */
function declarerBefore(env: Env, tokens: Token[], ps: Placed[], i: number): string[] {
  for (let j = i - 1; j >= 0; j--) {
    if (DECLARATION.test(tokens[j]!.lower)) return named(env, subjectOf(env, tokens, ps, j), 'act');
  }
  return [];
}

/** "beslutade att Växjö skulle bli fritt från fossila bränslen": the reported content of a decision, not a hypothesis. */
function decidedSkulle(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (tokens[j]!.lower === 'att') return tokens.slice(Math.max(0, j - 6), j).some((t) => /^(?:beslutade|beslöt|beslutat|bestämde|bestämt|fastställde)$/u.test(t.lower));
  }
  return false;
}

function clauseEndFrom(tokens: Token[], i: number): number {
  return i >= 0 && i < tokens.length ? clauseEnd(tokens, i) : tokens.length;
}

/** List items under a goal intro ("De föreslagna målen … utgår från tre områden:") are targets of their named actor or the own municipality. */
/**
 * A list item (of four words or more) under a heading or a sentence about goals; not a list of other bodies' goals
 * ("6 nedanstående nationella miljökvalitetsmål") nor one introduced by a compound ("måluppfyllelsen").
 */
const GOAL_LIST_HEAD = /(?:mål|målen|målet|målsättning|målsättningen|målsättningar|målsättningarna)(?![\p{L}])/iu;
const OTHERS_GOALS = /(?<![\p{L}])(?:nationella|globala|regionala|EU:s|Sveriges|riksdagens|FN:s)(?![\p{L}])|miljökvalitetsmål|generationsmål/u;
function goalItems(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (u.kind !== 'item' || tokens.filter((t) => /\p{L}/u.test(t.text)).length < 4) return [];
  const head = itemHead(env, u);
  if (!head || !GOAL_LIST_HEAD.test(head.text) || OTHERS_GOALS.test(head.text)) return [];
  const years = goalYears(env, u.start, u.end);
  // A quote paragraph set as a dash item is someone speaking, not an item of the list ("- Nacka har höga ambitioner …, säger X").
  if (env.actors.inQuote(u.start) || /[,!?]\s*(?:säger|berättar|menar|förklarar|konstaterar)\s+\p{L}/u.test(env.text.slice(u.start, Math.min(env.text.length, u.start + 2000)).split('\n')[0]!)) return [];
  const subj = ps.find((p) => p.from <= 3 && (p.span.kind === 'municipality' || p.span.kind === 'organ' || p.span.kind === 'kommunen'));
  const actor = subj?.span.actor ?? env.actors.own;
  if (!actor) return [];
  return [{ start: u.start, end: u.end, value: { actor, type: 'target', what: whatFrom(env.text, u.start, u.end), when: years[0] ?? null }, rule: 'commitments.goal-item', heading: false, key: `target:${years[0] ?? ''}:${lc(u.text).slice(0, 30)}` }];
}

/** Items under a heading of undertakings ("Våra klimatlöften för 2022", "Åtaganden") are the publisher's undertakings. */
function pledgeItems(env: Env, u: Unit): Draft[] {
  if (u.kind !== 'item' || !env.actors.own) return [];
  const i = env.unitIndex.get(u)!;
  let k = i - 1;
  while (k >= 0 && k > i - 60 && env.units[k]!.kind === 'item') k--;
  const head = env.units[k];
  if (!head || !/(?<![\p{L}])(?:\p{L}*löften|åtaganden)(?![\p{L}])/iu.test(head.text) || head.kind !== 'heading') return [];
  const when = goalYears(env, head.start, head.end)[0] ?? actDate(env, head.start, head.end);
  return [{ start: u.start, end: u.end, value: { actor: env.actors.own, type: 'other', what: whatFrom(env.text, u.start, u.end), when }, rule: 'commitments.pledge-item', heading: false, key: lc(u.text) }];
}

// ---------------------------------------------------------------------------------------------------
// Rule: verbs of signing, joining, adopting, revising and undertaking.

function objectOk(env: Env, tokens: Token[], vi: number, t: VerbTrigger): boolean {
  if (t.object === 'none') return true;
  const need = Array.isArray(t.object) ? t.object : [t.object];
  // A passive's object is its subject, before it: "stadens miljöprogram som också antogs", "Klimatkontraktet undertecknas".
  if (/s$/u.test(tokens[vi]!.lower) && !/(?:ss)$/u.test(tokens[vi]!.lower)) {
    for (let j = vi - 1; j >= 0 && j >= vi - 10; j--) if (nounClasses(tokens[j]!.text).some((c) => need.includes(c))) return true;
  }
  // The active verb of a relative clause has its object before "som": "klimatplan som kommunfullmäktige antog".
  const cs = clauseStart(tokens, vi);
  if (tokens[cs]?.lower === 'som') {
    for (let j = cs - 1; j >= 0 && j >= cs - 4; j--) if (nounClasses(tokens[j]!.text).some((c) => need.includes(c))) return true;
  }
  // "ingår i" is being part of something, not entering an agreement.
  if (t.id === 'sign.ingå-avtal' && tokens[vi + 1]?.lower === 'i') return false;
  const ce = clauseEnd(tokens, vi);
  for (let j = vi + 1; j < Math.min(ce, vi + 1 + (t.objectWithin ?? 9)); j++) {
    // A coordinated clause starts: "ingår i våg 2 och skrev under sitt första kontrakt".
    if (/^(?:och|samt|men)$/u.test(tokens[j]!.lower) && (isAuxiliary(tokens[j + 1]) || TRIGGERS_BY_FORM.has(tokens[j + 1]?.lower ?? ''))) break;
    const cls = nounClasses(tokens[j]!.text);
    if (cls.some((c) => need.includes(c))) {
      // A draft or a basis for a plan is not the plan: "ta fram ett förslag till klimatplan".
      if (t.type === 'adopt_plan' && tokens.slice(vi + 1, j).some((x) => /^(?:förslag|underlag|utredning|utkast)/u.test(x.lower))) return false;
      return true;
    }
    // A named programme or network is an object too ("går med i Klimatkommunerna").
    if (need.includes('network') && env.actors.spans.some((s) => s.kind === 'organisation' && s.start === tokens[j]!.start)) return true;
    if (need.includes('network') && JOINED_PROGRAMME_RE.test(env.text.slice(tokens[j]!.start, tokens[j]!.start + 40))) return true;
  }
  return !!t.objectFromContext && env.contractContext;
}

const JOINED_PROGRAMME_SOURCE = `(?:${JOINED_PROGRAMMES.map((p) => p.name.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\d])`;
const JOINED_PROGRAMME_RE = new RegExp(`^${JOINED_PROGRAMME_SOURCE}`, 'iu');
const JOINED_PROGRAMME_ANYWHERE = new RegExp(JOINED_PROGRAMME_SOURCE, 'giu');

function particleEnd(tokens: Token[], vi: number, particle: string | undefined): number | null {
  if (!particle) return vi + 1;
  const words = particle.split(' ');
  const reflexive = words[0] === 'sig';
  for (let gap = 0; gap <= 16; gap++) {
    const at = vi + 1 + gap;
    if (at >= tokens.length) return null;
    if (words.every((w, k) => tokens[at + k]?.lower === w || (reflexive && k === 0 && /^(?:oss|mig|dig|er)$/u.test(tokens[at]?.lower ?? '')))) return at + words.length;
    const t = tokens[at]!;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.lower === 'men' || (gap > 0 && isSubordinator(t) && t.lower !== 'som')) return null;
    // "beslutade att skjuta upp beslutet om …": an infinitive between, and the particle is another verb's.
    if (t.lower === 'att' && particle !== 'att') return null;
    if (t.text === ',' && tokens[at + 1] && (/^(?:och|men|samt|eller)$/u.test(tokens[at + 1]!.lower) || isSubordinator(tokens[at + 1]))) return null;
  }
  return null;
}

const DETERMINERS = wordSet('en ett den det de vår vårt våra sin sitt sina min mitt mina er ert era dess deras hans hennes denna detta dessa nya the a an our its');

function verbs(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cands = TRIGGERS_BY_FORM.get(tokens[i]!.lower);
    if (!cands) continue;
    // A participle used as an adjective is no act: "Vårt uppdaterade Klimatkontrakt", "den antagna planen".
    if (i > 0 && (DETERMINERS.has(tokens[i - 1]!.lower) || ps.some((p) => p.to === i && p.span.genitive))) continue;
    for (const t of cands) {
      // "X har en klimatplan": an existing plan of a municipality or its organ, stated in the present.
      if (t.id === 'adopt.ha-plan') {
        const subj = subjectOf(env, tokens, ps, i);
        const det = tokens.slice(i + 1, i + 5).findIndex((x) => /^(?:en|ett)$/u.test(x.lower));
        // Adverbs, or an inverted subject, between: "Sedan 2016 har Umeå en klimatplan".
        const inSubject = (k: number) => !!subj?.some((p) => k >= p.from && k < p.to);
        if (tokens[i]!.lower !== 'har' || det < 0 || !tokens.slice(i + 1, i + 1 + det).every((x, k) => isAdverb(x) || inSubject(i + 1 + k) || /^(?:sedan|länge|\d{4}|i|flera|år|kommun|stad)$/u.test(x.lower))) continue;
        if (!subj || !subj.every((p) => p.span.kind === 'municipality' || p.span.kind === 'organ' || p.span.kind === 'kommunen')) continue;
      }
      const pend = particleEnd(tokens, i, t.particle);
      if (pend === null) continue;
      if (!objectOk(env, tokens, pend - 1, t)) continue;
      if (blocked(tokens, i, { allowVill: t.type === 'other' })) continue;
      // A former membership: "har tidigare varit medlem i … men gick ur föreningen 2019".
      if (t.type === 'join' && (tokens.slice(Math.max(0, i - 3), i).some((x) => /^(?:tidigare|förut|förr)$/u.test(x.lower))
        || /(?<![\p{L}])(?:gick\s+ur|gått\s+ur|lämnade|lämnat|utträdde|utträtt|har\s+lämnat|drog\s+sig\s+ur|dragit\s+sig\s+ur|drar\s+sig\s+ur|hoppade\s+av|hoppat\s+av)(?![\p{L}])/iu.test(u.text))) continue;
      // An award is no selection into a programme: "Kalmar utsedd till årets klimatkommun", "… till Sveriges bästa miljökommun".
      if (t.type === 'join' && tokens.slice(i + 1, i + 4).some((x) => /^(?:årets|bästa|bäst)$/u.test(x.lower))) continue;
      // Applying to take part is not taking part: "Kalmar ska ansöka om att få delta i …".
      if (t.type === 'join' && tokens[i - 1]?.lower === 'få' && tokens[i - 2]?.lower === 'att' && tokens[i - 3]?.lower === 'om') continue;
      let type = t.type;
      // Signing an updated version is a revision; adopting pledges is an undertaking.
      const rest = env.text.slice(tokens[i]!.start, u.end);
      if (type === 'sign' && /(?<![\p{L}])(?:uppdaterad|reviderad|reviderat|uppdaterat|ny\s+version|nya\s+versionen|förnyat|förnyad)(?![\p{L}])/iu.test(rest.slice(0, 80))) type = 'revise';
      if ((type === 'adopt_plan' || type === 'target') && /löfte/iu.test(rest.slice(0, 60))) type = 'other';
      let actors: string[];
      if (t.actor === 'object') {
        const obj = phraseAt(tokens, ps, pend);
        actors = named(env, obj?.spans ?? null, 'act');
        // "Klimatkommunerna välkomnar Umeå som ny medlem": only a welcome as a member joins.
        if (t.id === 'join.valkomna' && !(obj && /^\s*som\s+(?:nya?\s+)?medlem(?:mar)?(?![\p{L}])/iu.test(env.text.slice(tokens[obj.end - 1]!.end, tokens[obj.end - 1]!.end + 30)))) actors = [];
      } else {
        const subject = subjectOf(env, tokens, ps, i);
        actors = named(env, subject, 'act');
        // "Följande kommuner har skrivit på Borgmästaravtalet: Östersund (2010), Umeå (2011) och Lund (2012)": the
        // group's members, listed after the act, each with its own year.
        if (!actors.length && subject?.length === 1 && subject[0]!.span.kind === 'group') {
          const listed = groupMembers(env, tokens, ps, pend);
          if (listed.length) {
            const what = whatFrom(env.text, tokens[i]!.start, u.end);
            const ics = clauseStart(tokens, i);
            const when = actDate(env, tokens[ics]!.start, tokens[i]!.end, true);
            const key = `${type}:${objectKey(tokens, pend)}`;
            for (const m of listed) out.push({ start: u.start, end: u.end, value: { actor: m.actor, type, what, when: m.when ?? when }, rule: `commitments.${t.id}`, heading: u.kind === 'heading', key });
            return out;
          }
        }
        // "har blivit utvald tillsammans med 6 andra svenska städer Gävle, Göteborg …": the companions too.
        if (t.id === 'join.utvald' || t.id === 'join.valjas-ut') actors.push(...companions(tokens, ps, pend));
        // Co-signers: "Umeå har tillsammans med Viable Cities, Energimyndigheten och Formas undertecknat …".
        if (actors.length && (type === 'sign' || type === 'revise')) actors.push(...coSigners(env, tokens, ps, clauseStart(tokens, i), clauseEnd(tokens, i)));
      }
      // A passive signing with its agents: "Klimatkontraktet undertecknas … av A, B och generaldirektörerna för C".
      const passiveForm = /(?:s|des|ades|ats|ts)$/u.test(tokens[i]!.lower);
      if (!actors.length && passiveForm) actors = agents(env, tokens, ps, pend);
      // Who owns what was adopted or drawn up: "stadens miljöprogram som också antogs", "arbetet med att ta fram
      // kommunens nya klimatstrategi", "Umeås klimatplan antogs 2017", "Nu har X skrivit under Örebro kommuns avsiktsförklaring".
      if (!actors.length && (type === 'adopt_plan' || type === 'target' || type === 'sign' || type === 'revise')) actors = objectOwner(env, tokens, ps, i, pend, passiveForm);
      if (!actors.length) continue;
      // An undertaking to sign or join is that act ("åtar vi oss att arbeta för att skriva under Klimatkontrakt 2030").
      if (/^other\.(?:ata-sig|forbinda-sig)$/u.test(t.id)) type = innerType(env, tokens, pend) ?? type;
      // The date of the act: in the verb's own clause (a date in a clause coordinated after it is another act's).
      const ics = clauseStart(tokens, i);
      const datedAct = type === 'join' || type === 'sign' || type === 'revise';
      let when = actDate(env, tokens[ics]!.start, tokens[clauseEnd(tokens, i) - 1]!.end, datedAct);
      // "Umeå ingår sedan 2021 i …", "är medlem i Klimatkommunerna sedan 2015": a membership in force since it began.
      if (!when && (type === 'join' || t.id === 'adopt.ha-plan')) when = sinceDate(env, tokens[ics]!.start, tokens[clauseEnd(tokens, i) - 1]!.end);
      // "beslutade den 12 mars 2023 att anta …": the date of the decision governing the infinitive.
      if (!when && tokens[ics]!.lower === 'att') {
        const g = governorOf(tokens, ics);
        if (g >= 0 && CONTROL.has(tokens[g]!.lower)) when = actDate(env, tokens[clauseStart(tokens, g)]!.start, tokens[ics]!.start);
      }
      // An undertaking's deadline: "åtar sig att minska utsläppen med 50 procent till 2030".
      if (!when && type === 'other') when = goalYears(env, tokens[i]!.start, tokens[clauseEnd(tokens, i) - 1]!.end)[0] ?? null;
      const what = whatFrom(env.text, tokens[i]!.start, u.end);
      const key = `${type}:${objectKey(tokens, pend) || objectKey(tokens, 0)}`;
      for (const a of [...new Set(actors)]) out.push({ start: u.start, end: u.end, value: { actor: a, type, what, when }, rule: `commitments.${t.id}`, heading: u.kind === 'heading', key });
      return out;
    }
  }
  return out;
}

/** The type of a signing or joining verb inside an undertaking's object, if there is one. */
function innerType(env: Env, tokens: Token[], from: number): CommitmentType | null {
  for (let j = from; j < tokens.length; j++) {
    for (const t of TRIGGERS_BY_FORM.get(tokens[j]!.lower) ?? []) {
      if (t.type !== 'sign' && t.type !== 'join') continue;
      const pend = particleEnd(tokens, j, t.particle);
      if (pend !== null && objectOk(env, tokens, pend - 1, t)) return t.type;
    }
  }
  return null;
}

/** The possessor of the adopted or signed thing: before a passive verb (its subject), else after the verb (its object). */
function objectOwner(env: Env, tokens: Token[], ps: Placed[], vi: number, pend: number, passive: boolean): string[] {
  const owns = (p: Placed) => {
    if (!(p.span.genitive && (p.span.kind === 'municipality' || p.span.kind === 'organ' || p.span.kind === 'organisation' || p.span.kind === 'we'))) return false;
    for (let k = p.to; k < Math.min(tokens.length, p.to + 4); k++) {
      const cls = nounClasses(tokens[k]!.text);
      if (cls.includes('plan') || cls.includes('contract') || cls.includes('goal')) return true;
      if (!/^\p{Ll}/u.test(tokens[k]!.text)) return false;
    }
    return false;
  };
  if (passive) {
    const before = ps.filter((p) => p.to <= vi && p.from >= vi - 12 && owns(p)).at(-1);
    if (before) return named(env, [before], 'act');
    // "… antogs vid miljönämndens senaste sammanträde": the body at whose meeting it was adopted.
    const at = ps.find((p) => p.from > vi && p.from <= vi + 3 && p.span.genitive && p.span.kind === 'organ' && /^(?:vid|av|i)$/u.test(tokens[p.from - 1]?.lower ?? ''));
    if (at) return named(env, [at], 'act');
    // "Det beslutade kommunfullmäktige i måndags, när det nya miljömålsprogrammet antogs": the deciding body.
    const cs = clauseStart(tokens, vi);
    if (/^(?:när|då)$/u.test(tokens[cs]?.lower ?? '') || /^(?:när|då)$/u.test(tokens[cs - 1]?.lower ?? '')) {
      const decided = tokens.slice(0, cs).findIndex((t) => /^(?:beslutade|beslöt|beslutat|klubbade)$/u.test(t.lower));
      if (decided >= 0) {
        const body = named(env, subjectOf(env, tokens, ps, decided), 'act');
        if (body.length) return body;
      }
    }
    return [];
  }
  const after = ps.find((p) => p.from >= pend && p.from <= pend + 3 && owns(p));
  return after ? named(env, [after], 'act') : [];
}

/** Words that open the list of a group's members after the act: a colon, "bland andra", "däribland", "nämligen". */
const MEMBER_LIST_OPENERS: readonly string[][] = [[':'], ['bland', 'andra'], ['bland', 'annat'], ['bl.a.'], ['bl', '.', 'a', '.'], ['däribland'], ['nämligen'], ['bland', 'dem']];

/**
 * The municipalities listed after a group's act ("…: Östersund (2010), Umeå (2011) och Lund (2012)", "…, bland
 * andra Umeå och Lund"), each with the year in parentheses after it, if any. Only a list of municipalities counts.
 */
function groupMembers(env: Env, tokens: Token[], ps: Placed[], from: number): { actor: string; when: string | null }[] {
  for (let j = from; j < tokens.length; j++) {
    const opener = MEMBER_LIST_OPENERS.find((o) => o.every((w, k) => tokens[j + k]?.lower === w));
    if (!opener) continue;
    const list = phraseAt(tokens, ps, j + opener.length);
    if (!list || !list.spans.every((p) => p.span.kind === 'municipality')) return [];
    return list.spans.map((p) => {
      const year = tokens[p.to]?.text === '(' && /^\d{4}$/u.test(tokens[p.to + 1]?.text ?? '') && tokens[p.to + 2]?.text === ')' ? tokens[p.to + 1]!.text : null;
      return { actor: p.span.actor!, when: year };
    });
  }
  return [];
}

/** The token after "tillsammans med" in [from, to), or -1. */
function afterTogetherWith(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < to - 1; j++) if (tokens[j]!.lower === 'tillsammans' && tokens[j + 1]!.lower === 'med') return j + 2;
  return -1;
}

/** The named actors after "tillsammans med" in a signing's clause (a group such as "flera andra aktörer" names none). */
function coSigners(env: Env, tokens: Token[], ps: Placed[], from: number, to: number): string[] {
  const at = afterTogetherWith(tokens, from, to);
  const phrase = at < 0 ? null : phraseAt(tokens, ps, at);
  return phrase ? named(env, phrase.spans.filter((p) => p.span.kind !== 'person'), 'act') : [];
}

/** The companions of a selection: "tillsammans med 6 andra svenska städer Gävle, Göteborg och Umeå". */
function companions(tokens: Token[], ps: Placed[], from: number): string[] {
  const at = afterTogetherWith(tokens, from, tokens.length);
  return at < 0 ? [] : ps.filter((p) => p.from >= at && p.span.kind === 'municipality').map((p) => p.span.actor!);
}

/** The agents after "av" of a passive act: named actors, organisations of "generaldirektörerna för …". */
function agents(env: Env, tokens: Token[], ps: Placed[], from: number): string[] {
  for (let j = from; j < tokens.length; j++) {
    if (tokens[j]!.lower !== 'av') continue;
    const phrase = phraseAt(tokens, ps, j + 1);
    if (phrase) return named(env, phrase.spans, 'act');
  }
  return [];
}

function objectKey(tokens: Token[], from: number): string {
  for (let j = from; j < Math.min(tokens.length, from + 10); j++) {
    const c = nounClasses(tokens[j]!.text);
    if (c.length) return tokens[j]!.lower.replace(/(?:et|en|erna|arna|na)$/u, '');
  }
  return '';
}

// ---------------------------------------------------------------------------------------------------
// Rule: members of a group named in a list ("Kommunerna är A, B och C", "Piteå (2009), Jokkmokk (2009) …").

function members(env: Env, u: Unit, tokens: Token[], ps: Placed[], prev: Draft[]): Draft[] {
  const munis = ps.filter((p) => p.span.kind === 'municipality' || p.span.kind === 'organisation');
  if (munis.length < 2) return [];
  const head = tokens[0]?.lower ?? '';
  const listHead = /^(?:kommunerna|städerna|myndigheterna|parterna|medlemmarna|deltagarna|aktörerna)$/u.test(head) && /^(?:är|var)$/u.test(tokens[1]?.lower ?? '');
  const nameShare = munis.reduce((n, p) => n + (p.to - p.from), 0) / tokens.filter((t) => /[\p{L}]/u.test(t.text)).length;
  const bareList = !listHead && nameShare >= 0.5 && !tokens.some((t) => TRIGGERS_BY_FORM.has(t.lower));
  if (!listHead && !bareList) return [];
  // A bare list names the members of a group whose act the sentence just before states ("I Norrbotten är det
  // 8 stycken kommuner som skrivit på …"); a list labelled by a wave ("Kommuner i våg 2 …") is no act.
  const i = env.unitIndex.get(u)!;
  const before = env.units.slice(Math.max(0, i - 3), i);
  if (bareList) {
    if (/(?<![\p{L}])(?:våg|fas)(?:en)?(?![\p{L}])/iu.test(u.text)) return [];
    const prev = env.units[i - 1];
    const groupAct = prev && env.actors.within(prev.start, prev.end).some((g) => g.kind === 'group'
      && /^\s+som\s+(?:\p{L}+\s+){0,2}?(\p{L}+)/u.test(env.text.slice(g.end, g.end + 40))
      && TRIGGERS_BY_FORM.has(/^\s+som\s+(?:har\s+|hade\s+|redan\s+)*(\p{L}+)/u.exec(env.text.slice(g.end, g.end + 40))?.[1]?.toLowerCase() ?? ''));
    if (!groupAct) return [];
  }
  let last: Draft | undefined;
  for (let k = prev.length - 1; k >= 0 && prev[k]!.start >= (before[0]?.start ?? u.start); k--) if (before.some((b) => b.start === prev[k]!.start)) { last = prev[k]; break; }
  let type: CommitmentType | null = last?.value.type ?? null;
  if (!type) {
    const ctxText = before.map((b) => b.text).join(' ');
    if (/(?:skrivit|skriver|skrev|undertecknat|signerat)\s+(?:på|under)?|avtal|kontrakt/iu.test(ctxText)) type = 'sign';
    else if (/(?:arbetar|samarbetar)\s+(?:vi\s+)?tillsammans\s+med|deltar|ingår|satsningen/iu.test(ctxText)) type = 'join';
  }
  if (!type || type === 'propose' || type === 'target') return [];
  const named = munis.filter((p) => !p.span.genitive);
  return named.map((p) => {
    // "Piteå (2009)": the year in brackets right after the name is the date of the act.
    const br = /^\s*\((\d{4})/u.exec(env.text.slice(p.span.end, p.span.end + 8));
    return { start: u.start, end: u.end, value: { actor: p.span.actor!, type: type!, what: whatFrom(env.text, u.start, u.end), when: br ? br[1]! : null }, rule: 'commitments.list-members', heading: false, key: `${type}:list` };
  });
}

// ---------------------------------------------------------------------------------------------------
// Rule: one of a named cohort taking part ("Kalmar är en av de 23 kommuner som kraftsamlar för …").

const PARTICIPATION = wordSet('kraftsamlar deltar ingår medverkar samarbetar arbetar går före leder får utsetts utsågs valts valdes');
const COHORT_NOUN = /^(?:kommuner|kommunerna|städer|städerna|pionjärstäder|pionjärstäderna|orter)$/u;

function cohort(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (!/^(?:är|blir|blev|blivit)$/u.test(tokens[i]!.lower)) continue;
    let e = i + 1;
    while (e < tokens.length && isAdverb(tokens[e])) e++;
    if (!(tokens[e]?.lower === 'en' && tokens[e + 1]?.lower === 'av')) continue;
    let k = e + 2;
    while (k < tokens.length && k < i + 8 && !COHORT_NOUN.test(tokens[k]!.lower)) k++;
    if (!COHORT_NOUN.test(tokens[k]?.lower ?? '')) continue;
    // "… som kraftsamlar", or a programme right after: "en av de nya städerna i Viable Cities satsning".
    const inProgramme = /^(?:i|inom)$/u.test(tokens[k + 1]?.lower ?? '')
      && (ps.some((p) => p.from === k + 2 && p.span.kind === 'organisation') || tokens.slice(k + 2, k + 5).some((t) => nounClasses(t.text).includes('network')));
    if (!inProgramme) {
      if (tokens[k + 1]?.lower !== 'som') continue;
      // The verb of the relative clause, past "tillsammans med Viable Cities och fyra myndigheter" and adverbs.
      let v = k + 2;
      while (v < tokens.length && v < k + 14 && !PARTICIPATION.has(tokens[v]!.lower) && !/^[,.;:]$/u.test(tokens[v]!.text)) v++;
      if (!PARTICIPATION.has(tokens[v]?.lower ?? '') || blocked(tokens, v)) continue;
    } else if (blocked(tokens, i)) continue;
    const actors = named(env, subjectOf(env, tokens, ps, i), 'act');
    if (!actors.length) continue;
    return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'join' as const, what: whatFrom(env.text, tokens[i]!.start, u.end), when: actDate(env, u.start, u.end) ?? (/^(?:i\s+dag|idag|nu)$/iu.test(u.text.split(/\s+(?:blev|är)/u)[0] ?? '') ? env.ctx.published : null) }, rule: 'commitments.cohort', heading: u.kind === 'heading', key: 'join:cohort' }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Rule: memberships stated as states ("där Umeå ingår", "Umeå kommun har varit med från början").

function memberships(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    let actors: string[] = [];
    // "…, där Umeå ingår." after a programme: the programme is the antecedent.
    if (w === 'ingår' && tokens[i - 2]?.lower === 'där') {
      // The antecedent: a programme or network in the words just before "där".
      const near = tokens.slice(Math.max(0, i - 10), i - 2);
      if (!near.some((t) => nounClasses(t.text).includes('network')) && !ps.some((p) => p.to <= i - 2 && p.from >= i - 10 && p.span.kind === 'organisation')) continue;
      actors = named(env, ps.filter((p) => p.from === i - 1), 'act');
    } else if (w === 'med' && /^(?:varit|är|var)$/u.test(tokens[i - 1]?.lower ?? '') && /^(?:från|sedan)$/u.test(tokens[i + 1]?.lower ?? '')) {
      if (!/Klimatneutrala städer|Viable Cities|satsning/iu.test(env.text)) continue;
      actors = named(env, subjectOf(env, tokens, ps, i - 1), 'act');
    } else continue;
    if (!actors.length || blocked(tokens, i)) continue;
    // "… som startade 2019 med nio svenska städer. Umeå kommun har varit med från början.": since the start.
    const k = env.unitIndex.get(u)!;
    const start = w === 'med' ? env.units.slice(Math.max(0, k - 2), k).map((x) => /(?<![\p{L}])(?:startade|startades|inleddes|började|startat)\s+(?:år\s+)?(\d{4})/iu.exec(x.text)?.[1]).find(Boolean) : undefined;
    return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'join' as const, what: whatFrom(env.text, u.start, u.end), when: actDate(env, u.start, u.end, true) ?? start ?? null }, rule: 'commitments.membership', heading: false, key: 'join:membership' }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Rule: planned concrete acts ("Kommunen avser att bygga …", "Laddningspunkter kommer även att sättas upp …").

const INTENT = wordSet('avser avsåg planerar ska skall kommer vill beslutat beslutade beslöt lovar lovade');
const PAST_RE = /(?:ade|de|te|tt|it|dd)$/u;
const CONNECTIVE_RE = /^(?:i\s+stället|istället|dessutom|samtidigt|därmed|därutöver|vidare)(?![\p{L}])/iu;

/**
 * Planned concrete acts: an action verb after an intention ("avser att bygga", "ska bygga", "kommer att sättas
 * upp", "beslutat att … ska inrymma"), in the present with a named subject or "man" in news ("man bygger två
 * nya avdelningar"), or an agentless passive with a date, a future auxiliary, or continuing the act before it
 * ("I stället görs besparing …"). Acts told as done (past tense) are facts and give nothing.
 */
function actions(env: Env, u: Unit, tokens: Token[], ps: Placed[], previous: Draft | undefined): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const verb = ACTION_BY_FORM.get(w);
    if (!verb) continue;
    if (verb.particle && !tokens.slice(i + 1, i + 8).some((t) => t.lower === verb.particle)) continue;
    if (verb.objects && !tokens.slice(i + 1, i + 5).some((t) => verb.objects!.some((o) => t.lower.startsWith(o)))) continue;
    let j = i - 1;
    while (j >= 0 && isAdverb(tokens[j])) j--;
    if (tokens[j]?.lower === 'att') j = governorOf(tokens, j, ps);
    while (j >= 0 && isAdverb(tokens[j])) j--;
    // "I år ska Umeå kommun köpa in …": the subject stands between the auxiliary and the verb.
    const between = ps.find((p) => p.to === j + 1 && p.from > 0 && INTENT.has(tokens[p.from - 1]!.lower));
    if (between) j = between.from - 1;
    const planned = (j >= 0 && INTENT.has(tokens[j]!.lower)) || (j >= 1 && /^(?:är|var)$/u.test(tokens[j]!.lower) && PLAN_HEAD.has(tokens[j - 1]!.lower))
      || (j >= 0 && /^(?:samt|och)$/u.test(tokens[j]!.lower) && tokens.slice(0, j).some((t, k, a) => t.lower === 'att' && PLAN_HEAD.has(a[k - 2]?.lower ?? '')));
    const passive = /s$/u.test(w);
    const present = !planned && !passive && /(?:er|ar|r)$/u.test(w) && !PAST_RE.test(w);
    if (!planned && !passive && !present) continue;
    if (blocked(tokens, i, { allowVill: true })) continue;
    // "när vi bygger nya stadsdelar …": a time clause, not an undertaking.
    if (/^(?:när|då|medan|eftersom|innan)$/u.test(tokens[clauseStart(tokens, i)]?.lower ?? '')) continue;
    // A concrete object: indefinite, numbered, new — not a definite abstraction ("skapa framtiden"); an act told in the
    // present needs a counted or new object ("man bygger två nya avdelningar", not "vi bygger bostäder").
    const next = tokens.slice(i + 1).find((t) => !isAdverb(t));
    if (!passive && next && /^\p{Ll}+(?:en|et|na)$/u.test(next.lower) && !/^(?:en|ett)$/u.test(next.lower) && !verb.particle) continue;
    if (present && !tokens.slice(i + 1, i + 5).some((t) => /^(?:en|ett|nya|ny|nytt|\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|tjugo)$/u.test(t.lower))) continue;
    // A present act coordinated after another verb describes ongoing work ("arbetar in … och bygger upp en kommunikation").
    if (present && /^(?:och|samt)$/u.test(tokens[i - 1]?.lower ?? '')) continue;
    let actors = named(env, subjectOf(env, tokens, ps, i), 'act');
    const impersonal = tokens.slice(Math.max(0, i - 14), i).some((t) => t.lower === 'man');
    if (!actors.length && (impersonal || passive)) {
      const cont = CONNECTIVE_RE.test(u.text) && previous && previous.end >= u.start - 400 ? previous.value.actor : null;
      const dated = actDate(env, u.start, u.end) !== null || planned;
      if (cont) actors = [cont];
      else if ((impersonal || dated) && (env.actors.municipalVoice || !env.actors.own)) actors = [env.actors.own ?? (env.actors.publisher.organisation ? '' : 'kommunen')].filter(Boolean);
    }
    if (present && !impersonal && !actors.length) continue;
    actors = actors.filter((a) => !isPartyActor(env, a));
    if (!actors.length) continue;
    const what = whatFrom(env.text, tokens[i]!.start, u.end);
    return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'other' as const, what, when: actDate(env, u.start, u.end) }, rule: 'commitments.action', heading: u.kind === 'heading', key: `other:${lc(what).split(/\s+/).slice(0, 4).join(' ')}` }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Rule: a body's decision to do something ("Kommunstyrelsen beslutade att utreda …", "… beslutade att alla skolor
// ska ha solceller till 2027").

const DECISION = wordSet(DECISION_VERBS);
const PROCEDURAL = new Set(PROCEDURAL_DECISIONS.flatMap((e) => [...wordSet(e.forms)]));
const CLAUSE_SUBJECT_RE = /^(?:alla|samtliga|varje|de|det|den|en|ett|kommunen|staden|nämnden|förvaltningen|man|vi)$/u;

function decisions(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DECISION.has(tokens[i]!.lower)) continue;
    // "beslutade [den 12 mars] att …"
    let a = i + 1;
    while (a < tokens.length && a - i < 6 && tokens[a]!.lower !== 'att' && (isAdverb(tokens[a]) || DATE_WORD.test(tokens[a]!.lower) || /^(?:i|på|under|vid)$/u.test(tokens[a]!.lower))) a++;
    if (tokens[a]?.lower !== 'att') continue;
    const k = skipAdverbs(tokens, a + 1);
    const next = tokens[k];
    if (!next || !/^\p{Ll}/u.test(next.text) || PROCEDURAL.has(next.lower) || NEGATION.has(next.lower)) continue;
    // An infinitive ("att utreda"), or a clause whose subject shall do something ("att alla skolor ska ha …").
    const shall = tokens.slice(k + 1, Math.min(tokens.length, k + 7)).some((t) => /^(?:ska|skall)$/u.test(t.lower));
    const clause = CLAUSE_SUBJECT_RE.test(next.lower) || ps.some((p) => p.from === k) || shall;
    if (clause && !shall) continue;
    if (blocked(tokens, i)) continue;
    const actors = named(env, subjectOf(env, tokens, ps, i), 'act').filter((x) => !isPartyActor(env, x));
    if (!actors.length) continue;
    const what = whatFrom(env.text, tokens[a]!.start, u.end);
    const years = goalYears(env, tokens[a]!.start, u.end);
    // "EU har beslutat att utsläppen … skall reduceras med 20 procent till år 2020": a decided goal.
    const type = clause && years.length ? 'target' as const : 'other' as const;
    const when = years.at(-1) ?? actDate(env, u.start, u.end);
    return actors.map((x) => ({ start: u.start, end: u.end, value: { actor: x, type, what, when }, rule: 'commitments.decision', heading: u.kind === 'heading', key: `${type}:${lc(what).split(/\s+/).slice(0, 4).join(' ')}` }));
  }
  return [];
}

/** The parties of an agreement: "ett ömsesidigt avtal mellan kommuner i Sverige, fem myndigheter samt Viable Cities". */
function agreementParties(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  if (isQuestion(u)) return [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.lower !== 'mellan' || !nounClasses(tokens[i]!.text).includes('contract')) continue;
    if (blocked(tokens, i + 1)) return [];
    const ce = clauseEnd(tokens, i + 1);
    const parties = ps.filter((p) => p.from > i + 1 && p.from < ce && !p.span.genitive && (p.span.kind === 'organisation' || p.span.kind === 'municipality')
      && !/^(?:i|på|från|inom|av)$/u.test(tokens[p.from - 1]?.lower ?? ''));
    const actors = named(env, parties, 'act');
    return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'sign' as const, what: whatFrom(env.text, tokens[i]!.start, u.end), when: actDate(env, u.start, u.end) }, rule: 'commitments.agreement-parties', heading: false, key: `sign:${tokens[i]!.lower}` }));
  }
  return [];
}

// An application approved: "kommunens ansökan om att få vara en del av Fossilfritt Sverige … godkändes".
const APPLICATION_RE = /(?<![\p{L}])ansökan\s+om\s+(?:att\s+(?:få\s+)?(?:vara\s+en\s+del\s+av|ansluta|gå\s+med|bli\s+medlem)|medlemskap)/iu;
const APPROVED_RE = /(?<![\p{L}])(?:godkändes|godkänts|godkänd|beviljades|beviljats|beviljad|antogs|accepterades)(?![\p{L}])/iu;

function application(env: Env, u: Unit, tokens: Token[], ps: Placed[]): Draft[] {
  const m = APPLICATION_RE.exec(u.text);
  if (!m || !APPROVED_RE.test(u.text) || isQuestion(u)) return [];
  const at = tokenAt(tokens, u.start + m.index);
  const poss = ps.find((p) => p.to === at && (p.span.genitive || p.span.kind === 'organ'));
  const actors = poss ? named(env, [poss], 'act') : [];
  if (!actors.length || tokens.some((t) => NEGATION.has(t.lower))) return [];
  return actors.map((a) => ({ start: u.start, end: u.end, value: { actor: a, type: 'join' as const, what: whatFrom(env.text, u.start + m.index, u.end), when: actDate(env, u.start, u.end) }, rule: 'commitments.application', heading: false, key: 'join:application' }));
}

// ---------------------------------------------------------------------------------------------------
// Dedupe: the same commitment told again (headline, lead, quote) is one commitment.

const wordsOf = (s: string): Set<string> => new Set(lc(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
function overlap(a: string, b: string): number {
  const A = wordsOf(a), B = wordsOf(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return A.size + B.size - inter ? inter / (A.size + B.size - inter) : 1;
}

const contractHead = (key: string): string | null => /(kontrakt|avtal|förklaring|deklaration|löfte|contract|covenant)/u.exec(key)?.[1] ?? null;

/** What tells two agreements apart: "European", an ordinal before it, a year in its name ("Climate Contract 2030"). */
const CONTRACT_MARK_RE = /(?<![\p{L}])(?:(europeisk|european)\p{L}*|(första|andra|tredje)\s+\p{L}*(?:kontrakt|avtal)|(?:kontrakt|contract|avtal)\p{L}*\s+(\d{4}))/giu;
const contractMarks = (s: string): string[] => [...new Set([...s.matchAll(CONTRACT_MARK_RE)].map((m) => lc((m[1] ? 'eu' : m[2] ?? m[3])!)))].sort();

/** Drafts that name "the party's motion" without its content: one proposal with any other such draft of the party. */
const GENERIC_MOTION_RULES = new Set(['commitments.party-motion', 'commitments.proposal.act', 'commitments.proposal.propose']);

function same(a: Draft, b: Draft): boolean {
  if (a.value.actor !== b.value.actor || a.value.type !== b.value.type) return false;
  if (a.start === b.start && a.key !== b.key) return false;
  const whenDiffers = a.value.when && b.value.when && a.value.when !== b.value.when;
  switch (a.value.type) {
    case 'propose':
      // A party's motion named again ("står bakom motionen") is the same proposal; distinct att-satser are not.
      return a.key === b.key || (a.key === 'motion' && GENERIC_MOTION_RULES.has(b.rule)) || (b.key === 'motion' && GENERIC_MOTION_RULES.has(a.rule));
    case 'target':
      return a.value.when === b.value.when && (a.heading || b.heading || overlap(a.value.what, b.value.what) >= 0.3);
    case 'other':
      return (a.key === 'answer' && b.key === 'answer') || (a.key === b.key && a.key !== 'other:') || overlap(a.value.what, b.value.what) >= 0.4;
    default: {
      // One actor signing, joining or adopting told twice is one act, unless the text tells them apart.
      if (whenDiffers) return false;
      if (a.value.type === 'sign' || a.value.type === 'revise') {
        const ma = contractMarks(a.evidence ?? ''), mb = contractMarks(b.evidence ?? '');
        if (ma.length && mb.length && ma.join() !== mb.join()) return false;
        // An avsiktsförklaring and a kontrakt are two acts.
        const ha = contractHead(a.key), hb = contractHead(b.key);
        if (ha && hb && ha !== hb) return false;
      }
      return true;
    }
  }
}

// Within one evidence span, the act before the goal it serves (the gold lists them so).
const TYPE_ORDER: Record<string, number> = { join: 0, sign: 1, revise: 2, twin: 3, adopt_plan: 4, propose: 5, other: 6, target: 7 };

function dedupe(drafts: Draft[]): Draft[] {
  // A motion's own att-satser first, then the body before headings, earlier before later.
  const rank = (d: Draft) => (d.rule === 'commitments.att-sats' || d.rule === 'commitments.decision-point' ? 0 : d.heading ? 2 : 1);
  const ordered = [...drafts].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Draft[] = [];
  // Only drafts of one actor and type can be the same commitment: compare within those buckets.
  const buckets = new Map<string, Draft[]>();
  for (const d of ordered) {
    const key = `${d.value.actor}\u0000${d.value.type}`;
    const bucket = buckets.get(key) ?? [];
    const prev = bucket.find((k) => same(k, d));
    if (!prev) { kept.push(d); bucket.push(d); buckets.set(key, bucket); continue; }
    prev.value.when ??= d.value.when;
  }
  return kept.sort((a, b) => a.start - b.start || TYPE_ORDER[a.value.type]! - TYPE_ORDER[b.value.type]!);
}

/**
 * Dates the text gives once for an act told in several places:
 *  - an act without a date of its own, right after a sentence of the same paragraph that dates the event it
 *    belongs to ("Kommissionen annonserade den 28 april de utvalda städerna. Stockholm har blivit utvald …");
 *  - co-signers of one agreement and those selected with them share its date ("Klimatkontraktet undertecknas …
 *    av generaldirektörerna för …" after "Umeå … undertecknar ett klimatkontrakt fredag 11 december");
 *  - pledges dated by their heading ("Våra klimatlöften för 2022").
 */
function shareDates(env: Env, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.value.when || (d.value.type !== 'join' && d.value.type !== 'sign')) continue;
    const here = env.unitAt.get(d.start);
    const i = here ? env.unitIndex.get(here)! : -1;
    const prev = i > 0 ? env.units[i - 1] : undefined;
    if (prev && prev.line === here!.line && !drafts.some((x) => x.start === prev.start)) {
      const date = actDate(env, prev.start, prev.end);
      if (date && /^\d{4}|^--/u.test(date)) { d.value.when = date; continue; }
    }
  }
  const dated = drafts.filter((x) => x.value.when && (x.value.type === 'join' || x.value.type === 'sign')).slice(0, 200);
  for (const d of drafts) {
    if (d.value.when || (d.value.type !== 'join' && d.value.type !== 'sign')) continue;
    const head = contractHead(d.key);
    const sib = dated.find((x) => x !== d && x.value.type === d.value.type && x.value.when
      && ((x.key === d.key && x.rule === d.rule) || (d.value.type === 'join' && x.rule === d.rule) || (d.value.type === 'sign' && head !== null && contractHead(x.key) === head && x.value.actor !== d.value.actor)));
    if (sib) d.value.when = sib.value.when;
  }
  for (const u of env.units) {
    const m = /^(?:våra|vårt|kommunens|stadens)?\s*(\p{L}*(?:löften|åtaganden))\s+för\s+(\d{4})$/iu.exec(u.text.trim());
    if (!m || u.kind !== 'heading') continue;
    const stem = lc(m[1]!).replace(/(?:löften|åtaganden)$/u, '');
    for (const d of drafts) if (!d.value.when && d.value.type === 'other' && (d.rule === 'commitments.other.anta-loften' || d.rule === 'commitments.pledge-item') && (!stem || lc(d.evidence ?? '').includes(stem))) d.value.when = m[2]!;
  }
}

// ---------------------------------------------------------------------------------------------------

/** A word of an agreement: the document is about one ("kontraktet", "Borgmästaravtalet", "avsiktsförklaring", "contract"). */
const CONTRACT_WORD_RE = /kontrakt|avtal|avsiktsförklaring|^covenant|^contracts?$/u;
const MEETING_REPORT_RE = /(?:rapport|anteckningar|referat)\s+från\s+(?:\p{L}+\s+){0,3}?(?:kommunstyrelsen|fullmäktige|kommunfullmäktige|nämnden|sammanträdet|mötet)|sammanträde/iu;

function environment(doc: ExtractorInput, ctx: ExtractorContext): Env {
  const text = doc.text;
  const units = unitsOf(text);
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const actors = actorIndex(doc, ctx);
  // A standalone date line near the top dates present-tense news ("Oktober").
  let docDate = ctx.published;
  if (!docDate) {
    const top = units.slice(0, 8).find((u) => u.kind === 'heading' && dates.some((d) => d.start === u.start && d.end === u.end));
    if (top) docDate = dates.find((d) => d.start === top.start)!.value.value;
  }
  const firstLines = units.slice(0, 3);
  const meeting = firstLines.find((u) => MEETING_REPORT_RE.test(u.text));
  const meetingDate = meeting ? actDate({ text, dates } as Env, meeting.start, meeting.end) : null;
  const contractContext = actors.tokens.some((t) => CONTRACT_WORD_RE.test(t.lower));
  const unitIndex = new Map(units.map((u, i) => [u, i] as const));
  const unitAt = new Map(units.map((u) => [u.start, u] as const));
  const filings = units.filter((u) => FILING_RE.test(u.text));
  return { doc, ctx, text, units, actors, dates, contractContext, docDate, attParties: new Set(), meetingDate, unitIndex, unitAt, filings };
}

export function findCommitments(doc: ExtractorInput, ctx: ExtractorContext): CommitmentMention[] {
  // Commitments are read in Swedish and English text; Norwegian and Danish pages name no Swedish actors.
  if (doc.language === 'nb' || doc.language === 'da' || doc.language === 'no') return [];
  const env = environment(doc, ctx);
  const used = new Set<Unit>();
  const drafts: Draft[] = attSatser(env, used);
  let previous: Draft | undefined;
  for (const u of env.units) {
    if (used.has(u)) continue;
    const tokens = tokensOf(env, u);
    if (!tokens.length) continue;
    const ps = placed(env, u, tokens);
    const found: Draft[] = [];
    found.push(...listings(env, u, tokens, ps));
    found.push(...proposals(env, u, tokens, ps));
    found.push(...answers(env, u, tokens, ps));
    found.push(...goalItems(env, u, tokens, ps), ...pledgeItems(env, u));
    if (!found.some((d) => d.rule.startsWith('commitments.goal'))) found.push(...(env.doc.language === 'en' ? englishGoals(env, u, tokens, ps) : goals(env, u, tokens, ps, previous)));
    const v = verbs(env, u, tokens, ps);
    found.push(...v.filter((d) => !found.some((f) => f.value.actor === d.value.actor && f.value.type === d.value.type)));
    if (!found.length) found.push(...application(env, u, tokens, ps));
    if (!found.length) found.push(...agreementParties(env, u, tokens, ps));
    if (!found.length) found.push(...cohort(env, u, tokens, ps));
    if (!found.length) found.push(...memberships(env, u, tokens, ps));
    if (!found.length) found.push(...members(env, u, tokens, ps, drafts));
    if (!found.length) found.push(...actions(env, u, tokens, ps, previous));
    if (!found.length) found.push(...decisions(env, u, tokens, ps));
    drafts.push(...found);
    previous = found.at(-1) ?? (u.kind === 'heading' ? undefined : previous);
  }
  for (const d of drafts) d.evidence = doc.text.slice(d.start, d.end);
  const kept = dedupe(drafts);
  shareDates(env, kept);
  for (const d of kept) if (!d.value.when && (d.value.type === 'join' || d.value.type === 'sign' || d.value.type === 'revise') && env.docDate && !env.ctx.published) {
    // Present-tense news under a month header ("Oktober") is dated by it.
    if (/(?:^|\s)(?:går|blir|signerar|undertecknar|ansluter|skriver)(?:\s|$)/u.test(d.value.what.split(' ')[0] ?? '')) d.value.when = env.docDate;
  }
  // How firm, how much, by when, for whom and about what (extractors/attributes.ts): one sentence may hold several
  // commitments of one actor, told apart by their order.
  const climateDocument = kept.some((d) => d.value.type === 'adopt_plan') ? isClimateText(doc.text) : true;
  return kept.map((d) => {
    const siblings = kept.filter((k) => k.start === d.start && k.value.actor === d.value.actor && k.value.type === d.value.type);
    const attributesOf = (type: CommitmentType) => commitmentAttributes({
      doc, ctx, type, actor: d.value.actor, when: d.value.when, start: d.start, end: d.end,
      ...(siblings.length > 1 ? { index: siblings.indexOf(d), of: siblings.length } : {}),
    });
    let attributes = attributesOf(d.value.type);
    let type = d.value.type;
    // In a document outside the climate domain (schools, libraries, a fountain), a plan adopted is recorded as
    // an other undertaking, as the corpus conventions record out-of-domain commitments (corpus/real/README.md).
    if (type === 'adopt_plan' && attributes.object === 'non-climate' && !climateDocument) { type = 'other'; attributes = attributesOf(type); }
    return { kind: 'commitment' as const, start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), value: { ...d.value, type, ...attributes }, rule: d.rule };
  });
}

const RULE_DESCRIPTIONS: Record<string, string> = {
  'commitments.att-sats': "an att-sats of a motion, proposed by the motion's party",
  'commitments.decision': 'a body\'s decision to do something not typed by a verb ("Kommunstyrelsen beslutade att utreda …")',
  'commitments.decision-point': "an att-punkt of a body's decision, typed by its verb",
  'commitments.motion-from': 'a motion listed with its author ("… – motion från Anna Berg (C)")',
  'commitments.joint-motion': 'a joint motion listed with its parties ("(gemensam motion KD, M och C)")',
  'commitments.party-motion-list': "an item of a party's list of its motions",
  'commitments.party-motion': 'a motion named by its party ("V-motion om …", "Miljöpartiets motion")',
  'commitments.proposal.propose': 'a party proposing ("föreslår att", "yrkar", "vill att")',
  'commitments.proposal.act': 'a party filing or backing a motion ("lämnar in en motion", "står bakom motionen")',
  'commitments.proposal.support': 'a party supporting a proposal at a meeting ("V biföll S motion", "yrkade bifall")',
  'commitments.answer': "a deciding body's answer to a motion (bifall, avslag, besvarad)",
  'commitments.goal': 'a goal statement with its owner ("Kommunens mål är att …", "X har som mål att …", "X ska vara klimatneutral 2030")',
  'commitments.goal-item': 'a list item under a statement of goals',
  'commitments.pledge-item': 'a list item under a heading of pledges (klimatlöften, åtaganden)',
  'commitments.list-members': 'a list naming the members of a group that signed or joined, introduced just before',
  'commitments.membership': 'a membership stated as a state ("där Umeå ingår", "har varit med från början")',
  'commitments.action': 'a planned concrete act ("avser att bygga", "kommer att sättas upp")',
  'commitments.cohort': 'one of a named cohort taking part ("X är en av de 23 kommuner som kraftsamlar …")',
  'commitments.agreement-parties': 'the named parties of an agreement ("ett avtal mellan kommuner, fem myndigheter samt Viable Cities")',
  'commitments.application': 'an approved application to join ("kommunens ansökan om att få vara en del av … godkändes")',
};
for (const t of VERB_TRIGGERS) RULE_DESCRIPTIONS[`commitments.${t.id}`] = `a ${t.type} verb with a named actor, e.g. "${t.example}"`;

export const commitmentsExtractor: Extractor<'commitments'> = {
  name: 'commitments',
  version: 6,
  creates: ['commitment'],
  rules: RULE_DESCRIPTIONS,
  run: (doc, ctx) => findCommitments(doc, ctx),
};
