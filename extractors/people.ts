// People: named persons with party, role, the municipality they act for and whether they are politicians.
// A name is 2–4 capitalised tokens that the text supports: a party, a role, a quote verb, a contact block or
// a motion signature, weighed together with whether it starts with a known given name. Precision first.
import type { PersonValue } from '../src/types.js';
import { isGivenName, PARTY_NAME_SOURCE, riksdagParty } from './names.js';
import type { Extractor, ExtractorContext, ExtractorInput, PersonMention } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Vocabulary

/** Heads of role nouns; a word is a role noun when it is one of these or a compound ending in one. */
const ROLE_HEADS = [
  'ordförande', 'chef', 'ledare', 'direktör', 'strateg', 'kommunikatör', 'samordnare', 'handläggare',
  'sekreterare', 'ledamot', 'ersättare', 'minister', 'koordinator', 'utvecklare', 'planerare', 'ingenjör',
  'arkitekt', 'ekolog', 'expert', 'specialist', 'analytiker', 'forskare', 'professor', 'lektor', 'rektor',
  'controller', 'konsult', 'rådgivare', 'talesperson', 'språkrör', 'ombudsman', 'inspektör', 'utredare',
  'ekonom', 'jurist', 'borgmästare', 'landshövding', 'ambassadör', 'förvaltare', 'informatör', 'ansvarig',
  'kommunalråd', 'oppositionsråd', 'regionråd', 'landstingsråd', 'borgarråd', 'statsråd', 'vd',
  'presschef', 'pressansvarig', 'politiker', 'förtroendevald', 'doktorand', 'assistent', 'biolog', 'ordf', 'justerare',
];
/** Words that qualify a role noun before it ("vice ordförande"). */
const ROLE_QUALIFIERS = new Set([
  'vice', 'biträdande', 'ställföreträdande', 'tillförordnad', 'tf', 't.f.', 'förste', 'andre', 'förre', 'f.d.',
  'tidigare', 'avgående', 'nyvald', 'nyvalde', 'tillträdande', 'senior',
]);
const QUOTE_VERBS = 'säger|sa|sade|berättar|menar|förklarar|fortsätter|konstaterar|betonar|understryker|påpekar|' +
  'framhåller|tillägger|avslutar|uppger|poängterar|kommenterar|svarar|tycker|anser|hälsar|skriver|inleder';
const QUOTE_BEFORE = new RegExp(`(?:^|[\\s,.!?”"»–-])(?:${QUOTE_VERBS})\\s+$`, 'iu');
const QUOTE_AFTER = new RegExp(`^\\s+(?:${QUOTE_VERBS})\\b`, 'iu');
const ENLIGT_BEFORE = /(?:^|\s)(?:enligt|av|med|intervju med)\s+$/iu;

/** Roles that tie a person to the state, a region or a party nationally, never to a municipality. */
const NON_MUNICIPAL_ROLE = /riksdag|minister|statsråd|region|landsting|landshövding|generaldirektör|partiledare|partisekreterare|språkrör|europaparlament/iu;
const MUNICIPAL_ORG = /kommun|förvaltning|nämnd|stad|styrelse|fullmäktige/iu;
const POLITICAL_ROLE = new RegExp([
  '(?:kommunal|oppositions|region|landstings|borgar|stats)råd', 'gruppledare', 'ledamot', 'ersättare', 'minister',
  'partiledare', 'partisekreterare', 'språkrör', 'politiker', 'förtroendevald',
  '(?:nämnd|styrelse|fullmäktige|fullmäktiges|utskott|beredning)\\S*\\s+(?:\\S+\\s+)?ordförande',
  'ordförande\\s+(?:i|för)\\s+(?:\\p{Ll}+a\\s+)?(?:\\S+-\\s+(?:och|eller)\\s+)?\\S*(?:nämnd|styrelse|fullmäktige|utskott|beredning)',
].join('|'), 'iu');

