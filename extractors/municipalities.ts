// Municipalities: every Swedish municipality named in the text, by its canonical short name and SCB code.
// One regex over all 290 names (built once) finds candidates with Unicode word boundaries; then rules drop
// what is not a mention of the municipality (compounds, e-mail/URLs, "Region X", "X län", surnames) and
// names that are also ordinary words or person names count only in a municipal context.
import { MUNICIPALITIES, type GazetteerEntry } from './gazetteer.js';
import { isGivenName } from './names.js';
import { execAll, WORD_CHAR } from './regex.js';
import { PLACE_NAMED_ORGANISATIONS } from './lexicon/organisations.js';
import { splitSentences, sentenceAt, type Sentence } from './sentences.js';
import type { Extractor, ExtractorInput, MunicipalityMention } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Names that need context

/**
 * - `person`: a common Swedish given name or surname (or a well-known foreign place), so even capitalised
 *   mid-sentence it may not be the municipality ("Anna Lund", "Mark Twain", "Salem, Oregon").
 * - `word`: an ordinary Swedish word ("vara", "kil", "skara", "boden"); capitalised mid-sentence it is the
 *   municipality, at the start of a sentence or heading it may be the word.
 * - `region`: also the name of a landscape or island ("på Gotland", "i Härjedalen"), and "Region Gotland"
 *   is the region; only "Gotlands kommun" is certain.
 * Names such as Orust, Tibro, Habo, Bjuv, Hjo, Falun or Höör are no Swedish words or usual person names
 * and need no context.
 */
type Ambiguity = 'person' | 'word' | 'region';

const AMBIGUOUS: Readonly<Record<string, Ambiguity>> = {
  Lund: 'person', Berg: 'person', Mark: 'person', Nora: 'person', Dorotea: 'person', Vilhelmina: 'person',
  Salem: 'person', Sala: 'person', Mora: 'person', Eda: 'person', Norberg: 'person', Falkenberg: 'person',
  Hallsberg: 'person',
  Vara: 'word', Ale: 'word', Kil: 'word', Boden: 'word', Klippan: 'word', Skara: 'word', Säter: 'word',
  Trosa: 'word', Köping: 'word', Laxå: 'word',
  Gotland: 'region', Härjedalen: 'region',
};

/** Old genitive forms used in the municipality's own name ("Falu kommun"); they count only before "kommun". */
const GENITIVE_ALIASES: Readonly<Record<string, string>> = { Falu: 'Falun' };

// ---------------------------------------------------------------------------------------------------
// The matcher, built once

const BY_KEY = new Map<string, GazetteerEntry>(); // key: lower-case name, spaces and hyphens as one space
const keyOf = (s: string): string => s.toLowerCase().replace(/[\s\u00A0-]+/gu, ' ');
for (const m of MUNICIPALITIES) BY_KEY.set(keyOf(m.name), m);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s\\u00A0-]');
const FORMS = [...MUNICIPALITIES.map((m) => m.name), ...Object.keys(GENITIVE_ALIASES)]
  .sort((a, b) => b.length - a.length);
// A name, an optional genitive s, and no letter, digit or apostrophe on either side.
const NAME_RE = new RegExp(
  // (`(?<![\\p{L}\\p{N}\\p{M}_])`, with ASCII decided inline: see WORD_CHAR.)
  `(?<!${WORD_CHAR}|_|(?![\\x00-\\x7F])\\p{M})(${FORMS.map(escape).join('|')})(s?)(?![\\p{L}\\p{N}\\p{M}_])`, 'giu');

/**
 * Words after the name that make it a municipality: "Lunds kommun", "Göteborgs Stad", "Vara kommunfullmäktige".
 * Not the Norwegian and Danish "kommune".
 */
const MUNICIPAL_AFTER = new RegExp(
  '^[ \\u00A0]+(?:(?:kommun|KOMMUN)(?:s|S|fullmäktige|styrelse|ledning|koncern|förvaltning|chef|direktör)?(?:n|ns|s)?|[Ss]tad|STAD|[Ss]tads)(?!\\p{L})', 'u');
