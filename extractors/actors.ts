// Who can act in a document: every span that can be the actor of a commitment, with the actor it names.
// An actor is a municipality's canonical name, a party abbreviation (a Riksdag party, or a local party by the
// abbreviation the text uses), an organisation from the gazetteer (extractors/lexicon/organisations.ts), an
// organ of the municipality ("kommunstyrelsen": the municipality when the text names one, else the organ as
// written), "kommunen" when the text speaks of its own municipality without naming it, or null for a group
// that is not named ("23 kommuner", "städerna") — a null actor blocks a commitment rather than guess one.
//
// Also: the document's own municipality, its publisher (a party page, a programme's page, a municipality) and
// whom "vi" stands for in each line (the quoted speaker's municipality, party or organisation, else the
// publisher). Every function is linear in the text: spans are found in one pass per pattern and looked up by
// binary search.
import type { ExtractorInput } from '../src/types.js';
import { NOT_MUNICIPAL_BODIES, ORGANISATIONS } from './lexicon/organisations.js';
import { SPEECH_VERBS } from './lexicon/commitments.js';
import { tokenize, type Token } from './clauses.js';
import { PARTIES, PARTY_NAME_SOURCE, partyOfAdjective, riksdagParty } from './names.js';
import { execAll, headerEnd, wordRe } from './regex.js';
import type { ExtractorContext, MunicipalityMention, PersonMention } from './types.js';

export { wordRe };

export type ActorKind = 'municipality' | 'party' | 'organisation' | 'organ' | 'we' | 'person' | 'group' | 'kommunen';

export interface ActorSpan {
  start: number;
  end: number;
  /** The actor it names; null: a group or reference that names nobody. */
  actor: string | null;
  kind: ActorKind;
  /** A possessor ("Umeås", "kommunens", "Miljöpartiets"): owns what follows rather than acting. */
  genitive: boolean;
  /** For a person: the party and the municipality they act for. */
  party?: string | null;
  municipality?: string | null;
  /** "jag", "min": one speaker, who names an actor only on a party's page or in a quote. */
  singular?: true;
  /** "undertecknade": the signers of the document, who speak only for a party whose page it is. */
  signers?: true;
}


// ---------------------------------------------------------------------------------------------------
// Parties

/** Party abbreviations as written, to the Riksdag abbreviation (Fp/FP is today's L). */
const PARTY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  S: 'S', M: 'M', SD: 'SD', C: 'C', V: 'V', KD: 'KD', L: 'L', MP: 'MP', FP: 'L', Fp: 'L', s: 'S', m: 'M', sd: 'SD', c: 'C', v: 'V', kd: 'KD', mp: 'MP', fp: 'L',
};

/** The abbreviation the text uses for a local party ("Lysekilspartiet" → "LP" when "LP" occurs), else its name. */
function localPartyActor(text: string, name: string): string {
  const initials = name.replace(/(partiet|listan)$/u, '').charAt(0).toUpperCase() + (name.endsWith('listan') ? 'L' : 'P');
  return new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(text) ? initials : name;
}

// ---------------------------------------------------------------------------------------------------
// Organisations and organs

