// Units and clauses for the commitments extractor: the text is cut into units a commitment can stand in
// (sentences, list items, att-satser, headings), each unit into word tokens with offsets, and a token range
// into clauses. Lines that a page wrapped in the middle of a sentence ("att ta\nfram nationella strategier",
// an att-sats broken over two lines with a blank line between) are joined into one unit; every offset still
// indexes the document's text, so a unit's text is always `doc.text.slice(start, end)`. Linear in the text.
import { WORD_CHAR } from './regex.js';
import { ADVERBS, AUXILIARIES, CONTROL_VERBS, SPEECH_VERBS, SUBORDINATORS } from './lexicon/commitments.js';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** A list item ("• …", "– …", "1. …"), an att-sats, a heading (a short line without final punctuation), or a sentence. */
  kind: 'item' | 'att' | 'heading' | 'sentence';
  /** Index of the logical line the unit stands in (units of one line share it). */
  line: number;
  /** Where the list marker or "att" of an item starts (the unit itself starts after the marker). */
  markerStart: number;
  /** Whether the unit is the first of its logical line. */
  first: boolean;
}

export interface LogicalLine { start: number; end: number; index: number }

const MARKER_RE = /^(?:[•·▪◦*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*/u;
const ATT_RE = /^att\s/iu;
const LINE_END_PUNCT = /[.!?:;]["”»)]*$/u;

interface RawLine { start: number; end: number } // trimmed content bounds

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let s = at, e = nl;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    at = nl + 1;
  }
  return out;
}

/**
 * Lines joined where a page wrapped a sentence: the previous line does not end a sentence and the next starts
 * in lower case (not with "att", which opens an att-sats of its own, nor with a list marker), at most one blank
 * line between them.
 */
export function logicalLines(text: string): LogicalLine[] {
  const lines = rawLines(text);
  const out: LogicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = out.at(-1);
    if (prev && i > 0) {
      const p = lines[i - 1]!;
      const gap = text.slice(p.end, l.start);
      const blankLines = (gap.match(/\n/g)?.length ?? 0) - 1;
      const body = text.slice(l.start, l.end);
      const prevText = text.slice(p.start, p.end);
      if (blankLines <= 1 && !LINE_END_PUNCT.test(prevText) && /^\p{Ll}/u.test(body) && !ATT_RE.test(body) && !MARKER_RE.test(body)
        && prevText.split(/\s+/).length >= 3) {
        prev.end = l.end;
        continue;
      }
    }
    out.push({ start: l.start, end: l.end, index: out.length });
  }
  return out;
}

