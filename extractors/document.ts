// What kind of document this is (press release, council motion, other), its own date, and its title, by the
// conventions of corpus/real/README.md ("language, kind, published"). The page furniture it reads is data in
// ./lexicon/page.ts. Every function looks at lines (bounded) or at bounded windows after a cue, so the extractor
// is linear in the length of the text.
import type { DocumentKind } from '../src/types.js';
import { findDates } from './dates.js';
import { MONTH_FORMS, WEEKDAY_FORMS } from './lexicon/calendar.js';
import {
  BYLINES, DOCUMENT_HEADINGS, EVENT_WORDS, INFORMATION_HEADINGS, MOTION_LIST_HEADINGS, NAVIGATION, PRESS_LABELS,
  CONTENTS_HEADINGS, INFORMATION_PHRASES, PROTOCOL_HEADINGS, PROTOCOL_LINES, PUBLISHED_LABELS, STANDING_TITLES, PUBLISHER_LINES, QUESTION_HEADINGS, QUOTE_VERBS, SECTION_LABELS,
} from './lexicon/page.js';
import { execAll } from './regex.js';
import type { Extractor, ExtractorInput, KindMention, PublishedMention } from './types.js';

interface Line { start: number; end: number; text: string } // trimmed line, offsets into the text

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (forms: readonly string[]): string =>
  [...forms].sort((a, b) => b.length - a.length).map((f) => f.split(/\s+/).map(escape).join(String.raw`\s+`)).join('|');

/** The non-empty lines of `text`, trimmed, at most `max` of them (offsets into the text; no copies of long lines). */
function lines(text: string, max = Infinity): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at < text.length && out.length < max) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let s = at, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    at = end + 1;
  }
  return out;
}

/** The first `n` non-empty lines, without splitting the whole text. */
const firstLines = (text: string, n: number): Line[] => lines(text, n);

const mention = <K extends 'kind' | 'published', V>(kind: K, text: string, start: number, end: number, value: V, rule: string) =>
  ({ kind, start, end, text: text.slice(start, end), value, rule });

// ---- title -----------------------------------------------------------------------------------------------

const NAVIGATION_RE = new RegExp(`^(?:${NAVIGATION.map((n) => n.form).join('|')})$`, 'iu');
const SECTION_RE = new RegExp(`^(?:${SECTION_LABELS.map((n) => n.form).join('|')})[\\s:–-]*$`, 'iu');
const PUBLISHER_RE = new RegExp(`^(?:${PUBLISHER_LINES.map((n) => n.form).join('|')})$`, 'u');
const LONGEST_TITLE = 150;
/** Abbreviations whose full stop does not end a sentence ("Handlingsplan, inkl. Nulägesanalys 2009"). */
const ABBREVIATION_RE = /(?<!\p{L})(?:inkl|exkl|bl\.a|t\.ex|m\.fl|ca|nr|kl|jfr|resp|dvs|s\.k|f\.d|t\.o\.m|fr\.o\.m)\./giu;
/** A metadata title that is a file name or a template's placeholder, not a title. */
const NOT_A_TITLE_RE = /^(?:föreskriftens namn|dokumentnamn|dokumentets namn|rubrik|titel|namn på dokumentet|klicka här.*|click here.*|untitled|namnlös)$|^[^\s]+_[^\s]+$/iu;
const FILE_EXTENSION_RE = /\.(?:pages|docx?|odt|pdf|rtf|indd|xlsx?|pptx?|txt)$/iu;
/** A month header of a news list ("Oktober", "Oktober 2021"). */
const MONTH_LINE_RE = new RegExp(String.raw`^(?:${words(MONTH_FORMS.filter((m) => !m.abbreviation).map((m) => m.form))})(?:\s+\d{4})?$`, 'iu');