const ORG_ALIASES: readonly [string, string][] = ORGANISATIONS
  .flatMap((o) => [o.name, ...o.aliases].map((a) => [a, o.name] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);
const ORG_BY_ALIAS = new Map(ORG_ALIASES.map(([a, n]) => [a.toLowerCase(), n]));

/** Bodies that are not the municipality's even though their name ends like an organ. */
const NOT_MUNICIPAL_BODY_SOURCE = NOT_MUNICIPAL_BODIES.flatMap((b) => b.forms.split(' ')).join('|');
const NOT_OWN_ORGAN_RE = new RegExp(`^(?:${NOT_MUNICIPAL_BODY_SOURCE})$`, 'iu');
/** A deciding body in a text that is not the municipality's own (lexicon/organisations.ts). */
export const NOT_MUNICIPAL_BODY_RE = new RegExp(`(?<![\\p{L}])(?:${NOT_MUNICIPAL_BODY_SOURCE})s?(?![\\p{L}])`, 'iu');

// ---------------------------------------------------------------------------------------------------
// Groups: named by no one ("23 kommuner", "alla kommuner", "städerna", "myndigheterna", "motionärerna").


// ---------------------------------------------------------------------------------------------------
// The document's own municipality and publisher

/** The document's own municipality: the first one named in its first lines, else the most mentioned one. */
export function ownMunicipality(doc: ExtractorInput, ctx: ExtractorContext): string | null {
  const ms = [...ctx.municipalities].sort((a, b) => a.start - b.start);
  if (!ms.length) return null;
  if (ms[0]!.start < headerEnd(doc.text)) return ms[0]!.value.name;
  const count = new Map<string, number>();
  for (const m of ms) count.set(m.value.name, (count.get(m.value.name) ?? 0) + 1);
  let best = ms[0]!.value.name;
  for (const m of ms) if (count.get(m.value.name)! > count.get(best)!) best = m.value.name;
  return best;
}

/**
 * Whether the document's 'vi' outside quotes can be its own municipality: the municipality is named in the first
 * lines, or the text names it as a municipality ("Umeå kommun") or its organs ("kommunen", "kommunstyrelsen",
 * "miljönämnden": the organ spans found for it) at least five times. A housing cooperative's newsletter that
 * names its city once speaks for itself.
 */
function speaksAsMunicipality(doc: ExtractorInput, ctx: ExtractorContext, own: string, spans: readonly ActorSpan[]): boolean {
  const header = headerEnd(doc.text);
  if (ctx.municipalities.some((m) => m.value.name === own && m.start < header)) return true;
  let n = 0;
  for (const s of spans) {
    const municipal = s.kind === 'kommunen' || (s.kind === 'organ' && s.actor === own)
      || (s.kind === 'municipality' && s.actor === own && /(?:kommun|stad)s?$/iu.test(doc.text.slice(s.start, s.end)));
    if (municipal && ++n >= 5) return true;
  }
  return false;
}

export interface Publisher {
  /** A party whose page this is ("Sverigedemokraterna i Trelleborg", a signature "Centerpartiet i Vimmerby"). */
  party: string | null;
  /** An organisation whose page this is ("Viable Cities Logo"). */
  organisation: string | null;
}

const SIGNATURE_PARTY_RE = new RegExp(`^(?:för\\s+|källa:\\s*)?(?:nya\\s+)?(${PARTY_NAME_SOURCE})(?:\\s+(?:i\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+(?:kommun|stad))?)?(?:\\s*\\|.*)?$`, 'iu');
const NAME_WITH_PARTY_RE = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3}\s*\((s|m|sd|c|v|kd|l|mp|fp)\)/iu;

/** Whose page the document is: a party's (header or signature lines) or an organisation's (its name or logo first). */
export function publisherOf(doc: ExtractorInput): Publisher {
  // Headers and signatures are short lines; a long one is body text (and a regex over megabytes of one line
  // would only cost time).
  const lines = doc.text.split('\n').map((l) => l.trim()).filter((l) => l && l.length <= 300);
  const head = lines.slice(0, 4), tail = lines.slice(-8);
  let party: string | null = null;
  for (const l of [...head, ...tail]) {
    const m = SIGNATURE_PARTY_RE.exec(l);
    if (m) { party = riksdagParty(m[1]!); break; }
    const local = /^(\p{Lu}[\p{L}-]*(?:partiet|listan))(?:\s+i\s+\p{Lu}[\p{L}-]+)?$/u.exec(l);
    if (local && !riksdagParty(local[1]!)) { party = localPartyActor(doc.text, local[1]!); break; }
  }
  if (!party) {
    for (const l of tail) {
      const m = NAME_WITH_PARTY_RE.exec(l);
      if (m) { party = PARTY_ABBREVIATIONS[m[1]!.toLowerCase()] ?? null; break; }
    }
  }
  let organisation: string | null = null;
  for (const l of head.slice(0, 2)) {
    const m = /^(.+?)(?:\s+logo(?:type)?)?$/iu.exec(l);
    const org = m ? ORG_BY_ALIAS.get(m[1]!.toLowerCase()) : undefined;
    if (org) { organisation = org; break; }
  }
  return { party, organisation };
}

