// `npm run eval -- --realpdf [--verbose]`: the PDF reader on real office PDFs (../shared/realpdf, never copied
// into the repository) against poppler's pdftotext. There is no gold here: the figures say how much of the
// text we read and whether we read it in order.
//
// Reference body. pdftotext keeps running headers, footers, page numbers and margin stamps, which we remove on
// purpose. So the reference is poppler's own layout (`pdftotext -bbox-layout -cropbox`: its lines with their
// positions, a table cell or a column's line each), page by page, without margin lines: lines in the top or
// bottom 10 % of the page that are a page number ("5", "Sida 5 av 44", "- 5 -") or recur (digits aside) on at
// least a third of the pages (and two), and lines set perpendicular to the text (vertical margin stamps).
// Everything else is body.
//
// 1. Characters: letters and digits in our text / letters and digits in the reference body (and, for
//    information, in all of pdftotext's text). Whitespace and hyphens are not counted: we join words that
//    pdftotext keeps hyphenated, and lay text out with other spacing.
// 2. Reading order: poppler's lines are grouped into rows by their vertical position; each line is a segment.
//    Texts are compared lower-cased without whitespace and hyphens. A segment scores when it is found in our
//    text of the same page, after the segment above it in its column (the nearest segment on an earlier row
//    that overlaps it horizontally), and
//      - when the segment above it, on the line right above, ends mid-sentence (a prose line of four words or
//        more and 25+ characters without final punctuation whose sentence goes on in lower case, or that ends
//        in a hyphen), directly after it: a column read as a column, not interleaved with its neighbour;
//      - when its row has four or more segments (a table row), directly after its left neighbour: a row kept
//        together.
//    The score is the share of segment characters that score.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parsePdf } from '../src/parse/pdf.js';
import { ParseError } from '../src/parse/errors.js';

export interface RealPdfResult {
  file: string;
  pages: number;
  /** letters+digits: ours, pdftotext body, pdftotext all */
  ours: number;
  body: number;
  all: number;
  /** ours / body */
  chars: number;
  /** reading-order score in [0, 1]; null when pdftotext finds no text */
  order: number | null;
  error: string | null;
  misses: string[];
}

const PAGE_NUMBER = /^(?:(?:sida|sid|s\.|page|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:av|\/|of|\(|\|)\s*\d{1,4}\s*\)?)?$/i;
const key = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const countChars = (s: string) => (s.normalize('NFKC').match(/[\p{L}\p{N}]/gu) ?? []).length;
/** Lower case, no whitespace, hyphens, soft hyphens or control and private-use characters: what reading
 * order is compared on. */
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\u00ad\-‐‑\p{Cc}\p{Cf}\p{Co}]+/gu, '');

export interface RefLine {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}
export interface RefPage {
  width: number;
  height: number;
  lines: RefLine[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e.toLowerCase()]!);

/** poppler's lines with their boxes, per page (`pdftotext -bbox-layout`). */
export function popplerPages(file: string): RefPage[] {
  const p = spawnSync('pdftotext', ['-bbox-layout', '-cropbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 512 << 20 });
  if (p.error || p.status !== 0) throw new Error(`pdftotext failed on ${file}: ${p.error?.message ?? p.stderr}`);
  const pages: RefPage[] = [];
  for (const pm of p.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: RefLine[] = [];
    for (const lm of pm[3]!.matchAll(/<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...lm[5]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => unescape(w[1]!));
      const text = words.join(' ').trim();
      if (text) lines.push({ x0: Number(lm[1]), y0: Number(lm[2]), x1: Number(lm[3]), y1: Number(lm[4]), text });
    }
    pages.push({ width: Number(pm[1]), height: Number(pm[2]), lines });
  }
  return pages;
}

const vertical = (l: RefLine) => l.y1 - l.y0 > 2 * (l.x1 - l.x0) && l.text.length > 2;
const inMargin = (l: RefLine, page: RefPage) => (l.y0 + l.y1) / 2 < page.height * 0.1 || (l.y0 + l.y1) / 2 > page.height * 0.9;

/** Each page's body lines: without page numbers and recurring lines in the margins, and without vertical stamps. */
export function bodyLines(pages: RefPage[]): RefLine[][] {
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const l of page.lines) {
      if (!inMargin(l, page)) continue;
      const k = key(l.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }
  });
  const min = Math.max(2, Math.ceil(pages.length / 3));
  return pages.map((page) => page.lines.filter((l) =>
    !vertical(l) && !(inMargin(l, page) && (PAGE_NUMBER.test(l.text) || (seen.get(key(l.text))?.size ?? 0) >= min))));
}

