// People: named persons with party, role, the municipality they act for and whether they are politicians.
// A name is 2–4 capitalised tokens that the text supports: a party, a role, a quote verb, a contact block, a
// motion signature, a photo credit or byline, or (for a known given name) running text; the evidence is weighed
// together with whether it starts with a known given name. Precision first. Word lists are data, in
// ./lexicon/ (roles, parties, given names); the rule ids are in `PEOPLE_RULES` at the end.
//
// Cost is linear in the text: line starts are computed once and found by binary search, every look-around is
// bounded to a fixed window around the name, and municipality mentions are indexed by offset.
import type { PersonValue } from '../src/types.js';
import { AMBIGUOUS_GIVEN_NAMES, isGivenName, NOT_NAME_ENDINGS, NOT_NAME_TOKENS, PHOTO_AGENCIES, PLACE_NOUNS_AFTER_NAME, TABLE_LABELS, VENUE_HEADS } from './lexicon/given-names.js';
import { PARTY_NAME_SOURCE, partyOfAdjective, partyOfMember, partyPrefix, riksdagParty } from './lexicon/parties.js';
import {
  ENGLISH_ROLE_HEADS, MUNICIPAL_BODIES, NON_MUNICIPAL_ROLE_WORDS, ROLE_ABBREVIATIONS, ROLE_NOUNS, ROLE_QUALIFIERS,
  type RoleNoun,
} from './lexicon/roles.js';
import type { Extractor, ExtractorContext, ExtractorInput, PersonMention } from './types.js';
import { headerEnd, LETTER, UPPER as CAPITAL, WORD_CHAR } from './regex.js';

// ---------------------------------------------------------------------------------------------------
// Rules

export const PEOPLE_RULES = {
  'people.quote-attribution': 'a name next to a quote verb or "enligt" ("säger Anna Berg", "says Hans Lindberg", "enligt Anna Berg")',
  'people.party-brackets': 'a name with a party in brackets or after a comma ("Anna Berg (S)", "Anna Berg, Centerpartiet")',
  'people.party-genitive': 'a name after a party genitive or adjective ("Moderaternas Björn Åkesson", "MP:s gruppledare Maria Arman")',
  'people.role-apposition': 'a name with a role phrase before or after it ("kommunalrådet Anna Berg", "Anna Berg, miljöstrateg")',
  'people.role-after-verb': 'a name followed by "är"/"som är" and a role ("Stefan Berg (C) är ordförande i ekoutskottet")',
  'people.contact-block': 'a name alone on a line followed by role, party, phone or e-mail lines',
  'people.signature': 'a name signing a motion or letter, with a party line below or "För <party>" above it',
  'people.photo-credit': 'a photographer named in a photo credit ("Foto: David Elg/Moob")',
  'people.byline': 'an author named in a byline ("Av / Emma Brännman", "Minnesanteckningar av David Örnberg")',
  'people.motion-author': 'a council member named as author of a motion or interpellation ("motion från Bo Brismar (KD)")',
  'people.running-text': 'a known given name and a surname in running text ("Patrik Rydén har ansvarat för …")',
  'people.shared-surname': 'two given names sharing one surname ("George och Michel Fenom" → two people)',
} as const;
type RuleId = keyof typeof PEOPLE_RULES;

// ---------------------------------------------------------------------------------------------------
// Vocabulary derived from the lexicon

const ROLE_HEADS_BY_LENGTH = ROLE_NOUNS.filter((r) => !ENGLISH_ROLE_HEADS.has(r.head)).sort((a, b) => b.head.length - a.head.length);
const ROLE_BY_HEAD = new Map(ROLE_NOUNS.map((r) => [r.head, r] as const));
const QUALIFIERS = new Set(ROLE_QUALIFIERS.map((q) => q.word));
const ABBREVIATIONS = new Map(ROLE_ABBREVIATIONS.map((a) => [a.written, a] as const));
const BODIES_BY_LENGTH = [...MUNICIPAL_BODIES].sort((a, b) => b.head.length - a.head.length);
const ENGLISH_BODIES = new Set(['board', 'committee', 'council']);
/** The Swedish bodies with the definite forms a word may end in ("miljönämnden"), and with the bare head too. */
const BODY_FORMS = BODIES_BY_LENGTH.filter((b) => !ENGLISH_BODIES.has(b.head)).map((b) => {
  const definite = b.head === 'fullmäktige' ? ['fullmäktige'] : [`${b.head}en`, `${b.head}et`, `${b.head}n`];
  return { body: b, definite, indefinite: b.head === 'fullmäktige' ? definite : [...definite, b.head] };
});

const QUOTE_VERBS = 'säger|sa|sade|berättar|menar|förklarar|fortsätter|konstaterar|betonar|understryker|påpekar|' +
  'framhåller|tillägger|avslutar|uppger|poängterar|kommenterar|svarar|tycker|anser|hälsar|skriver|inleder|' +
  'fastslår|säger\\s+hon|says|said|adds|explains|notes|continues|concludes';
const QUOTE_BEFORE = new RegExp(`(?:^|[\\s,.!?”"»–-])(?:${QUOTE_VERBS})(?:\\s+the)?\\s+$`, 'iu');
const QUOTE_AFTER = new RegExp(`^\\s+(?:${QUOTE_VERBS})\\b`, 'iu');
const ENLIGT_BEFORE = /(?:^|\s)(?:enligt|av|med|intervju med)\s+$/iu;
/** "Foto: David Elg/Moob", "Fotograf: Leif Larsson", "Text och foto: Ulla Berg". Not "Bild:" (a caption's subject). */
const PHOTO_BEFORE = /(?:^|[\s(|.])(?:foto|fotograf|photo|photographer|text\s+och\s+foto|foto\s+och\s+text)\s*:\s*$/iu;
/** A byline: "Av Emma Brännman" or "Text: Emma Brännman" opening a line, "Minnesanteckningar av David Örnberg". */
const BYLINE_LINE_START = /^[\s*_|]*(?:av|text|reporter|skribent|författare|by)\s*[:/|]?\s*$/iu;
const BYLINE_BEFORE = /(?:anteckningar|sammanställ[\p{L}]*|skriven|skrivet|skrivna|text|protokoll\p{L}*|intervju|written)\s+(?:av|by)\s+$/iu;
/** "motion från X", "interpellation av X", "nämndmotion från X". Not "medborgarförslag" (a citizen's proposal). */
const AUTHOR_BEFORE = /(?:^|[\s–-])(?:motion|motionen|interpellation|interpellationen|fråga|frågan|enkel\s+fråga|nämndmotion|nämndinitiativ|initiativ|reservation)\s+(?:från|av)\s+$/iu;
/** Lower-case words after a name that make it the subject of a clause: "Patrik Rydén har ansvarat för …". */
const RUNNING_VERB_AFTER = /^\s+(?:har|hade|är|var|blir|blev|vill|ska|skall|kan|kommer|tar|ger|får|fick|leder|ledde|menar|anser|tycker|tror|vet|ser|gör|gjorde|driver|arbetar|jobbar|pekar|svarar|skriver|skrev|föreslår|föreslog|invigde|inviger|öppnade|presenterade|berättade|och|samt|från|på|i|med|som)\b/u;

/** Capitalised words that start sentences or clauses and are trimmed off the front of a name run. */
const LEADING_NON_NAME = new Set([
  'Enligt', 'Av', 'Med', 'Och', 'Men', 'När', 'Nu', 'Då', 'Det', 'Den', 'Detta', 'Som', 'För', 'Till', 'Från',
  'Om', 'I', 'På', 'Vid', 'Hos', 'Efter', 'Under', 'Inför', 'Även', 'Också', 'Här', 'Där', 'Vi', 'Jag', 'Hon',
  'Han', 'De', 'Dessutom', 'Samtidigt', 'Läs', 'Se', 'Ring', 'Mejla', 'Kontakta', 'Intervju', 'Tack', 'Hej',
  'Vice', 'Biträdande', 'Tidigare', 'Nyvalde', 'Nyvald', 'Nya', 'Möt', 'Says', 'The', 'By', 'Foto', 'Text',
]);
/** Direction and size words that make a capitalised run a place or an organisation ("Norra Kyrkogatan"). */
const PLACE_WORDS = new Set(['Norra', 'Södra', 'Östra', 'Västra', 'Stora', 'Lilla', 'Gamla', 'Övre', 'Nedre', 'Sankt', 'S:t']);

// ---------------------------------------------------------------------------------------------------
// Small helpers

const UPPER = /^\p{Lu}/u;
const NAME_TOKEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLES = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'du', 'da', 'di', 'la', 'le']);
const trimPunct = (s: string) => s.replace(/[.,;:]+$/u, '');

/** Line starts of a text, computed once; the line around an offset is found by binary search. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  private index(pos: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /** [start, end) of the line containing `pos` (end excludes the newline). */
  bounds(pos: number): [number, number] {
    const i = this.index(pos);
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.text.length;
    return [this.starts[i]!, end];
  }
}

/** The longest look-around from a name: evidence further away than this belongs to something else. */
const WINDOW_AFTER = 320;
const WINDOW_BEFORE = 160;
/** A line longer than this is running text, never a contact block or signature line. */
const BLOCK_LINE_MAX = 200;

