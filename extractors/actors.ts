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
import { ORGANISATIONS } from './lexicon/organisations.js';
import { SPEECH_VERBS } from './lexicon/commitments.js';
import { PARTY_NAME_SOURCE, riksdagParty } from './names.js';
import { execAll, wordRe } from './regex.js';
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
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------------
// Parties

/** Party abbreviations as written, to the Riksdag abbreviation (Fp/FP is today's L). */
const PARTY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  S: 'S', M: 'M', SD: 'SD', C: 'C', V: 'V', KD: 'KD', L: 'L', MP: 'MP', FP: 'L', Fp: 'L', s: 'S', m: 'M', sd: 'SD', c: 'C', v: 'V', kd: 'KD', mp: 'MP', fp: 'L',
};
// "S", "MP:s", "V-motion", "KD:are"; single letters only as capitals.
const PARTY_ABBR_RE = /(?<![\p{L}\p{N}\-])(SD|KD|MP|FP|Fp|S|M|C|V|L)(?::s|s(?=\s+(?:motion|förslag|yrkande|grupp))|-(?=\p{Ll}))?(?![\p{L}\p{N}])/gu;
// Written-out parties, nominative or genitive: "Vänsterpartiet", "Miljöpartiets", "Nya Moderaternas", and the
// adjective of a party's group: "Den socialdemokratiska fullmäktigegruppen".
const PARTY_NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:nya\\s+)?(${PARTY_NAME_SOURCE})(s)?(?![\\p{L}\\p{N}])`, 'giu');
const PARTY_ADJECTIVES: Readonly<Record<string, string>> = {
  socialdemokratisk: 'S', moderat: 'M', sverigedemokratisk: 'SD', centerpartistisk: 'C', vänsterpartistisk: 'V',
  kristdemokratisk: 'KD', liberal: 'L', folkpartistisk: 'L', miljöpartistisk: 'MP',
};
const PARTY_GROUP_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(PARTY_ADJECTIVES).join('|')})(?:a|e)?\\s+(?:fullmäktigegrupp|kommunfullmäktigegrupp|grupp|nämndgrupp|partiförening)\\p{L}*`, 'giu');
// A local party: "Lysekilspartiet", "Sjukvårdspartiet", "Årelistan" (not a Riksdag party's name).
const LOCAL_PARTY_RE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*(?:partiet|listan))(s)?(?![\p{L}\p{N}])/gu;

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
// One-word names are case-sensitive (the agency Formas, not the verb "formas"); names of several words are not
// ("Den Europeiska kommissionen"). A genitive -s is optional.
const aliasSource = ([a]: [string, string]) => (/\s/u.test(a)
  ? a.split(/\s+/u).map((w) => [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escapeRe(c))).join('')).join('\\s+')
  : escapeRe(a));
const ORG_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${ORG_ALIASES.map(aliasSource).join('|')})(s)?(?![\\p{L}\\p{N}])`, 'gu');
const REGION_RE = /(?<![\p{L}])(Region\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|\p{Lu}[\p{L}-]+s\s+läns\s+landsting|Landstinget\s+i\s+\p{Lu}[\p{L}-]+|Länsstyrelsen\s+i\s+\p{Lu}[\p{L}-]+(?:\s+län)?)(s)?(?![\p{L}])/gu;

/**
 * Organs and parts of a municipality. With a municipality named ("Kommunfullmäktige i Säter", "Lunds
 * kommunstyrelse") or a document's own municipality they act for it; otherwise they are named as written.
 */
const ORGAN_RE = /(?<![\p{L}\p{N}])((?:kommunstyrelsens\s+arbetsutskott|kommunfullmäktige|fullmäktige|kommunstyrelsen|kommunledningen|kommunkoncernen|stadskoncernen|kommunorganisationen|stadsledningen|kommunen|staden|[\p{L}-]*nämnden|[\p{L}-]+förvaltningen|[\p{L}-]*utskottet|[\p{L}-]*styrelsen|(?:the\s+)?(?:city\s+|municipal\s+)?(?:council|municipality|executive\s+board))|(?:KS|KF))(s)?(?![\p{L}\p{N}])/giu;
/** Bodies that are not the municipality's even though their name ends like an organ. */
const NOT_OWN_ORGAN_RE = /^(?:regionstyrelsen|länsstyrelsen|landstingsstyrelsen|riksdagen|regeringen|bolagsstyrelsen|föreningsstyrelsen|ekonomistyrelsen|skolstyrelsen)$/iu;

// ---------------------------------------------------------------------------------------------------
// Groups: named by no one ("23 kommuner", "alla kommuner", "städerna", "myndigheterna", "motionärerna").

const GROUP_ADJ = '(?:(?:svenska|andra|nya|ingående|utvalda|medverkande|deltagande|europeiska|övriga|stycken|st)\\s+)*';
const GROUP_NUM = '(?:\\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\\p{L}*|trettio\\p{L}*|ett\\s+tiotal|ett\\s+hundratal)';
const GROUP_QUANT = '(?:flera|många|alla|samtliga|övriga|andra|några)';
const GROUP_NOUN = '(?:kommuner|städer|myndigheter|regioner|parter|aktörer|organisationer|partier|länder|industriländer)(?:na)?';
const GROUP_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:(?:${GROUP_QUANT}|de)\\s+)?${GROUP_ADJ}${GROUP_NUM}\\s+${GROUP_ADJ}${GROUP_NOUN}|${GROUP_QUANT}\\s+${GROUP_ADJ}${GROUP_NOUN}|(?:kommunerna|städerna|myndigheterna|regionerna|parterna|aktörerna|medlemmarna|motionärerna|partierna|majoriteten|oppositionen|alliansen))(?![\\p{L}\\p{N}])`, 'giu');

