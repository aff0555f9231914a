// The phrase notation of the attribute word tables (objects.ts, strength.ts, scope.ts, targets.ts).
//
// A table entry is a plain phrase, written in lower case, that a linguist can read and extend without
// regular expressions. Words are separated by single spaces; a space matches any run of white space in the
// text (line breaks too). Matching ignores case and never starts or ends inside a word, except where `*` says so.
//
//   word*     the word and any continuation: inflections and compounds ('minsk*' → minska, minskad, minskning)
//   *word     any compound ending in the word ('*klimatstrategi' → energi- och klimatstrategi, klimatstrategi)
//   *word*    the word anywhere inside a word ('*motion*' → nämndmotion, motionen, V-motion)
//   fossil-fri  a hyphen inside a word is optional ('fossil-oberoende' → fossiloberoende, fossil-oberoende)
//   a|b       either word at this place ('kontrakt|avtal'); each alternative may carry its own `*`
//   [word]    an optional word ('jämfört med [år]')
//   ~         up to two words of any kind ('kommunens ~ fastigheter' → kommunens befintliga fastigheter)
//   …         up to six words (not across . ! ? ; or a line break) ('målet för … är')
//   <Name>    a capitalised word (a place or a body: 'klimatneutral* <Name>' → ett klimatneutralt Nacka)
//   #         a number ('# procent' → 40 procent, 10,5 procent)
//
// Anything else is literal: '%', ':' and '/' match themselves.

// Letters of the Latin script (Swedish, the Nordic languages, accented loans) and digits. Not \\p{L}: a regex
// with \\p{L} and the `i` flag costs V8 a quarter of a second to compile; these tables are Swedish.
const LETTER = '[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]';
const CAPITAL = '[A-ZÀ-ÖØ-Þ]';
const WS = '[\\s\\u00a0]+';
const WORD = "[^\\s.!?;]+";

/**
 * A literal letter sequence. Phrases without `<Name>` are compiled with the `i` flag and take it as written;
 * with `<Name>` (which needs a capital) the regex has no `i` flag and each letter becomes a class of both cases.
 */