/** A line that is page chrome (navigation, a label, a publisher, a date alone), never a title. */
function isChrome(line: string): boolean {
  if (line.length > 300) return false; // chrome is short; long lines are text
  const t = line.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(t) || NAVIGATION_RE.test(t) || SECTION_RE.test(t) || PUBLISHER_RE.test(t) || MONTH_LINE_RE.test(t)) return true;
  // A date line or a dated label line ("2015-12-04", "Publicerad 3 mars 2024", "By on 11 december, 2021").
  const date = t.length <= 100 ? lineDate(t) : null;
  if (date !== null && prefixRule(date.prefix, date.glued) !== null) return true;
  // "2024-05-02 | Pressmeddelande från Bjuvs kommun": a date-first dateline.
  const first = t.length <= 100 ? DATE_FIRST_RE.exec(t) : null;
  return first !== null && PRESS_LABEL.test(first[2]!) && lineDate(first[1]!)?.prefix === '';
}

/** A line that reads as a heading: short, one sentence at most, not a quote, a list item or a wrapped line. */
function isHeading(line: Line, next: Line | undefined): boolean {
  const t = line.text;
  if (t.length > LONGEST_TITLE || /[.,;:»…]$/u.test(t) || /^[–—-]\s/u.test(t) || /^[•*|]/u.test(t)) return false;
  if (/[.!?…]\s+\p{Lu}/u.test(t.replace(ABBREVIATION_RE, ''))) return false; // two sentences
  return !next || !/^\p{Ll}/u.test(next.text);
}

/** A line of running text: the page has begun, and a heading after it is a subheading, not the title. */
const isParagraph = (line: Line, next: Line | undefined): boolean =>
  line.text.length > 90 || (next !== undefined && /^\p{Ll}/u.test(next.text) && !/[.!?:]$/u.test(line.text));

/**
 * The document's title: the first line that reads as a heading before the running text begins, after navigation
 * residue, labels, image credits and date lines; otherwise the first meaningful line (shortened). A metadata
 * title (HTML `<title>`, DOCX or PDF properties) is used when it is not just one of the text's own lines and not
 * chrome.
 */
export function documentTitle(text: string, metaTitle: string | null = null): string | null {
  const all = firstLines(text, 30);
  // The lines that are not chrome, read as far as they are needed: the title stands in the first few of the thirty.
  const ls: Line[] = [];
  let read = 0;
  const line = (i: number): Line | undefined => {
    while (ls.length <= i && read < all.length) {
      const l = all[read++]!;
      if (isChrome(l.text)) continue;
      const mark = /^#+\s*/u.exec(l.text)?.[0].length ?? 0;
      ls.push(mark ? { ...l, start: l.start + mark, text: l.text.slice(mark) } : l);
    }
    return ls[i];
  };
  let heading: Line | undefined;
  for (let i = 0, l = line(0); l; l = line(++i)) {
    if (isHeading(l, line(i + 1))) { heading = l; break; }
    if (isParagraph(l, line(i + 1))) break;
  }
  const fromText = heading?.text ?? (line(0) ? shorten(line(0)!.text) : null);
  const meta = metaTitle?.replace(/\s+/g, ' ').trim().replace(FILE_EXTENSION_RE, '') || null;
  if (!meta || isChrome(meta) || NOT_A_TITLE_RE.test(meta)) return fromText;
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (all.some((l) => norm(l.text) === norm(meta))) return fromText;
  // "Motion om solceller – Centerpartiet": the text's own heading without the site name.
  if (fromText && norm(meta).startsWith(norm(fromText))) return fromText;
  return shorten(meta);
}