/** The text without quote paragraphs ("– …, säger X."), attributed sentences and quoted strings. */
function textOutsideQuotes(text: string): string {
  return text.split('\n').filter((l) => !/^\s*(?:[–—]|-\s|[”"»])/u.test(l) && !ATTRIBUTION_RE.test(l)).join('\n').replace(/[”"»][^”"»\n]*[”"«]/gu, '');
}
const ATTRIBUTION_RE = /[,!?]\s*(?:säger|berättar|menar|förklarar|konstaterar|says|said)\s+\p{Lu}/u;

// ---------------------------------------------------------------------------------------------------
// Actor spans

export interface ActorIndex {
  spans: ActorSpan[];
  /** The document's word and punctuation tokens (extractors/clauses.ts), shared by every rule. */
  tokens: Token[];
  /** The tokens inside [start, end), by binary search. */
  tokensIn(start: number, end: number): Token[];
  own: string | null;
  /** Whether the document speaks as its own municipality (its 'vi' and agentless plans can be the municipality's). */
  municipalVoice: boolean;
  /** Whether the offset stands in a quote paragraph or an attributed sentence. */
  inQuote(at: number): boolean;
  publisher: Publisher;
  /** Spans overlapping [start, end), in order (binary search). */
  within(start: number, end: number): ActorSpan[];
  /** Whom "vi"/"vår" stands for at offset `at`. */
  weAt(at: number): string | null;
}

function lowerBound<T extends { start: number }>(xs: T[], at: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Municipality mentions as actor spans: "Umeå kommun", "Lunds kommuns" (genitive), "Göteborgs Stad". */
function municipalitySpans(text: string, ms: MunicipalityMention[]): ActorSpan[] {
  return ms.map((m) => {
    const after = /^(?:s)?(\s+(?:kommun|stad|Stad|kommuns|stads|Stads))?/u.exec(text.slice(m.end, m.end + 10))!;
    let end = m.end + after[0].length;
    const written = text.slice(m.start, end);
    const genitive = /(?:kommuns|stads|Stads)$/u.test(written) || (!after[1] && /s$/u.test(written) && !/s$/u.test(m.value.name));
    // "Umeås kommun" is the municipality itself (nominative), "Umeå kommuns" its genitive.
    if (after[1] && /s\s+(?:kommun|stad)$/iu.test(written)) end = m.end + after[0].length;
    return { start: m.start, end, actor: m.value.name, kind: 'municipality' as const, genitive };
  });
}

/**
 * People as actors, with their party. A politician of a local party has no Riksdag party in the people records;
 * as an actor they stand for the local party by the abbreviation the text gives ("Lennart Åhlin (SPI)").
 */
function personSpans(text: string, people: PersonMention[]): ActorSpan[] {
  return people.map((p) => {
    const local = p.value.party === null && p.value.politician ? /^\s*\(([A-ZÅÄÖ]{2,5})\)/u.exec(text.slice(p.end, p.end + 12))?.[1] ?? null : null;
    return { start: p.start, end: p.end, actor: null, kind: 'person' as const, genitive: false, party: p.value.party ?? local, municipality: p.value.municipality };
  });
}

// ---------------------------------------------------------------------------------------------------
// Word tables for the one pass over the document's tokens.

/** Multi-word names by their first word (lower case): [words, value], longest first. */
function byFirstWord<V>(entries: [string, V][]): Map<string, [string[], V][]> {
  const out = new Map<string, [string[], V][]>();
  for (const [name, v] of entries) {
    const words = name.toLowerCase().split(/\s+/u);
    out.set(words[0]!, [...(out.get(words[0]!) ?? []), [words, v] as [string[], V]].sort((x, y) => y[0].length - x[0].length));
  }
  return out;
}
const PARTY_NAMES_BY_FIRST = byFirstWord(Object.entries(PARTIES).flatMap(([abbr, names]) => names.map((n) => [n, abbr] as [string, string])));
const ORGS_BY_FIRST = byFirstWord(ORG_ALIASES.map(([alias, name]) => [alias, name] as [string, string]));
const ORGAN_WORDS = new Set(['kommunfullmäktige', 'fullmäktige', 'kommunstyrelsen', 'kommunledningen', 'kommunkoncernen', 'stadskoncernen', 'kommunorganisationen', 'stadsledningen', 'kommunen', 'staden', 'council', 'municipality']);
const ORGAN_SUFFIXES = ['nämnden', 'förvaltningen', 'utskottet', 'styrelsen'];
const GROUP_QUANTIFIERS = new Set(['flera', 'många', 'alla', 'samtliga', 'övriga', 'andra', 'några', 'de', 'följande', 'dessa', 'nedanstående', 'ytterligare']);
const GROUP_ADJECTIVES = new Set(['svenska', 'andra', 'nya', 'ingående', 'utvalda', 'medverkande', 'deltagande', 'europeiska', 'övriga', 'stycken', 'st']);
const GROUP_NUMBERS = /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\p{L}*|trettio\p{L}*)$/u;
const GROUP_NOUNS = /^(?:kommuner|städer|myndigheter|regioner|parter|aktörer|organisationer|partier|länder|industriländer)(?:na)?$/u;
const GROUP_DEFINITES = new Set(['kommunerna', 'städerna', 'myndigheterna', 'regionerna', 'parterna', 'aktörerna', 'medlemmarna', 'motionärerna', 'partierna', 'majoriteten', 'oppositionen', 'alliansen']);
const GROUP_NUMBER_WORDS = new Set(['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv']);
const WE_WORDS = new Set(['vi', 'oss', 'vår', 'vårt', 'våra', 'we', 'our', 'us']);
const PARTY_GROUP_NOUNS = /^(?:fullmäktigegrupp|kommunfullmäktigegrupp|grupp|nämndgrupp|partiförening)\p{L}*$/u;

/** The entries of a first-word table for a token, in the nominative or the genitive ("Miljöpartiets", "Sveriges"). */
const NONE: [string[], never][] = [];
function firstWordEntries<V>(table: Map<string, [string[], V][]>, w: string): [string[], V][] {
  const plain = table.get(w);
  const base = w.endsWith(':s') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : null;
  const gen = base === null ? undefined : table.get(base);
  if (!gen) return plain ?? NONE;
  const single = gen.filter(([words]) => words.length === 1);
  return plain ? [...plain, ...single] : single;
}

/** Does `words` stand at token `i` (lower-case comparison, the last word optionally in the genitive)? */
function wordsAt(tokens: Token[], i: number, words: string[]): { end: number; genitive: boolean } | null {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t) return null;
    const last = k === words.length - 1;
    if (t.lower === words[k]) continue;
    if (last && (t.lower === `${words[k]}s` || t.lower === `${words[k]}:s`)) return { end: i + k + 1, genitive: true };
    return null;
  }
  return { end: i + words.length, genitive: false };
}