const SPEECH_LINE_RE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS.split(' ').join('|')})(?![\\p{L}])`, 'iu');

// After these, Intl.Segmenter may split although the sentence goes on ("bl.a.", "dec. 2020", "kl. 15").
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'tel', 'tfn', 'nr', 'ca', 'kl', 'st',
  'resp', 'jfr', 'bl.a', 't.ex', 'm.fl', 'o.s.v', 'osv', 'dvs', 'etc', 'fr.o.m', 't.o.m', 'f.d', 'p.g.a', 'pga', 'inkl', 'exkl',
  'kr', 'mnkr', 'mkr', 'tkr', 'prof', 'dr', 's.k', 'ang', 'ordf', 'v', 'jur', 'fil', 'tekn',
]);
const endsWithAbbreviation = (s: string): boolean => {
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(s);
  return m !== null && ABBREVIATIONS.has(m[1]!.toLowerCase());
};

const SENTENCE_END_RE = /[.!?…]+["”»')\]]*(?=\s+\S)/gu;

/**
 * Sentences of [start, end): a sentence ends at ".", "!" or "?" (with closing quotes or brackets) before
 * whitespace and a word that does not start in lower case, a digit or a bracket, unless the word before the
 * point is an abbreviation ("bl.a.", "dec.", "kl.") or an initial ("Charlotte G. Brynielsson").
 */
function sentenceSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const s = text.slice(start, end);
  let from = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(s); m; m = SENTENCE_END_RE.exec(s)) {
    const stop = m.index + m[0].length;
    let next = stop;
    while (next < s.length && /\s/u.test(s[next]!)) next++;
    if (/^[\p{Ll}\d(]/u.test(s[next] ?? '')) continue;
    if (m[0][0] === '.' && (endsWithAbbreviation(s.slice(from, m.index + 1)) || /(?:^|\s)\p{Lu}$/u.test(s.slice(from, m.index)))) continue;
    out.push([start + from, start + stop]);
    from = next;
  }
  const tail = s.slice(from).trimEnd();
  if (tail.trim()) out.push([start + from, start + from + tail.length]);
  return out;
}

/**
 * The units of a document, in order. The last document's units are kept: the commitments and waves extractors
 * both read them (callers treat them as read-only).
 */
let lastUnits: { text: string; units: readonly Unit[] } | null = null;
export function unitsOf(text: string): readonly Unit[] {
  if (lastUnits?.text !== text) lastUnits = { text, units: computeUnits(text) };
  return lastUnits.units;
}

function computeUnits(text: string): Unit[] {
  const out: Unit[] = [];
  for (const line of logicalLines(text)) {
    let start = line.start;
    const body = text.slice(line.start, line.end);
    const marker = MARKER_RE.exec(body);
    let kind: Unit['kind'] = 'sentence';
    const markerStart = line.start;
    // A dash before a quote ("– Vi ska …, säger Anna Berg") is no list marker.
    const quote = marker && /^[-–—]/u.test(marker[0]) && SPEECH_LINE_RE.test(body);
    if (marker && !quote) { start += marker[0].length; kind = 'item'; }
    if (ATT_RE.test(text.slice(start, line.end))) kind = 'att';
    const content = text.slice(start, line.end);
    if (kind === 'sentence' && !LINE_END_PUNCT.test(content) && content.length < 160 && !/[,]$/u.test(content)) kind = 'heading';
    if (kind === 'att' || kind === 'heading') {
      out.push({ start, end: line.end, text: content, kind, line: line.index, markerStart, first: true });
      continue;
    }
    let first = true;
    for (const [s, e] of sentenceSpans(text, start, line.end)) {
      out.push({ start: s, end: e, text: text.slice(s, e), kind: first ? kind : 'sentence', line: line.index, markerStart: first ? markerStart : s, first });
      first = false;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Tokens

export interface Token { start: number; end: number; text: string; lower: string }

// (`[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[:\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]`, with ASCII decided inline: see WORD_CHAR.)
const TOKEN_RE = new RegExp(String.raw`${WORD_CHAR}(?:${WORD_CHAR}|['’]|[:\-](?=${WORD_CHAR}))*|[\x00-\x08\x0E-\x1F\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]|(?![\x00-\x7F])[^\s\p{L}\p{N}]`, 'gu');

/** Word and punctuation tokens of [start, end) of `text`. "MP:s", "V-motion", "2:e" are one token each. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** A set of lower-case words from a space-separated list (multi-word entries are split into their words). */
export const wordSet = (forms: string): ReadonlySet<string> => new Set(forms.toLowerCase().split(/\s+/).filter(Boolean));

const AUX = wordSet(AUXILIARIES);
const CONTROL = wordSet(CONTROL_VERBS);
const PREP_BEFORE_ATT = new Set(['för', 'genom', 'utan', 'med', 'efter', 'innan', 'till', 'om', 'på', 'av', 'i', 'från', 'mot', 'än']);
const ADV = wordSet(ADVERBS);
const SUB = wordSet(SUBORDINATORS);
export const isAuxiliary = (t: Token | undefined): boolean => t !== undefined && AUX.has(t.lower);
export const isAdverb = (t: Token | undefined): boolean => t !== undefined && ADV.has(t.lower);
export const isSubordinator = (t: Token | undefined): boolean => t !== undefined && SUB.has(t.lower);

/** The longest clause the rules look at, in tokens. */
export const MAX_CLAUSE = 80;

/**
 * Index of the first token of the clause that token `i` stands in: after the last clause boundary before it
 * (a semicolon, colon, dash, a subordinator, or a comma followed by a conjunction or subordinator).
 */
export function clauseStart(tokens: Token[], i: number): number {
  // Bounded: a clause is never longer than MAX_CLAUSE tokens (a page without punctuation must not cost n²).
  for (let k = i - 1; k >= 0; k--) {
    if (i - k > MAX_CLAUSE) return k + 1;
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—' || t.text === '?' || t.text === '!') return k + 1;
    if (t.text === '-' && k > 0 && tokens[k - 1]!.end < t.start && tokens[k + 1] && tokens[k + 1]!.start > t.end) return k + 1;
    if (isSubordinator(t)) {
      // "att" as an infinitive marker belongs to its clause: "för att nå dit", "kommer att ta fram", "åtar sig att".
      if (t.lower === 'att' && isInfinitiveMarker(tokens, k)) continue;
      // "om" after a noun is a preposition ("motionen om cykelbanor"); a condition starts a clause or follows a comma.
      if ((t.lower === 'om' || t.lower === 'ifall') && k > 0 && !/^(?:[,;:–—]|och|men|eller|samt)$/u.test(tokens[k - 1]!.lower)) continue;
      // "som" meaning "as": "Som en del av medlemskapet ska …", "Karlstad, som en av 23 städer, har …".
      if (t.lower === 'som' && (k === 0 || /^(?:en|ett|första|enda|andra|tredje|del|ett)$/u.test(tokens[k + 1]?.lower ?? '') && /^(?:av|i)$/u.test(tokens[k + 2]?.lower ?? tokens[k + 1]!.lower))) continue;
      return k;
    }
    if (t.text === ',' && tokens[k + 1] && (isSubordinator(tokens[k + 1]) || /^(?:och|men|samt|eller)$/u.test(tokens[k + 1]!.lower))) return k + 1;
  }
  return 0;
}

/**
 * Whether the "att" at token `k` marks an infinitive rather than opening a clause: after a preposition ("för att",
 * "genom att"), or after a control verb possibly with adverbs or a reflexive between ("kommer bland annat att",
 * "åtar sig att", "avser att").
 */
export function isInfinitiveMarker(tokens: Token[], k: number): boolean {
  // A subject after "att" opens a clause: "pekar på att Trosa redan är medlem", "beslutat att kommunen ska …".
  let n = k + 1;
  while (n < tokens.length && isAdverb(tokens[n])) n++;
  const next = tokens[n];
  if (!next || /^\p{Lu}/u.test(next.text) || CLAUSE_SUBJECTS.has(next.lower) || /^(?:\p{L}+(?:nämnden|styrelsen|förvaltningen)|kommunen|staden)$/u.test(next.lower)) return false;
  let j = k - 1;
  while (j >= 0 && (isAdverb(tokens[j]) || /^(?:sig|oss|mig|dig|er|bland|annat)$/u.test(tokens[j]!.lower))) j--;
  const w = tokens[j]?.lower ?? '';
  return PREP_BEFORE_ATT.has(w) || CONTROL.has(w);
}

/** Words that begin a clause's subject after "att": pronouns and determiners. */
const CLAUSE_SUBJECTS = new Set(['jag', 'du', 'han', 'hon', 'vi', 'ni', 'de', 'den', 'det', 'man', 'en', 'ett', 'alla', 'samtliga', 'dessa', 'denna', 'detta', 'fullmäktige', 'kommunfullmäktige', 'regeringen', 'landet', 'sverige']);

/** Index just past the last token of the clause token `i` stands in (the next boundary after it). */
export function clauseEnd(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) {
    if (k - i > MAX_CLAUSE) return k;
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '–' || t.text === '—' || t.text === '?' || t.text === '!') return k;
    if (t.text === ',' && tokens[k + 1] && (isSubordinator(tokens[k + 1]) || /^(?:men|samt|och|eller)$/u.test(tokens[k + 1]!.lower))) return k;
    if (/^(?:men)$/u.test(t.lower)) return k;
  }
  return tokens.length;
}
