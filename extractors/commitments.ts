// Commitments: who committed to what and when. Each commitment is a span over its evidence sentence.
// Rules, in short:
//  - A trigger (a verb phrase of one commitment type) must have a nameable subject: a municipality in
//    subject position, "kommunen"/"kommunfullmäktige" (the document's own municipality), "vi" in a quote
//    by a municipality's person, "alla kommuner" in a municipality's press release, or a party.
//  - Precision first: negated, interrogative, conditional and hedged sentences, and commitments embedded
//    under someone else's proposal or opinion ("V föreslår att kommunen …") give nothing.
//  - Motions: each att-sats after "föreslår … besluta:"/"yrkar" is a `propose` by the proposing party.
import type { CommitmentType, CommitmentValue, ExtractorInput } from '../src/types.js';
import {
  type ActorEnv, type Candidate, candidatesIn, lineAt, ownMunicipality, partyIn, quoteSpeakerMunicipality,
  signatureParty, wordRe,
} from './actors.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { CommitmentMention, DateMention, Extractor, ExtractorContext } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Trigger patterns. `GAP(n)` lets up to n words stand between two parts of a phrase.
const GAP = (n: number): string => `(?:[^\\s.!?;:]+\\s+){0,${n}}?`;
const PLAN = '[\\p{L}-]*(?:plan(?:en|er|erna)?|strategi(?:n|er|erna)?|program(?:met|men)?|policy(?:n)?)';
const CONTRACT = '[\\p{L}-]*(?:kontrakt|avtal|löfte|förklaring|överenskommelse|deklaration|åtagande|upprop|manifest)(?:et|en|er|erna|n)?';
const CLIMATE = '(?:klimatneutral|fossilfri|fossilfritt|klimatpositiv|koldioxidneutral|fossiloberoende|nettonoll|klimatneutralitet|fossilfrihet)\\p{L}*';
// A goal or a binding future: "ska", "har som mål att", "målet är att", "har beslutat att".
const GOAL = '(?:ska|skall|kommer\\s+att|har\\s+som\\s+mål\\s+att|har\\s+målet\\s+att|(?:målet|mål|målsättningen|målsättning)\\s+är\\s+att|siktar\\s+på\\s+att|åtar\\s+sig\\s+att|(?:har\\s+)?beslut(?:at|ade)\\s+att|beslöt\\s+att)';
// What one joins: a named body or a network-like noun (not "ansluter sig till förslaget").
const JOIN_OBJECT = `${GAP(2)}(?:\\p{Lu}|[\\p{L}-]*(?:nätverk|förening|satsning|program|initiativ|projekt|samarbete|organisation|partnerskap|rörelse|kampanj|allians|kommunerna|städerna))`;
// Taking part, in the relative clause after "en av N kommuner".
const PARTICIPATION = `${GAP(12)}(?:kraftsamla|delta|deltar|deltog|ingår|medverka|går\\s+före|valts\\s+ut|valdes\\s+ut|utsetts|utsågs|anslutit|gått\\s+med|är\\s+med|samarbeta|satsning|program|nätverk|initiativ)\\p{L}*`;
const NUMBER = '(?:\\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\\p{L}*|trettio\\p{L}*|fyrtio\\p{L}*|femtio\\p{L}*)';

interface Trigger {
  type: CommitmentType;
  re: RegExp;
  /** Group whose start is where the `what` phrase begins (default: the match start). */
  whatGroup?: number;
  /** Whether a subject right after the trigger's first word (inverted word order) is looked for. */
  inverted?: boolean;
}