/** Where a phone number, e-mail address or contact keyword starts in `s` (or -1). */
function contactCut(s: string): number {
  const m = /(?:^|[\s,(])(?:tfn|tel|telefon|mobil|mobilnummer|mob|växel|e-post|epost|mejl|mail|e-mail|email)\b\.?|[\w.+-]+@[\w-]+\.[\w.-]+|\[?https?:\/\/|(?:\+46|\b0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:[\s-]?\d{2,3}){1,3}\b/iu.exec(s);
  return m ? m.index : -1;
}

/** The role noun entry of a word (indefinite form, or an abbreviation such as "ordf"), or null. */
const roleNounCache = new Map<string, RoleNoun | null>();
export function roleNounOf(word: string): RoleNoun | null {
  const hit = roleNounCache.get(word);
  if (hit !== undefined) return hit;
  const found = findRoleNoun(word);
  // Bounded memo: the same words recur across documents; a huge text cannot grow it without limit.
  if (roleNounCache.size > 50_000) roleNounCache.clear();
  roleNounCache.set(word, found);
  return found;
}
function findRoleNoun(word: string): RoleNoun | null {
  let w = trimPunct(word.toLowerCase());
  const abbr = ABBREVIATIONS.get(w);
  if (abbr && !abbr.before) w = abbr.full;
  if (ENGLISH_ROLE_HEADS.has(w)) return ROLE_BY_HEAD.get(w) ?? null;
  const last = w.split('-').pop() ?? w;
  for (const h of ROLE_HEADS_BY_LENGTH) {
    if (last === h.head || (h.head.length >= 4 && last.endsWith(h.head) && last.length > h.head.length + 2)) return h;
  }
  return null;
}

/** A word is a role noun (indefinite form) when it is a known head or a compound ending in one. */
export function isRoleNoun(word: string): boolean {
  return roleNounOf(word) !== null;
}

/** The indefinite form of a definite role noun ("kommunalrådet" → "kommunalråd"), or null. */
export function roleFromDefinite(word: string): string | null {
  const w = trimPunct(word.toLowerCase());
  if (ENGLISH_ROLE_HEADS.has(w)) return null;
  for (const suf of ['en', 'et', 'n']) {
    if (w.endsWith(suf) && isRoleNoun(w.slice(0, -suf.length))) return w.slice(0, -suf.length);
  }
  return null;
}

/** A role word as written in the role: abbreviations expanded ("ordf" → "ordförande"), lower case. */
function roleWord(word: string, next?: string): string {
  const w = trimPunct(word.toLowerCase());
  const abbr = ABBREVIATIONS.get(w);
  if (abbr && (!abbr.before || (next !== undefined && (isRoleNoun(next) || ABBREVIATIONS.has(trimPunct(next.toLowerCase())))))) return abbr.full;
  return w;
}

/**
 * A body or office of a municipality ("miljönämnden", "Servicenämnden", "kommunstyrelsen", "KS", "en
 * beredningsgrupp", "kultur- och fritidskontoret"): the body as written in a role (lower case) and whether it is
 * political. `indefinite` also accepts the indefinite form (after "en"/"ett"). Null for other words.
 */
function bodyOf(word: string, indefinite = false): { text: string; political: boolean } | null {
  const w = trimPunct(word);
  const lower = w.toLowerCase();
  const abbr = ABBREVIATIONS.get(lower);
  if (abbr && /^k[sf]$/u.test(lower)) return { text: abbr.full, political: true };
  if (isRoleNoun(lower) || roleFromDefinite(lower)) return null;
  if (/\d|@/.test(w) || (UPPER.test(w) && /\s/.test(w) === false && /^\p{Lu}{2,}$/u.test(w))) return null;
  const last = lower.split(/[-\s]/).pop() ?? lower;
  for (const { body, definite, indefinite: all } of BODY_FORMS) {
    const forms = indefinite ? all : definite;
    if (forms.some((f) => last.endsWith(f) && (last === f || last.length > f.length + 1 || f === 'fullmäktige'))) {
      // "styrelsen" must really be "-styrelse" + "n", not "-styrelsen" of another head.
      return { text: lower, political: body.political };
    }
  }
  return null;
}

/** Heads of a place genitive before a role noun: "Umeå kommuns miljöchef", "Lunds stads strateg", "kommunens kommunikatör". */
const PLACE_HEAD = /^(?:kommuns|stads|kommunens|stadens)$/iu;

/**
 * A local party's abbreviation in brackets ("(MSP)"): 2–5 capitals that are not a Riksdag party. Organisations are
 * abbreviated the same way ("(SKR)", "(RISE)"), so it only counts as a party for a person in a political role.
 */
function localPartyAbbreviation(content: string): string | null {
  const c = content.trim();
  return /^[A-ZÅÄÖ]{2,5}$/u.test(c) && !riksdagParty(c) ? c : null;
}

/**
 * A local party named by its head noun: "Årelistan", "Sjukvårdspartiet", "Kommunlistan" (nominative, or genitive
 * with `genitive`). Returns the name as written in the nominative. Riksdag parties are left to `riksdagParty`.
 */
const LOCAL_PARTY_NAME = /^\p{Lu}[\p{L}-]*(?:listan|partiet)$/u;
export function localPartyName(word: string, genitive = false): string | null {
  const w = trimPunct(word);
  const name = genitive ? (/s$/u.test(w) ? w.slice(0, -1) : '') : w;
  return LOCAL_PARTY_NAME.test(name) && !riksdagParty(name) ? name : null;
}

/** A party name written out at the start of `s`: a Riksdag party ("Miljöpartiet de gröna") or a local one. */
const PARTY_NAME_AT = new RegExp(`^(?:${PARTY_NAME_SOURCE})(?![\\p{L}])`, 'iu');
function partyNameAt(s: string): { party: string; length: number } | null {
  const m = PARTY_NAME_AT.exec(s);
  if (m) return { party: riksdagParty(m[0])!, length: m[0].length };
  const w = /^[\p{L}-]+/u.exec(s)?.[0] ?? '';
  const local = localPartyName(w);
  return local ? { party: local, length: w.length } : null;
}

/** A party as written in brackets: a Riksdag party's abbreviation, or a local party's name as written. */
function bracketParty(content: string): string | null {
  // "(båda S)", "(alla tre V)": the party of everyone just named.
  const c = content.trim().replace(/^(?:båda|bägge|alla|samtliga)(?:\s+(?:två|tre|fyra))?\s+/iu, '');
  const riksdag = riksdagParty(c);
  if (riksdag) return riksdag;
  if (/\d|@/.test(c) || !UPPER.test(c)) return null;
  const words = c.split(/\s+/);
  if (words.length > 4 || !words.every((w) => UPPER.test(w) || PARTICLES.has(w) || /^(?:och|för|i|på)$/.test(w))) return null;
  if (words.some((w) => NOT_NAME_TOKENS.has(w))) return null;
  return /parti/iu.test(c) || words.length >= 2 ? c : null;
}

/** Whether a role phrase makes its holder a politician (lexicon: `political` of each role noun and body). */
export function isPoliticalRole(role: string): boolean {
  const words = role.split(/\s+/);
  let chair = false, body = false;
  for (const w of words) {
    const r = roleNounOf(w);
    if (r?.political === 'always') return true;
    if (r?.political === 'with-body') {
      chair = true;
      // "kommunstyrelseordförande", "nämndordförande": the body is inside the compound.
      const prefix = trimPunct(w.toLowerCase()).slice(0, -r.head.length);
      if (/(?:styrelse|fullmäktige|nämnd|utskott|beredning)s?-?$/u.test(prefix)) body = true;
    }
    const b = bodyOf(w.replace(/s$/u, '')) ?? bodyOf(w) ?? bodyOf(w, true);
    if (b?.political || ENGLISH_BODIES.has(w.toLowerCase()) || riksdagParty(w) || /^(?:kommunstyrelse|kommunfullmäktige|fullmäktige)/iu.test(w)) body = true;
  }
  return chair && body;
}

const NON_MUNICIPAL_ROLE = new RegExp(NON_MUNICIPAL_ROLE_WORDS.join('|'), 'iu');
const MUNICIPAL_ORG = /kommun|förvaltning|nämnd|stad|styrelse|fullmäktige|kontor|utskott|committee|board|council|municipality/iu;

// ---------------------------------------------------------------------------------------------------
// Municipalities

interface Muni { start: number; end: number; name: string }
type MuniIndex = ReadonlyMap<number, Muni>;

/** Municipality mentions from the municipalities extractor, or (when it found none) "X kommun" phrases. */
function municipalitiesOf(text: string, ctx: ExtractorContext): Muni[] {
  if (ctx.municipalities.length) {
    return ctx.municipalities.map((m) => ({ start: m.start, end: m.end, name: m.value.name })).sort((a, b) => a.start - b.start);
  }
  const out: Muni[] = [];
  const re = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\s+(?:kommuns?|[Ss]tads?)\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[1]!;
    if (NOT_NAME_TOKENS.has(w) || /parti/u.test(w)) continue;
    const name = /s$/u.test(w) && !/(?:ås|fors|näs|ss)$/u.test(w) ? w.slice(0, -1) : w;
    out.push({ start: m.index, end: m.index + w.length, name });
  }
  return out;
}

/** A municipality phrase at `pos` ("Karlstads kommun", "Umeå", "Göteborgs Stad"): its name and end, or null. */
function municipalityAt(text: string, munis: MuniIndex, pos: number): { name: string; end: number; withHead: boolean } | null {
  const m = munis.get(pos);
  if (!m) return null;
  const rest = /^(s?)(\s+(?:kommuns?|[Ss]tads?)\b)?/u.exec(text.slice(m.end, m.end + 12))!;
  // A genitive that is not "Xs kommun" names something else: "Göteborgs universitet", "Umeå Energi".
  const genitive = rest[1] === 's' || (/s$/u.test(text.slice(m.start, m.end)) && !/s$/u.test(m.name));
  if (genitive && !rest[2] && /^s?\s+[\p{L}]/u.test(text.slice(m.end, m.end + 3))) return null;
  return { name: m.name, end: m.end + rest[0].length, withHead: rest[2] !== undefined };
}

/** The publishing municipality: the first one named in the first lines, else the one mostly named. */
function ownMunicipality(text: string, munis: Muni[]): string | null {
  if (!munis.length) return null;
  const header = headerEnd(text);
  const inHeader = munis.find((m) => m.start < header);
  if (inHeader) return inHeader.name;
  // Else the only one named, or the one named in at least half of all municipality mentions (and twice): a
  // report that names many places in passing ("debatten … i Kiruna", "i Sala") speaks for none of them.
  const counts = new Map<string, number>();
  for (const m of munis) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const [name, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return counts.size === 1 || (n >= 2 && 2 * n >= munis.length) ? name : null;
}

const PARTY_NAME_RE = new RegExp(`(?<!${LETTER})(?:${PARTY_NAME_SOURCE})s?(?!${LETTER})`, 'giu');
/** The party a party's own page speaks for ("vår gruppledare"): the party named most, at least twice, clearly first. */
function ownParty(text: string): string | null {
  const re = PARTY_NAME_RE;
  re.lastIndex = 0;
  const counts = new Map<string, number>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = riksdagParty(m[0]);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
}

// ---------------------------------------------------------------------------------------------------
// Roles

interface RoleParse {
  role: string;
  party: string | null;
  /** A local party's abbreviation in brackets, a party only if the role is political. */
  localParty: string | null;
  municipality: string | null;
  otherOrg: boolean;
  /** The role carries a genitive or qualifier before its noun ("kommunstyrelsens ordförande"). */
  qualified: boolean;
  end: number;
}

interface Word { text: string; start: number; end: number }

function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  const s = text.slice(start, end);
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  // "vatten- och miljönämndens", "strategi- och hållbarhetschef", and the typo "Biblioteks -och kulturchef": one unit.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (i + 2 < out.length && /-$/.test(a.text) && /^(?:och|eller|&)$/.test(b.text)) {
      const c = out[i + 2]!;
      out.splice(i, 3, { text: `${a.text} ${b.text} ${c.text}`, start: a.start, end: c.end });
    } else if (i + 2 < out.length && /^-(?:och|eller)$/.test(b.text) && /^[\p{L}]+$/u.test(a.text)) {
      const c = out[i + 2]!;
      out.splice(i, 3, { text: `${a.text}- ${b.text.slice(1)} ${c.text}`, start: a.start, end: c.end });
    }
  }
  return out;
}