interface Segment {
  row: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  raw: string;
  text: string; // normalised
}

/** Lines → rows (by vertical position, top to bottom) of segments (left to right). */
function segments(lines: RefLine[]): Segment[][] {
  const sorted = [...lines].sort((a, b) => a.y0 + a.y1 - b.y0 - b.y1 || a.x0 - b.x0);
  const rows: { y: number; h: number; lines: RefLine[] }[] = [];
  for (const l of sorted) {
    const y = (l.y0 + l.y1) / 2;
    const h = l.y1 - l.y0;
    const last = rows.at(-1);
    if (last && Math.abs(last.y - y) < 0.4 * Math.min(last.h, h)) last.lines.push(l);
    else rows.push({ y, h, lines: [l] });
  }
  return rows.map((r, row) => r.lines.sort((a, b) => a.x0 - b.x0).map((l) => ({ row, x0: l.x0, x1: l.x1, y0: l.y0, y1: l.y1, raw: l.text, text: norm(l.text) }))
    .filter((s) => s.text));
}

/** The segment above `s` in its column: on the nearest earlier line with a segment overlapping it. */
function above(rows: Segment[][], s: Segment): Segment | null {
  for (let i = s.row - 1; i >= 0 && i >= s.row - 4; i--) {
    let best: Segment | null = null;
    let overlap = 0;
    for (const u of rows[i]!) {
      const o = Math.min(u.x1, s.x1) - Math.max(u.x0, s.x0);
      if (o > overlap) [best, overlap] = [u, o];
    }
    if (best) return best;
  }
  return null;
}