// In priority order: the first trigger whose subject is nameable gives the sentence's commitment.
const TRIGGERS: Trigger[] = [
  {
    type: 'twin', inverted: true,
    re: wordRe(`(?:anslut(?:a|er|it|ande)|anslöt|gå(?:r|tt)?\\s+(?:med|in)|gick\\s+(?:med|in)|bli(?:r|vit)?|blev|ingå(?:r|tt)?|ingick)\\s+${GAP(6)}(?:som\\s+)?(?:tvilling(?:stad|städer|kommun|kommuner)|vänort|vänstad)\\p{L}*`),
  },
  {
    type: 'sign', inverted: true,
    re: wordRe(`(?:skriv(?:a|er|it)\\s+på|skrev\\s+på|underteckna(?:r|t|de)?|signera(?:r|t|de)?|teckna(?:r|t|de)?|ingå(?:r|tt)?|ingick)\\s+${GAP(8)}${CONTRACT}`),
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:fatta(?:de|t|r)?|tog|tagit|tar)\\s+${GAP(2)}beslut(?:et)?\\s+(?:om|att\\s+anta)\\s+(${GAP(6)}${PLAN})`),
    whatGroup: 1,
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:beslut(?:ade|at|ar)|beslöt)\\s+(?:att\\s+anta|om)\\s+(${GAP(6)}${PLAN})`),
    whatGroup: 1,
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:anta(?:r|git)?|antog|klubba(?:de|t|r)|godk(?:ände|änt|änner)|fastställ(?:de|t|er))\\s+${GAP(6)}${PLAN}`),
  },
  {
    type: 'revise', inverted: true,
    re: wordRe(`(?:revider(?:a|ar|at|ade)|uppdater(?:a|ar|at|ade)|se(?:r)?\\s+över|sett\\s+över|såg\\s+över|omarbeta(?:r|t|de)?)\\s+${GAP(6)}(?:${PLAN}|${CONTRACT}|[\\p{L}-]*mål(?:en|et)?)`),
  },
  {
    type: 'target', inverted: true,
    re: wordRe(`${GOAL}\\s+${GAP(5)}((?:bli|vara|nå|uppnå)\\s+${GAP(3)}${CLIMATE})`),
    whatGroup: 1,
  },
  {
    type: 'target', inverted: true,
    re: wordRe(`${GOAL}\\s+${GAP(3)}((?:minska|halvera|sänka|nå|uppnå|bli|vara)\\s+${GAP(8)}(?:senast|till|innan|före)\\s+(?:år\\s+)?20\\d\\d)`),
    whatGroup: 1,
  },
  {
    type: 'join', inverted: true,
    re: wordRe(`(?:(?:anslut(?:a|er|it)|anslöt)\\s+(?:sig\\s+)?till|(?:gå(?:r|tt)?|gick)\\s+med\\s+i|(?:bli(?:r|vit)?|blev)\\s+${GAP(2)}medlem(?:mar)?\\s+i|ingå(?:r)?\\s+i|ingick\\s+i|ansök(?:er|t|te|a)\\s+om\\s+medlemskap\\s+i)\\s+${JOIN_OBJECT}`),
  },
  {
    type: 'join',
    re: wordRe(`en\\s+av\\s+(?:de\\s+)?${NUMBER}\\s+(?:\\p{L}+\\s+)?(?:kommuner|städer|kommunerna|städerna)\\s+${PARTICIPATION}`),
  },
];

// ---------------------------------------------------------------------------------------------------
/** `re.test` for global regexes, without leaking `lastIndex` between calls. */
const test = (re: RegExp, s: string): boolean => { re.lastIndex = 0; const r = re.test(s); re.lastIndex = 0; return r; };

// Traps: sentences or clauses that state no commitment.
const NEGATION_RE = wordRe('inte|ej|icke|aldrig|ingen|inga');
const HYPOTHETICAL_RE = wordRe('skulle|ifall|eventuellt|kanske|möjligen');
const CONDITIONAL_RE = /(?:^|[,;:]\s*)om\s/iu;
// Before the subject: someone else proposes, wants, demands or requires it.
const EMBEDDING_RE = wordRe('föreslå\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*|anse\\p{L}*|anser|menar|tycker|vill|önska\\p{L}*|hoppas|kräv\\p{L}*|krav\\p{L}*|bör|borde|uppmana\\p{L}*|ser\\s+det\\s+som|frågar|undrar|villkor\\p{L}*');
// Between the subject and the verb: hedging modals, or a new subject (a pronoun).
const HEDGE_RE = wordRe('vill|kan|kunde|bör|borde|hoppas|önskar|funderar|överväger|planerar\\s+att\\s+undersöka');
const OTHER_SUBJECT_RE = wordRe('de|han|hon|jag|ni|man|dessa');
// A subordinate clause with a subject of its own ("välkomnar att regeringen har antagit …"): a clause
// word followed by a name, a determiner or a definite noun rather than by an infinitive.
const NEW_CLAUSE_SUBJECT_RE = wordRe('(?:att|när|eftersom|då|där|medan|men)\\s+(?:\\p{Lu}\\p{L}*|den|det|de|en|ett|denna|detta|dessa|alla|flera|många|andra|man|han|hon|jag|ni|\\p{Ll}+(?:en|et|na))', 'gu');
const PROPOSAL_RE = wordRe('föreslå\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*');

// ---------------------------------------------------------------------------------------------------
// Motions: att-satser.
const ATT_LINE_RE = /^\s*(?:[-–—•*·]|\d+[.)])?\s*att\s+\S/iu;
const PROPOSAL_INTRO_RE = wordRe('föreslå\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*');

interface Draft { start: number; end: number; value: CommitmentValue; heading: boolean }

interface Line { start: number; end: number; text: string }
const linesOf = (text: string): Line[] => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));

/** The att-satser of a motion, each a `propose` by the proposing party; also returns the lines used. */
function attSatser(doc: ExtractorInput, ctx: ExtractorContext): { drafts: Draft[]; used: Line[] } {
  const lines = linesOf(doc.text).filter((l) => l.text.trim());
  const drafts: Draft[] = [];
  const used: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]!;
    if (!test(PROPOSAL_INTRO_RE, intro.text) || ATT_LINE_RE.test(intro.text)) continue;
    const items: Line[] = [];
    for (let k = i + 1; k < lines.length && ATT_LINE_RE.test(lines[k]!.text); k++) items.push(lines[k]!);
    if (!items.length) continue;
    const party = partyIn(intro.text) ?? signatureParty(doc.text);
    used.push(intro, ...items);
    if (!party) continue;
    for (const item of items) {
      const lead = item.text.length - item.text.trimStart().length;
      const start = item.start + lead, end = item.start + item.text.trimEnd().length;
      const what = doc.text.slice(start, end).replace(/^(?:[-–—•*·]|\d+[.)])?\s*/u, '').replace(/[\s.;,]+(?:samt|och)?\s*$/u, '');
      drafts.push({ start, end, heading: false, value: { actor: party, type: 'propose', what, when: ctx.published } });
    }
    i += items.length;
  }
  return { drafts, used };
}

/** "V föreslår att kommunen …" in a motion without att-satser: the proposal stated inline. */
function inlineProposal(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence): Draft | null {
  const m = wordRe('(?:föreslår|yrkar)(?:\\s+därför|\\s+härmed)?(?:\\s+\\p{L}+){0,2}?\\s+(att\\s+\\S[^]*)').exec(s.text);
  if (!m || /\?\s*$/.test(s.text) || test(NEGATION_RE, s.text)) return null;
  const subject = s.text.slice(0, m.index);
  const party = partyIn(subject) ?? (test(wordRe('vi|jag'), subject) ? signatureParty(doc.text) : null);
  if (!party) return null;
  const what = m[1]!.replace(/[\s.;,]+$/u, '');
  return { start: s.start, end: s.end, heading: false, value: { actor: party, type: 'propose', what, when: ctx.published } };
}

// ---------------------------------------------------------------------------------------------------
// Actor, what and when of a trigger.

/** The subject of the trigger at [at, wordEnd): right after its first word (inverted order) or before it. */
function subjectOf(cands: Candidate[], text: string, sentenceStart: number, at: number, firstWordEnd: number, whatFrom: number, inverted: boolean): Candidate | null {
  if (inverted) {
    const next = /^\s+(?:(?:nu|också|även|just|redan|därför|sedan)\s+)?/iu.exec(text.slice(firstWordEnd))!;
    const slot = firstWordEnd + next[0].length;
    const after = cands.find((c) => c.start === slot);
    if (after) return after;
    if (test(OTHER_SUBJECT_RE, text.slice(slot, slot + 7).split(/\s/)[0] ?? '')) return null;
  }
  const before = cands.filter((c) => c.end <= Math.max(at, whatFrom)).pop();
  if (!before) return null;
  const between = text.slice(before.end, Math.max(at, before.end));
  if (between.split(/\s+/).length > 30) return null;
  if (test(OTHER_SUBJECT_RE, between) || test(HEDGE_RE, between) || test(NEW_CLAUSE_SUBJECT_RE, between) || /[;:]/.test(between)) return null;
  if (test(EMBEDDING_RE, text.slice(sentenceStart, before.start))) return null;
  return before;
}


/** The object phrase: from `from` to the end of its clause, at most 15 words. */
function whatPhrase(text: string, from: number, end: number): string {
  let s = text.slice(from, end);
  const cut = /,\s|\s[–—]\s|;|\s\(|(?<=(?:\S+\s+){3,})för\s+att\s/u.exec(s);
  if (cut) s = s.slice(0, cut.index);
  return s.split(/\s+/).slice(0, 15).join(' ').replace(/[\s.!,:;]+$/u, '');
}

const YEAR_AFTER_CLIMATE_RE = new RegExp(`${CLIMATE}(?:\\s+\\p{L}+)?\\s+(?:(?:senast|till|år|till\\s+år|innan|före)\\s+)?(20\\d\\d)(?!\\d)|(?:senast|till\\s+år|till|innan|före)\\s+(20\\d\\d)(?!\\d)`, 'iu');
const TODAY_RE = wordRe('i\\s*dag|idag');
const PERFECT_RE = wordRe('har|hade');
const NOT_THE_TIME_RE = /^(?:från|förra|i\s+fjol|föregående)/iu;

function whenOf(doc: ExtractorInput, ctx: ExtractorContext, d: { type: CommitmentType; start: number; end: number; at: number; actorEnd: number; line: Line }): string | null {
  const dates = ctx.dates.filter((x: DateMention) => x.start >= d.start && x.end <= d.end && !NOT_THE_TIME_RE.test(x.text)
    && !/^från$/iu.test(doc.text.slice(Math.max(d.start, x.start - 7), x.start).trim().split(/\s+/).pop() ?? ''));
  const before = dates.filter((x) => x.end <= d.at).pop();
  const after = dates.find((x) => x.start >= d.at);
  if (d.type === 'target') {
    const year = YEAR_AFTER_CLIMATE_RE.exec(doc.text.slice(d.at, d.end)) ?? YEAR_AFTER_CLIMATE_RE.exec(d.line.text);
    return after?.value.value ?? (year ? (year[1] ?? year[2])! : null) ?? before?.value.value ?? null;
  }
  if (before ?? after) return (before ?? after)!.value.value;
  const sentence = doc.text.slice(d.start, d.end);
  if (test(TODAY_RE, sentence)) return ctx.published;
  if (ctx.kind === 'press_release' && test(PERFECT_RE, doc.text.slice(d.actorEnd, d.at))) return ctx.published;
  return null;
}

// ---------------------------------------------------------------------------------------------------

const LEADING_MARK_RE = /^(?:#+\s*|\*\*|[-–—•▪◦*·]\s*)+/u;

function fromSentence(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence, own: string | null): Draft | null {
  const lead = LEADING_MARK_RE.exec(s.text)?.[0].length ?? 0;
  const start = s.start + lead, end = s.end;
  const sentence = doc.text.slice(start, end);
  if (!sentence.trim() || /\?\s*$/.test(sentence)) return null;
  if (test(NEGATION_RE, sentence) || test(HYPOTHETICAL_RE, sentence) || CONDITIONAL_RE.test(sentence)) return null;
  if (test(PROPOSAL_RE, sentence)) return null;
  const line = lineAt(doc.text, s.start);
  const env: ActorEnv = { own, we: quoteSpeakerMunicipality(doc, ctx, line, own), pressRelease: ctx.kind === 'press_release' };
  const cands = candidatesIn(doc, ctx, start, end, env);
  if (!cands.length) return null;
  for (const t of TRIGGERS) {
    t.re.lastIndex = 0;
    for (const m of sentence.matchAll(t.re)) {
      const at = start + m.index!;
      const firstWordEnd = at + /^[\p{L}]+/u.exec(m[0])![0].length;
      const whatFrom = t.whatGroup && m[t.whatGroup] ? at + m[0].indexOf(m[t.whatGroup]!) : at;
      const subject = subjectOf(cands, doc.text, start, at, firstWordEnd, whatFrom, t.inverted ?? false);
      if (!subject?.actor) continue;
      const heading = s.start === line.start + (line.text.length - line.text.trimStart().length) && s.end === line.start + line.text.trimEnd().length
        && !/[.!?:]$/.test(s.text) && s.text.length < 160;
      const when = whenOf(doc, ctx, { type: t.type, start, end, at, actorEnd: subject.end, line });
      return {
        start, end, heading,
        value: { actor: subject.actor, type: t.type, what: whatPhrase(doc.text, whatFrom, end), when },
      };
    }
  }
  return null;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
function overlap(a: string, b: string): number {
  const A = words(a), B = words(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return A.size + B.size - inter ? inter / (A.size + B.size - inter) : 1;
}

/** The same commitment stated again (headline, lead, quote) is one commitment: keep the body sentence. */
function dedupe(drafts: Draft[]): Draft[] {
  const ordered = [...drafts].sort((a, b) => Number(a.heading) - Number(b.heading) || a.start - b.start);
  const kept: Draft[] = [];
  for (const d of ordered) {
    const same = kept.some((k) => k.value.actor === d.value.actor && k.value.type === d.value.type && (
      d.value.type === 'join' || d.value.type === 'twin'
      || (d.value.type === 'propose' ? k.value.what === d.value.what : overlap(k.value.what, d.value.what) >= 0.5)
      || (d.value.type === 'target' && k.value.when === d.value.when)));
    if (!same) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findCommitments(doc: ExtractorInput, ctx: ExtractorContext): CommitmentMention[] {
  const own = ownMunicipality(doc, ctx);
  const motion = attSatser(doc, ctx);
  const inUsedLine = (s: Sentence): boolean => motion.used.some((l) => s.start >= l.start && s.end <= l.end);
  const drafts: Draft[] = [...motion.drafts];
  for (const s of splitSentences(doc.text)) {
    if (inUsedLine(s)) continue;
    const d = (!motion.drafts.length && test(PROPOSAL_RE, s.text) ? inlineProposal(doc, ctx, s) : null) ?? fromSentence(doc, ctx, s, own);
    if (d) drafts.push(d);
  }
  return dedupe(drafts).map((d) => ({ kind: 'commitment', start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), value: d.value }));
}

export const commitmentsExtractor: Extractor<'commitments'> = {
  name: 'commitments',
  version: 1,
  creates: ['commitment'],
  run: (doc, ctx) => findCommitments(doc, ctx),
};