/** A municipality name written before "kommuns"/"stads": the "Umeå" of "Umeå kommuns miljöchef". */
function placeBeforeHead(munis: MuniIndex, w: Word, next: Word | undefined): boolean {
  return next !== undefined && /^(?:kommuns|stads)$/iu.test(next.text) && munis.has(w.start);
}

const GENITIVE_WORD = /^[\p{L}-]+(?:\s+(?:och|eller|&)\s+[\p{L}-]+)?s$/u;
const NOT_GENITIVE = /^(?:hans|hennes|deras|dess|alls|annars|sedans|års|bl\.a|tills|efters)$/iu;

interface Modifiers { party: string | null; municipality: string | null; otherOrg: boolean; roleMods: Word[] }

/**
 * Sorts the genitives and qualifiers before a role noun. A party or a municipality genitive is not part of the
 * role: "Moderaternas gruppledare", "Timrås kommundirektör", "Umeå kommuns miljöchef", "Lunds stads strateg"
 * name the party and the municipality the person acts for, and "kommunens"/"stadens" the publishing one.
 * A municipality genitive before another genitive names something else ("Göteborgs universitets professor").
 */
function readModifiers(text: string, munis: MuniIndex, mods: Word[]): Modifiers {
  const out: Modifiers = { party: null, municipality: null, otherOrg: false, roleMods: [] };
  mods.forEach((m, idx) => {
    const next = mods[idx + 1];
    // A lone letter ("2:e v ordf") is an abbreviation, not a party; "MP:s", "Moderaternas" are parties.
    const p = (m.text.length > 2 ? riksdagParty(m.text) : null) ?? localPartyName(m.text, true) ?? partyOfAdjective(m.text);
    if (p) { out.party ??= p; return; }
    const mu = municipalityAt(text, munis, m.start);
    if (mu) { out.municipality ??= mu.name; return; }
    if (PLACE_HEAD.test(m.text)) return;
    // "Naturskyddsföreningens ordförande", "Torneås stadsdirektör": a name's genitive that is no municipality, body
    // or party names another organisation or place.
    if (UPPER.test(m.text) && /s$/u.test(m.text) && !bodyOf(m.text.slice(0, -1)) && !/^(?:Kommun|Stad|Region)/u.test(m.text)
      && !munis.has(m.start)) out.otherOrg = true;
    // The mention may or may not include the genitive s.
    const genitive = munis.get(m.start);
    if (genitive && (genitive.end === m.end || genitive.end === m.end - 1) && /s$/u.test(m.text)) {
      if (!next) { out.municipality ??= genitive.name; return; }
      out.otherOrg = true;
    }
    out.roleMods.push(m);
  });
  return out;
}

/** "den lokala konstnären": a weak adjective after an article, read in its base form ("lokal"). */
const WEAK_ADJECTIVE = /^\p{Ll}{2,}(?:a|e)$/u;
const ARTICLES = /^(?:den|det|de)$/iu;

/** Words before a role noun that qualify it: qualifiers, abbreviations, genitives, a municipality before "kommuns". */
function isRoleModifier(munis: MuniIndex, words: Word[], k: number): boolean {
  const w = words[k]!.text;
  const lower = w.toLowerCase();
  if (QUALIFIERS.has(lower) || QUALIFIERS.has(trimPunct(lower)) || (ABBREVIATIONS.get(trimPunct(lower))?.before ?? false)) return true;
  if (partyOfAdjective(w)) return true;
  if (/^\p{L}+:s$/u.test(w) && riksdagParty(w)) return true;
  if (GENITIVE_WORD.test(w) && w.length > 3 && !NOT_GENITIVE.test(w)) return true;
  return placeBeforeHead(munis, words[k]!, words[k + 1]);
}

/** "i kommunstyrelsen", "på miljöförvaltningen", "i en beredningsgrupp för miljö- och klimatfrågor": a body after a preposition. */
function bodyAfterPreposition(words: Word[], j: number): { text: string; next: number; political: boolean } | null {
  const prep = words[j]?.text.toLowerCase();
  if (!prep || !/^(?:i|på|vid|inom|för)$/u.test(prep)) return null;
  let k = j + 1;
  const parts: string[] = [prep];
  let indefinite = false;
  if (/^(?:en|ett)$/u.test(words[k]?.text ?? '')) { parts.push(words[k]!.text); indefinite = true; k++; }
  // Up to two adjectives ("tekniska nämnden", "sociala nämnden").
  while (k < words.length && k - j <= 3 && /^\p{Ll}+[ae]$/u.test(words[k]!.text) && !bodyOf(words[k]!.text, indefinite)) { parts.push(words[k]!.text); k++; }
  const unit = words[k];
  const body = unit ? bodyOf(unit.text, indefinite) : null;
  if (!unit || !body) return null;
  parts.push(body.text);
  k++;
  // "… beredningsgrupp för miljö- och klimatfrågor": a lower-case complement closing the phrase.
  if (/[.,;:]$/u.test(unit.text) === false && words[k]?.text === 'för') {
    const comp: string[] = [];
    let m = k + 1;
    while (m < words.length && comp.length < 4 && /^\p{Ll}[\p{Ll}-]*(?:\s+och\s+\p{Ll}+)?[.,;:]?$/u.test(words[m]!.text)
      && !/^(?:som|att|har|är|var|vill|ska|kan|med|när|där|vilket|och)$/u.test(words[m]!.text)) {
      comp.push(trimPunct(words[m]!.text));
      if (/[.,;:]$/u.test(words[m]!.text)) { m++; break; }
      m++;
    }
    if (comp.length) { parts.push('för', ...comp); k = m; }
  }
  return { text: parts.join(' '), next: k, political: body.political };
}

/**
 * A role phrase at the start of [start, end): optional genitives/qualifiers, a role noun, then organisation
 * words written directly after it, "i <body>", "i/på/vid/från <municipality or organisation>", and a second role
 * joined by "och" ("kommunalråd och ordförande i miljönämnden").
 */