/** Words before the name that place something in it: "i Mark", "från Vara", "kommunen Lund". */
const MUNICIPAL_BEFORE = /(?<![\p{L}])(?:[Ii]|[Tt]ill|[Ff]rån|[Ii]nom|[Uu]tanför|[Kk]ommunen|[Kk]ommunerna|[Ss]taden|[Ss]täderna)[ \u00A0]+$/u;
const ORGANISATION_AFTER = new RegExp(`^[ \\u00A0]+(?:${PLACE_NAMED_ORGANISATIONS.filter((o) => !o.before).map((o) => o.word).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const ORGANISATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PLACE_NAMED_ORGANISATIONS.filter((o) => o.before).map((o) => o.word).join('|')})[ \\u00A0]+$`, 'u');
/** Not the municipality: "Region Uppsala", "Länsstyrelsen i Kalmar län", "Landstinget Gotland". */
const REGION_BEFORE = /(?<![\p{L}])(?:[Rr]egion(?:en)?|[Ll]änsstyrelsen|[Ll]andstinget)(?:[ \u00A0]+i)?[ \u00A0]+$/u;
const COUNTY_AFTER = /^[ \u00A0]+(?:län|läns|stift|stifts)(?![\p{L}])/u;
/** Dateline or signature: "Lund den 3 mars 2024", "Mora 2024-03-03". */
const DATE_AFTER = /^,?[ \u00A0]+(?:den[ \u00A0]+)?\d{1,4}(?:[ \u00A0.\-/]|$)/u;
/** Postal address: "221 00 Lund". */
const POSTCODE_BEFORE = /(?<!\d)\d{3}[ \u00A0]?\d{2}[ \u00A0]+$/u;
/** "Anna Lund (M)": a party after the name marks a person. */
const PARTY_AFTER = /^[ \u00A0]*\((?:S|M|SD|C|V|KD|L|MP|FP|[\p{Lu}]{1,5})\)/u;
/**
 * Items of a list: "Borlänge, Borås och Eskilstuna", a route "Malmö–Lund", items with a year or a number in
 * parentheses "Östersund (2010), Umeå (2011) och Lund (2012)".
 */
const LIST_SEPARATOR = /^(?:[ \u00A0]*\(\d[\d \u00A0.,–\-/]*\))?(?:[-‐–]|\s*[,;/&]\s*(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller|respektive)\s+)$/u;
/** A capitalised word right before the name, on the same line. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00A0]+$/u;

interface Candidate {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** Accepted on its own; ambiguous ones may still be accepted as list items. */
  accepted: boolean;
  /** May be accepted through a neighbouring list item. */
  listable: boolean;
}

// Line bounds by binary search over the line starts, computed once per text: looking a line up costs the same on a
// page of short lines and on a megabyte written as one line.
let linesOf: { text: string; starts: number[] } | null = null;
function lineStarts(text: string): number[] {
  if (linesOf?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    linesOf = { text, starts };
  }
  return linesOf.starts;
}
function lineIndex(text: string, at: number): number {
  const starts = lineStarts(text);
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= at) lo = mid; else hi = mid - 1; }
  return lo;
}
/** How far around a name the rules look: enough for "kommunen i X", a postcode, a dateline. */
const WINDOW = 120;
const lineStart = (text: string, at: number): number => Math.max(lineStarts(text)[lineIndex(text, at)]!, at - WINDOW);
const lineEnd = (text: string, at: number): number => {
  const starts = lineStarts(text), i = lineIndex(text, at);
  return Math.min(i + 1 < starts.length ? starts[i + 1]! - 1 : text.length, at + WINDOW);
};

/** Only punctuation, bullets or numbering between `from` and `at`. */
const onlyMarkupBefore = (text: string, from: number, at: number): boolean =>
  /^[\s\p{P}\p{S}\d]*$/u.test(text.slice(from, at));

function atSentenceStart(text: string, sentences: readonly Sentence[], at: number): boolean {
  const s = sentenceAt(sentences, at);
  return onlyMarkupBefore(text, s ? s.start : lineStart(text, at), at);
}