/** `u` is a line of prose (four words of three letters or more) whose sentence goes on in `s`, the next line. */
const runsOn = (u: Segment, s: Segment) =>
  s.y0 - u.y1 < u.y1 - u.y0 && (u.raw.match(/\p{L}{3,}/gu)?.length ?? 0) >= 4 &&
  (/[\p{L}\d]-$/u.test(u.raw) || (u.raw.length >= 25 && !/[.!?:;)"”»]$/.test(u.raw) && /^\p{Ll}/u.test(s.raw)));

/** Reading-order score of `ours` (with its page table) against the body lines of pdftotext -layout. */
export function orderScore(ours: string, pages: { start: number; end: number }[], body: RefLine[][]): { score: number | null; misses: string[] } {
  let total = 0;
  let good = 0;
  const misses: string[] = [];
  body.forEach((lines, p) => {
    const span = pages[p];
    if (!span) return;
    // Our page, normalised, with a little of its neighbours (a paragraph joined across the page break).
    const slack = 200;
    const text = norm(ours.slice(Math.max(0, span.start - slack), span.end + slack));
    const rows = segments(lines);
    const found = new Map<Segment, number>(); // segment → start in `text`
    for (const row of rows) {
      row.forEach((s, j) => {
        total += s.text.length;
        const u = above(rows, s);
        const from = u && found.has(u) ? found.get(u)! + u.text.length : 0;
        let at = text.indexOf(s.text, from);
        let ok = at >= 0;
        if (ok && u && found.has(u) && runsOn(u, s)) ok = at === from;
        const left = j > 0 ? row[j - 1]! : null;
        if (ok && row.length >= 4 && left) {
          if (!found.has(left)) ok = false;
          else {
            const end = found.get(left)! + left.text.length;
            const direct = text.startsWith(s.text, end);
            if (direct) at = end;
            ok = direct;
          }
        }
        if (at >= 0) found.set(s, at);
        if (ok) good += s.text.length;
        else if (misses.length < 400) misses.push(`p${p + 1}: ${s.raw}${at < 0 ? ' (not found)' : ' (out of order)'}`);
      });
    }
  });
  return { score: total ? good / total : null, misses };
}

export async function evalRealPdfFile(file: string): Promise<RealPdfResult> {
  const ref = popplerPages(file);
  const body = bodyLines(ref);
  const res: RealPdfResult = {
    file: basename(file),
    pages: ref.length,
    ours: 0,
    body: countChars(body.flat().map((l) => l.text).join('\n')),
    all: countChars(ref.flatMap((p) => p.lines.map((l) => l.text)).join('\n')),
    chars: 0,
    order: null,
    error: null,
    misses: [],
  };
  try {
    const doc = await parsePdf(new Uint8Array(readFileSync(file)));
    // Pages we OCR'd have no text layer for pdftotext to read: they are compared by the OCR eval, not here.
    res.ours = countChars(doc.pages.filter((pg) => !pg.ocr).map((pg) => doc.text.slice(pg.start, pg.end)).join('\n'));
    const { score, misses } = orderScore(doc.text, doc.pages, body);
    res.order = score;
    res.misses = misses;
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    res.error = err.message;
  }
  res.chars = res.body ? res.ours / res.body : res.ours ? Infinity : 1;
  return res;
}

/** Where the real PDFs are: --realpdf-dir DIR, $KOMMUNARKIV_REALPDF, or ../shared/realpdf beside the checkout. */
export function realPdfDir(root: string, explicit?: string): string | null {
  const candidates = [explicit, process.env.KOMMUNARKIV_REALPDF, join(root, '../shared/realpdf'), join(root, '../../shared/realpdf')];
  for (const c of candidates) if (c && existsSync(c)) return resolve(c);
  return null;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report printed by `npm run eval -- --realpdf`. */
export async function realPdfReport(root: string, opts: { dir?: string; verbose?: boolean } = {}): Promise<string> {
  const dir = realPdfDir(root, opts.dir);
  if (!dir) return '== real PDFs: skipped (no ../shared/realpdf folder; give --realpdf-dir DIR or set KOMMUNARKIV_REALPDF)';
  if (spawnSync('pdftotext', ['-v']).error) return '== real PDFs: skipped (pdftotext is missing: apt-get install -y poppler-utils)';
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const out = [`== real PDFs (${dir}, ${files.length} files) against pdftotext`,
    'chars = our letters+digits / pdftotext body (margins removed); order = reading-order score against poppler\'s lines', '',
    `${'file'.padEnd(44)}${'pages'.padStart(6)}${'ours'.padStart(8)}${'body'.padStart(8)}${'all'.padStart(8)}${'chars'.padStart(9)}${'order'.padStart(8)}`];
  let [sumOurs, sumBody, orderW, orderN] = [0, 0, 0, 0];
  const failing: string[] = [];
  for (const f of files) {
    const r = await evalRealPdfFile(join(dir, f));
    sumOurs += r.ours;
    sumBody += r.body;
    if (r.order !== null) [orderW, orderN] = [orderW + r.order * r.body, orderN + r.body];
    const scan = r.body === 0;
    const note = r.error ? `  ${scan ? 'no text layer (scan: pdftotext finds none either)' : `ERROR ${r.error}`}` : '';
    out.push(`${r.file.padEnd(44)}${String(r.pages).padStart(6)}${String(r.ours).padStart(8)}${String(r.body).padStart(8)}${String(r.all).padStart(8)}` +
      `${(scan ? '-' : pct(r.chars)).padStart(9)}${(r.order === null ? '-' : r.order.toFixed(3)).padStart(8)}${note}`);
    if (!scan && (Math.abs(r.chars - 1) > 0.03 || (r.order ?? 0) < 0.95)) failing.push(r.file);
    if (opts.verbose && r.misses.length) out.push(...r.misses.slice(0, 60).map((m) => `    ${m}`));
  }
  out.push('', `all files: chars ${pct(sumBody ? sumOurs / sumBody : 0)}, order ${orderN ? (orderW / orderN).toFixed(3) : '-'} (weighted by body characters)`);
  out.push(`goal (issue 16): every text file within 3 % of pdftotext and order ≥ 0.95: ${failing.length ? `MISSED on ${failing.join(', ')}` : 'met'}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--realpdf-dir');
  console.log(await realPdfReport(resolve(import.meta.dirname, '..'), { dir: dirAt >= 0 ? args[dirAt + 1] : undefined, verbose: args.includes('--verbose') }));
}