function shorten(s: string): string {
  const t = s.slice(0, 2 * LONGEST_TITLE).replace(/\s+/g, ' ').trim();
  if (t.length <= LONGEST_TITLE) return t;
  const cut = t.slice(0, LONGEST_TITLE);
  // The first sentence when it fits, else the words that fit.
  const sentence = /^.{30,}?[.!?](?=\s)/u.exec(cut);
  if (sentence) return sentence[0];
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,;:–-]+$/u, '')} …`;
}

// ---- kind ------------------------------------------------------------------------------------------------

const LIST_MARK = String.raw`(?:[-–—•*·]|\d{1,2}[.)])`;
/**
 * A proposal followed by att-satser on lines of their own: "… föreslås fullmäktige besluta\natt …", "yrkar vi\n\natt
 * …", "föreslog i denna motion att kommunfullmäktige skulle besluta:\n • Att …". Capture: the first att-sats.
 */
const PROPOSAL_RE = /(?<!\p{L})(?:föreslår|föreslås|föreslog|yrkar|yrkade|yrkande|hemställer|hemställan)(?!\p{L})[^.!?\n]{0,200}?:?[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*((?:(?:[-–—•*·]|\d{1,2}[.)])[^\S\n]*)?att\s+\p{L}[^\n]*)/giu;
/** A heading of att-satser: "Motionens att-satser:" followed by one. */
const ATT_HEADING_RE = new RegExp(String.raw`att-?satser(?:na)?:?[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*((?:${LIST_MARK}[^\S\n]*)?att\s+\p{L}[^\n]*)`, 'giu');
/**
 * The concluding proposal of a motion in running text, by a party or the signers: "Miljöpartiet de gröna föreslår
 * därför att kommunfullmäktige beslutar att anta målet …". Capture: from the first "att" of the decision.
 */
const RUNNING_PROPOSAL_RE = /(?:partiet(?:\s+de\s+gröna)?|demokraterna|moderaterna|liberalerna|(?<!\p{L})vi|(?<!\p{L})jag|undertecknade?)\s+(?:därför\s+)?(?:föreslår|yrkar|hemställer)\s+(?:därför\s+)?(?:att\s+)?(?:kommun)?(?:fullmäktige|nämnden|styrelsen)\s+(?:beslutar|besluta|ska\s+besluta)\s+(att\s+\p{L}[^.!?\n]*)/giu;
/** The heading of a motion: "Motion", "Motion om …", "Motion: …", "Motion till kommunfullmäktige …". */
const MOTION_HEADING = /^motion(?:\s*[:–-]\s*.*|\s+(?:om|till|angående|gällande|rörande|avseende|ang\.)\s+.*)?$/iu;

/** A quote attribution: "…, säger Anna Berg", "Nu kör vi! säger hon", "…, says Hans Lindberg (S)". */
const ATTRIBUTION = new RegExp(String.raw`[,!?]\s*(?:${words(QUOTE_VERBS.map((q) => q.form))})\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*|han|hon|de|he|she)(?![\p{L}])`, 'u');
const PRESS_LABEL_RE = new RegExp(String.raw`(?<!\p{L})(${words(PRESS_LABELS.filter((p) => p.form !== 'nyhet').map((p) => p.form))})(?:n|na|s)?(?!\p{L})`, 'iu');
const NEWS_LABEL_RE = /^(?:#+\s*)?(nyhet)(?:\s*[:–|·•-].*)?$/iu;
/** Press-room furniture: contact blocks and the "Om <organisation>" boilerplate heading. */
const PRESS_BLOCK = /^(?:#+\s*)?\**(?:kontaktpersoner|kontaktperson|presskontakt(?:er)?|för mer information|för ytterligare information)\**:?$/iu;
const ABOUT_HEADING = /^(?:#+\s*)?\**Om\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}+){0,3}\**:?$/u;
const INFORMATION_RE = new RegExp(String.raw`^(?:#+\s*)?(?:${words(INFORMATION_HEADINGS.map((h) => h.form))})[\s:?]*$`, 'iu');
const INFORMATION_PHRASE_RE = new RegExp(String.raw`(?:^|[.!?]\s+|\n\s*)(${words(INFORMATION_PHRASES.map((h) => h.form))})(?!\p{L})`, 'iu');
const MOTION_LIST_RE = new RegExp(String.raw`(?:${words(MOTION_LIST_HEADINGS.map((h) => h.form))})`, 'iu');
// The heading alone, or with its organ or date: "Protokoll kommunfullmäktige Hudiksvall 2024-02-26".
const PROTOCOL_RE = new RegExp(String.raw`^(?:${words(PROTOCOL_HEADINGS.map((h) => h.form))})(?:$|[\s,:]+(?:(?:från|för|fört\s+vid)\s+)?(?:\p{L}*(?:fullmäktige|styrelsen|nämnden|nämnd|utskottet|utskott)(?!\p{L})|\d{4}-\d\d-\d\d))`, 'iu');
const PROTOCOL_LINE_RE = new RegExp(String.raw`^(?:${words(PROTOCOL_LINES.map((h) => h.form))})(?:\s*:.*)?$`, 'iu');
const STANDING_NOUNS = words(STANDING_TITLES.filter((t) => !t.form.startsWith('(')).map((t) => t.form));
/** A title that begins with a standing document's noun: "Klimatstrategi för …", "Energi- och klimatplan …", "KLIMAT STRATEGI". */
const STANDING_TITLE_RE = new RegExp(String.raw`^(?:\p{L}+-\s+och\s+|(?!(?:ny|nya|nytt)\s)\p{L}+\s+)?\p{L}*(?:${STANDING_NOUNS})(?!\p{L})`, 'iu');
const CONTENTS_RE = new RegExp(String.raw`^(?:${words(CONTENTS_HEADINGS.map((h) => h.form))}):?$`, 'iu');
/** A line of a table of contents: a dotted leader or a page number at the end. */
const CONTENTS_LINE_RE = /(?:\.{3,}|…{2,}|\s)\s*\d{1,3}\s*$|\.{4,}\s*$/u;
/** Words of news in a title: a participle or a finite verb ("Klimatstrategi antagen", "… ska bidra"). */
const NEWS_TITLE_RE = /(?<!\p{L})(?:antagen|antagna|antas|antogs|antog|klar|klart|beslutad|beslutas|beslutade|godkänd|godkänns|presenteras|lanseras|ska|skall|har|är|blir|får|vill|kan)(?!\p{L})/iu;
const QUESTION_RE = new RegExp(String.raw`^(?:${words(QUESTION_HEADINGS.map((h) => h.form))})\s+(?:till|om|angående|rörande|gällande|ang\.)\s`, 'iu');

type Span = { start: number; end: number };

function motionCue(text: string, ls: Line[], press: boolean): Span | null {
  for (const re of [PROPOSAL_RE, ATT_HEADING_RE]) {
    for (const m of execAll(re, text)) {
      const att = m[1]!.trimEnd();
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + att.length };
    }
  }
  if (!press) {
    for (const m of execAll(RUNNING_PROPOSAL_RE, text)) {
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + m[1]!.trimEnd().length };
    }
  }
  return ls.slice(0, 10).find((l) => MOTION_HEADING.test(l.text)) ?? null;
}

