// Regex helpers shared by the extractors.

/**
 * The matches of the global regex `re` in `text`, like `text.matchAll(re)` but without its cost:
 * `matchAll` clones `re` on every call, which for our long trigger patterns costs more than the
 * search itself in a short sentence. Iterates `re` itself, from 0, and leaves `lastIndex` at 0 when
 * done or abandoned (break/return). Not re-entrant: do not iterate or `test` the same regex inside the loop.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match would be found again at the same place: step over it as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * `\p{L}`, `\p{Lu}`, `[\p{L}\p{N}]` and its complement for a `u` regex, with ASCII tested first. V8 tests a character against a
 * large Unicode class by a call into a search of its range table (RegExpMacroAssembler::IsCharacterInRangeArray:
 * ~8–10 % of an extraction process's CPU, measured with perf), and a class at the start of a regex, or in a
 * lookbehind before it, is tested at every position of the text. Written like this, an ASCII character (most of
 * a Swedish text) is decided inline and only other characters reach the table. The same sets exactly, with and
 * without the `i` flag (extractors/regex.test.ts tests every code point).
 */
export const LETTER = String.raw`(?:[a-zA-Z]|(?![\x00-\x7F])\p{L})`;
export const UPPER = String.raw`(?:[A-Z]|(?![\x00-\x7F])\p{Lu})`;
export const WORD_CHAR = String.raw`(?:[a-zA-Z0-9]|(?![\x00-\x7F])[\p{L}\p{N}])`;
/** `[^\p{L}\p{N}]` the same way: ASCII punctuation, spaces and controls inline, other characters from the table. */
export const NOT_WORD_CHAR = String.raw`(?:[\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]|(?![\x00-\x7F])[^\p{L}\p{N}])`;

/** A regex whose alternatives must stand as whole words (JS `\b` does not know å, ä, ö). */
export const wordRe = (src: string, flags = 'giu'): RegExp => new RegExp(`(?<!${WORD_CHAR})(?:${src})(?!${WORD_CHAR})`, flags);

/**
 * Where the document's header ends: after its first `lines` non-empty lines (a line counts by its first 400
 * characters, so a megabyte-long line costs no more). Datelines, publishers and owners are read there.
 */
export function headerEnd(text: string, lines = 3): number {
  let seen = 0, end = 0;
  for (let pos = 0; pos < text.length && seen < lines;) {
    const nl = text.indexOf('\n', pos);
    end = nl < 0 ? text.length : nl + 1;
    if (text.slice(pos, Math.min(end, pos + 400)).trim()) seen++;
    pos = end;
  }
  return end;
}
