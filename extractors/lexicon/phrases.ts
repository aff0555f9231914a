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

const LETTER = '[\\p{L}\\p{N}]';
const WS = '[\\s\\u00a0]+';
const WORD = "[^\\s.!?;]+";

/** A literal letter sequence, case-insensitive without the `i` flag (so that `<Name>` can require a capital). */
function literal(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '-') { out += '-?'; continue; }
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (lo !== up) out += `[${lo}${up}]`;
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

function alternative(w: string): { src: string; openStart: boolean; openEnd: boolean } {
  const openStart = w.startsWith('*'), openEnd = w.endsWith('*') && w.length > 1;
  const core = w.replace(/^\*/, '').replace(/\*$/, '');
  return { src: `${openStart ? `${LETTER}*` : ''}${literal(core)}${openEnd ? `${LETTER}*` : ''}`, openStart, openEnd };
}

function token(t: string): { src: string; openStart: boolean; openEnd: boolean; gap?: boolean } {
  if (t === '…') return { src: `(?:${WORD}${WS}){0,6}?`, openStart: false, openEnd: true, gap: true };
  if (t === '~') return { src: `(?:${WORD}${WS}){0,2}?`, openStart: false, openEnd: true, gap: true };
  if (t === '<Name>') return { src: `\\p{Lu}[\\p{L}-]*`, openStart: false, openEnd: false };
  if (t === '#') return { src: `\\d+(?:[.,]\\d+)?`, openStart: false, openEnd: false };
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = token(t.slice(1, -1));
    return { src: `(?:${inner.src}${WS})?`, openStart: inner.openStart, openEnd: true, gap: true };
  }
  const alts = t.split('|').map(alternative);
  return {
    src: alts.length === 1 ? alts[0]!.src : `(?:${alts.map((a) => a.src).join('|')})`,
    openStart: alts.every((a) => a.openStart),
    openEnd: alts.every((a) => a.openEnd),
  };
}

/** The regular-expression source of one phrase (see the notation above). */
export function phraseSource(phrase: string): string {
  const toks = phrase.trim().split(/\s+/).map(token);
  let src = '';
  toks.forEach((t, i) => {
    // A gap or optional word carries its own trailing white space; a plain word is followed by white space
    // when another token follows.
    src += t.src;
    if (toks[i + 1] && !t.gap) src += WS;
  });
  const first = toks[0], last = toks[toks.length - 1];
  const before = first && !first.openStart ? `(?<!${LETTER})` : '';
  const after = last && !last.openEnd ? `(?!${LETTER})` : '';
  return `${before}(?:${src})${after}`;
}

/** One global regex matching any of the phrases. */
export function phrasesRe(phrases: readonly string[]): RegExp {
  if (!phrases.length) return /(?!)/gu;
  return new RegExp(phrases.map(phraseSource).join('|'), 'gu');
}

/** Whether any of the phrases occurs in `text`. */
export function hasPhrase(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/** Every match of `re` in `text` as [start, end). */
export function phraseMatches(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  re.lastIndex = 0;
  return out;
}