export function parseRoleAt(text: string, start: number, end: number, munis: MuniIndex, depth = 0, definite = false): RoleParse | null {
  let party: string | null = null;
  let localParty: string | null = null;
  const seg = text.slice(start, end);
  const br = /\s*\(([^()\n]{1,40})\)\s*$/u.exec(seg);
  if (br) { party = bracketParty(br[1]!); localParty = localPartyAbbreviation(br[1]!); end = start + br.index; }
  // "ledamot (S) i kommunfullmäktige": a party in brackets inside the role.
  const words = wordsIn(text, start, end).filter((w) => {
    const inner = /^\(([^()]{1,12})\)[.,;:]?$/u.exec(w.text);
    const p = inner ? bracketParty(inner[1]!) : null;
    if (p) party ??= p;
    return p === null;
  });
  let i = 0;
  const mods: Word[] = [];
  // English compounds: "project manager", "climate coordinator", "environmental officer".
  const englishAt = words.slice(0, 4).findIndex((w) => ENGLISH_ROLE_HEADS.has(trimPunct(w.text.toLowerCase())));
  const englishMods = englishAt > 0 && words.slice(0, englishAt).every((w) => /^[a-z-]+$/u.test(w.text) && !/^(?:the|a|an|and|of)$/u.test(w.text));
  const nounAt = (w: Word) => isRoleNoun(w.text) || (definite && roleFromDefinite(w.text) !== null);
  // "Den nya ordföranden i miljönämnden, Anna Berg": an article and weak adjectives before a definite role noun.
  if (definite && words.length > 1 && ARTICLES.test(words[0]!.text)) {
    words.shift();
    while (words.length > 1 && WEAK_ADJECTIVE.test(words[0]!.text) && !nounAt(words[0]!)) {
      mods.push({ ...words[0]!, text: words[0]!.text.replace(/[ae]$/u, '') });
      words.shift();
    }
  }
  while (i < words.length && i < 5 && !nounAt(words[i]!)) {
    const w = words[i]!;
    if (englishMods && i < englishAt) { mods.push(w); i++; continue; }
    const next = words[i + 1];
    // The typo "kommunstyrelsen förste vice ordförande": a definite body before a role is its genitive.
    const body = bodyOf(w.text);
    if (body && next && (QUALIFIERS.has(next.text.toLowerCase()) || isRoleNoun(next.text))) {
      mods.push({ ...w, text: `${body.text}s` }); i++; continue;
    }
    if (!isRoleModifier(munis, words, i)) return null;
    mods.push(w);
    i++;
  }
  const noun = words[i];
  if (!noun || !nounAt(noun)) return null;
  const nounText = isRoleNoun(noun.text) ? roleWord(noun.text) : roleFromDefinite(noun.text)!;
  const english = ENGLISH_ROLE_HEADS.has(trimPunct(noun.text.toLowerCase()));
  let tailMunicipality: string | null = null;
  const read = readModifiers(text, munis, mods);
  party ??= read.party;
  let municipality = read.municipality;
  let otherOrg = read.otherOrg;
  const roleMods = read.roleMods;
  const modTexts = roleMods.map((m, k) => roleWord(m.text, roleMods[k + 1]?.text ?? noun.text));
  let roleText = [...modTexts, nounText].join(' ');
  let last = noun.end;
  let j = i + 1;
  let hasBody = roleMods.some((m) => bodyOf(m.text.replace(/s$/u, '')) !== null);
  // "ordförande Servicenämnden", "ordf. Miljönämnden": a body directly after the role noun belongs to it.
  const direct = words[j] && !/[,;:]$/u.test(noun.text) ? bodyOf(words[j]!.text) : null;
  if (direct) {
    roleText += direct.political ? ` i ${direct.text}` : ` ${trimPunct(words[j]!.text)}`;
    last = words[j]!.end - (/[.,;:]+$/u.exec(words[j]!.text)?.[0].length ?? 0);
    j++; hasBody = true;
  }
  // Organisation words directly after the noun: "programchef Viable Cities", "projektledare Klimatneutrala Karlstad 2030".
  // A municipality among them is the one the person works for ("Klimatneutrala Karlstad 2030"), unless a capitalised
  // word follows it, which makes it a company's name ("Umeå Energi").
  while (!direct && j < words.length && !/[,;:]$/u.test(words[j - 1]!.text) && (NAME_OR_ORG.test(trimPunct(words[j]!.text)) || /^\d{4}$/.test(words[j]!.text))) {
    const mu = municipalityAt(text, munis, words[j]!.start);
    const after = words[j + 1]?.text ?? '';
    if (mu && (!NAME_OR_ORG.test(after) || MUNICIPAL_ORG.test(after))) tailMunicipality ??= mu.name;
    roleText += ' ' + trimPunct(words[j]!.text);
    last = words[j]!.end - (/[.,;:]+$/u.exec(words[j]!.text)?.[0].length ?? 0);
    j++;
    // "arbetsledare Förråd och verkstad", "chef Kultur och fritid": a unit name closing the phrase.
    if (j + 2 === words.length && words[j]!.text === 'och' && /^\p{Ll}+[.,;:]?$/u.test(words[j + 1]!.text) && !/[,;:]$/u.test(words[j - 1]!.text)) {
      // Common nouns of a unit name are lower-cased like the rest of the role.
      roleText = `${roleText.slice(0, roleText.length - trimPunct(words[j - 1]!.text).length)}${trimPunct(words[j - 1]!.text).toLowerCase()} och ${trimPunct(words[j + 1]!.text)}`;
      last = words[j + 1]!.end - (/[.,;:]+$/u.exec(words[j + 1]!.text)?.[0].length ?? 0);
      j += 2;
    }
  }
  // English: "President of the Commission", "chairman of the municipal board".
  const englishPlace = english && /^(?:of|in)$/u.test(words[j]?.text ?? '') && words[j + 1] ? municipalityAt(text, munis, words[j + 1]!.start) : null;
  if (englishPlace) {
    // "mayor of Umeå": the municipality, not part of the role.
    municipality = englishPlace.name;
    j = words.length;
  } else if (english && j < words.length && /^(?:of|at|for)$/u.test(words[j]!.text)) {
    const tail: string[] = [];
    let k = j;
    // "chair of the Environment and Health Committee": "and" inside a capitalised name.
    while (k < words.length && tail.length < 7 && !/^(?:who|says|said)$/u.test(words[k]!.text)
      && !(words[k]!.text === 'and' && !UPPER.test(words[k + 1]?.text ?? ''))) {
      const mu = munis.has(words[k]!.start) ? municipalityAt(text, munis, words[k]!.start) : null;
      const after = words[k + 1]?.text ?? '';
      if (mu && (!UPPER.test(after) || /^(?:Municipality|City)\b/u.test(after))) tailMunicipality ??= mu.name;
      tail.push(trimPunct(words[k]!.text));
      if (/[.,;:]$/u.test(words[k]!.text)) { k++; break; }
      k++;
    }
    if (tail.length >= 2) {
      roleText += ' ' + tail.join(' ');
      last = words[k - 1]!.end - (/[.,;:]+$/u.exec(words[k - 1]!.text)?.[0].length ?? 0);
      j = k;
      if (tail.some((w) => UPPER.test(w)) && !tailMunicipality && !tail.some((w) => MUNICIPAL_ORG.test(w))) otherOrg = true;
    }
  }
  // "kommunalråd med (särskilt) ansvar för miljö- och klimatfrågor": the portfolio is part of the role, when
  // the phrase runs to the end of the clause in lower-case words.
  const duty = /^med\s+(?:\p{Ll}+(?:t|nde)\s+)?ansvar\s+för\s+[\p{Ll}-]+(?:,?\s+(?:och|samt|eller|[\p{Ll}-]+))*$/u
    .exec(text.slice(words[j]?.start ?? last, end).trim().replace(/[.,;:]+$/u, ''));
  if (j < words.length && duty && duty[0].split(/\s+/).length <= 10) {
    roleText += ' ' + duty[0];
    last = words.at(-1)!.end - (/[.,;:]+$/u.exec(words.at(-1)!.text)?.[0].length ?? 0);
    j = words.length;
  }
  while (j < words.length) {
    if (/[,;:]$/u.test(words[j - 1]!.text)) break;
    const prep = words[j]!.text.toLowerCase();
    const next = words[j + 1];
    if (!next || !/^(?:i|på|vid|från|hos|inom|för)$/.test(prep)) break;
    // "gruppledare för Vänsterpartiet i Solna": the party the role is held for, then the municipality.
    const forParty = prep === 'för' ? partyNameAt(text.slice(next.start, Math.min(end, next.start + 60))) : null;
    if (forParty) {
      party ??= forParty.party;
      const partyEnd = next.start + forParty.length;
      last = partyEnd;
      j += 1;
      while (j < words.length && words[j]!.start < partyEnd) j++;
      continue;
    }
    const mu = municipalityAt(text, munis, next.start);
    // "vd för Växjö Energi": a company named after the municipality is another organisation.
    const company = mu && !mu.withHead && /^[ \t]+\p{Lu}/u.test(text.slice(mu.end, mu.end + 3)) && !/^[ \t]+(?:Kommun|Stad)/u.test(text.slice(mu.end, mu.end + 8));
    if (!mu || company) {
      const org = UPPER.test(next.text) && /^(?:på|vid|hos|för|inom)$/u.test(prep) && !isPoliticalRole(roleText) ? organisationAt(words, j + 1) : null;
      if (org) {
        // "utredare på Trafikverket", "forskare vid Göteborgs universitet", "projektledare för Klimatneutrala Växjö
        // 2030": an official's organisation is part of the role phrase.
        roleText += ` ${prep} ${org.text}`;
        last = words[org.next - 1]!.end - (/[.,;:]+$/u.exec(words[org.next - 1]!.text)?.[0].length ?? 0);
        const inside = words.slice(j + 1, org.next).map((w) => municipalityAt(text, munis, w.start)).find((x) => x);
        const nextWord = inside ? words.slice(j + 1, org.next).find((w) => munis.has(w.start)) : undefined;
        const after = nextWord ? words[words.indexOf(nextWord) + 1]?.text ?? '' : '';
        if (inside && (!NAME_OR_ORG.test(after) || MUNICIPAL_ORG.test(after) || /^\d{4}$/u.test(after))) tailMunicipality ??= inside.name;
        else otherOrg = true;
        j = org.next;
        break;
      }
      if (company) { otherOrg = true; break; }
    }
    if (mu) {
      municipality = mu.name;
      last = Math.max(last, mu.end);
      // "ordförande i Växjö kommuns klimatråd": a body of the municipality named by its genitive.
      const after = /^\s+(\S+)/u.exec(text.slice(mu.end, mu.end + 60));
      if (/s$/u.test(text.slice(next.start, mu.end)) && after && bodyOf(after[1]!, true)) {
        roleText += ` ${prep} ${text.slice(next.start, mu.end)} ${trimPunct(after[1]!)}`;
        last = mu.end + after[0].length - (/[.,;:]+$/u.exec(after[1]!)?.[0].length ?? 0);
        hasBody = hasBody || bodyOf(after[1]!, true)!.political;
        break;
      }
      // "stadsutvecklingsdirektör i Nacka kommun": the employer of an official's bare role is part of it; the
      // municipality of a mandate is not ("kommunalråd i Timrå kommun" → "kommunalråd").
      if (mu.withHead && !hasBody && roleMods.length === 0 && /^(?:i|på|vid|inom)$/u.test(prep) && !isPoliticalRole(roleText)) {
        roleText += ` ${prep} ${text.slice(next.start, mu.end)}`;
        last = mu.end;
      }
      break;
    }
    const body = bodyAfterPreposition(words, j);
    if (body) {
      roleText += ' ' + body.text;
      last = words[body.next - 1]!.end - (/[.,;:]+$/u.exec(words[body.next - 1]!.text)?.[0].length ?? 0);
      j = body.next; hasBody = true;
      continue;
    }
    // "enhetschef för miljö och hälsa", "ansvarig för klimatfrågor": a lower-case area of responsibility.
    if (prep === 'för' && /^\p{Ll}/u.test(next.text) && !AREA_STOP.test(trimPunct(next.text))) {
      const area: string[] = [];
      let k = j + 1;
      const areaWord = (w: Word | undefined) => w !== undefined && /^\p{Ll}[\p{Ll}-]*(?:\s+(?:och|eller)\s+\p{Ll}+)?[.,;:]?$/u.test(w.text) && !AREA_STOP.test(trimPunct(w.text));
      while (k < words.length && area.length < 6 && (areaWord(words[k]) || (area.length > 0 && /^(?:och|eller)$/u.test(words[k]!.text) && !/[.,;:]$/u.test(words[k - 1]!.text) && areaWord(words[k + 1])))) {
        area.push(trimPunct(words[k]!.text));
        k++;
        if (/[.,;:]$/u.test(words[k - 1]!.text)) break;
      }
      if (area.length && area[area.length - 1] !== 'och') {
        roleText += ` för ${area.join(' ')}`;
        last = words[k - 1]!.end - (/[.,;:]+$/u.exec(words[k - 1]!.text)?.[0].length ?? 0);
        j = k;
        continue;
      }
    }
    if (UPPER.test(next.text) && !MUNICIPAL_ORG.test(next.text)) otherOrg = true;
    break;
  }
  // "kommunalråd och ordförande i miljönämnden", "kommunalråd och Kommunstyrelsens ordförande".
  if (depth < 2 && j + 1 < words.length && /^(?:och|samt)$/u.test(words[j]!.text) && !/[,;:]$/u.test(words[j - 1]!.text)) {
    const more = parseRoleAt(text, words[j + 1]!.start, end, munis, depth + 1);
    if (more) {
      roleText += ` ${words[j]!.text} ${more.role}`;
      party ??= more.party;
      localParty ??= more.localParty;
      municipality ??= more.municipality;
      otherOrg ||= more.otherOrg;
      last = more.end;
    }
  }
  return { role: roleText, party, localParty, municipality: municipality ?? tailMunicipality, otherOrg, qualified: roleMods.length > 0 || read.municipality !== null || hasBody, end: last };
}
const NAME_OR_ORG = /^(?:\p{Lu}[\p{L}-]*|[A-ZÅÄÖ]{2,})$/u;
/** Words that end an area of responsibility after "för" ("ansvarig för klimatfrågor som …"). */
const AREA_STOP = /^(?:som|att|har|är|var|vill|ska|kan|när|där|sedan|i|på|vid|hos|med|den|det|de|en|ett|hela|sin|sitt|sina|hans|hennes|alla|flera|och)$/u;
/** Lower-case heads closing an organisation's name: "Göteborgs universitet", "Kungliga Tekniska högskolan". */
const ORG_TAIL = /^(?:universitet|universitetet|högskola|högskolan|institut|institutet|län|läns|kommun|stad|region|regionen|förbund|förening|stiftelse)$/u;

