// What kind of document this is (press release, council motion, other) and its own date (dateline).
import type { DocumentKind } from '../src/types.js';
import { execAll } from './regex.js';
import type { Extractor, ExtractorInput, KindMention, PublishedMention } from './types.js';

interface Line { start: number; end: number; text: string } // trimmed line, offsets into doc.text

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12,
};
const MONTH_WORD = `${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec`;
const pad = (n: number): string => String(n).padStart(2, '0');

function lines(text: string): Line[] {
  const out: Line[] = [];
  for (const m of execAll(/[^\n]+/g, text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

const mention = <K extends 'kind' | 'published', V>(kind: K, text: string, start: number, end: number, value: V, rule: string) =>
  ({ kind, start, end, text: text.slice(start, end), value, rule });

// ---- kind ----------------------------------------------------------------------------------------------

/**
 * A proposal to the council followed by att-satser: "… föreslår … kommunfullmäktige besluta:" or "yrkar … att",
 * then a line that begins with "att" (possibly after a bullet, dash or number). Capture: the first att-sats.
 */
const PROPOSAL = /\b(?:föreslår|yrkar|hemställer|yrkande)\b[^.!?]{0,250}?(?:besluta\p{L}*|fullmäktige|nämnd\p{L}*|styrelse\p{L}*)[^.!?\n]{0,60}?[^\S\n]*\n\s*((?:[^\p{L}\p{N}\s]{1,2}[^\S\n]*|\d{1,2}[.)][^\S\n]*)?att\s+\p{L}[^\n]*)/iu;
/** The heading of a motion: "Motion", "Motion om …", "Motion till kommunfullmäktige …". */
const MOTION_HEADING = /^motion(?:\s*[:–-]\s*|\s+(?:om|till|angående|gällande|rörande|avseende|ang\.)\s+.*)?$/iu;
/** A quote attribution: "…, säger Anna Berg", "Nu kör vi! säger hon". */
const ATTRIBUTION = /[,!?]\s*(?:säger|berättar|förklarar|fortsätter|menar|konstaterar|understryker|betonar|avslutar|framhåller|kommenterar|poängterar|tillägger)\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*|han|hon|de)(?![\p{L}])/u;
/** Press-room furniture: contact blocks and the "Om <organisation>" boilerplate heading. */
const PRESS_BLOCK = /^(?:#+\s*)?\**(?:kontaktpersoner|kontaktperson|presskontakt(?:er)?|för mer information|för ytterligare information|mer information)\**:?$/iu;
const ABOUT_HEADING = /^(?:#+\s*)?\**Om\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}+){0,3}\**:?$/u;

function motionCue(text: string, ls: Line[]): { start: number; end: number } | null {
  const m = PROPOSAL.exec(text);
  if (m) {
    const att = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: start + att.length };
  }
  return ls.slice(0, 10).find((l) => MOTION_HEADING.test(l.text)) ?? null;
}

function pressCue(text: string, ls: Line[]): { start: number; end: number } | null {
  const heading = /(?:^|\n)[^\S\n]*(?:#+\s*)?(Pressmeddelande)(?![\p{L}])/iu.exec(text);
  if (heading) {
    const start = heading.index + heading[0].length - heading[1]!.length;
    return { start, end: start + heading[1]!.length };
  }
  const quote = ATTRIBUTION.exec(text);
  if (quote) {
    const lead = /^[,!?]\s*/u.exec(quote[0])![0].length;
    return { start: quote.index + lead, end: quote.index + quote[0].length };
  }
  // Without a quote or the word itself, two pieces of press-room furniture are needed.
  const blocks = ls.filter((l) => PRESS_BLOCK.test(l.text) || ABOUT_HEADING.test(l.text));
  const timestamp = ls.slice(0, 10).find((l) => /^\d{4}-\d\d-\d\d[ T]\d{1,2}[:.]\d\d/.test(l.text));
  const cues = [...blocks, ...(timestamp ? [timestamp] : [])].sort((a, b) => a.start - b.start);
  return cues.length >= 2 ? cues[0]! : null;
}

export function documentKind(text: string): KindMention | null {
  const ls = lines(text);
  if (ls.length === 0) return null;
  const motion = motionCue(text, ls);
  if (motion) return mention('kind', text, motion.start, motion.end, 'motion' as DocumentKind, 'document.kind.motion');
  const press = pressCue(text, ls);
  if (press) return mention('kind', text, press.start, press.end, 'press_release' as DocumentKind, 'document.kind.press-release');
  return mention('kind', text, ls[0]!.start, ls[0]!.end, 'other' as DocumentKind, 'document.kind.other');
}

// ---- published -----------------------------------------------------------------------------------------

const DATE_ISO = String.raw`(\d{4})-(\d\d)-(\d\d)`;
const DATE_WORDS = String.raw`(\d{1,2})(?::[ae])?\s+(${MONTH_WORD})\.?,?\s+(\d{4})`;
const DATE_NUMERIC = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;
const DATE = String.raw`(?:${DATE_ISO}|${DATE_WORDS}|${DATE_NUMERIC})`;
const TIME = String.raw`(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*(?:CEST|CET|UTC|GMT|Z)|[+-]\d\d:?\d\d)?)?`;
const WEEKDAY = String.raw`(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?`;

/** A labelled date anywhere: "Publicerad 3 mars 2024", "Datum: 2020-12-08", "Publicerat den 1.10.2021". */
const LABELLED = new RegExp(String.raw`(?:^|\n)[^\S\n]*(?:publicerad|publicerat|datum|daterad)\b[^\S\n]*:?[^\S\n]*(?:den\s+)?(?:${WEEKDAY},?\s+)?(${DATE})`, 'giu');
/**
 * A protocol's meeting date, which is the protocol's own date: "Sammanträdesdatum: 2024-04-25", "Sammanträde
 * 2024-04-25", "Datum för sammanträdet: 25 april 2024", "Mötesdatum 2024-04-25". It wins over the dates a protocol
 * adds later ("Justerat 2024-04-30", "Anslaget 2024-05-02").
 */
const MEETING = new RegExp(String.raw`(?:^|\n)[^\S\n]*(?:sammanträdes-?datum|sammanträdet?|mötes-?datum|datum\s+för\s+(?:sammanträdet|mötet))(?![\p{L}])[^\S\n]*:?[^\S\n]*(?:den\s+)?(?:${WEEKDAY},?\s+)?(${DATE})`, 'giu');
/** Labels of the dates a protocol gets after its meeting: approval (justering), posting (anslag), dispatch. */
const AFTER_MEETING = /^(?:justera\p{L}*|justerings\p{L}*|anslag\p{L}*|anslaget|expedierat|expedierad|protokollet\s+justerat)$/iu;
/**
 * A dateline: a line that is only a date, optionally after a place ("Tierp den 8 december 2020",
 * "Stockholm, 2023-05-14"), a weekday, or the label "Pressmeddelande", and optionally with a time.
 */
const DATELINE = new RegExp(String.raw`^(?:([\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s*[,•|–-]\s*|\s+den\s+|\s+)|den\s+)?(?:${WEEKDAY},?\s+)?(?:den\s+)?(${DATE})${TIME}\.?$`, 'iu');

const LOWER_PREFIX = new RegExp(String.raw`^(?:den|${WEEKDAY})$`, 'u');

/**
 * A press-room dateline with the date first and a label after a separator: "2024-05-02 | Pressmeddelande från
 * Höörs kommun", "3 mars 2024 · Nyhet", "2023-11-20 – Uddevalla kommun".
 */
const DATE_FIRST = new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?(?:den\s+)?(${DATE})${TIME}\s*[|·•–—-]\s*(\p{Lu}[^
]*?)\s*$`, 'iu');
/**
 * The label after a date-first dateline must name the publication, not an event ("3 mars 2024 – Öppet hus"): a
 * press-room word ("Pressmeddelande", "Nyhet") or an organisation ("Bjuvs kommun", "Region Skåne", "Kommunstyrelsen").
 */
const PRESS_LABEL = /^(?:press\p{L}*|nyhet\p{L}*|publicerad|publicerat|uppdaterad|uppdaterat|artikel)(?!\p{L})|^(?:region\s+\p{Lu}\p{L}*|\p{Lu}[\p{L}-]*\s+(?:kommun|stad|kommuns|stads)|\p{L}*(?:kommun|stad|region|styrelse|styrelsen|förvaltning|förvaltningen|nämnd|nämnden))$/iu;

/** Value and offset of the date inside a match whose date group is `at` and whose parts follow it. */
function readDate(m: RegExpExecArray, base: number, at: number): { value: string; start: number; end: number } | null {
  const g = m.slice(at + 1, at + 10);
  let y: number, mo: number, d: number;
  if (g[0]) [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
  else if (g[3]) [y, mo, d] = [Number(g[5]), MONTH_ABBR[g[4]!.toLowerCase().slice(0, 3)]!, Number(g[3])];
  else [y, mo, d] = [Number(g[8]), Number(g[7]), Number(g[6])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const start = base + m.index + m[0].lastIndexOf(m[at]!);
  return { value: `${y}-${pad(mo)}-${pad(d)}`, start, end: start + m[at]!.length };
}

export function documentPublished(text: string): PublishedMention | null {
  for (const re of [MEETING, LABELLED]) {
    for (const m of execAll(re, text)) {
      const date = readDate(m, 0, 1);
      if (date) return mention('published', text, date.start, date.end, date.value, re === MEETING ? 'document.published.meeting' : 'document.published.labelled');
    }
  }
  const ls = lines(text);
  // The dateline stands at the top (press releases, motions) or above the signature at the bottom (motions).
  const zone = [...ls.slice(0, 8), ...ls.slice(Math.max(8, ls.length - 8))];
  for (const line of zone) {
    if (line.text.length > 80) continue;
    const m = DATELINE.exec(line.text);
    // The words before the date are a place name or a label: capitalised ("Tierp", "Pressmeddelande").
    if (!m || (m[1] && !m[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || LOWER_PREFIX.test(w)))) continue;
    if (m[1] && AFTER_MEETING.test(m[1])) continue;
    const date = readDate(m, line.start, 2);
    if (date) return mention('published', text, date.start, date.end, date.value, 'document.published.dateline');
  }
  for (const line of ls.slice(0, 8)) {
    const m = line.text.length <= 100 ? DATE_FIRST.exec(line.text) : null;
    if (!m || !PRESS_LABEL.test(m[11]!)) continue;
    const date = readDate(m, line.start, 1);
    if (date) return mention('published', text, date.start, date.end, date.value, 'document.published.date-first');
  }
  return null;
}

export const documentExtractor: Extractor<'document'> = {
  name: 'document',
  version: 3,
  creates: ['kind', 'published'],
  rules: {
    'document.kind.motion': 'att-satser after a proposal to the council, or a motion heading',
    'document.kind.press-release': 'press-room cues: the word Pressmeddelande, a quote attribution, contact blocks',
    'document.kind.other': 'no cue of a motion or a press release',
    'document.published.meeting': "a protocol's meeting date",
    'document.published.labelled': 'a labelled date (Publicerad 3 mars 2024)',
    'document.published.dateline': 'a line that is only a date, optionally after a place or label',
    'document.published.date-first': 'a date followed by a press-room label (2024-05-02 | Pressmeddelande)',
  },
  run: (doc: ExtractorInput) => {
    const out: (KindMention | PublishedMention)[] = [];
    const kind = documentKind(doc.text);
    if (kind) out.push(kind);
    const published = documentPublished(doc.text);
    if (published) out.push(published);
    return out;
  },
};