/** Tokens that never occur in a person's name (organisations, events, places, calendar words). */
const NOT_NAME_TOKENS = new Set([
  'AB', 'HB', 'KB', 'Region', 'Regionen', 'Kommun', 'Kommuns', 'Kommunen', 'Stad', 'Stads', 'Staden', 'Län',
  'Länsstyrelsen', 'Universitet', 'Universitetet', 'Högskola', 'Högskolan', 'Förening', 'Föreningen',
  'Förbund', 'Förbundet', 'Institutet', 'Verket', 'Myndigheten', 'Riksdagen', 'Regeringen', 'Sverige', 'Sveriges',
  'Day', 'Days', 'City', 'Cities', 'Group', 'Forum', 'Summit', 'Week', 'Award', 'Network', 'Program', 'Programme',
  'Center', 'Centre', 'Fund', 'Foundation', 'Agency', 'Institute', 'University', 'Lab', 'Labs', 'Arena',
  'Festival', 'Agenda', 'Klimatkontrakt', 'Pressmeddelande', 'Foto', 'Bild', 'Källa', 'Text', 'Kontakt',
  'Kontakter', 'Kontaktperson', 'Kontaktpersoner', 'Tfn', 'Tel', 'Telefon', 'Mobil',
  'Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag',
  'Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December',
]);
const NOT_NAME_SUFFIX = /(?:partiet|partiets|kommun|kommuns|förvaltningen|nämnden|styrelsen|bolaget|verket|myndigheten|institutet|föreningen|förbundet|rådet|staden|regionen)$/u;
/** Capitalised words that start sentences or clauses and are trimmed off the front of a name run. */
const LEADING_NON_NAME = new Set([
  'Enligt', 'Av', 'Med', 'Och', 'Men', 'När', 'Nu', 'Då', 'Det', 'Den', 'Detta', 'Som', 'För', 'Till', 'Från',
  'Om', 'I', 'På', 'Vid', 'Hos', 'Efter', 'Under', 'Inför', 'Även', 'Också', 'Här', 'Där', 'Vi', 'Jag', 'Hon',
  'Han', 'De', 'Dessutom', 'Samtidigt', 'Läs', 'Se', 'Ring', 'Mejla', 'Kontakta', 'Intervju', 'Tack', 'Hej',
  'Vice', 'Biträdande', 'Tidigare', 'Nyvalde', 'Nyvald',
]);

// ---------------------------------------------------------------------------------------------------
// Small helpers

const UPPER = /^\p{Lu}/u;
const NAME_TOKEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLES = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'du', 'da', 'di', 'la', 'le']);

/** Where a phone number, e-mail address or contact keyword starts in `s` (or -1). */
function contactCut(s: string): number {
  const m = /(?:^|[\s,(])(?:tfn|tel|telefon|mobil|mobilnummer|mob|växel|e-post|epost|mejl|mail|e-mail|email)\b\.?|[\w.+-]+@[\w-]+\.[\w.-]+|\[?https?:\/\/|(?:\+46|\b0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:[\s-]?\d{2,3}){1,3}\b/iu.exec(s);
  return m ? m.index : -1;
}

/** A word is a role noun (indefinite form) when it is a known head or a compound ending in one. */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[.:;]+$/, '');
  if (w === 'ordf') return true;
  const last = w.split('-').pop() ?? w;
  return ROLE_HEADS.some((h) => last === h || (h.length >= 4 && last.endsWith(h) && last.length > h.length + 2));
}