/** An organisation's name from word `k`: capitalised words, numbers and a lower-case head (at most five words). */
function organisationAt(words: Word[], k: number): { text: string; next: number } | null {
  const parts: string[] = [];
  let m = k;
  while (m < words.length && parts.length < 5) {
    const w = trimPunct(words[m]!.text);
    if (!(NAME_OR_ORG.test(w) || /^\d{4}$/u.test(w) || (parts.length > 0 && ORG_TAIL.test(w)))) break;
    parts.push(w);
    m++;
    if (/[.,;:]$/u.test(words[m - 1]!.text)) break;
  }
  return parts.length ? { text: parts.join(' '), next: m } : null;
}

// ---------------------------------------------------------------------------------------------------
// Candidates and evidence

interface Candidate {
  start: number; end: number; name: string; tokens: string[];
  /** Set for the first of two given names sharing a surname: the composed name ("George Fenom"). */
  composed?: boolean;
}

const endsAsNotName = (t: string) => NOT_NAME_ENDINGS.some((e) => t.endsWith(e) && t.length > e.length);

// `(?<![\p{L}\p{N}@.\-/])\p{Lu}(?:\.(?= \p{Lu})|[\p{L}-]*)(?:[ ]+(?:\p{Lu}(?:\.(?= \p{Lu})|[\p{L}-]*)|af|von|van|de|der|den|du|da|di|la|le)(?![\p{L}\p{N}]))+`
// with ASCII decided inline (see UPPER in regex.ts): the lookahead, true of every capital, settles most positions first.
// Two tokens at least: a capitalised word alone (most of them, "Kalmar", a sentence's first word) is never a name.
const NAME_RUN = String.raw`(?=[A-Z]|[^\x00-\x7F])(?<!${WORD_CHAR}|[@.\-/])${CAPITAL}(?:\.(?= ${CAPITAL})|(?:${LETTER}|-)*)` +
  String.raw`(?:[ ]+(?:${CAPITAL}(?:\.(?= ${CAPITAL})|(?:${LETTER}|-)*)|af|von|van|de|der|den|du|da|di|la|le)(?!${WORD_CHAR}))+`;

const NAME_RUN_RE = new RegExp(NAME_RUN, 'gu');
/** Runs of capitalised tokens (with initials and particles inside), trimmed to 2–4 name tokens. */
export function nameCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = NAME_RUN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/(?:[ ]+(?:af|von|van|de|der|den|du|da|di|la|le))+$/u, '');
    const toks: { t: string; s: number }[] = [];
    const tr = /\S+/g;
    for (let t = tr.exec(raw); t; t = tr.exec(raw)) toks.push({ t: t[0], s: m.index + t.index });
    // "Hotell Björn Borg": the name of a place or firm.
    if (VENUE_HEADS.has(toks[0]?.t ?? '')) continue;
    const skippable = (t: string) => LEADING_NON_NAME.has(t) || isRoleNoun(t) || roleFromDefinite(t) !== null
      || riksdagParty(t) !== null || partyOfAdjective(t) !== null || partyOfMember(t) !== null || NOT_NAME_TOKENS.has(t);
    let a = 0;
    // Trim leading words that start clauses, role nouns, party names, and anything before the first given name.
    // ("Nominera Inga-Lill Bjartén": a double name counts by its first part.)
    const givenish = (t: string) => isGivenName(t) || isGivenName(t.split('-')[0]!);
    while (a < toks.length - 2 && (skippable(toks[a]!.t) || (!givenish(toks[a]!.t) && givenish(toks[a + 1]!.t)))) a++;
    if (a < toks.length && skippable(toks[a]!.t)) a++;
    // "Nya Moderaternas Lars-Göran Birkehorn Karlsen": everything before a given name that leaves 2–4 tokens.
    if (toks.length - a > 4) {
      const g = toks.findIndex((k, idx) => idx >= a && isGivenName(k.t) && toks.length - idx >= 2 && toks.length - idx <= 4);
      if (g > a && toks.slice(a, g).every((k) => !isGivenName(k.t))) a = g;
    }
    const kept = toks.slice(a);
    // "Gunnel Simu Kommunalråd i Haparanda", "Kent Asp Kassör": a signature's capitalised role noun (or a
    // participle, "Kari Pistokoski Medverkande i …") after the name is not part of it.
    // A table's or form's label after the name ("Agnes Lundgren Antal") goes too.
    while (kept.length > 2 && !isGivenName(kept[kept.length - 1]!.t)
      && (isRoleNoun(kept[kept.length - 1]!.t) || TABLE_LABELS.has(kept[kept.length - 1]!.t) || /^\p{Lu}\p{Ll}{4,}(?:ande|ende)$/u.test(kept[kept.length - 1]!.t))) kept.pop();
    // "Lisa Tunegård Cecilia Herdenstam": two given names each followed by a surname are two people.
    if (kept.length === 4 && isGivenName(kept[0]!.t) && !isGivenName(kept[1]!.t) && isGivenName(kept[2]!.t) && !isGivenName(kept[3]!.t)
      && kept.every((k) => NAME_TOKEN.test(k.t))) {
      for (const pair of [kept.slice(0, 2), kept.slice(2)]) {
        if (pair.some((k) => NOT_NAME_TOKENS.has(k.t) || endsAsNotName(k.t))) continue;
        const st = pair[0]!.s, en = pair[1]!.s + pair[1]!.t.length;
        out.push({ start: st, end: en, name: text.slice(st, en), tokens: pair.map((k) => k.t) });
      }
      continue;
    }
    if (kept.length < 2 || kept.length > 4) continue;
    const first = kept[0]!.t, lastTok = kept[kept.length - 1]!.t;
    if (!NAME_TOKEN.test(first) || !NAME_TOKEN.test(lastTok)) continue;
    if (!kept.every((k) => NAME_TOKEN.test(k.t) || INITIAL.test(k.t) || PARTICLES.has(k.t))) continue;
    if (kept.filter((k) => NAME_TOKEN.test(k.t)).length < 2) continue;
    if (kept.some((k) => NOT_NAME_TOKENS.has(k.t) || PLACE_WORDS.has(k.t) || endsAsNotName(k.t) || riksdagParty(k.t))) continue;
    // "Astrid Lindgrens Värld": a genitive inside the run names a place or a firm.
    if (kept.slice(0, -1).some((k) => /\p{Ll}s$/u.test(k.t) && !isGivenName(k.t))) continue;
    const start = kept[0]!.s, end = kept[kept.length - 1]!.s + lastTok.length;
    out.push({ start, end, name: text.slice(start, end), tokens: kept.map((k) => k.t) });
  }
  // "George och Michel Fenom": the first given name shares the surname of the second.
  const shared = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(?:och|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
  for (let m = shared.exec(text); m; m = shared.exec(text)) {
    const [, g1, g2, surname] = m;
    if (!isGivenName(g1!) || !isGivenName(g2!) || isGivenName(surname!) || NOT_NAME_TOKENS.has(surname!) || endsAsNotName(surname!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: `${g1} ${surname}`, tokens: [g1!, surname!], composed: true });
    shared.lastIndex = m.index + g1!.length;
  }
  return out.sort((x, y) => x.start - y.start);
}

interface Evidence {
  party: string | null;
  /** A local party's abbreviation in brackets; used as the party when the role is political. */
  localParty: string | null;
  role: string | null;
  municipality: string | null;
  otherOrg: boolean;
  /** "vår gruppledare X" on a party's own page: the party of the page. */
  ownParty: boolean;
  /** Named as a photographer or byline author: never a role, party or politician from the context. */
  credit: false | 'photo' | 'byline';
  /** Author or signer of a motion or interpellation: a politician. */
  author: boolean;
  /** Points from the context (party, role, quote verb, contact block, signature). */
  context: number;
  /** The rules that gave points, with their points; the mention's rule is the strongest. */
  rules: [RuleId, number][];
}

