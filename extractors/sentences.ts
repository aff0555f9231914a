// Sentence boundaries for Swedish text: Intl.Segmenter('sv') (on pieces of bounded length) plus merges where it splits too eagerly
// (after abbreviations such as "dec.", "tel.", "nr." before a number). Lines are hard boundaries too:
// headings, list items and table rows in our clean text stand on lines of their own.

export interface Sentence {
  start: number;
  end: number; // exclusive, trailing whitespace excluded
  text: string;
}

// Abbreviations after which Intl.Segmenter may split although the sentence goes on.
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'tel', 'tfn', 'nr', 'ca', 'kl', 'st', 'resp', 'jfr', 'bl.a', 't.ex', 'm.fl', 'o.s.v', 'osv', 'dvs', 'etc',
  'fr.o.m', 't.o.m', 'f.d', 'p.g.a', 'pga', 'inkl', 'exkl', 'milj', 'kr', 'mnkr', 'mkr', 'tkr', 'prof', 'dr',
]);

const segmenter = new Intl.Segmenter('sv', { granularity: 'sentence' });

function endsWithAbbreviation(s: string): boolean {
  // Only the end matters: look at the last few characters, so a long run-on sentence costs no more.
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(s.slice(-24));
  return m !== null && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

// Several extractors split the same document (municipalities, waves, commitments …): the last text's sentences are
// kept, frozen (callers only read them).
let last: { text: string; sentences: readonly Sentence[] } | null = null;

/** Split `text` into sentences with offsets; never crosses a line break. */
export function splitSentences(text: string): readonly Sentence[] {
  if (last?.text !== text) last = { text, sentences: Object.freeze(split(text)) };
  return last.sentences;
}

/**
 * A line cut into pieces Intl.Segmenter can take: its cost grows with the square of the string's length
 * (V8 20: 14 ms for 30 kB, 9 s for 300 kB), so a line longer than CHUNK is cut after a sentence end (". " and
 * a capital) near every CHUNK characters. Lines of ordinary paragraphs are segmented whole, as before.
 */
const CHUNK = 2000;
function* chunks(line: string, base: number): Generator<[string, number]> {
  let from = 0;
  while (line.length - from > CHUNK) {
    const window = line.slice(from + CHUNK / 2, from + CHUNK);
    const m = /[.!?]\s+(?=\p{Lu})(?![\s\S]*[.!?]\s+\p{Lu})/u.exec(window);
    const cut = m ? from + CHUNK / 2 + m.index + m[0].length : from + CHUNK;
    yield [line.slice(from, cut), base + from];
    from = cut;
  }
  yield [line.slice(from), base + from];
}

/**
 * Where Intl.Segmenter can break: after a sentence terminator (".", "!", "?", "。" …) or a paragraph separator
 * (UAX #29, rules SB4 and SB11). A piece without any is one sentence, and is not handed to the segmenter: its
 * setup costs ~8 µs a call, and half the lines of a press release (headings, names, list items) have no terminator.
 */
const BREAKABLE = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\r\u0085\u2028\u2029]/u;
const segmentsOf = (chunk: string): Iterable<{ segment: string; index: number }> =>
  (BREAKABLE.test(chunk) ? segmenter.segment(chunk) : [{ segment: chunk, index: 0 }]);

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    let pending: { start: number; end: number } | null = null;
    for (const [chunk, base] of chunks(line[0], line.index)) for (const seg of segmentsOf(chunk)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = base + seg.index + lead;
      const end = start + body.length;
      if (pending && (endsWithAbbreviation(text.slice(Math.max(pending.start, pending.end - 24), pending.end)) || /^[\p{Ll}\d]/u.test(body))) {
        pending.end = end;
      } else {
        if (pending) out.push({ ...pending, text: text.slice(pending.start, pending.end) });
        pending = { start, end };
      }
    }
    if (pending) out.push({ ...pending, text: text.slice(pending.start, pending.end) });
  }
  return out;
}

/** The sentence containing offset `at` (or null). */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | null {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
