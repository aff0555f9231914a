// Who acts in a sentence: the helpers the commitments extractor uses to name an actor. An actor is a
// municipality's canonical name, a Riksdag party abbreviation, or null when the subject cannot be named.
import type { ExtractorInput } from '../src/types.js';
import { execAll } from './regex.js';
import type { ExtractorContext, MunicipalityMention } from './types.js';

const LN = '\\p{L}\\p{N}';
/** A regex whose alternatives must stand as whole words (JS `\b` does not know å, ä, ö). */
export const wordRe = (src: string, flags = 'giu'): RegExp => new RegExp(`(?<![${LN}])(?:${src})(?![${LN}])`, flags);

/** Swedish party names (as a subject or in a signature) and their Riksdag abbreviations. */
const PARTY_NAMES: Record<string, string> = {
  socialdemokraterna: 'S', moderaterna: 'M', sverigedemokraterna: 'SD', centerpartiet: 'C', vänsterpartiet: 'V',
  kristdemokraterna: 'KD', liberalerna: 'L', folkpartiet: 'L', miljöpartiet: 'MP',
};
const PARTY_RE = wordRe(`(${Object.keys(PARTY_NAMES).join('|')})s?(?:\\s+de\\s+gröna)?`);
const PARTY_ABBR_RE = /\((S|M|SD|C|V|KD|L|MP)\)/g;

/** The party abbreviation of the first party named in `text`, or null. */
export function partyIn(text: string): string | null {
  const m = wordRe(`(${Object.keys(PARTY_NAMES).join('|')})`).exec(text);
  return m ? PARTY_NAMES[m[1]!.toLowerCase()]! : null;
}

/**
 * The parties named as one coordinated subject in `text` ("Centerpartiet och Miljöpartiet föreslår"),
 * in order; a genitive ("Moderaternas förslag") is no subject. Empty when none is named.
 */
export function coordinatedParties(text: string): string[] {
  const re = wordRe(`(${Object.keys(PARTY_NAMES).join('|')})(?:\\s+de\\s+gröna)?`);
  const found = [...text.matchAll(re)];
  const out: string[] = [];
  for (const [k, m] of found.entries()) {
    const gap = k ? text.slice(found[k - 1]!.index! + found[k - 1]![0].length, m.index!) : '';
    if (k && !/^\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)$/u.test(gap)) break;
    const party = PARTY_NAMES[m[1]!.toLowerCase()]!;
    if (!out.includes(party)) out.push(party);
  }
  return out;
}

/**
 * The parties that sign a motion: every party ("(C)", "Centerpartiet") in the signature lines after
 * `from` (the end of the last att-sats), in order of appearance. Empty when none is found.
 */