const MARKUP = /^[\s*#_>•·\-–]+|[\s*#_]+$/gu;
const stripMarkup = (s: string) => s.replace(MARKUP, '');

function add(ev: Evidence, rule: RuleId, points: number): void {
  ev.context += points;
  ev.rules.push([rule, points]);
}

const ABBREVIATION_BEFORE = new RegExp(`(?:^|[\\s(])(?:${[...ROLE_ABBREVIATIONS.map((a) => a.written), 'tf', 'f.d', 'resp', 'bitr', 'ordf'].join('|')})$`, 'iu');

/** End of the clause that follows a name: sentence end, dash, line end or contact details. */
function clauseEnd(text: string, pos: number, lineEnd: number): number {
  const s = text.slice(pos, Math.min(lineEnd, pos + WINDOW_AFTER));
  let end = s.length;
  // A period after a role abbreviation ("ordf. Byggnadsnämnden", "tf. chef") does not end the clause.
  const stopRe = /[.!?:](?=\s|$)|\s[–—]\s|[;”"»]/gu;
  for (let m = stopRe.exec(s); m; m = stopRe.exec(s)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    end = m.index;
    break;
  }
  const c = contactCut(s);
  if (c >= 0 && c < end) end = c;
  return pos + end;
}

interface Scope {
  text: string; lines: Lines; munis: MuniIndex; kind: string; running: boolean;
  /** Offset of the first att-sats line ("att kommunen …"), or -1. */
  firstAttSats: number;
}

/** Evidence in the words before the name: a role noun (definite, or qualified by genitives) and a party genitive. */
function evidenceBefore(sc: Scope, cand: Candidate, lineStart: number, ev: Evidence): void {
  const { text, munis } = sc;
  const from = Math.max(lineStart, cand.start - WINDOW_BEFORE);
  const before = text.slice(from, cand.start).replace(/\*+$/u, '');
  if (sc.running && PHOTO_BEFORE.test(before)) { ev.credit = 'photo'; add(ev, 'people.photo-credit', 3); return; }
  if (sc.running && ((from === lineStart && BYLINE_LINE_START.test(before)) || BYLINE_BEFORE.test(before))) { ev.credit = 'byline'; add(ev, 'people.byline', 2); return; }
  if (AUTHOR_BEFORE.test(before)) { ev.author = true; add(ev, 'people.motion-author', 1); }
  if (QUOTE_BEFORE.test(before)) add(ev, 'people.quote-attribution', 1);
  else if (ENLIGT_BEFORE.test(before) && !ev.author) add(ev, 'people.quote-attribution', 0.5);
  const words = wordsIn(text, from, from + before.length);
  const last = words[words.length - 1];
  if (!last || last.end !== from + before.trimEnd().length) return;
  // "Anna Berg (S), ordförande, Per Öst": a role before a comma belongs to the person before it.
  if (/[,;.!?)]$/u.test(last.text)) { appositionBefore(sc, cand, lineStart, ev); return; }
  const partyGenitive = /s$/u.test(last.text) ? riksdagParty(last.text) ?? localPartyName(last.text, true) : null;
  if (partyGenitive && (riksdagParty(last.text) !== null || UPPER.test(last.text))) {
    ev.party ??= partyGenitive; add(ev, 'people.party-genitive', 2); return;
  }
  // "moderaten Per Öberg", "Socialdemokraten Lena Ås": a party member.
  const member = partyOfMember(last.text);
  if (member) { ev.party ??= member; add(ev, 'people.party-genitive', 2); return; }
  // "S-kommunalrådet Anna Berg", "C-politikern Åsa Berg": a party letter before the role noun.
  const prefixed = partyPrefix(last.text);
  if (prefixed && (roleFromDefinite(prefixed.rest) || isRoleNoun(prefixed.rest))) {
    ev.party ??= prefixed.party;
    ev.role ??= roleFromDefinite(prefixed.rest) ?? roleWord(prefixed.rest);
    add(ev, 'people.party-genitive', 2);
    return;
  }
  const definite = roleFromDefinite(last.text);
  if (!definite && !isRoleNoun(last.text)) return;
  const english = ENGLISH_ROLE_HEADS.has(trimPunct(last.text.toLowerCase()));
  // Qualifiers and genitives before the role noun.
  let k = words.length - 2;
  const mods: Word[] = [];
  while (k >= 0 && mods.length < 3) {
    const w = words[k]!.text;
    if (isRoleModifier(munis, words, k) && !(english && /s$/u.test(w) && !/^\p{Ll}+$/u.test(w))) { mods.unshift(words[k]!); k--; continue; }
    // "den lokala konstnären" → "lokal konstnär"; "the municipal board chairman" → "municipal board chairman".
    if (definite && WEAK_ADJECTIVE.test(w) && k > 0 && ARTICLES.test(words[k - 1]!.text)) {
      mods.unshift({ ...words[k]!, text: w.replace(/[ae]$/u, '') }); k--; continue;
    }
    if (english && /^\p{Ll}+$/u.test(w) && !/^(?:the|a|an|says|said|and|of|our|by|with)$/u.test(w)) { mods.unshift(words[k]!); k--; continue; }
    break;
  }
  if (k >= 0 && /^(?:vår|vårt|våra|vårat)$/iu.test(words[k]!.text)) ev.ownParty = true;
  const read = readModifiers(text, munis, mods);
  if (read.party) { ev.party ??= read.party; add(ev, 'people.party-genitive', 1); }
  if (read.municipality) ev.municipality ??= read.municipality;
  if (read.otherOrg) ev.otherOrg = true;
  // A label before the name ("Ordförande: Lena Åberg") keeps no punctuation in the role.
  ev.role ??= [...read.roleMods.map((m) => roleWord(m.text)), definite ?? roleWord(last.text)].join(' ');
  add(ev, 'people.role-apposition', definite || mods.length ? 2 : 1);
}

/**
 * A role phrase opening the sentence, then the name in apposition between commas: "Liberalernas gruppledare i
 * Lund, Philip Sandberg, är kritisk", "Miljöchefen i Växjö kommun, Per Öst, säger att …".
 */
function appositionBefore(sc: Scope, cand: Candidate, lineStart: number, ev: Evidence): void {
  const { text, munis } = sc;
  const from = Math.max(lineStart, cand.start - WINDOW_BEFORE);
  const before = text.slice(from, cand.start);
  const comma = /,\s*$/u.exec(before);
  if (!comma || !/^\s*(?:\([^()]{1,20}\))?\s*,/u.test(text.slice(cand.end, cand.end + 25))) return;
  const commaAt = from + comma.index;
  const head = text.slice(from, commaAt);
  const sentence = /[.!?:–—]\s+(?=[^.!?:–—]*$)/u.exec(head);
  if (!sentence && from !== lineStart) return;
  const segStart = from + (sentence ? sentence.index + sentence[0].length : 0);
  const r = parseRoleAt(text, segStart, commaAt, munis, 0, true);
  if (!r || r.end < commaAt - 1) return;
  ev.role ??= r.role;
  if (r.party) { ev.party ??= r.party; add(ev, 'people.party-genitive', 1); }
  if (r.municipality) ev.municipality ??= r.municipality;
  if (r.otherOrg) ev.otherOrg = true;
  add(ev, 'people.role-apposition', 2);
}

/** Evidence after the name on the same line: "(S)", ", role, municipality", "från Region X", "är role", a quote verb. */
function evidenceAfter(sc: Scope, cand: Candidate, lineEnd: number, ev: Evidence): void {
  const { text, munis, lines } = sc;
  let pos = cand.end;
  let limit = Math.min(lineEnd, cand.end + WINDOW_AFTER);
  const skip = (re: RegExp) => { const m = re.exec(text.slice(pos, limit)); if (m) pos += m[0].length; return m; };
  skip(/^\*+/u);
  const br = skip(/^\s*\(([^()\n]{1,40})\)/u);
  if (br) {
    const p = bracketParty(br[1]!);
    if (p) { ev.party ??= p; add(ev, 'people.party-brackets', 2); }
    else ev.localParty ??= localPartyAbbreviation(br[1]!);
  }
  skip(/^\*+/u);
  if (ev.credit === 'photo') return;
  if (QUOTE_AFTER.test(text.slice(pos, limit))) add(ev, 'people.quote-attribution', 1);
  const verb = /^\s*,?\s+(?:som\s+)?(?:är|var|blir|blev)\s+(?:(?:sedan|från)\s+(?:\d{4}|i\s+fjol|i\s+år)\s+|(?:numera|nu|också|även|sedan\s+tidigare|dessutom)\s+)?/u.exec(text.slice(pos, limit));
  if (verb) {
    const at = pos + verb[0].length;
    const r = parseRoleAt(text, at, clauseEnd(text, at, limit), munis);
    if (r && !ev.role) {
      ev.role = r.role;
      if (r.party) ev.party ??= r.party;
      if (r.municipality) ev.municipality ??= r.municipality;
      if (r.otherOrg) ev.otherOrg = true;
      add(ev, 'people.role-after-verb', r.qualified || isPoliticalRole(r.role) ? 2 : 1);
    }
    return;
  }
  const prep = /^\s+(?:från|på|vid|hos|i)\s+/u.exec(text.slice(pos, limit));
  if (prep) {
    const at = pos + prep[0].length;
    const mu = municipalityAt(text, munis, at);
    if (mu) ev.municipality ??= mu.name;
    else if (UPPER.test(text.charAt(at))) ev.otherOrg = true;
    return;
  }
  if (!skip(/^\s*,\s*/u)) return;
  // "Anna Berg, 070-123 45 67, anna.berg@vaxjo.se": a contact line.
  if (contactCut(text.slice(pos, Math.min(limit, pos + 60))) === 0) { add(ev, 'people.contact-block', 1); return; }
  // A signature whose role runs on to the next line: "Tommy Rosén (s), 2:e v ordf,\nMiljö- och hälsoskyddsnämnden".
  if (limit === lineEnd && lineEnd < text.length && /,\s*$/u.test(text.slice(pos, lineEnd)) && lineEnd - pos < BLOCK_LINE_MAX) {
    limit = Math.min(lines.bounds(lineEnd + 1)[1], lineEnd + BLOCK_LINE_MAX);
  }
  const end = clauseEnd(text, pos, limit);
  let index = 0, partyFirst = false;
  while (pos < end) {
    const comma = text.indexOf(',', pos);
    const segEnd = comma >= 0 && comma < end ? comma : end;
    const lead = /^\s*/u.exec(text.slice(pos, segEnd))![0].length;
    const segStart = pos + lead;
    const seg = text.slice(segStart, segEnd).trim();
    if (!seg) break;
    const p = riksdagParty(seg.replace(/^för\s+/iu, ''));
    const branch = p ? null : partyBranch(sc, segStart, segEnd);
    if (p && !ev.party) {
      ev.party = p; add(ev, 'people.party-brackets', 2); partyFirst = index === 0;
    } else if (branch && !ev.party) {
      // "Per Öst, Vänsterpartiet Växjö", "Per Öst, Socialdemokraterna i Växjö, ledamot i kommunstyrelsen".
      ev.party = branch.party; ev.municipality ??= branch.municipality;
      add(ev, 'people.party-brackets', 2); partyFirst = index === 0;
    } else if (!ev.role && (index === 0 || (index === 1 && partyFirst))) {
      const r = parseRoleAt(text, segStart, segEnd, munis);
      if (!r) {
        // "1. Anna Berg, Växjö": the municipality a listed candidate stands for.
        const mu = municipalityAt(text, munis, segStart);
        if (mu && mu.end >= segStart + seg.length - 1 && index === 0) ev.municipality ??= mu.name;
        break;
      }
      ev.role = r.role;
      if (r.party) { ev.party ??= r.party; add(ev, 'people.party-brackets', 1); }
      ev.localParty ??= r.localParty;
      if (r.municipality) ev.municipality ??= r.municipality;
      if (r.otherOrg) ev.otherOrg = true;
      add(ev, 'people.role-apposition', r.qualified || isPoliticalRole(r.role) ? 2 : 1);
    } else if (ev.role && /^(?:och|samt)\s/u.test(seg)) {
      // ", och ordförande i en beredningsgrupp …": a second role after a comma.
      const at = segStart + /^(?:och|samt)\s+/u.exec(seg)![0].length;
      const r = parseRoleAt(text, at, segEnd, munis);
      if (!r) break;
      ev.role += ` och ${r.role}`;
      if (r.party) ev.party ??= r.party;
      if (r.municipality) ev.municipality ??= r.municipality;
    } else if (ev.role && /^\p{Ll}{1,3}$/u.test(seg)) {
      // ", kf,": an abbreviation repeating the body just named.
    } else if (ev.role && bodyOf(seg)) {
      // "ordförande, kommunstyrelsen" → "ordförande i kommunstyrelsen"; "bibliotekschef, kultur- och fritidskontoret".
      const body = bodyOf(seg)!;
      ev.role += body.political ? ` i ${body.text}` : `, ${body.text}`;
    } else {
      const inPrefix = /^(?:i|på|vid|från)\s+/iu.exec(seg);
      const mu = municipalityAt(text, munis, segStart + (inPrefix ? inPrefix[0].length : 0));
      if (mu && mu.end >= segStart + seg.length - 1) ev.municipality ??= mu.name;
      else {
        if (ev.role && UPPER.test(seg) && !MUNICIPAL_ORG.test(seg) && !ev.municipality) ev.otherOrg = true;
        break;
      }
    }
    index++;
    pos = segEnd + 1;
  }
}

/**
 * Evidence for a name standing alone on its line (contact block, signature): the lines after it (role,
 * party, municipality, phone, e-mail) and a "För <party>" line before it.
 */
function evidenceBlock(sc: Scope, cand: Candidate, lineStart: number, lineEnd: number, ev: Evidence): void {
  const { text, munis, lines } = sc;
  if (lineEnd - lineStart > BLOCK_LINE_MAX || cand.composed) return;
  const line = stripMarkup(text.slice(lineStart, lineEnd));
  const own = new RegExp(`^${escapeRe(cand.name)}(?:\\s*\\(([^()]{1,40})\\))?\\s*,?$`, 'u').exec(line);
  if (!own) return;
  // "Av\nEmma Brännman": a byline word alone on the line before.
  const prevLine = lineStart > 0 ? previousLine(sc, lineStart) : null;
  if (sc.running && prevLine !== null && BYLINE_LINE_START.test(prevLine)) { ev.credit = 'byline'; add(ev, 'people.byline', 2); return; }
  let pos = lineEnd + 1, seen = 0;
  let partyLineSeen = false;
  let cosigners = 0;
  while (pos < text.length && seen < 4) {
    const [ls, le] = lines.bounds(pos);
    pos = le + 1;
    if (le - ls > BLOCK_LINE_MAX) break;
    const raw = text.slice(ls, le);
    const l = stripMarkup(raw);
    if (!l) continue;
    seen++;
    if (l === line || l === cand.name) continue;
    // Co-signers on the lines below: "Anna Åkesson\nPer Öberg\nVänsterpartiet Sala" — the party line is everyone's.
    if (SIGNER_LINE.test(l) && isGivenName(l.split(/\s+/)[0]!)) { seen--; if (++cosigners > 6) break; continue; }
    const cut = contactCut(l);
    if (cut === 0) { add(ev, 'people.contact-block', 1); continue; }
    const party = partyLine(l);
    if (party) { ev.party ??= party; add(ev, 'people.signature', 2); partyLineSeen = true; continue; }
    const off = ls + raw.indexOf(l);
    const body = cut > 0 ? l.slice(0, cut).trim() : l;
    if (body.split(/\s+/).length <= 8) {
      // "Gruppledare, Miljöpartiet de gröna i Karlskrona": a role, then the party and the municipality.
      const comma = body.indexOf(',');
      const r = parseRoleAt(text, off, off + (comma > 0 ? comma : body.length), munis);
      if (r && comma > 0 && !ev.role) {
        const rest = signatureRest(sc, off + comma + 1, off + body.length);
        if (rest) {
          ev.role = r.role;
          ev.party ??= r.party ?? rest.party;
          ev.municipality ??= r.municipality ?? rest.municipality;
          if (r.otherOrg) ev.otherOrg = true;
          add(ev, rest.party ? 'people.signature' : 'people.contact-block', rest.party ? 2 : 1);
          continue;
        }
      } else if (r && !ev.role) {
        ev.role = r.role;
        if (r.party) ev.party ??= r.party;
        if (r.municipality) ev.municipality ??= r.municipality;
        if (r.otherOrg) ev.otherOrg = true;
        add(ev, 'people.contact-block', 1);
        continue;
      }
      const mu = municipalityAt(text, munis, off);
      if (mu && mu.end >= off + body.length - 1) { ev.municipality ??= mu.name; continue; }
    }
    break;
  }
  // "För Vänsterpartiet" on the line before a signature.
  if (prevLine !== null) {
    const p = /^för\s/iu.test(prevLine) ? partyLine(prevLine) : null;
    if (p) { ev.party ??= p; add(ev, 'people.signature', 2); partyLineSeen = true; }
  }
  // A name alone on its line after the att-satser of a motion signs it.
  if (sc.kind === 'motion' && (partyLineSeen || ev.party !== null || (sc.firstAttSats >= 0 && lineStart > sc.firstAttSats))) {
    ev.author = true;
    if (!partyLineSeen && ev.party === null) add(ev, 'people.signature', 1);
  }
}

/** A line holding only a name, optionally with a party in brackets: a co-signer. */
const SIGNER_LINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{L}-]+){1,3}(?:\s*\([^()]{1,30}\))?$/u;

