// HTML: the article's text, one line per block (paragraph, heading, list item, table row), without
// navigation, cookie banners, share widgets or page chrome. Metadata: title and a published-date hint.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ParsedDocument } from '../types.js';
import { ParseError } from './errors.js';
import { onePage } from './pages.js';
import { cleanText, decodeText, decodeWindows1252 } from './text.js';

export const MAX_HTML_BYTES = 10 * 1024 * 1024;
export const MAX_HTML_DEPTH = 400;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
// Never content.
const JUNK = 'script, style, noscript, template, nav, aside, form, iframe, frame, frameset, object, embed, svg, canvas, ' +
  'button, select, input, textarea, dialog, menu, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="search"], [role="dialog"], [role="alertdialog"], [role="complementary"]';
const CHROME_ID = /cookie|consent|gdpr|(?:^|[\s_-])(?:share|sharing|social|some|breadcrumbs?|skip-?links?|skip-?to)(?:[\s_-]|$)/i;
// Elements whose end tag may be omitted: they never nest deeply in practice, so the depth scan skips them.
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Approximate nesting depth of the markup, from a linear scan of its tags (no tree built). */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (name === 'script' || name === 'style') {
      const end = html.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
    } else max = Math.max(max, ++depth);
  }
  return max;
}

function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).toLowerCase();
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head)?.[1];
  if (charset && /^(iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii)$/.test(charset)) {
    return decodeWindows1252(bytes);
  }
  return decodeText(bytes);
}

/** `YYYY-MM-DD` from an ISO-like date(-time) string, or null. */
export function isoDay(s: string | undefined | null): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().normalize('NFC') || null;

interface Walk {
  lines: string[];
  cur: string;
}

/** Text of `root`, iteratively (no recursion, whatever the depth): blocks on their own lines, table cells of a
 * row joined by a tab, list items prefixed with "• " (or their number in an ordered list). */
export function blockText(root: AnyNode): string {
  const w: Walk = { lines: [], cur: '' };
  const flush = () => {
    const line = w.cur.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t').trim();
    if (line) w.lines.push(line);
    w.cur = '';
  };
  type Frame = { node: AnyNode; exit: boolean; inCell: boolean };
  const stack: Frame[] = [{ node: root, exit: false, inCell: false }];
  while (stack.length) {
    const { node, exit, inCell } = stack.pop()!;
    if (node.type === 'text') {
      w.cur += (node as unknown as { data: string }).data.replace(/[\s]+/g, ' ');
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = node.type === 'tag' ? el.name.toLowerCase() : '';
    if (exit) {
      if (CELL.has(name)) w.cur += ' ';
      else if (BLOCK.has(name) && !inCell) flush();
      else if (BLOCK.has(name)) w.cur += ' ';
      continue;
    }
    if (name === 'br') {
      if (inCell) w.cur += ' ';
      else flush();
      continue;
    }
    if (CELL.has(name)) {
      if (w.cur.trim()) w.cur += '\t';
    } else if (BLOCK.has(name)) {
      if (inCell) w.cur += ' ';
      else flush();
      if (name === 'li') {
        const parent = el.parent as Element | null;
        if (parent?.type === 'tag' && parent.name === 'ol') {
          const items = parent.children.filter((c) => c.type === 'tag' && (c as Element).name === 'li');
          const start = Number.parseInt(parent.attribs.start ?? '1', 10);
          w.cur += `${(Number.isFinite(start) ? start : 1) + items.indexOf(el)}. `;
        } else {
          w.cur += '• ';
        }
      }
    }
    const childInCell = inCell || CELL.has(name);
    stack.push({ node, exit: true, inCell });
    const kids = (el.children ?? []) as AnyNode[];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false, inCell: childInCell });
  }
  flush();
  return w.lines.join('\n');
}

/** Character count of an element's text, iteratively. */
function textLength(root: AnyNode): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') n += (node as unknown as { data: string }).data.replace(/\s+/g, ' ').trim().length;
    else if ('children' in node) for (const c of (node as Element).children as AnyNode[]) stack.push(c);
  }
  return n;
}

/** The article: <article> (the largest), <main>, [role=main], else the parent of the densest run of paragraphs. */
function contentRoot($: CheerioAPI): AnyNode {
  const body = ($('body')[0] ?? $.root()[0]) as AnyNode;
  const largest = (sel: string) => {
    let best: AnyNode | null = null;
    let n = 0;
    $(sel).each((_, el) => {
      const len = textLength(el);
      if (len > n) [best, n] = [el, len];
    });
    return best && n >= 140 ? (best as AnyNode) : null;
  };
  const found = largest('article') ?? largest('main') ?? largest('[role="main"]');
  if (found) return found;
  const score = new Map<AnyNode, number>();
  $('p, pre, blockquote, li').each((_, el) => {
    const parent = el.parent;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textLength(el));
  });
  let best: AnyNode = body;
  let top = 0;
  for (const [el, s] of score) if (s > top) [best, top] = [el, s];
  return top >= 140 ? best : body;
}

export function parseHtml(bytes: Uint8Array): ParsedDocument {
  if (bytes.length > MAX_HTML_BYTES) throw new ParseError('unreadable', `the HTML is larger than ${MAX_HTML_BYTES} bytes`);
  const html = decodeHtml(bytes);
  if (markupDepth(html) > MAX_HTML_DEPTH) throw new ParseError('unreadable', `the HTML nests deeper than ${MAX_HTML_DEPTH} elements`);
  const $ = load(html);

  const meta = (sel: string) => oneLine($(sel).first().attr('content'));
  const title = meta('meta[property="og:title"]') ?? oneLine($('title').first().text());

  $(JUNK).remove();
  $('[id], [class]').each((_, el) => {
    const e = el as Element;
    if (e.name === 'html' || e.name === 'body' || e.name === 'main' || e.name === 'article') return;
    if (CHROME_ID.test(`${e.attribs.id ?? ''} ${e.attribs.class ?? ''}`)) $(e).remove();
  });
  // Page header/footer go; an article's own header (title, byline, date) stays.
  $('header, footer, [role="banner"], [role="contentinfo"]').each((_, el) => {
    const e = el as Element;
    if (e.name === 'header' && $(e).parents('article').length) return;
    $(e).remove();
  });

  const root = contentRoot($);
  const published =
    isoDay(meta('meta[property="article:published_time"]')) ??
    isoDay($(root).find('time[datetime]').first().attr('datetime')) ??
    isoDay(meta('meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dcterms.date"], meta[name="DC.date"], meta[itemprop="datePublished"]')) ??
    isoDay($('[itemprop="datePublished"]').first().attr('datetime') ?? $('[itemprop="datePublished"]').first().attr('content'));

  const text = cleanText(blockText(root));
  if (!text) throw new ParseError('unreadable', 'the HTML page contains no text');
  return { format: 'html', mediaType: 'text/html', text, pages: onePage(text), publishedHint: published, title };
}