export function signatureParties(text: string, from: number): string[] {
  const out: string[] = [];
  // Signature lines are short: a name with "(C)", a role, a party name.
  for (const line of text.slice(from).split('\n').filter((l) => l.trim().length <= 80)) {
    const named = [...line.matchAll(wordRe(`(${Object.keys(PARTY_NAMES).join('|')})`))].map((m) => PARTY_NAMES[m[1]!.toLowerCase()]!);
    const abbr = [...line.matchAll(PARTY_ABBR_RE)].map((m) => m[1]!);
    for (const p of [...named, ...abbr]) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** The party that signs a motion: a party name or "(V)" after a name in the last lines. */
export function signatureParty(text: string): string | null {
  const lines = text.trimEnd().split('\n').filter((l) => l.trim()).slice(-8);
  for (const line of lines.reverse()) {
    const named = partyIn(line);
    if (named) return named;
    const abbr = [...line.matchAll(PARTY_ABBR_RE)].pop();
    if (abbr) return abbr[1]!;
  }
  return null;
}

/**
 * The document's own municipality: the first one named in the first lines (the publisher's header or
 * headline), else the most mentioned one (ties: the earliest).
 */
export function ownMunicipality(doc: ExtractorInput, ctx: ExtractorContext): string | null {
  const ms = [...ctx.municipalities].sort((a, b) => a.start - b.start);
  if (!ms.length) return null;
  const lines = [...doc.text.matchAll(/[^\n]*\S[^\n]*/g)].slice(0, 3);
  const headerEnd = lines.length ? lines[lines.length - 1]!.index! + lines[lines.length - 1]![0].length : 0;
  if (ms[0]!.start < headerEnd) return ms[0]!.value.name;
  const count = new Map<string, number>();
  for (const m of ms) count.set(m.value.name, (count.get(m.value.name) ?? 0) + 1);
  let best = ms[0]!.value.name;
  for (const m of ms) if (count.get(m.value.name)! > count.get(best)!) best = m.value.name;
  return best;
}

const SPEECH_RE = wordRe('säger|sa|sade|förklarar|fortsätter|berättar|menar|konstaterar|avslutar|understryker|betonar|kommenterar|tillägger|uppger');
const QUOTE_START_RE = /^\s*(?:[–—]|-(?!\s*att\s)|[”"»])/i;
const MUNICIPAL_ROLE_RE = /kommunstyrelse|kommunfullmäktige|kommunalråd|nämnd|kommundirektör|kommunchef|stadsdirektör|borgmästare|oppositionsråd|förvaltning/i;

export interface Line { start: number; end: number; text: string }

export function lineAt(text: string, at: number): Line {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return { start, end, text: text.slice(start, end) };
}

/**
 * For a line that is a quote ("– …, säger NAME, ROLE."), the municipality the speaker acts for; the
 * attribution may stand on a later line of the same quote. Null when not a quote or the speaker is
 * not known to speak for a municipality.
 */
export function quoteSpeakerMunicipality(doc: ExtractorInput, ctx: ExtractorContext, line: Line, own: string | null): string | null {
  if (!QUOTE_START_RE.test(line.text)) return null;
  let cur: Line | null = line;
  for (let k = 0; cur && k < 5; k++) {
    const speech = [...execAll(SPEECH_RE, cur.text)].pop();
    if (speech) {
      const tailStart = cur.start + speech.index!;
      // The speaker's municipality, from this mention or another mention of the same name.
      const speaker = ctx.people.find((p) => p.start >= tailStart && p.end <= cur!.end);
      const known = speaker && ctx.people.find((p) => p.value.name === speaker.value.name && p.value.municipality);
      if (known) return known.value.municipality;
      const muni = ctx.municipalities.find((m) => m.start >= tailStart && m.end <= cur!.end);
      if (muni) return muni.value.name;
      return MUNICIPAL_ROLE_RE.test(doc.text.slice(tailStart, cur.end)) ? own : null;
    }
    // The quote goes on in the next non-empty line if that one is a quote too.
    let next = cur.end + 1;
    while (next < doc.text.length && doc.text[next] === '\n') next++;
    if (next >= doc.text.length) break;
    cur = lineAt(doc.text, next);
    if (!QUOTE_START_RE.test(cur.text)) break;
  }
  return null;
}

/**
 * A word that can be the subject of a commitment, with the actor it names (null: unknown). `goalEnd`:
 * for the possessor of a goal ("kommunens mål om att"), where the goal's content begins.
 */
export interface Candidate { start: number; end: number; actor: string | null; goalEnd?: number }

const PREPOSITIONS = new Set([
  'till', 'med', 'i', 'av', 'för', 'från', 'hos', 'om', 'mellan', 'inom', 'än', 'mot', 'bland', 'vid', 'på', 'åt',
  'efter', 'under', 'genom', 'enligt', 'utan', 'kring', 'runt', 'utanför', 'bakom', 'hit', 'som',
]);
const OWN_BODY_RE = wordRe('kommunen|staden|kommunfullmäktige|fullmäktige|kommunstyrelsen|kommunledningen|kommunkoncernen|stadskoncernen|kommunorganisationen');
const OWN_GENITIVE_RE = wordRe('kommunens|stadens');
// A possessed part of the municipal organisation, which acts for the municipality in a goal:
// "kommunens egna verksamheter ska vara fossilfria", "Umeå kommuns förvaltningar ska …".
// Its own vehicles and buildings stand for it too: "kommunens fordon ska köras fossilfritt".
const ORG_PART_RE = /^\s+(?:egna\s+|egen\s+|samtliga\s+|alla\s+)?(?:verksamhet(?:er|erna|en)?|organisation(?:en)?|förvaltningar(?:na)?|bolag(?:en)?|koncern(?:en)?|fordon(?:en)?|fordonsflott(?:a|an)|fordonspark(?:en)?|tjänstebilar(?:na)?|fastigheter(?:na)?|lokaler(?:na)?)(?![\p{L}])/iu;
const ALL_MUNICIPALITIES_RE = wordRe('(?:alla|samtliga)\\s+(?:de\\s+)?(?:\\d+\\s+)?(?:svenska\\s+)?(?:kommuner|kommunerna|städer|städerna)');
const WE_RE = wordRe('vi');
const GENITIVE_HEAD_RE = /^\s*(?:kommun|stad|kommunfullmäktige|kommunstyrelsen?|fullmäktige)(?![\p{L}])/iu;

// The last word of the window. The lookbehind only lets a match start at a word's first letter: the same
// match as without it, but the engine no longer tries (and backtracks through) every letter of every word.
const LAST_WORD_RE = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u;

function previousWord(text: string, at: number): string {
  const m = LAST_WORD_RE.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase() : '';
}

// A possessor that is the subject of a goal: "Umeås mål är att …", "kommunens långsiktiga mål är att …",
// "kommunens mål om att utsläppen ska minska …": what follows "att" is the content of the possessor's goal.
const GOAL_AFTER_RE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:mål(?:et)?|målsättning(?:en)?)\s+(?:är\s+|om\s+)?att\s/iu;

/** The end of "X kommuns egna verksamheter" when the genitive at [.., end) heads an organisation part. */
function orgPartEnd(text: string, end: number): number | null {
  const after = text.slice(end, end + 80);
  const kommuns = /^\s+(?:kommuns|stads)(?![\p{L}])/u.exec(after)?.[0].length ?? 0;
  const part = ORG_PART_RE.exec(after.slice(kommuns));
  return part ? end + kommuns + part[0].length : null;
}

function isGenitive(text: string, m: MunicipalityMention): boolean {
  const after = text.slice(m.end, m.end + 80);
  const rest = after.replace(/^\s+(?:kommuns|stads)(?![\p{L}])/u, '');
  if (GOAL_AFTER_RE.test(rest)) return false;
  if (/\s(?:kommun|stad)/i.test(m.text)) return /\s(?:kommuns|stads)$/i.test(m.text);
  if (rest !== after) return true;
  if (GENITIVE_HEAD_RE.test(after)) return false;
  return /s$/i.test(m.text) && !/s$/i.test(m.value.name);
}

export interface ActorEnv {
  own: string | null;
  /** The municipality "vi" stands for in this line (quote by a municipality's person), or null. */
  we: string | null;
  pressRelease: boolean;
}

/** Every possible subject between `start` and `end` of the text, in order. */
export function candidatesIn(doc: ExtractorInput, ctx: ExtractorContext, start: number, end: number, env: ActorEnv): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  const munis = ctx.municipalities.filter((m) => m.start >= start && m.end <= end);
  // The possessor of a goal may follow a preposition ("bygger på kommunens mål om att …").
  const goalEnd = (at: number): number | undefined => {
    const g = GOAL_AFTER_RE.exec(text.slice(at, end));
    return g ? at + g[0].length : undefined;
  };
  for (const m of munis) {
    const goal = goalEnd(m.end);
    if (PREPOSITIONS.has(previousWord(text, m.start)) && goal === undefined) continue;
    const genitive = isGenitive(text, m);
    const partEnd = genitive || /s$/iu.test(m.text) ? orgPartEnd(text, m.end) : null;
    if (genitive && partEnd === null) continue;
    out.push({ start: m.start, end: Math.min(partEnd ?? m.end, end), actor: m.value.name, ...(goal === undefined ? {} : { goalEnd: goal }) });
  }
  const span = text.slice(start, end);
  const scan = (re: RegExp, actor: (m: RegExpExecArray) => string | null, goalPossessor = false): void => {
    for (const m of execAll(re, span)) {
      const s = start + m.index!, e = s + m[0].length;
      const goal = goalPossessor ? goalEnd(e) : undefined;
      if (PREPOSITIONS.has(previousWord(text, s)) && goal === undefined) continue;
      if (out.some((c) => c.start < e && s < c.end)) continue;
      out.push({ start: s, end: e, actor: actor(m as RegExpExecArray), ...(goal === undefined ? {} : { goalEnd: goal }) });
    }
  };
  scan(OWN_BODY_RE, (m) => {
    // "Umeås kommunfullmäktige": the municipality named just before wins; "kommunfullmäktige i Umeå" too.
    const s = start + m.index!;
    const before = munis.find((x) => /^\s*$/.test(text.slice(x.end, s)) && x.end <= s);
    const after = munis.find((x) => /^\s+i\s+$/.test(text.slice(s + m[0].length, x.start)));
    return before?.value.name ?? after?.value.name ?? env.own;
  });
  scan(OWN_GENITIVE_RE, (m) => {
    const after = start + m.index! + m[0].length;
    return GOAL_AFTER_RE.test(text.slice(after, end)) || orgPartEnd(text, after) !== null ? env.own : null;
  }, true);
  scan(ALL_MUNICIPALITIES_RE, () => (env.pressRelease ? env.own : null));
  scan(PARTY_RE, (m) => PARTY_NAMES[m[1]!.toLowerCase()] ?? null);
  scan(WE_RE, () => env.we);
  return out.sort((a, b) => a.start - b.start);
}