/** The previous non-empty line before `lineStart` (markup stripped), looking back at most two lines. */
function previousLine(sc: Scope, lineStart: number): string | null {
  let end = lineStart - 1;
  for (let n = 0; n < 2 && end > 0; n++) {
    const [ls, le] = sc.lines.bounds(end - 1);
    if (le - ls > BLOCK_LINE_MAX) return null;
    const l = stripMarkup(sc.text.slice(ls, le));
    if (l) return l;
    end = ls - 1;
  }
  return null;
}

/**
 * What follows the role on a signature line after a comma: a party, optionally "i <municipality>" ("Miljöpartiet
 * de gröna i Karlskrona"), or a municipality alone ("Karlskrona kommun"). Null for anything else.
 */
function signatureRest(sc: Scope, start: number, end: number): { party: string | null; municipality: string | null } | null {
  const { text, munis } = sc;
  const lead = /^\s*/u.exec(text.slice(start, end))![0].length;
  const at = start + lead;
  const seg = text.slice(at, end).replace(/[.,;:\s]+$/u, '');
  const whole = (mu: { end: number } | null) => mu !== null && mu.end >= at + seg.length - 1;
  const mu = municipalityAt(text, munis, at);
  if (whole(mu)) return { party: null, municipality: mu!.name };
  const p = partyNameAt(seg);
  if (!p) return null;
  const tail = /^\s+i\s+/u.exec(seg.slice(p.length));
  if (!tail) return p.length === seg.length ? { party: p.party, municipality: null } : null;
  const muAfter = municipalityAt(text, munis, at + p.length + tail[0].length);
  return whole(muAfter) ? { party: p.party, municipality: muAfter!.name } : null;
}

/** A party with its local branch after a comma: "Vänsterpartiet Växjö", "Socialdemokraterna i Växjö". */
function partyBranch(sc: Scope, start: number, end: number): { party: string; municipality: string } | null {
  const { text, munis } = sc;
  const seg = text.slice(start, end).replace(/[.,;:\s]+$/u, '');
  const p = partyNameAt(seg);
  if (!p || !riksdagParty(seg.slice(0, p.length))) return null;
  const tail = /^\s+(?:i\s+)?/u.exec(seg.slice(p.length));
  if (!tail) return null;
  const mu = municipalityAt(text, munis, start + p.length + tail[0].length);
  return mu && mu.end >= start + seg.length - 1 ? { party: p.party, municipality: mu.name } : null;
}

/** A signature line naming a party: "Vänsterpartiet", "För Vänsterpartiet", "Vänsterpartiet i Tierp", "För Sjukvårdspartiet". */
const PARTY_LINE = new RegExp(`^(?:för\\s+)?(${PARTY_NAME_SOURCE})(.*)$`, 'iu');
function partyLine(line: string): string | null {
  const m = PARTY_LINE.exec(line);
  if (m && /^(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:kommun|stad))?)?$/u.test(m[2]!)) return riksdagParty(m[1]!);
  const f = /^för\s+(.+)$/iu.exec(line);
  return f ? bracketParty(f[1]!) : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Running text: a known, unambiguous given name and a surname, as the subject or object of a clause. */