// ---------------------------------------------------------------------------------------------------
// The document's own municipality and publisher

/** The document's own municipality: the first one named in its first lines, else the most mentioned one. */
export function ownMunicipality(doc: ExtractorInput, ctx: ExtractorContext): string | null {
  const ms = [...ctx.municipalities].sort((a, b) => a.start - b.start);
  if (!ms.length) return null;
  let seen = 0, headerEnd = 0;
  for (const m of execAll(/[^\n]*\S[^\n]*/g, doc.text)) {
    headerEnd = m.index + m[0].length;
    if (++seen >= 3) break;
  }
  if (ms[0]!.start < headerEnd) return ms[0]!.value.name;
  const count = new Map<string, number>();
  for (const m of ms) count.set(m.value.name, (count.get(m.value.name) ?? 0) + 1);
  let best = ms[0]!.value.name;
  for (const m of ms) if (count.get(m.value.name)! > count.get(best)!) best = m.value.name;
  return best;
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
  const lines = doc.text.split('\n').map((l) => l.trim()).filter(Boolean);
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
  own: string | null;
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

function personSpans(people: PersonMention[]): ActorSpan[] {
  return people.map((p) => ({ start: p.start, end: p.end, actor: null, kind: 'person' as const, genitive: false, party: p.value.party, municipality: p.value.municipality }));
}

/** Every actor span of the document, in order; overlapping finds keep the longest. */
export function actorIndex(doc: ExtractorInput, ctx: ExtractorContext): ActorIndex {
  const text = doc.text;
  const own = ownMunicipality(doc, ctx);
  const publisher = publisherOf(doc);
  const found: ActorSpan[] = [...municipalitySpans(text, ctx.municipalities), ...personSpans(ctx.people)];
  const political = /(?<![\p{L}])(?:motion\p{L}*|fullmäktige|yrka\p{L}*|\((?:s|m|sd|c|v|kd|l|mp)\)|partiet|föreslår)(?![\p{L}])/iu.test(text);
  for (const m of execAll(PARTY_NAME_RE, text)) {
    const party = riksdagParty(m[1]!);
    if (party) found.push({ start: m.index, end: m.index + m[0].length, actor: party, kind: 'party', genitive: m[2] !== undefined });
  }
  for (const m of execAll(PARTY_GROUP_RE, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, actor: PARTY_ADJECTIVES[m[1]!.toLowerCase()] ?? null, kind: 'party', genitive: /s$/u.test(m[0]) && !/ens$|ns$/u.test(m[0]) ? false : /s$/u.test(m[0]) });
  }
  if (political) {
    for (const m of execAll(PARTY_ABBR_RE, text)) {
      // A single letter inside parentheses is a person's party label, not a subject.
      const prev = text[m.index - 1], next = text[m.index + m[0].length];
      if (prev === '(' && next === ')') continue;
      if (m[1]!.length === 1 && !singleLetterParty(text, m.index, m.index + m[0].length)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, actor: PARTY_ABBREVIATIONS[m[1]!]!, kind: 'party', genitive: /:s$|s$/u.test(m[0]) && m[0].length > m[1]!.length });
    }
  }
  for (const m of execAll(LOCAL_PARTY_RE, text)) {
    if (riksdagParty(m[1]!) || /^(?:Partiet|Listan)$/u.test(m[1]!)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, actor: localPartyActor(text, m[1]!), kind: 'party', genitive: m[2] !== undefined });
  }
  for (const m of execAll(ORG_RE, text)) {
    const name = ORG_BY_ALIAS.get(m[1]!.toLowerCase().replace(/\s+/gu, ' '));
    if (name) found.push({ start: m.index, end: m.index + m[0].length, actor: name, kind: 'organisation', genitive: m[2] !== undefined });
  }
  for (const m of execAll(REGION_RE, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, actor: m[1]!.replace(/\s+/gu, ' '), kind: 'organisation', genitive: m[2] !== undefined });
  }
  for (const m of execAll(ORGAN_RE, text)) {
    const word = m[1]!;
    if (NOT_OWN_ORGAN_RE.test(word)) continue;
    const start = m.index, end = m.index + m[0].length;
    const actor = organActor(text, found, start, end, word, own);
    found.push({ start, end, actor, kind: /^(?:kommunen|staden)$/iu.test(word) && !own ? 'kommunen' : 'organ', genitive: m[2] !== undefined });
  }
  for (const m of execAll(GROUP_RE, text)) found.push({ start: m.index, end: m.index + m[0].length, actor: null, kind: 'group', genitive: false });
  for (const m of execAll(/(?<![\p{L}])(vi|oss|vår|vårt|våra|we|our|us)(?![\p{L}])/giu, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, actor: null, kind: 'we', genitive: /^v[åo]|^our/iu.test(m[1]!) && !/^vi$/iu.test(m[1]!) });
  }
  // Longest first at each start; drop spans inside a longer one (a municipality inside "Region Skåne" …).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: ActorSpan[] = [];
  for (const s of found) {
    const last = spans.at(-1);
    if (last && s.start < last.end) {
      // A person's span wins over a municipality inside it ("Anna Lund"); otherwise the earlier, longer one.
      continue;
    }
    spans.push(s);
  }
  // A page that speaks as "vi" outside quotes and names one party far more than any other is that party's page.
  if (!publisher.party && /(?<![\p{L}])(?:vi|våra?|vårt)(?![\p{L}])/iu.test(textOutsideQuotes(text))) {
    const counts = new Map<string, number>();
    // Parties in brackets ("(gemensam motion KD, M och C)") are partners named in passing, not the voice of the page.
    const inBrackets = (at: number) => { const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at); return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0); };
    for (const sp of spans) if (sp.kind === 'party' && sp.actor && !inBrackets(sp.start)) counts.set(sp.actor, (counts.get(sp.actor) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1]![1] + 1)) publisher.party = ranked[0][0];
  }
  const quotes = quoteSpeakers(doc, ctx, spans, own, publisher);
  const we = (at: number): string | null => {
    const q = quotes.find((x) => at >= x.start && at < x.end);
    if (q) return q.actor;
    return publisher.party ?? publisher.organisation ?? own;
  };
  for (const s of spans) if (s.kind === 'we') s.actor = we(s.start);
  return {
    spans, own, publisher,
    within(start, end) {
      const out: ActorSpan[] = [];
      for (let i = lowerBound(spans, start); i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
      return out;
    },
    weAt: we,
  };
}