interface MunicipalityIndex { byStart: Map<number, ActorSpan>; byEnd: Map<number, ActorSpan> }

/** Every actor span of the document, in order; overlapping finds keep the longest. */
export function actorIndex(doc: ExtractorInput, ctx: ExtractorContext): ActorIndex {
  const text = doc.text;
  const own = ownMunicipality(doc, ctx);
  const publisher = publisherOf(doc);
  const tokens = tokenize(text, 0, text.length);
  const muniSpans = municipalitySpans(text, ctx.municipalities);
  const munis: MunicipalityIndex = { byStart: new Map(muniSpans.map((m) => [m.start, m])), byEnd: new Map(muniSpans.map((m) => [m.end, m])) };
  const localParties = new Map<string, string>();
  const localParty = (name: string) => { let a = localParties.get(name); if (a === undefined) { a = localPartyActor(text, name); localParties.set(name, a); } return a; };
  const found: ActorSpan[] = [...muniSpans, ...personSpans(doc.text, ctx.people)];
  const political = POLITICAL_RE.test(text);
  const span = (i: number, end: number, actor: string | null, kind: ActorKind, genitive: boolean) =>
    found.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, actor, kind, genitive });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const next = tokens[i + 1];
    const c0 = t.text.charCodeAt(0);
    const upper = t.text[0] !== w[0];
    // Parties by name: "Vänsterpartiet", "Miljöpartiets", "Nya Moderaterna", "Miljöpartiet de gröna".
    const nya = w === 'nya' ? 1 : 0;
    for (const [words, abbr] of firstWordEntries(PARTY_NAMES_BY_FIRST, tokens[i + nya]?.lower ?? '')) {
      const m = wordsAt(tokens, i + nya, words);
      if (m) { span(i, m.end, abbr, 'party', m.genitive); break; }
    }
    // A party's group by its adjective: "Den socialdemokratiska fullmäktigegruppen".
    if (next && PARTY_GROUP_NOUNS.test(next.lower)) {
      const adjective = partyOfAdjective(w);
      if (adjective) span(i, i + 2, adjective, 'party', /s$/u.test(next.lower) && !/ens$/u.test(next.lower));
    }
    // Party letters: "S", "MP:s", "V-motion", "(KD)" is a person's label.
    const abbr = upper ? /^(SD|KD|MP|FP|Fp|S|M|C|V|L)(:s|-\p{Ll}.*)?$/u.exec(t.text) : null;
    // (Outside a political document only where the letters act as a party: "MP vill att …", "S och V föreslår".)
    if (abbr && (political || singleLetterParty(text, t.start, t.end))) {
      const inLabel = text[t.start - 1] === '(' && text[t.end] === ')';
      if (!inLabel && (abbr[1]!.length > 1 || singleLetterParty(text, t.start, t.end))) {
        found.push({ start: t.start, end: t.end, actor: PARTY_ABBREVIATIONS[abbr[1]!]!, kind: 'party', genitive: abbr[2] === ':s' });
      }
    }
    // A local party: "Lysekilspartiet", "Årelistans".
    const local = upper && (w.endsWith('partiet') || w.endsWith('partiets') || w.endsWith('listan') || w.endsWith('listans')) ? /^(\p{Lu}[\p{L}-]*(?:partiet|listan))(s)?$/u.exec(t.text) : null;
    if (local && !riksdagParty(local[1]!) && !/^(?:Partiet|Listan)$/u.test(local[1]!)) found.push({ start: t.start, end: t.end, actor: localParty(local[1]!), kind: 'party', genitive: local[2] !== undefined });
    // Organisations from the gazetteer; one-word names only as written with their capital.
    for (const [words, name] of firstWordEntries(ORGS_BY_FIRST, w)) {
      if (words.length === 1 && t.text[0] !== t.text[0]!.toUpperCase()) continue;
      const m = wordsAt(tokens, i, words);
      if (m) { span(i, m.end, name, 'organisation', m.genitive); break; }
    }
    // Regions and county councils: "Region Västra Götaland", "Norrbottens läns landsting", "Länsstyrelsen i Kalmar län".
    if (upper && t.text === 'Region' && next && /^\p{Lu}/u.test(next.text)) {
      const two = tokens[i + 2] && /^\p{Lu}/u.test(tokens[i + 2]!.text) && tokens[i + 2]!.start === next.end + 1 ? 3 : 2;
      const last = tokens[i + two - 1]!;
      found.push({ start: t.start, end: last.end, actor: text.slice(t.start, last.end).replace(/s$/u, '').replace(/\s+/gu, ' '), kind: 'organisation', genitive: /s$/u.test(last.text) && two === 2 && /s$/u.test(next.text) });
    }
    if (upper && next?.lower === 'läns' && /^\p{Lu}\p{L}+s$/u.test(t.text) && tokens[i + 2]?.lower.startsWith('landsting')) {
      const g = tokens[i + 2]!;
      found.push({ start: t.start, end: g.end, actor: text.slice(t.start, g.end).replace(/s$/u, '').replace(/\s+/gu, ' ').replace(/landstingets$/u, 'landsting'), kind: 'organisation', genitive: /ets$/u.test(g.lower) });
    }
    if ((t.text === 'Landstinget' || t.text === 'Länsstyrelsen') && next?.lower === 'i' && tokens[i + 2] && /^\p{Lu}/u.test(tokens[i + 2]!.text)) {
      const end = tokens[i + 3]?.lower === 'län' ? i + 4 : i + 3;
      found.push({ start: t.start, end: tokens[end - 1]!.end, actor: text.slice(t.start, tokens[end - 1]!.end).replace(/\s+/gu, ' '), kind: 'organisation', genitive: false });
    }
    // Organs of the municipality.
    const stem = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    const organ = ORGAN_WORDS.has(w) || ORGAN_WORDS.has(stem) || ORGAN_SUFFIXES.some((x) => w.endsWith(x) || stem.endsWith(x)) || t.text === 'KS' || t.text === 'KF';
    if (organ && !NOT_OWN_ORGAN_RE.test(stem) && !NOT_OWN_ORGAN_RE.test(w)) {
      // "kommunstyrelsens arbetsutskott" is one organ.
      const au = w === 'kommunstyrelsens' && next?.lower.startsWith('arbetsutskott');
      const end = au ? i + 2 : i + 1;
      const written = text.slice(t.start, tokens[end - 1]!.end);
      const genitive = au ? /s$/u.test(next!.lower) : ORGAN_WORDS.has(w) ? false : w !== stem && !ORGAN_WORDS.has(w);
      const word = au ? written : genitive ? written.slice(0, -1) : written;
      const start = t.start - organPrefix(text, t.start, w);
      const actor = organActor(text, munis, t.start, tokens[end - 1]!.end, text.slice(start, t.start) + word, own);
      found.push({ start, end: tokens[end - 1]!.end, actor, kind: /^(?:kommunen|staden)$/iu.test(word) && !own ? 'kommunen' : 'organ', genitive });
      if (au) i++;
    }
    // Groups that name no one: "23 kommuner", "samtliga ingående 23 kommuner", "alla kommuner", "städerna".
    if (GROUP_DEFINITES.has(w)) found.push({ start: t.start, end: t.end, actor: null, kind: 'group', genitive: false });
    else if (GROUP_QUANTIFIERS.has(w) || ((c0 >= 48 && c0 <= 57) || GROUP_NUMBER_WORDS.has(w) || w.startsWith('tjugo') || w.startsWith('trettio')) || (w === 'ett' && /^(?:tiotal|hundratal)$/u.test(next?.lower ?? ''))) {
      let k = i + (w === 'ett' ? 2 : 1), sawNumber = GROUP_NUMBERS.test(w) || w === 'ett';
      while (tokens[k] && (GROUP_ADJECTIVES.has(tokens[k]!.lower) || (!sawNumber && GROUP_NUMBERS.test(tokens[k]!.lower)))) { if (GROUP_NUMBERS.test(tokens[k]!.lower)) sawNumber = true; k++; }
      if (tokens[k] && GROUP_NOUNS.test(tokens[k]!.lower) && (sawNumber || w !== 'de')) { found.push({ start: t.start, end: tokens[k]!.end, actor: null, kind: 'group', genitive: false }); }
    }
    // "vi", "vår": resolved below.
    if (WE_WORDS.has(w)) found.push({ start: t.start, end: t.end, actor: null, kind: 'we', genitive: w !== 'vi' && w !== 'we' && w !== 'us' && w !== 'oss' });
    // "Jag föreslår att …" signed by one politician: "jag" speaks for the signer's party (resolved below, only on
    // a party's page or in a quote).
    if (w === 'jag' || w === 'min' || w === 'mitt' || w === 'mina') found.push({ start: t.start, end: t.end, actor: null, kind: 'we', genitive: w !== 'jag', singular: true });
    // "Undertecknade föreslår …": the signers of a party's motion speak for the party (only on a party's page).
    if (w === 'undertecknade' || w === 'undertecknad') found.push({ start: t.start, end: t.end, actor: null, kind: 'we', genitive: false, singular: true, signers: true });
  }
  // Longest first at each start; drop spans inside a longer one (a municipality inside "Region Skåne" …).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: ActorSpan[] = [];
  for (const sp of found) {
    const last = spans.at(-1);
    if (last && sp.start < last.end) continue;
    spans.push(sp);
  }
  // A page that speaks as "vi" outside quotes and names one party far more than any other is that party's page.
  if (!publisher.party && /(?<![\p{L}])(?:vi|våra?|vårt)(?![\p{L}])/iu.test(textOutsideQuotes(text))) {
    const counts = new Map<string, number>();
    // Parties in brackets ("(gemensam motion KD, M och C)") are partners named in passing, not the voice of the page.
    const inBrackets = (at: number) => { const line = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 120), at); return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0); };
    for (const sp of spans) if (sp.kind === 'party' && sp.actor && !inBrackets(sp.start)) counts.set(sp.actor, (counts.get(sp.actor) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1]![1] + 1)) publisher.party = ranked[0][0];
  }
  const quotes = quoteSpeakers(doc, ctx, spans, own, publisher);
  const quoteAt = (at: number): Quote | undefined => {
    // Quotes are lines in order: the last one starting at or before `at`.
    let lo = 0, hi = quotes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.start <= at) lo = mid + 1; else hi = mid; }
    const q = quotes[lo - 1];
    return q && at < q.end ? q : undefined;
  };
  const inQuote = (at: number) => quoteAt(at) !== undefined;
  const municipal = own !== null && speaksAsMunicipality(doc, ctx, own, spans);
  const we = (at: number): string | null => {
    const q = quoteAt(at);
    if (q) return q.actor;
    return publisher.party ?? publisher.organisation ?? (municipal ? own : null);
  };
  for (const sp of spans) {
    if (sp.kind !== 'we') continue;
    sp.actor = we(sp.start);
    if (sp.singular && !publisher.party && !inQuote(sp.start)) sp.actor = null;
    if (sp.signers) sp.actor = publisher.party;
  }
  return {
    spans, own, publisher, tokens, municipalVoice: municipal, inQuote,
    within(start, end) {
      const out: ActorSpan[] = [];
      for (let i = lowerBound(spans, start); i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
      return out;
    },
    tokensIn(start, end) {
      let i = lowerBound(tokens, start);
      const from = i;
      while (i < tokens.length && tokens[i]!.end <= end) i++;
      return tokens.slice(from, i);
    },
    weAt: we,
  };
}