/** The indefinite form of a definite role noun ("kommunalrådet" → "kommunalråd"), or null. */
export function roleFromDefinite(word: string): string | null {
  const w = word.toLowerCase();
  for (const suf of ['en', 'et', 'n']) {
    if (w.endsWith(suf) && isRoleNoun(w.slice(0, -suf.length))) return w.slice(0, -suf.length);
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
  const w = word.replace(/[.,;:]+$/u, '');
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
  const c = content.trim();
  const riksdag = riksdagParty(c);
  if (riksdag) return riksdag;
  if (/\d|@/.test(c) || !UPPER.test(c)) return null;
  const words = c.split(/\s+/);
  if (words.length > 4 || !words.every((w) => UPPER.test(w) || PARTICLES.has(w) || /^(?:och|för|i|på)$/.test(w))) return null;
  if (words.some((w) => NOT_NAME_TOKENS.has(w))) return null;
  return /parti/iu.test(c) || words.length >= 2 ? c : null;
}

// ---------------------------------------------------------------------------------------------------
// Municipalities

interface Muni { start: number; end: number; name: string }

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
function municipalityAt(text: string, munis: Muni[], pos: number): { name: string; end: number } | null {
  const m = munis.find((x) => x.start === pos);
  if (!m) return null;
  const rest = /^(s?)(\s+(?:kommuns?|[Ss]tads?)\b)?/u.exec(text.slice(m.end))!;
  // A genitive that is not "Xs kommun" names something else: "Göteborgs universitet", "Umeå Energi".
  const genitive = rest[1] === 's' || (/s$/u.test(text.slice(m.start, m.end)) && !/s$/u.test(m.name));
  if (genitive && !rest[2] && /^s?\s+[\p{L}]/u.test(text.slice(m.end))) return null;
  return { name: m.name, end: m.end + rest[0].length };
}

/** The publishing municipality: the first one named in the first lines, else the most mentioned. */
function ownMunicipality(text: string, munis: Muni[]): string | null {
  if (!munis.length) return null;
  let seen = 0, headerEnd = 0;
  const lineRe = /[^\n]*\n?/g;
  for (let m = lineRe.exec(text); m && m[0]; m = lineRe.exec(text)) {
    headerEnd = m.index + m[0].length;
    if (m[0].trim() && ++seen >= 3) break;
  }
  const inHeader = munis.find((m) => m.start < headerEnd);
  if (inHeader) return inHeader.name;
  const counts = new Map<string, number>();
  for (const m of munis) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
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
  // "vatten- och miljönämndens", "strategi- och hållbarhetschef": one unit.
  for (let i = 0; i + 2 < out.length; i++) {
    if (/-$/.test(out[i]!.text) && /^(?:och|eller|&)$/.test(out[i + 1]!.text)) {
      out.splice(i, 3, { text: text.slice(out[i]!.start, out[i + 2]!.end), start: out[i]!.start, end: out[i + 2]!.end });
    }
  }
  return out;
}

/** A municipality name written before "kommuns"/"stads": the "Umeå" of "Umeå kommuns miljöchef". */
function placeBeforeHead(munis: Muni[], w: Word, next: Word | undefined): boolean {
  return next !== undefined && /^(?:kommuns|stads)$/iu.test(next.text) && munis.some((m) => m.start === w.start);
}

interface Modifiers { party: string | null; municipality: string | null; otherOrg: boolean; roleMods: Word[] }

/**
 * Sorts the genitives and qualifiers before a role noun. A party or a municipality genitive is not part of the
 * role: "Moderaternas gruppledare", "Timrås kommundirektör", "Umeå kommuns miljöchef", "Lunds stads strateg"
 * name the party and the municipality the person acts for, and "kommunens"/"stadens" the publishing one.
 * A municipality genitive before another genitive names something else ("Göteborgs universitets professor").
 */
function readModifiers(text: string, munis: Muni[], mods: Word[]): Modifiers {
  const out: Modifiers = { party: null, municipality: null, otherOrg: false, roleMods: [] };
  mods.forEach((m, idx) => {
    const next = mods[idx + 1];
    // "Moderaternas gruppledare", "Årelistans gruppledare": the party the person acts for, not part of the role.
    const p = riksdagParty(m.text) ?? localPartyName(m.text, true);
    if (p) { out.party ??= p; return; }
    const mu = municipalityAt(text, munis, m.start);
    if (mu) { out.municipality ??= mu.name; return; }
    if (PLACE_HEAD.test(m.text)) return;
    // The mention may or may not include the genitive s.
    const genitive = munis.find((x) => x.start === m.start && (x.end === m.end || x.end === m.end - 1));
    if (genitive && /s$/u.test(m.text)) {
      if (!next) { out.municipality ??= genitive.name; return; }
      out.otherOrg = true;
    }
    out.roleMods.push(m);
  });
  return out;
}

/**
 * A role phrase at the start of [start, end): optional genitives/qualifiers, a role noun, then organisation
 * words written directly after it, "i <body>", and "i/på/vid/från <municipality or organisation>".
 */
export function parseRoleAt(text: string, start: number, end: number, munis: Muni[]): RoleParse | null {
  let party: string | null = null;
  let localParty: string | null = null;
  const seg = text.slice(start, end);
  const br = /\s*\(([^()\n]{1,40})\)\s*$/u.exec(seg);
  if (br) { party = bracketParty(br[1]!); localParty = localPartyAbbreviation(br[1]!); end = start + br.index; }
  const words = wordsIn(text, start, end);
  let i = 0;
  const mods: Word[] = [];
  while (i < words.length && i < 4 && !isRoleNoun(words[i]!.text)) {
    const w = words[i]!.text;
    const isMod = ROLE_QUALIFIERS.has(w.toLowerCase()) || (/^[\p{L}-]+(?:\s+(?:och|eller|&)\s+[\p{L}-]+)?s$/u.test(w) && w.length > 3)
      || placeBeforeHead(munis, words[i]!, words[i + 1]);
    if (!isMod) return null;
    mods.push(words[i]!);
    i++;
  }
  const noun = words[i];
  if (!noun || !isRoleNoun(noun.text.replace(/[.,;:]+$/, ''))) return null;
  let tailMunicipality: string | null = null;
  const read = readModifiers(text, munis, mods);
  party ??= read.party;
  let municipality = read.municipality;
  let otherOrg = read.otherOrg;
  const roleMods = read.roleMods;
  let roleText = [...roleMods.map((m) => m.text), noun.text.replace(/[.,;:]+$/, '')].join(' ').toLowerCase();
  let last = noun.end;
  let j = i + 1;
  // Organisation words directly after the noun: "programchef Viable Cities", "projektledare Klimatneutrala Karlstad 2030".
  // A municipality among them is the one the person works for ("Klimatneutrala Karlstad 2030"), unless a capitalised
  // word follows it, which makes it a company's name ("Umeå Energi").
  while (j < words.length && (NAME_OR_ORG.test(words[j]!.text) || /^\d{4}$/.test(words[j]!.text))) {
    const mu = municipalityAt(text, munis, words[j]!.start);
    const after = words[j + 1]?.text ?? '';
    if (mu && (!NAME_OR_ORG.test(after) || MUNICIPAL_ORG.test(after))) tailMunicipality ??= mu.name;
    roleText += ' ' + words[j]!.text;
    last = words[j]!.end; j++;
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
    const prep = words[j]!.text.toLowerCase();
    const next = words[j + 1];
    if (!next || !/^(?:i|på|vid|från|hos|inom|för)$/.test(prep)) break;
    // "gruppledare för Vänsterpartiet i Solna": the party the role is held for, then the municipality.
    const forParty = prep === 'för' ? partyNameAt(text.slice(next.start, end)) : null;
    if (forParty) {
      party ??= forParty.party;
      const partyEnd = next.start + forParty.length;
      last = partyEnd;
      j += 1;
      while (j < words.length && words[j]!.start < partyEnd) j++;
      continue;
    }
    const mu = municipalityAt(text, munis, next.start);
    if (mu) { municipality = mu.name; last = mu.end; break; }
    // "i kommunstyrelsen", "i tekniska nämnden", "på miljöförvaltningen": a body of the municipality.
    if (/^(?:i|på|vid|inom)$/.test(prep)) {
      let k = j + 1;
      while (k < words.length && k - j <= 2 && /^\p{Ll}+[ae]$/u.test(words[k]!.text) && !MUNICIPAL_UNIT.test(words[k]!.text)) k++;
      const unit = words[k];
      if (unit && MUNICIPAL_UNIT.test(unit.text.replace(/[.,;:]+$/u, ''))) {
        roleText += ' ' + words.slice(j, k + 1).map((w) => w.text).join(' ').replace(/[.,;:]+$/u, '');
        last = unit.end; j = k + 1; continue;
      }
    }
    if (UPPER.test(next.text) && !MUNICIPAL_ORG.test(next.text)) otherOrg = true;
    break;
  }
  return { role: roleText, party, localParty, municipality: municipality ?? tailMunicipality, otherOrg, qualified: roleMods.length > 0 || read.municipality !== null, end: last };
}
/** Bodies and offices of a municipality, in the definite form used after "i"/"på". */
const MUNICIPAL_UNIT = /^(?:[\p{Ll}-]+-\s+(?:och|eller|&)\s+)?[\p{Ll}-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen|förvaltningen|kontoret|enheten|avdelningen|rådet)$/u;
const NAME_OR_ORG = /^(?:\p{Lu}[\p{L}-]*|[A-ZÅÄÖ]{2,})$/u;

// ---------------------------------------------------------------------------------------------------
// Candidates and evidence

interface Candidate { start: number; end: number; name: string; tokens: string[] }

/** Runs of capitalised tokens (with initials and particles inside), trimmed to 2–4 name tokens. */
export function nameCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![\p{L}\p{N}@.\-/])\p{Lu}(?:\.(?= \p{Lu})|[\p{L}-]*)(?:[ ]+(?:\p{Lu}(?:\.(?= \p{Lu})|[\p{L}-]*)|af|von|van|de|der|den|du|da|di|la|le)(?![\p{L}\p{N}]))*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/(?:[ ]+(?:af|von|van|de|der|den|du|da|di|la|le))+$/u, '');
    // Token offsets inside the run.
    const toks: { t: string; s: number }[] = [];
    const tr = /\S+/g;
    for (let t = tr.exec(raw); t; t = tr.exec(raw)) toks.push({ t: t[0], s: m.index + t.index });
    let a = 0;
    // Trim leading words that start clauses, role nouns and anything before the first given name.
    while (a < toks.length - 2 && (LEADING_NON_NAME.has(toks[a]!.t) || isRoleNoun(toks[a]!.t) || roleFromDefinite(toks[a]!.t) || (!isGivenName(toks[a]!.t) && isGivenName(toks[a + 1]!.t)))) a++;
    if (a < toks.length && (LEADING_NON_NAME.has(toks[a]!.t) || isRoleNoun(toks[a]!.t) || roleFromDefinite(toks[a]!.t))) a++;
    const kept = toks.slice(a);
    if (kept.length < 2 || kept.length > 4) continue;
    const first = kept[0]!.t, lastTok = kept[kept.length - 1]!.t;
    if (!NAME_TOKEN.test(first) || !NAME_TOKEN.test(lastTok)) continue;
    if (!kept.every((k) => NAME_TOKEN.test(k.t) || INITIAL.test(k.t) || PARTICLES.has(k.t))) continue;
    if (kept.filter((k) => NAME_TOKEN.test(k.t)).length < 2) continue;
    if (kept.some((k) => NOT_NAME_TOKENS.has(k.t) || NOT_NAME_SUFFIX.test(k.t) || riksdagParty(k.t))) continue;
    const start = kept[0]!.s, end = kept[kept.length - 1]!.s + lastTok.length;
    out.push({ start, end, name: text.slice(start, end), tokens: kept.map((k) => k.t) });
  }
  return out;
}