function pressCue(text: string, ls: Line[]): Span | null {
  for (const l of ls.slice(0, 15)) {
    if (l.text.length > 120) continue;
    const label = PRESS_LABEL_RE.exec(l.text) ?? NEWS_LABEL_RE.exec(l.text);
    if (label) {
      const start = l.start + label.index + label[0].indexOf(label[1]!);
      return { start, end: start + label[1]!.length };
    }
  }
  const quote = ATTRIBUTION.exec(text);
  if (quote) {
    const lead = /^[,!?]\s*/u.exec(quote[0])![0].length;
    return { start: quote.index + lead, end: quote.index + quote[0].length };
  }
  // Without a quote or a label, two pieces of press-room furniture are needed.
  const blocks = ls.filter((l) => PRESS_BLOCK.test(l.text) || ABOUT_HEADING.test(l.text));
  const timestamp = ls.slice(0, 10).find((l) => /^\d{4}-\d\d-\d\d[ T]\d{1,2}[:.]\d\d/.test(l.text));
  const cues = [...blocks, ...(timestamp ? [timestamp] : [])].sort((a, b) => a.start - b.start);
  return cues.length >= 2 ? cues[0]! : null;
}

/** A party page listing its motions: "Under år 2015 har vi lämnat in följande motioner:" and a list after it. */
function motionListCue(ls: Line[]): Span | null {
  const i = ls.findIndex((l) => l.text.length <= 120 && MOTION_LIST_RE.test(l.text));
  if (i < 0) return null;
  const items = ls.slice(i + 1, i + 4).filter((l) => new RegExp(`^${LIST_MARK}`, 'u').test(l.text));
  return items.length >= 2 ? ls[i]! : null;
}