const POLITICAL_RE = /(?<![\p{L}])(?:motion\p{L}*|fullmäktige|yrka\p{L}*|\((?:s|m|sd|c|v|kd|l|mp)\)|partiet|föreslår)(?![\p{L}])/iu;

/** A single capital letter is a party when written as one: coordinated with parties, before a verb or ":s", "-motion". */
function singleLetterParty(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40), before = text.slice(Math.max(0, start - 12), start);
  if (/^(?::s|-\p{Ll})/u.test(after)) return true;
  if (/^s?\s+motion/u.test(after)) return true;
  if (/^\s*(?:,|och|samt)\s*(?:SD|KD|MP|FP|Fp|S|M|C|V|L)(?![\p{L}])/u.test(after) || /(?:SD|KD|MP|FP|Fp|S|M|C|V|L)\s*(?:,|och|samt)\s*$/u.test(before)) return true;
  if (/^\s+(?:har\s+|hade\s+)?(?:biföll|bifaller|yrkade|yrkar|föreslår|föreslog|vill|röstade|motionerade|reserverade|lämnade|menar|anser|tycker|kräver)(?![\p{L}])/u.test(after)) return true;
  return false;
}

/**
 * The length of what belongs to an organ's name before its last word: the first parts of a compound joined by
 * "och" ("Miljö- och byggnämnden", "Barn-, kultur- och fritidsnämnden") and an adjective before a bare head
 * ("Tekniska nämnden", "Sociala nämnden").
 */