interface Evidence {
  party: string | null;
  /** A local party's abbreviation in brackets; used as the party when the role is political. */
  localParty: string | null;
  role: string | null;
  municipality: string | null;
  otherOrg: boolean;
  /** Points from the context (party, role, quote verb, contact block, signature). */
  context: number;
}

const MARKUP = /^[\s*#_>•·\-–]+|[\s*#_]+$/gu;
const stripMarkup = (s: string) => s.replace(MARKUP, '');

function lineBounds(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  const e = text.indexOf('\n', pos);
  return [s, e < 0 ? text.length : e];
}

/** End of the clause that follows a name: sentence end, dash, line end or contact details. */
function clauseEnd(text: string, pos: number, lineEnd: number): number {
  const s = text.slice(pos, lineEnd);
  let end = s.length;
  const stop = /[.!?](?=\s|$)|\s[–—]\s|[;:”"»]/u.exec(s);
  if (stop) end = stop.index;
  const c = contactCut(s);
  if (c >= 0 && c < end) end = c;
  return pos + end;
}

/** Evidence in the words before the name: a role noun (definite, or qualified by genitives) and a party genitive. */
function evidenceBefore(text: string, cand: Candidate, lineStart: number, munis: Muni[], ev: Evidence): void {
  const before = text.slice(lineStart, cand.start).replace(/\*+$/u, '');
  if (QUOTE_BEFORE.test(before)) ev.context += 1;
  else if (ENLIGT_BEFORE.test(before)) ev.context += 0.5;
  const words = wordsIn(text, lineStart, lineStart + before.length);
  const last = words[words.length - 1];
  if (!last || last.end !== lineStart + before.trimEnd().length) return;
  const partyGenitive = /s$/u.test(last.text) ? riksdagParty(last.text) : null;
  if (partyGenitive) { ev.party ??= partyGenitive; ev.context += 2; return; }
  const definite = roleFromDefinite(last.text);
  if (!definite && !isRoleNoun(last.text)) return;
  // Qualifiers and genitives before the role noun.
  let k = words.length - 2;
  const mods: Word[] = [];
  while (k >= 0 && mods.length < 3) {
    const w = words[k]!.text;
    if (ROLE_QUALIFIERS.has(w.toLowerCase()) || (/^[\p{L}-]+(?:\s+(?:och|eller|&)\s+[\p{L}-]+)?s$/u.test(w) && w.length > 3 && !/^(?:hans|hennes|deras|dess|alls|annars|sedans)$/iu.test(w))
      || placeBeforeHead(munis, words[k]!, mods[0])) {
      mods.unshift(words[k]!); k--;
    } else break;
  }
  const read = readModifiers(text, munis, mods);
  if (read.party) ev.party ??= read.party;
  if (read.municipality) ev.municipality ??= read.municipality;
  if (read.otherOrg) ev.otherOrg = true;
  // A label before the name ("Ordförande: Lena Åberg") keeps no punctuation in the role.
  ev.role ??= [...read.roleMods.map((m) => m.text.toLowerCase()), definite ?? last.text.toLowerCase().replace(/[.,;:]+$/u, '')].join(' ');
  ev.context += definite || mods.length ? 2 : 1;
}

/** Evidence after the name on the same line: "(S)", ", role, municipality", "från Region X", a quote verb. */
function evidenceAfter(text: string, cand: Candidate, lineEnd: number, munis: Muni[], ev: Evidence): void {
  let pos = cand.end;
  const skip = (re: RegExp) => { const m = re.exec(text.slice(pos, lineEnd)); if (m) pos += m[0].length; return m; };
  skip(/^\*+/u);
  const br = skip(/^\s*\(([^()\n]{1,40})\)/u);
  if (br) {
    const p = bracketParty(br[1]!);
    if (p) { ev.party ??= p; ev.context += 2; }
    else ev.localParty ??= localPartyAbbreviation(br[1]!);
  }
  skip(/^\*+/u);
  if (QUOTE_AFTER.test(text.slice(pos, lineEnd))) ev.context += 1;
  const prep = /^\s+(?:från|på|vid|hos|i)\s+/u.exec(text.slice(pos, lineEnd));
  if (prep) {
    const at = pos + prep[0].length;
    const mu = municipalityAt(text, munis, at);
    if (mu) ev.municipality ??= mu.name;
    else if (UPPER.test(text.charAt(at))) ev.otherOrg = true;
    return;
  }
  if (!skip(/^\s*,\s*/u)) return;
  const end = clauseEnd(text, pos, lineEnd);
  let index = 0, partyFirst = false;
  while (pos < end) {
    const comma = text.indexOf(',', pos);
    const segEnd = comma >= 0 && comma < end ? comma : end;
    const lead = /^\s*/u.exec(text.slice(pos, segEnd))![0].length;
    const segStart = pos + lead;
    const seg = text.slice(segStart, segEnd).trim();
    if (!seg) break;
    const p = riksdagParty(seg.replace(/^för\s+/iu, ''));
    if (p && !ev.party) {
      ev.party = p; ev.context += 2; partyFirst = index === 0;
    } else if (!ev.role && (index === 0 || (index === 1 && partyFirst))) {
      const r = parseRoleAt(text, segStart, segEnd, munis);
      if (!r) break;
      ev.role = r.role;
      if (r.party) { ev.party ??= r.party; ev.context += 1; }
      ev.localParty ??= r.localParty;
      if (r.municipality) ev.municipality ??= r.municipality;
      if (r.otherOrg) ev.otherOrg = true;
      ev.context += r.qualified || POLITICAL_ROLE.test(r.role) ? 2 : 1;
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
function evidenceBlock(text: string, cand: Candidate, lineStart: number, lineEnd: number, munis: Muni[], ev: Evidence): void {
  const line = stripMarkup(text.slice(lineStart, lineEnd));
  const own = new RegExp(`^${escapeRe(cand.name)}(?:\\s*\\(([^()]{1,40})\\))?\\s*,?$`, 'u').exec(line);
  if (!own) return;
  let pos = lineEnd + 1, seen = 0;
  while (pos < text.length && seen < 4) {
    const [ls, le] = lineBounds(text, pos);
    pos = le + 1;
    const raw = text.slice(ls, le);
    const l = stripMarkup(raw);
    if (!l) continue;
    seen++;
    if (l === line || l === cand.name) continue;
    const cut = contactCut(l);
    if (cut === 0) { ev.context += 1; continue; }
    const party = partyLine(l);
    if (party) { ev.party ??= party; ev.context += 2; continue; }
    const off = ls + raw.indexOf(l);
    const body = cut > 0 ? l.slice(0, cut).trim() : l;
    if (body.split(/\s+/).length <= 8) {
      // "Gruppledare, Miljöpartiet de gröna i Karlskrona": a role, then the party and the municipality.
      const comma = body.indexOf(',');
      const r = parseRoleAt(text, off, off + (comma > 0 ? comma : body.length), munis);
      if (r && comma > 0 && !ev.role) {
        const rest = signatureRest(text, off + comma + 1, off + body.length, munis);
        if (rest) {
          ev.role = r.role;
          ev.party ??= r.party ?? rest.party;
          ev.municipality ??= r.municipality ?? rest.municipality;
          if (r.otherOrg) ev.otherOrg = true;
          ev.context += rest.party ? 2 : 1;
          continue;
        }
      } else if (r && !ev.role) {
        ev.role = r.role;
        if (r.party) ev.party ??= r.party;
        if (r.municipality) ev.municipality ??= r.municipality;
        if (r.otherOrg) ev.otherOrg = true;
        ev.context += 1;
        continue;
      }
      const mu = municipalityAt(text, munis, off);
      if (mu && mu.end >= off + body.length - 1) { ev.municipality ??= mu.name; continue; }
    }
    break;
  }
  // "För Vänsterpartiet" on the line before a signature.
  const prevEnd = lineStart - 1;
  if (prevEnd > 0) {
    const prev = stripMarkup(text.slice(lineBounds(text, prevEnd - 1)[0], prevEnd));
    const p = /^för\s/iu.test(prev) ? partyLine(prev) : null;
    if (p) { ev.party ??= p; ev.context += 2; }
  }
}

/**
 * What follows the role on a signature line after a comma: a party, optionally "i <municipality>" ("Miljöpartiet
 * de gröna i Karlskrona", "Årelistan"), or a municipality alone ("Karlskrona kommun"). Null for anything else.
 */
function signatureRest(text: string, start: number, end: number, munis: Muni[]): { party: string | null; municipality: string | null } | null {
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

/** A signature line naming a party: "Vänsterpartiet", "För Vänsterpartiet", "Vänsterpartiet i Tierp", "För Sjukvårdspartiet". */
const PARTY_LINE = new RegExp(`^(?:för\\s+)?(${PARTY_NAME_SOURCE})(.*)$`, 'iu');
function partyLine(line: string): string | null {
  const m = PARTY_LINE.exec(line);
  if (m && /^(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:kommun|stad))?)?$/u.test(m[2]!)) return riksdagParty(m[1]!);
  const f = /^för\s+(.+)$/iu.exec(line);
  return f ? bracketParty(f[1]!) : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function evidenceFor(text: string, cand: Candidate, munis: Muni[]): Evidence {
  const ev: Evidence = { party: null, localParty: null, role: null, municipality: null, otherOrg: false, context: 0 };
  const [ls, le] = lineBounds(text, cand.start);
  evidenceBefore(text, cand, ls, munis, ev);
  evidenceAfter(text, cand, le, munis, ev);
  evidenceBlock(text, cand, ls, le, munis, ev);
  return ev;
}

// ---------------------------------------------------------------------------------------------------
// Values

function personValue(name: string, ev: Evidence, own: string | null): PersonValue {
  const politicalRole = ev.role !== null && POLITICAL_ROLE.test(ev.role);
  const party = ev.party ?? (politicalRole ? ev.localParty : null);
  const politician = party !== null || politicalRole;
  let municipality = ev.municipality;
  if (!municipality && !ev.otherOrg && ev.role && !NON_MUNICIPAL_ROLE.test(ev.role)) {
    // Organisation words after the role noun that are not municipal mean another organisation.
    const tail = ev.role.split(/\s+/).filter((w) => UPPER.test(w));
    const municipal = tail.length === 0 || tail.some((w) => MUNICIPAL_ORG.test(w));
    if (municipal) municipality = own;
  } else if (!municipality && !ev.otherOrg && !ev.role && party) {
    municipality = own;
  }
  return { name, party, role: ev.role, municipality, politician };
}

function extractPeople(doc: ExtractorInput, ctx: ExtractorContext): PersonMention[] {
  const text = doc.text;
  const candidates = nameCandidates(text);
  // A municipality inside a person's name ("Anna Lund") is part of the name.
  const inName = candidates.filter((c) => isGivenName(c.tokens[0]!));
  const munis = municipalitiesOf(text, ctx).filter((m) => !inName.some((c) => m.start < c.end && c.start < m.end));
  const own = ownMunicipality(text, munis);
  const muniNames = new Set(munis.map((m) => m.name));
  const found: { cand: Candidate; ev: Evidence }[] = [];
  const accepted = new Set<string>();
  for (const cand of candidates) {
    if (cand.tokens.every((t) => muniNames.has(t) || muniNames.has(t.replace(/s$/u, '')))) continue;
    const ev = evidenceFor(text, cand, munis);
    found.push({ cand, ev });
    const given = isGivenName(cand.tokens[0]!) ? 1 : 0;
    if (ev.context >= 1 && ev.context + given >= 2) accepted.add(cand.name);
  }
  return found
    .filter(({ cand }) => accepted.has(cand.name))
    .map(({ cand, ev }) => ({
      kind: 'person' as const, start: cand.start, end: cand.end, text: cand.name,
      value: personValue(cand.name, ev, own), rule: 'people.name+evidence',
    }));
}

export const peopleExtractor: Extractor<'people'> = {
  name: 'people',
  version: 5,
  creates: ['person'],
  rules: { 'people.name+evidence': 'a capitalised name supported by a party, role, quote verb, contact block or signature' },
  run: (doc, ctx) => extractPeople(doc, ctx),
};
