// Sentence boundaries for Swedish text: Intl.Segmenter('sv') plus merges where it splits too eagerly
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
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(s);
  return m !== null && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

// Several extractors split the same document: keep the last result (sentences are never mutated by callers).
let last: { text: string; sentences: readonly Sentence[] } | null = null;

/** Split `text` into sentences with offsets; never crosses a line break. */
export function splitSentences(text: string): Sentence[] {
  if (last?.text !== text) last = { text, sentences: Object.freeze(split(text)) };
  return last.sentences as Sentence[];
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(line[0])) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = base + seg.index + lead;
      const end = start + body.length;
      if (pending && (endsWithAbbreviation(text.slice(pending.start, pending.end)) || /^[\p{Ll}\d]/u.test(body))) {
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
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
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
