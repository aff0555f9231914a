// Character-level helpers of the PDF reader: folding what PDFs carry into clean NFC text, and joining lines.

const PUA_BULLETS = /[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]/g;

/** Fold ligatures and odd spaces, map symbol-font bullets, drop other private-use and zero-width characters. */
export function foldPdfText(s: string): string {
  return s
    .replace(/[\ufb00-\ufb06\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, (c) => c.normalize('NFKC'))
    .replace(PUA_BULLETS, '•')
    .replace(/[\ue000-\uf8ff\u200b-\u200d\u2060\ufeff\ufffd]/g, '')
    .normalize('NFC');
}

export const BULLET = /^[•▪◦●■□►▸‣⁃∙·*✓✔➢➤→]\s?/u;
export const SOFT_MARKER = /^(?:[-–]\s|\d{1,2}[.)]\s|[a-zåäö][.)]\s|\(\d{1,2}\)\s)/u;
export const TERMINAL = /[.!?:;]["”»’)\]]*$/;
const COORDINATION = /^(?:och|eller|samt|respektive|resp\.|som|liksom|utan|till)(?![\p{L}\d])/u;

/** How to join line `a` to the next line `b`: drop `cut` characters from the end of `a`, then add `sep`. */
export function lineJoin(a: string, b: string): { cut: number; sep: string } {
  if (a.endsWith('\u00ad')) return { cut: 1, sep: '' };
  const m = /(?:^|[^\p{L}\d])([\p{L}\d]+)-$/u.exec(a);
  if (m) {
    const frag = m[1]!;
    if (COORDINATION.test(b)) return { cut: 0, sep: ' ' }; // "miljö- och klimatarbete"
    if (/^[\p{Lu}\d]+$/u.test(frag) || frag.length === 1 || !/^\p{Ll}/u.test(b)) return { cut: 0, sep: '' }; // "FN-mål"
    return { cut: 1, sep: '' }; // "Hel-singborg" → "Helsingborg"
  }
  if (/[/]$/.test(a) && !/\s\/$/.test(a)) return { cut: 0, sep: '' };
  return { cut: 0, sep: ' ' };
}

export function joinInto(text: string, next: string): string {
  if (!text) return next;
  const { cut, sep } = lineJoin(text.slice(-64), next); // the end of the text decides (a regex on all of it is slow)
  return text.slice(0, text.length - cut) + sep + next;
}

/** Does a line that ends with `a` run on into a line starting with `b` (a sentence cut by the line end)? */
export function runsOn(a: string, b: string): boolean {
  if (/[\p{L}\d]-$|\u00ad$/u.test(a)) return true;
  return !TERMINAL.test(a) && /^\p{Ll}/u.test(b);
}