const ORGAN_COMPOUND_BEFORE = /(?<![\p{L}])\p{L}+-(?:,\s*\p{L}+-)*\s+(?:och|&)\s+$/u;
const ORGAN_ADJECTIVE_BEFORE = /(?<![\p{L}])\p{L}+(?:iska|ska|ella|ala|na|iga)\s+$/u;
function organPrefix(text: string, start: number, word: string): number {
  const before = text.slice(Math.max(0, start - 80), start);
  const compound = ORGAN_COMPOUND_BEFORE.exec(before);
  if (compound) return compound[0].length;
  if (/^(?:nämnden|nämndens|styrelsen|styrelsens|förvaltningen|förvaltningens)$/u.test(word)) {
    const adjective = ORGAN_ADJECTIVE_BEFORE.exec(before);
    if (adjective && !/^(?:den|denna|dessa|samma|andra|nya)\s+$/iu.test(adjective[0])) return adjective[0].length;
  }
  return 0;
}

/** The actor an organ acts for: the municipality named with it ("i Säter", "Lunds …"), the own one, or the organ itself. */
function organActor(text: string, munis: MunicipalityIndex, start: number, end: number, word: string, own: string | null): string {
  const after = /^\s+i\s+/u.exec(text.slice(end, end + 4));
  if (after) {
    const m = munis.byStart.get(end + after[0].length);
    if (m) return m.actor!;
  }
  // "Lunds kommunstyrelse": a genitive municipality right before.
  const gap = /\s*$/u.exec(text.slice(Math.max(0, start - 4), start))![0].length;
  const before = munis.byEnd.get(start - gap);
  if (before?.genitive) return before.actor!;
  if (own) return own;
  if (/^(?:kommunen|staden)$/iu.test(word)) return 'kommunen';
  // Named as written, with a capital only where the text has one ("Servicenämnden", "kommunstyrelsens arbetsutskott").
  return word.replace(/\s+/gu, ' ');
}