/** Where any word is capitalised: at the start of a sentence, after a colon, a dash or a quotation mark. */
const isCapitalisedAnyway = (text: string, sentences: readonly Sentence[], at: number): boolean =>
  atSentenceStart(text, sentences, at) || /[:–—"”“»«][ \u00A0]*$/u.test(text.slice(Math.max(0, at - 3), at));

/** Inside an e-mail address or a URL: "andreas@kalmar.se", "www.Umea.se", "Kalmar.se". */
function inAddress(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  while (a > 0 && !/[\s<>()[\]"'”]/u.test(text[a - 1]!)) a--;
  while (b < text.length && !/[\s<>()[\]"'”]/u.test(text[b]!)) b++;
  const token = text.slice(a, b);
  if (/@|:\/\/|(?:^|\W)www\./iu.test(token)) return true;
  if (/^\.\p{L}/u.test(text.slice(end, end + 2))) return true;
  return /[\p{L}\p{N}][./]$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** How the name is written: as the name ("Karlstads"), in capitals ("KARLSTADS") or not as a name ("vara"). */
function caseOf(written: string, canonical: string): 'name' | 'capitals' | null {
  if (keyOf(written) !== keyOf(canonical)) return null;
  const letters = written.replace(/[^\p{L}]/gu, '');
  const canon = canonical.replace(/[^\p{L}]/gu, '');
  if (letters === canon) return 'name';
  return letters === canon.toUpperCase() ? 'capitals' : null;
}

function findCandidates(text: string, sentences: readonly Sentence[]): Candidate[] {
  const raw: { start: number; end: number; base: string; entry: GazetteerEntry; alias: boolean; capitals: boolean }[] = [];
  for (const m of execAll(NAME_RE, text)) {
    const base = m[1]!;
    const aliasOf = Object.hasOwn(GENITIVE_ALIASES, base) ? GENITIVE_ALIASES[base] : undefined;
    const entry = BY_KEY.get(keyOf(aliasOf ?? base));
    if (!entry) continue;
    if (aliasOf && m[2]) continue; // "Falus" is no form
    const written = caseOf(base, aliasOf ? base : entry.name);
    if (!written) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, base, entry, alias: !!aliasOf, capitals: written === 'capitals' });
  }
  const startsAt = new Set(raw.map((r) => r.start));
  const endsAt = new Set(raw.map((r) => r.end));

  const out: Candidate[] = [];
  for (const r of raw) {
    const before = text.slice(lineStart(text, r.start), r.start);
    const after = text.slice(r.end, lineEnd(text, r.end));
    // Part of a hyphenated compound ("Stor-Stockholm", "Stockholms- och Uppsalaregionen") unless the other
    // part is a municipality too ("Malmö-Lund").
    if (/^[-‐]/u.test(after) && !startsAt.has(r.end + 1)) continue;
    if (/\p{L}[-‐]$/u.test(before) && !endsAt.has(r.start - 1)) continue;
    if (inAddress(text, r.start, r.end)) continue;
    if (REGION_BEFORE.test(before) || COUNTY_AFTER.test(after)) continue;
    // "Skellefteå Kraft", "Norrköpings Tidningar", "IFK Göteborg": the name of an organisation, not the place.
    if (ORGANISATION_AFTER.test(after) || ORGANISATION_BEFORE.test(before)) continue;

    const ambiguity: Ambiguity | undefined = r.alias ? 'region' : AMBIGUOUS[r.entry.name];
    const municipalAfter = MUNICIPAL_AFTER.test(after);
    if (r.alias && !municipalAfter) continue;
    // Headings in capitals: "UMEÅ KOMMUN", "VÄSTERÅS"; "VARA MED!" is no name.
    if (r.capitals && (ambiguity !== undefined || r.base.length <= 3) && !municipalAfter) continue;

    const prev = WORD_BEFORE.exec(before);
    const prevWordStart = prev ? r.start - prev[0].length : -1;
    const prevIsName = prev !== null && !BY_KEY.has(keyOf(prev[1]!.replace(/s$/u, ''))) && !BY_KEY.has(keyOf(prev[1]!))
      && !atSentenceStart(text, sentences, prevWordStart);
    // A surname: "Anna Lund (M)", a person-like name after a given-name-like word, or any municipality name right
    // after a common given name, even at the start of a sentence ("Johanna Boden", "Erik Falkenberg").
    const afterGivenName = prev !== null && isGivenName(prev[1]!) && !BY_KEY.has(keyOf(prev[1]!));
    const surname = afterGivenName || (prevIsName && (PARTY_AFTER.test(after) || ambiguity === 'person'));

    let accepted: boolean;
    if (municipalAfter) accepted = true;
    else if (surname) accepted = false;
    else if (ambiguity === undefined) accepted = true;
    else if (ambiguity === 'region') accepted = false;
    else {
      const contextual = MUNICIPAL_BEFORE.test(before) || POSTCODE_BEFORE.test(before)
        || (onlyMarkupBefore(text, lineStart(text, r.start), r.start) && DATE_AFTER.test(after));
      accepted = contextual || (ambiguity === 'word' && !isCapitalisedAnyway(text, sentences, r.start));
    }
    out.push({
      start: r.start, end: r.end, entry: r.entry, accepted,
      listable: !accepted && !surname && ambiguity !== 'region',
    });
  }
  return out;
}

/** Ambiguous names count as items of a list whose neighbouring item is an accepted municipality. */
function acceptListItems(text: string, cands: Candidate[]): void {
  const linked = (a: Candidate, b: Candidate): boolean => LIST_SEPARATOR.test(text.slice(a.end, b.start));
  // Forward then backward, so acceptance runs along the whole list from any accepted item.
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!, prev = cands[i - 1]!;
    if (!c.accepted && c.listable && prev.accepted && linked(prev, c)) c.accepted = true;
  }
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i]!, next = cands[i + 1]!;
    if (!c.accepted && c.listable && next.accepted && linked(c, next)) c.accepted = true;
  }
}

/** A finite verb or a comma after the name: the name is a subject ("Köping ingår i våg 3", "Vara, som …"). */
const SUBJECT_AFTER = /^(?:,|[ \u00A0]+(?:är|var|har|hade|ska|skall|blir|blev|kommer|ingår|ingick|deltar|deltog|går|gick|skriver|skrev|signerar|signerade|undertecknar|undertecknade|antar|antog|ansluter|anslöt|får|fick|satsar|vill|planerar|arbetar|tar|tog)(?![\p{L}]))/u;

/**
 * A name that is also a word, written at the start of a sentence, is the municipality when the document names
 * that municipality elsewhere beyond doubt and the name stands as a subject here.
 */
function acceptConfirmedSubjects(text: string, cands: Candidate[]): void {
  const confirmed = new Set(cands.filter((c) => c.accepted).map((c) => c.entry.name));
  for (const c of cands) {
    if (!c.accepted && c.listable && AMBIGUOUS[c.entry.name] === 'word' && confirmed.has(c.entry.name) && SUBJECT_AFTER.test(text.slice(c.end, c.end + 14))) c.accepted = true;
  }
}

/** Find the municipality mentions in `text`, in reading order. */
export function findMunicipalities(text: string): MunicipalityMention[] {
  const cands = findCandidates(text, splitSentences(text));
  acceptListItems(text, cands);
  acceptConfirmedSubjects(text, cands);
  return cands.filter((c) => c.accepted).map((c) => ({
    kind: 'municipality',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: { name: c.entry.name, code: c.entry.code },
    rule: 'municipalities.gazetteer',
  }));
}

export const municipalitiesExtractor: Extractor<'municipalities'> = {
  name: 'municipalities',
  version: 3,
  creates: ['municipality'],
  rules: { 'municipalities.gazetteer': 'a name from the list of 290 municipalities, in a context that names the municipality' },
  run: (doc: ExtractorInput) => findMunicipalities(doc.text),
};