function evidenceRunning(sc: Scope, cand: Candidate, lineEnd: number, ev: Evidence): void {
  const first = cand.tokens[0]!, last = cand.tokens[cand.tokens.length - 1]!;
  if (!isGivenName(first) || AMBIGUOUS_GIVEN_NAMES.has(first) || isGivenName(last)) return;
  const after = sc.text.slice(cand.end, Math.min(lineEnd, cand.end + 40));
  // "Carl Wahren gymnasium", "Greta Garbo torg": a place named after the person.
  const nextWord = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (nextWord && PLACE_NOUNS_AFTER_NAME.has(nextWord)) return;
  // "Anna Bergs förslag" is a genitive: the person is read where the name is written in full.
  if (/s$/u.test(last) && /^\s+\p{Ll}/u.test(after) && !RUNNING_VERB_AFTER.test(after)) return;
  if (cand.composed) { add(ev, 'people.shared-surname', 1); return; }
  add(ev, 'people.running-text', 1);
}

function evidenceFor(sc: Scope, cand: Candidate): Evidence {
  const ev: Evidence = {
    party: null, localParty: null, role: null, municipality: null, otherOrg: false, ownParty: false, credit: false as Evidence['credit'],
    author: false, context: 0, rules: [],
  };
  const [ls, le] = sc.lines.bounds(cand.start);
  evidenceBefore(sc, cand, ls, ev);
  if (!cand.composed) evidenceAfter(sc, cand, le, ev);
  if (!ev.credit) evidenceBlock(sc, cand, ls, le, ev);
  if (ev.context < 1 && sc.running) evidenceRunning(sc, cand, le, ev);
  // "Skrivet av Anna Berg (SD), gruppledare": an author who states a party or role is no mere byline.
  if (ev.credit === 'byline' && (ev.party || ev.role)) { ev.credit = false; ev.rules = ev.rules.filter(([r]) => r !== 'people.byline'); }
  if (ev.credit) { ev.party = null; ev.role = null; ev.municipality = null; ev.localParty = null; }
  return ev;
}

// ---------------------------------------------------------------------------------------------------
// Values

function personValue(name: string, ev: Evidence, own: string | null, docParty: string | null): PersonValue {
  if (ev.credit) return { name, party: null, role: null, municipality: null, politician: false };
  const politicalRole = ev.role !== null && isPoliticalRole(ev.role);
  const anyParty = ev.party ?? (politicalRole ? ev.localParty : null) ?? (ev.ownParty && politicalRole ? docParty : null);
  const politician = anyParty !== null || politicalRole || ev.author;
  // The party field holds a Riksdag party: a local one ("Elin Bååth (F! Gotland)", "(Sjukvårdspartiet)") makes
  // its member a politician but names no party a researcher could group by.
  const party = anyParty !== null && RIKSDAG_ABBREVIATION.test(anyParty) ? anyParty : null;
  let municipality = ev.municipality;
  const independent = ev.role !== null && ev.role.split(/\s+/).some((w) => roleNounOf(w)?.independent);
  if (!municipality && !ev.otherOrg && ev.role && !NON_MUNICIPAL_ROLE.test(ev.role) && !independent) {
    // Organisation words after the role noun that are not municipal mean another organisation.
    const tail = ev.role.split(/\s+/).filter((w) => UPPER.test(w));
    const municipal = tail.length === 0 || tail.some((w) => MUNICIPAL_ORG.test(w));
    if (municipal) municipality = own;
  } else if (!municipality && !ev.otherOrg && !ev.role && (party || ev.author)) {
    municipality = own;
  }
  return { name, party, role: ev.role, municipality, politician };
}

/** One key per person: case, hyphens and spacing of the given names do not matter ("Sven Erik" = "Sven-Erik"). */
const personKey = (tokens: readonly string[]) => tokens.join(' ').toLowerCase().replace(/[-\s]+/gu, ' ');
/** First and last name token: "Pierre Edstrand" is "Pierre Cengiz Edstrand" when both are written. */
const shortKey = (tokens: readonly string[]) => `${tokens[0]!.toLowerCase()}|${tokens[tokens.length - 1]!.toLowerCase()}`;

const RIKSDAG_ABBREVIATION = /^(?:S|M|SD|C|V|KD|L|MP)$/u;
const FOREIGN_LANGUAGES = /^(?:da|nb|nn|no|fi|de|fr|es|it|nl|pl)$/u;

function extractPeople(doc: ExtractorInput, ctx: ExtractorContext): PersonMention[] {
  const text = doc.text;
  // The conventions cover Swedish entities only: on a Danish or Norwegian page a bare name in running text, a
  // photographer or a byline is no Swedish person (detection on short texts can be wrong: the other rules apply).
  const running = !(doc.language && FOREIGN_LANGUAGES.test(doc.language));
  const candidates = nameCandidates(text);
  // A municipality inside a person's name ("Anna Lund") is part of the name (both lists are sorted by start).
  const inName = candidates.filter((c) => isGivenName(c.tokens[0]!) && !c.composed);
  const muniList: Muni[] = [];
  let ci = 0;
  for (const m of municipalitiesOf(text, ctx)) {
    while (ci < inName.length && inName[ci]!.end <= m.start) ci++;
    let hit = false;
    for (let k = ci; k < inName.length && inName[k]!.start < m.end; k++) if (m.start < inName[k]!.end) { hit = true; break; }
    if (!hit) muniList.push(m);
  }
  const munis: MuniIndex = new Map(muniList.map((m) => [m.start, m] as const));
  const sc: Scope = { text, lines: new Lines(text), munis, kind: ctx.kind, running, firstAttSats: text.search(/^[ \t]*(?:[-–•*]\s*)?[Aa]tt\s/mu) };
  const own = ownMunicipality(text, muniList);
  const docParty = ownParty(text);
  const muniNames = new Set(muniList.map((m) => m.name));
  const found: { cand: Candidate; ev: Evidence }[] = [];
  const accepted = new Map<string, string>();
  const acceptedShort = new Map<string, string>();
  for (const cand of candidates) {
    if (cand.tokens.every((t) => muniNames.has(t) || muniNames.has(t.replace(/s$/u, '')))) continue;
    if (cand.tokens.some((t) => PHOTO_AGENCIES.has(t))) continue;
    found.push({ cand, ev: evidenceFor(sc, cand) });
  }
  positionRoles(sc, found);
  // "Sakägare Rolf Johanssons yrkande": a genitive of a person named in full elsewhere is that person.
  const base = (tokens: readonly string[]) => [...tokens.slice(0, -1), tokens[tokens.length - 1]!.replace(/(?<=\p{Ll})s$/u, '')];
  const keys = new Set(found.map(({ cand }) => personKey(cand.tokens)));
  const keyOf = (cand: Candidate) => {
    const k = personKey(cand.tokens), b = personKey(base(cand.tokens));
    return k !== b && keys.has(b) ? b : k;
  };
  for (const { cand, ev } of found) {
    const given = isGivenName(cand.tokens[0]!) ? 1 : 0;
    const key = keyOf(cand);
    if (ev.context >= 1 && ev.context + given >= 2 && !accepted.has(key)) {
      const canonical = acceptedShort.get(shortKey(cand.tokens)) ?? cand.name;
      accepted.set(key, canonical);
      acceptedShort.set(shortKey(cand.tokens), canonical);
    }
  }
  const nameOf = (cand: Candidate) => accepted.get(keyOf(cand)) ?? acceptedShort.get(shortKey(cand.tokens));
  return found
    .filter(({ cand }) => nameOf(cand) !== undefined)
    .map(({ cand, ev }) => {
      const rule = ev.rules.reduce<[RuleId, number] | null>((best, r) => (best && best[1] >= r[1] ? best : r), null)?.[0]
        ?? 'people.running-text';
      return {
        kind: 'person' as const, start: cand.start, end: cand.end, text: text.slice(cand.start, cand.end),
        value: personValue(nameOf(cand)!, ev, own, docParty), rule,
      };
    });
}

/**
 * "Pierre Edstrand (MP) och Anna Kalles (S) som är ordförande och vice ordförande i Miljöutskottet": two people
 * joined by "och", then two roles joined by "och" that share the body: each person takes the role in its place.
 */
function positionRoles(sc: Scope, found: { cand: Candidate; ev: Evidence }[]): void {
  const { text } = sc;
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1]!, b = found[k]!;
    if (b.cand.start - a.cand.end > 50) continue;
    const between = text.slice(a.cand.end, b.cand.start);
    // "Kristina Nilsson och Lars Öberg (båda S)": the party of both.
    if (/^\s+och\s+$/u.test(between) && /^\s*\((?:båda|bägge)\s/iu.test(text.slice(b.cand.end, b.cand.end + 10)) && b.ev.party) {
      a.ev.party ??= b.ev.party;
      a.ev.rules.push(['people.party-brackets', 2]);
      a.ev.context += 2;
    }
    if (!/^\s*(?:\([^()\n]{1,20}\))?\s+och\s+$/u.test(between)) continue;
    const after = /^\s*(?:\([^()\n]{1,20}\))?\s*,?\s+som\s+(?:är|var)\s+/u.exec(text.slice(b.cand.end, b.cand.end + 40));
    if (!after || !b.ev.role) continue;
    const m = /^(.+?)\s+och\s+(.+?)\s+((?:i|på|för)\s+.+)$/u.exec(b.ev.role);
    if (!m || !isRoleNoun(m[1]!.split(/\s+/).pop()!) || !isRoleNoun(m[2]!.split(/\s+/).pop()!)) continue;
    const roleA = `${m[1]} ${m[3]}`, roleB = `${m[2]} ${m[3]}`;
    a.ev.role ??= roleA;
    a.ev.municipality ??= b.ev.municipality;
    b.ev.role = roleB;
  }
}

export const peopleExtractor: Extractor<'people'> = {
  name: 'people',
  version: 6,
  creates: ['person'],
  rules: PEOPLE_RULES,
  run: (doc, ctx) => extractPeople(doc, ctx),
};