interface Quote { start: number; end: number; actor: string | null }

const QUOTE_LINE_RE = /^\s*(?:[–—]|-\s|[”"»])/u;
const SPEECH_RE = wordRe(SPEECH_VERBS.split(' ').join('|'));

/**
 * Quotes ("– …, säger NAME, ROLE.") and the actor their speaker acts for: a named municipality in the
 * attribution, the speaker's municipality, an organisation in the role ("programchef Viable Cities"), or the
 * speaker's party on a party's page. A quote paragraph without its own attribution continues the previous one.
 */
/** Roles that speak for a party in opposition or as a party: oppositionsråd, gruppledare, partiordförande, språkrör. */
const OPPOSITION_ROLE_RE = /(?:^|\s)(?:oppositions\p{L}*|gruppledare|partiordförande|partiledare|språkrör)(?:\s|$)/u;

function quoteSpeakers(doc: ExtractorInput, ctx: ExtractorContext, spans: ActorSpan[], own: string | null, publisher: Publisher): Quote[] {
  const text = doc.text;
  const people = [...ctx.people].sort((a, b) => a.start - b.start);
  const out: Quote[] = [];
  let lineStart = 0;
  let previous: string | null = null;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (QUOTE_LINE_RE.test(line) || /[”"»]\s*,?\s*(?:säger|berättar|menar)/u.test(line) || ATTRIBUTION_RE.test(line)) {
      SPEECH_RE.lastIndex = 0;
      let speech: RegExpExecArray | null = null;
      for (const m of execAll(SPEECH_RE, line)) speech = m;
      let actor: string | null = previous;
      if (speech) {
        const from = lineStart + speech.index!;
        const inTail: ActorSpan[] = [];
        for (let k = lowerBound(spans, from); k < spans.length && spans[k]!.start < lineEnd; k++) if (spans[k]!.end <= lineEnd) inTail.push(spans[k]!);
        const pk = lowerBound(people, from);
        const person = people[pk] && people[pk]!.end <= lineEnd ? people[pk] : undefined;
        const muni = inTail.find((s) => s.kind === 'municipality');
        const org = inTail.find((s) => s.kind === 'organisation');
        // An opposition politician's "vi" is their party's, not the municipality's: "– Vi ska bli fossilfria till
        // 2030, säger oppositionsrådet Anna Ek (V)" states no commitment of the municipality.
        const opposition = person?.value.role ? OPPOSITION_ROLE_RE.test(person.value.role) : false;
        actor = (publisher.party && person?.value.party === publisher.party ? publisher.party : null)
          ?? (opposition ? person!.value.party ?? '' : null)
          ?? muni?.actor ?? person?.value.municipality ?? org?.actor
          ?? (person && /kommun|nämnd|styrelse|fullmäktige|kommunalråd|förvaltning/iu.test(text.slice(from, lineEnd)) ? own : null)
          ?? (publisher.party && person?.value.party ? person.value.party : null)
          ?? publisher.organisation ?? own;
      }
      if (actor === '') actor = null;
      out.push({ start: lineStart, end: lineEnd, actor });
      previous = actor;
    } else if (line.trim()) {
      previous = null;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