/** A standing document (strategy, plan, programme, protocol …) named by its title, with no news in the title. */
function standingCue(text: string, ls: Line[]): Span | null {
  // A table of contents: "Innehåll" (also spaced out: "I n n e h å l l") and lines of page numbers after it.
  const i = ls.slice(0, 30).findIndex((l) => l.text.length <= 40 && CONTENTS_RE.test(l.text.replace(/\s+/g, '')));
  if (i >= 0 && ls.slice(i + 1, i + 7).filter((l) => CONTENTS_LINE_RE.test(l.text)).length >= 2) return ls[i]!;
  const title = documentTitle(text);
  if (!title || title.split(/\s+/).length > 12 || !STANDING_TITLE_RE.test(title) || NEWS_TITLE_RE.test(title)) return null;
  const at = text.indexOf(title);
  return at >= 0 ? { start: at, end: at + title.length } : null;
}

/**
 * A standing information page: a short title whose subject the text defines ("Borgmästaravtalet (…) är ett
 * verktyg …", "Klimatkontrakt 2030 är en del av …"), or an information heading ("Frågor och svar") on a page with
 * no date of its own.
 */
function informationCue(text: string, ls: Line[]): Span | null {
  const title = documentTitle(text);
  if (title && title.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(title)) {
    const re = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${escape(title)})(?:\s*\([^)\n]{1,80}\))?\s+är\s+(?:en|ett|det|de)(?!\p{L})`, 'u');
    const m = re.exec(text.slice(0, 5000));
    if (m) {
      const start = m.index + m[0].indexOf(m[1]!);
      return { start, end: start + m[1]!.length };
    }
  }
  const heading: Span | undefined = ls.find((l) => INFORMATION_RE.test(l.text));
  const phrase = heading ? null : INFORMATION_PHRASE_RE.exec(text.slice(0, 3000));
  const cue = heading ?? (phrase ? { start: phrase.index + phrase[0].indexOf(phrase[1]!), end: phrase.index + phrase[0].indexOf(phrase[1]!) + phrase[1]!.length } : null);
  return cue && !documentPublished(text) ? cue : null;
}

/**
 * The kind of the document: `motion` for a text with att-satser (also a council decision reproducing a motion's
 * att-satser); `other` for Norwegian and Danish pages, a party page listing its motions, and standing information
 * pages; otherwise `press_release` (news, press releases, party news, reports from meetings, news about motions).
 */
export function documentKind(text: string, language: string | null = null): KindMention | null {
  const ls = firstLines(text, 400);
  if (ls.length === 0) return null;
  const first = ls[0]!;
  const kind = (value: DocumentKind, s: Span, rule: string): KindMention => mention('kind', text, s.start, s.end, value, rule);
  if (language && language !== 'sv' && language !== 'en') return kind('other', first, 'document.kind.foreign');
  // A meeting record: its decision's att-satser are not a motion's.
  const protocol = ls.slice(0, 12).find((l) => PROTOCOL_RE.test(l.text))
    ?? (ls.slice(0, 30).filter((l) => PROTOCOL_LINE_RE.test(l.text)).length >= 2 ? ls.slice(0, 30).find((l) => PROTOCOL_LINE_RE.test(l.text)) : undefined);
  if (protocol) return kind('other', protocol, 'document.kind.protocol');
  const press = pressCue(text, ls);
  const question = press ? undefined : ls.slice(0, 3).find((l) => QUESTION_RE.test(l.text));
  if (question) return kind('other', question, 'document.kind.question');
  const motion = motionCue(text, ls, press !== null);
  if (motion) return kind('motion', motion, 'document.kind.motion');
  const list = motionListCue(ls);
  if (list) return kind('other', list, 'document.kind.motion-list');
  if (press) return kind('press_release', press, 'document.kind.press-release');
  const standing = standingCue(text, ls);
  if (standing) return kind('other', standing, 'document.kind.standing');
  const information = informationCue(text, ls);
  if (information) return kind('other', information, 'document.kind.information');
  return kind('press_release', first, 'document.kind.news');
}

// ---- published -------------------------------------------------------------------------------------------

const labelForms = (update: boolean): string[] =>
  PUBLISHED_LABELS.filter((l) => Boolean(l.update) === update).map((l) => l.form.replace(/\s*\(.*\)$/u, ''));
const LABEL_RE = new RegExp(String.raw`^(?:${words([...labelForms(false), ...labelForms(true)])})(?!\p{L})`, 'iu');
const UPDATE_LABEL_RE = new RegExp(String.raw`^(?:${words(labelForms(true))})(?!\p{L})`, 'iu');
/** A label and what stands between it and its date: "Publicerad: ", "Uppdaterad den ". */
const LABEL_SEGMENT_RE = new RegExp(String.raw`(?:^|[|·•,;]\s*|\s)(${words([...labelForms(false), ...labelForms(true)])})(?!\p{L})[\s:.]*$`, 'iu');
const BYLINE_RE = new RegExp(String.raw`^(?:${BYLINES.map((b) => b.form).join('|')})$`, 'u');
const EVENT_RE = new RegExp(String.raw`(?<!\p{L})(?:${words(EVENT_WORDS.map((e) => e.form))})(?!\p{L})`, 'iu');
const HEADING_RE = new RegExp(String.raw`^(?:${words(DOCUMENT_HEADINGS.map((h) => h.form))})(?!\p{L})|(?<!\p{L})(?:press\s+release|pressmeddelande)(?!\p{L})`, 'iu');
/** Labels of the dates a protocol gets after its meeting: approval (justering), posting (anslag), dispatch. */
const AFTER_MEETING = /^(?:justera\p{L}*|justerings\p{L}*|anslag\p{L}*|anslaget|expedierat|expedierad|protokollet\s+justerat)$/iu;
/** After the date on a date line: a time, a zone, punctuation. */
const AFTER_DATE_RE = /^[\s,.]*(?:(?:kl\.?|klockan)\s*)?(?:\d{1,2}[:.]\d\d(?::\d\d)?)?\s*(?:CEST|CET|UTC|GMT|Z)?\s*[.,]?\s*$/iu;
/** What is not part of the date proper at the edges of a date mention: a weekday and "den", a time. */
const WEEKDAY_WORD = String.raw`(?:${words(WEEKDAY_FORMS.map((w) => w.form))})(?:en)?`;
const DATE_LEAD_RE = new RegExp(String.raw`^(?:${WEEKDAY_WORD},?\s+)?(?:(?:den|d\.)\s+)+|^${WEEKDAY_WORD},?\s+`, 'iu');
const DATE_TAIL_RE = /(?:[^\S\n]+|T)(?:kl\.?[^\S\n]*)?\d{1,2}[:.]\d\d.*$/u;

/** The last full date on a line and the words before it, if the line ends with it (a time may follow). */
type LineDate = { value: string; start: number; end: number; prefix: string; glued: boolean };
/** lineDate results of recent lines: title, kind and published read the same header lines. */
const lineDates = new Map<string, LineDate | null>();
function lineDate(line: string): LineDate | null {
  if (!/(?:19|20)\d\d|2100/.test(line)) return null; // every full date has its year
  let d = lineDates.get(line);
  if (d === undefined) {
    if (lineDates.size >= 512) lineDates.clear();
    lineDates.set(line, d = readLineDate(line));
  }
  return d;
}
function readLineDate(line: string): LineDate | null {
  const full = findDates(line, null).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d.value.value));
  const d = full[full.length - 1];
  if (!d || !AFTER_DATE_RE.test(line.slice(d.end))) return null;
  // The date proper: without the weekday and "den" before it or the time after it.
  const lead = DATE_LEAD_RE.exec(d.text)?.[0].length ?? 0;
  const body = d.text.slice(lead).replace(DATE_TAIL_RE, '');
  const start = d.start + lead;
  const glued = d.start > 0 && /\p{L}/u.test(line[d.start - 1]!);
  return { value: d.value.value, start, end: start + body.length, prefix: line.slice(0, d.start).trim(), glued };
}

/** The full dates of a line that begins with a label, each right after a label ("Publicerad 2021-03-04 · Uppdaterad …"). */
function labelledDates(line: string): { value: string; start: number; end: number; update: boolean }[] {
  const out: { value: string; start: number; end: number; update: boolean }[] = [];
  let from = 0;
  for (const d of findDates(line, null)) {
    const before = line.slice(from, d.start);
    from = d.end;
    const label = LABEL_SEGMENT_RE.exec(before);
    if (!label || !/^\d{4}-\d\d-\d\d$/.test(d.value.value)) continue;
    const lead = DATE_LEAD_RE.exec(d.text)?.[0].length ?? 0;
    const body = d.text.slice(lead).replace(DATE_TAIL_RE, '');
    out.push({ value: d.value.value, start: d.start + lead, end: d.start + lead + body.length, update: UPDATE_LABEL_RE.test(label[1]!) });
  }
  return out;
}

/**
 * What the words before a date on a header line make of it: the page's own date (a dateline, a place, a label, a
 * byline, a document heading, a category of the page) or nothing (an event, a protocol's approval).
 */
function prefixRule(prefix: string, glued: boolean): string | null {
  const p = prefix.replace(/[\s,:]+$/u, '');
  if (p === '') return 'document.published.dateline';
  if (EVENT_RE.test(p) || AFTER_MEETING.test(p)) return null;
  if (LABEL_RE.test(p) || LABEL_SEGMENT_RE.test(prefix)) return 'document.published.labelled';
  if (BYLINE_RE.test(p)) return 'document.published.byline';
  if (HEADING_RE.test(p)) return 'document.published.heading';
  // A place, optionally with "den": "Tierp den", "Stockholm,", "För Vänsterpartiet, Tierp den".
  // Also the municipality as publisher: "Hudiksvalls kommun 12 mars 2024", "Göteborgs Stad, 3 maj 2024".
  if (/^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:kommun|stad|Stad))?(?:\s+den)?$/u.test(p.split(/,\s*/u).pop()!)) return 'document.published.dateline';
  // A category run into the date or set off by a separator: "Stad & Politik18 december 2023", "Nyheter |".
  if ((glued || /[|·•]$/u.test(p)) && /^\p{Lu}[\p{L}&,|·•\s-]*$/u.test(p) && p.split(/\s+/).length <= 8) return 'document.published.category';
  return null;
}

/**
 * A protocol's meeting date, which is the protocol's own date: "Sammanträdesdatum: 2024-04-25", "Sammanträde
 * 2024-04-25", "Datum för sammanträdet: 25 april 2024". It wins over the dates a protocol adds later.
 */
const MEETING_RE = /^(?:sammanträdes-?datum|sammanträdet?|mötes-?datum|datum\s+för\s+(?:sammanträdet|mötet))(?![\p{L}])/iu;

/**
 * A press-room dateline with the date first and a label after a separator: "2024-05-02 | Pressmeddelande från
 * Höörs kommun", "3 mars 2024 · Nyhet". The label must name the publication, not an event ("3 mars 2024 – Öppet hus").
 */
const DATE_FIRST_RE = /^(.{6,40}?)\s*[|·•–—-]\s*(\p{Lu}[^\n]*?)\s*$/u;
const PRESS_LABEL = /^(?:press\p{L}*|nyhet\p{L}*|publicerad|publicerat|uppdaterad|uppdaterat|artikel)(?!\p{L})|^(?:av|by)\s+\p{L}+\s+\p{L}+$|^(?:region\s+\p{Lu}\p{L}*|\p{Lu}[\p{L}-]*\s+(?:kommun|stad|kommuns|stads)|\p{L}*(?:kommun|stad|region|styrelse|styrelsen|förvaltning|förvaltningen|nämnd|nämnden))$/iu;

/**
 * The page's own date, where the text states it: a protocol's meeting date, a labelled date ("Publicerad …",
 * "Sidan uppdaterades senast: …"; a publication date before an update stamp), a byline ("By on 11 december,
 * 2021", "Av Admin den 9 september, 2007"), or a header or footer line that ends with a date (a dateline under
 * the title, "Tierp den 8 december 2020", "Stad & Politik18 december 2023 kl 03.55", "Environment, climate and
 * energy, Press Release | 03-05-2022", "Motion till kommunfullmäktige i Ängelholm den 28 oktober 2019"). A date
 * in running text, an event's date and an adoption date are not the page's.
 */
export function documentPublished(text: string): PublishedMention | null {
  const ls = lines(text);
  const found = (l: Line, d: NonNullable<ReturnType<typeof lineDate>>, rule: string): PublishedMention =>
    mention('published', text, l.start + d.start, l.start + d.end, d.value, rule);
  const dated = (l: Line) => (l.text.length <= 100 ? lineDate(l.text) : null);
  for (const l of ls) {
    if (!MEETING_RE.test(l.text)) continue;
    const d = dated(l);
    if (d) return found(l, d, 'document.published.meeting');
  }
  // Labelled dates anywhere (a publication label first, then an update stamp), then bylines.
  let update: PublishedMention | null = null;
  for (const l of ls) {
    if (!LABEL_RE.test(l.text) || l.text.length > 200) continue;
    for (const d of labelledDates(l.text)) {
      const m = mention('published', text, l.start + d.start, l.start + d.end, d.value, 'document.published.labelled');
      if (!d.update) return m;
      update ??= m;
    }
  }
  if (update) return update;
  for (const l of ls) {
    const d = /^(?:by|av|skriven|skrivet|postad|publicerad)(?!\p{L})/iu.test(l.text) ? dated(l) : null;
    if (d && prefixRule(d.prefix, d.glued) === 'document.published.byline') return found(l, d, 'document.published.byline');
  }
  // The date line stands at the top (press releases, posts) or above the signature at the bottom (motions).
  const zone = [...ls.slice(0, 12), ...ls.slice(Math.max(12, ls.length - 8))];
  for (const l of zone) {
    const d = dated(l);
    const rule = d && prefixRule(d.prefix, d.glued);
    if (d && rule) return found(l, d, rule);
  }
  for (const l of ls.slice(0, 8)) {
    const m = l.text.length <= 100 ? DATE_FIRST_RE.exec(l.text) : null;
    if (!m || !PRESS_LABEL.test(m[2]!)) continue;
    const d = lineDate(m[1]!);
    if (d && d.prefix === '') return found(l, d, 'document.published.date-first');
  }
  return null;
}

export const documentExtractor: Extractor<'document'> = {
  name: 'document',
  version: 5,
  creates: ['kind', 'published'],
  rules: {
    'document.kind.motion': 'att-satser after a proposal or under an att-satser heading, a motion\'s concluding proposal, or a motion heading',
    'document.kind.foreign': 'a page in Norwegian or Danish',
    'document.kind.motion-list': 'a party page listing its motions',
    'document.kind.protocol': 'a meeting record (PROTOKOLL, protokollsutdrag)',
    'document.kind.question': 'an interpellation or a question as its own text',
    'document.kind.press-release': 'press-room cues: a press label, a quote attribution, contact blocks',
    'document.kind.standing': 'a standing document named by its title (Klimatstrategi för …, Handlingsplan …, Protokoll)',
    'document.kind.information': 'a standing information page: its title defined in the text, an information heading or a page speaking about itself',
    'document.kind.news': 'no cue of a motion or of a standing page: news',
    'document.published.meeting': "a protocol's meeting date",
    'document.published.labelled': 'a labelled date (Publicerad 3 mars 2024, Sidan uppdaterades senast: 2009-06-15)',
    'document.published.byline': 'a byline with a date (By on 11 december, 2021)',
    'document.published.heading': 'a document heading ending with its date (Motion till kommunfullmäktige … den 28 oktober 2019)',
    'document.published.category': 'a page category with its date (Stad & Politik18 december 2023)',
    'document.published.dateline': 'a line that is only a date, optionally after a place',
    'document.published.date-first': 'a date followed by a press-room label (2024-05-02 | Pressmeddelande)',
  },
  run: (doc: ExtractorInput) => {
    const out: (KindMention | PublishedMention)[] = [];
    const kind = documentKind(doc.text, doc.language ?? null);
    if (kind) out.push(kind);
    const published = documentPublished(doc.text);
    if (published) out.push(published);
    return out;
  },
};