/** A single capital letter is a party when written as one: coordinated with parties, before a verb or ":s", "-motion". */
function singleLetterParty(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40), before = text.slice(Math.max(0, start - 12), start);
  if (/^(?::s|-\p{Ll})/u.test(after)) return true;
  if (/^s?\s+motion/u.test(after)) return true;
  if (/^\s*(?:,|och|samt)\s*(?:SD|KD|MP|FP|Fp|S|M|C|V|L)(?![\p{L}])/u.test(after) || /(?:SD|KD|MP|FP|Fp|S|M|C|V|L)\s*(?:,|och|samt)\s*$/u.test(before)) return true;
  if (/^\s+(?:har\s+|hade\s+)?(?:biföll|bifaller|yrkade|yrkar|föreslår|föreslog|vill|röstade|motionerade|reserverade|lämnade|menar|anser|tycker|kräver)(?![\p{L}])/u.test(after)) return true;
  return false;
}

/** The actor an organ acts for: the municipality named with it ("i Säter", "Lunds …"), the own one, or the organ itself. */
function organActor(text: string, found: ActorSpan[], start: number, end: number, word: string, own: string | null): string {
  const after = /^\s+i\s+/u.exec(text.slice(end, end + 4));
  if (after) {
    const m = found.find((s) => s.kind === 'municipality' && s.start === end + after[0].length);
    if (m) return m.actor!;
  }
  const before = found.find((s) => s.kind === 'municipality' && s.end <= start && /^\s*$/u.test(text.slice(s.end, start)) && s.genitive);
  if (before) return before.actor!;
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
function quoteSpeakers(doc: ExtractorInput, ctx: ExtractorContext, spans: ActorSpan[], own: string | null, publisher: Publisher): Quote[] {
  const text = doc.text;
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
        const inTail = spans.filter((s) => s.start >= from && s.end <= lineEnd);
        const person = ctx.people.find((p) => p.start >= from && p.end <= lineEnd);
        const muni = inTail.find((s) => s.kind === 'municipality');
        const org = inTail.find((s) => s.kind === 'organisation');
        actor = (publisher.party && person?.value.party === publisher.party ? publisher.party : null)
          ?? muni?.actor ?? person?.value.municipality ?? org?.actor
          ?? (person && /kommun|nämnd|styrelse|fullmäktige|kommunalråd|förvaltning/iu.test(text.slice(from, lineEnd)) ? own : null)
          ?? (publisher.party && person?.value.party ? person.value.party : null)
          ?? publisher.organisation ?? own;
      }
      out.push({ start: lineStart, end: lineEnd, actor });
      previous = actor;
    } else if (line.trim()) {
      previous = null;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