function literal(s: string, caseless: boolean): string {
  let out = '';
  for (const ch of s) {
    if (ch === '-') { out += '-?'; continue; }
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (!caseless && lo !== up) out += `[${lo}${up}]`;
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

interface Token { src: string; openStart: boolean; openEnd: boolean; gap?: boolean }

function alternative(w: string, caseless: boolean): Token {
  const openStart = w.startsWith('*'), openEnd = w.endsWith('*') && w.length > 1;
  const core = w.replace(/^\*/, '').replace(/\*$/, '');
  // A leading `*` needs no pattern at the start of a phrase: with no word boundary before it, the word may
  // start anywhere (a match then begins inside the compound, which is all the callers need; `[\p{L}]*word`
  // would rescan every word). Inside a phrase the compound's head is matched (see phraseSource).
  return { src: `${literal(core, caseless)}${openEnd ? `${LETTER}*` : ''}`, openStart, openEnd };
}

function token(t: string, caseless: boolean): Token {
  if (t === '…') return { src: `(?:${WORD}${WS}){0,6}?`, openStart: false, openEnd: true, gap: true };
  if (t === '~') return { src: `(?:${WORD}${WS}){0,2}?`, openStart: false, openEnd: true, gap: true };
  // A capitalised word, also with a genitive written after it: '<Name>s motion', '<Name>:s motion'.
  const name = /^<Name>(.*)$/.exec(t);
  if (name) return { src: `${CAPITAL}(?:${LETTER}|-)*${literal(name[1]!, caseless)}`, openStart: false, openEnd: false };
  if (t === '#') return { src: `\\d+(?:[.,]\\d+)?`, openStart: false, openEnd: false };
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = token(t.slice(1, -1), caseless);
    return { src: `(?:${inner.src}${WS})?`, openStart: inner.openStart, openEnd: true, gap: true };
  }
  const alts = t.split('|').map((a) => alternative(a, caseless));
  return {
    src: alts.length === 1 ? alts[0]!.src : `(?:${alts.map((a) => a.src).join('|')})`,
    openStart: alts.every((a) => a.openStart),
    openEnd: alts.every((a) => a.openEnd),
  };
}

/** Whether a phrase needs case (it has `<Name>`): such phrases are compiled without the `i` flag. */
const needsCase = (phrase: string): boolean => phrase.includes('<Name>');

/** The pattern of one phrase, without its leading word boundary; and whether it needs that boundary. */
function compile(phrase: string, caseless: boolean): { src: string; boundary: boolean } {
  const toks = phrase.trim().split(/\s+/).map((t) => token(t, caseless));
  let src = '';
  toks.forEach((t, i) => {
    // A gap or optional word carries its own trailing white space; a plain word is followed by white space
    // when another token follows. Inside a phrase, a word with a leading `*` still has to be matched whole.
    src += i > 0 && t.openStart && !t.gap ? `${LETTER}*${t.src}` : t.src;
    if (toks[i + 1] && !t.gap) src += WS;
  });
  const first = toks[0], last = toks[toks.length - 1];
  const after = last && !last.openEnd ? `(?!${LETTER})` : '';
  return { src: `${src}${after}`, boundary: !!first && !first.openStart };
}

/** The regular-expression source of one phrase (see the notation above), for a regex without the `i` flag. */
export function phraseSource(phrase: string): string {
  const { src, boundary } = compile(phrase, false);
  return `${boundary ? `(?<!${LETTER})` : ''}(?:${src})`;
}

/** One alternation of phrases, with the word boundary factored out: `(?<!\p{L})(?:a|b)|(?:c)`. */
function alternation(phrases: readonly string[], caseless: boolean): string {
  const parts = phrases.map((p) => compile(p, caseless));
  const bounded = parts.filter((p) => p.boundary).map((p) => p.src);
  const open = parts.filter((p) => !p.boundary).map((p) => p.src);
  return [bounded.length ? `(?<!${LETTER})(?:${bounded.join('|')})` : '', open.length ? `(?:${open.join('|')})` : '']
    .filter(Boolean).join('|');
}

/**
 * Letter sequences a text must contain (lower-cased) for the phrase to match: one group per required word,
 * any one of a group's alternatives. A cheap test before running the regex; `[]` when nothing is required.
 */
export function requiredStems(phrase: string): string[][] {
  const groups: string[][] = [];
  for (const t of phrase.trim().split(/\s+/)) {
    if (t === '…' || t === '~' || t.startsWith('<Name>') || t === '#' || (t.startsWith('[') && t.endsWith(']'))) continue;
    const stems = t.split('|').map((a) => a.replace(/^\*/, '').replace(/\*$/, '').split('-')[0]!.toLowerCase());
    if (stems.every((x) => x.length > 0)) groups.push(stems);
  }
  return groups;
}

/** Whether the lower-cased `lower` contains every required group of stems. */
export function mayMatch(groups: string[][], lower: string): boolean {
  return groups.every((g) => g.some((stem) => lower.includes(stem)));
}

/** A compiled phrase table: its regexes (caseless, and with case for `<Name>`) and the letters each phrase needs. */
export interface PhraseSet {
  res: RegExp[];
  stems: string[][][];
  /**
   * A quick test on the lower-cased text: one stem of the first required word of some phrase must occur. Null
   * when some phrase requires no letters (only `<Name>` or a number): nothing can be ruled out.
   */
  pre: RegExp | null;
}

/** Compile a table of phrases. */
export function phrasesRe(phrases: readonly string[]): PhraseSet {
  const plain = phrases.filter((p) => !needsCase(p)), named = phrases.filter(needsCase);
  const res: RegExp[] = [];
  if (plain.length) res.push(new RegExp(alternation(plain, true), 'giu'));
  if (named.length) res.push(new RegExp(alternation(named, false), 'gu'));
  const stems = phrases.map(requiredStems);
  const firsts = [...new Set(stems.flatMap((g) => g[0] ?? []))].sort((a, b) => b.length - a.length);
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pre = stems.some((g) => g.length === 0) ? null : new RegExp(firsts.length ? firsts.map(esc).join('|') : '(?!)');
  return { res, stems, pre };
}

/** A regex matching one of the phrases at the very end of a string (the words right before a year). */
export function phrasesAtEnd(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(phrases, false)})\\s*$`, 'u');
}

/** A regex matching one of the phrases at the very start of a string (the words right after a number). */
export function phrasesAtStart(phrases: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${alternation(phrases, false)})`, 'u');
}

/** Whether some phrase of the set can occur in `text` at all (all its stems are there). */
function possible(set: PhraseSet, text: string, lower?: string): boolean {
  return set.pre === null || set.pre.test(lower ?? text.toLowerCase());
}

/** Whether any of the phrases occurs in `text` (`lower`: the text lower-cased, when the caller has it). */
export function hasPhrase(set: PhraseSet, text: string, lower?: string): boolean {
  if (!possible(set, text, lower)) return false;
  for (const re of set.res) {
    re.lastIndex = 0;
    const ok = re.test(text);
    re.lastIndex = 0;
    if (ok) return true;
  }
  return false;
}

/** Every match of the phrases in `text` as [start, end), in text order (`lower`: the text lower-cased). */
export function phraseMatches(set: PhraseSet, text: string, lower?: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (!possible(set, text, lower)) return out;
  for (const re of set.res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    re.lastIndex = 0;
  }
  return set.res.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
