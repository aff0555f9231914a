// Party lexicon: every written form of a Riksdag party that the people extractor reads, with today's
// abbreviation (S, M, SD, C, V, KD, L, MP). Old names map to today's party (Folkpartiet → L). Data only.
//
// Each row is one written form and how it is used:
// - `abbreviation`: letters, in brackets or after a comma ('(S)', '(s)', ', MP,'); genitive with a colon ('MP:s').
// - `name`: the written-out name (nominative; the genitive adds -s: 'Vänsterpartiets').
// - `old-name`: a former name, read as today's party ('Folkpartiet', 'Nya Moderaterna').
// - `colloquial`: a short name in news text ('Centern', 'Moderaterna' are names; 'Centerns' genitive).
// - `adjective`: the party adjective before a role noun, any inflection ('centerpartistisk ledamot',
//   'socialdemokratiska kommunalrådet').
// - `member`: the noun for a party member, definite before a name ('moderaten Per Öberg', 'Socialdemokraten Lena
//   Ås'). A party letter before a role noun works too ('S-kommunalrådet', 'C-politikern'), from the abbreviations.
// `example` is a phrase in which the form gives a person the party (a test reads every example).

export type PartyFormKind = 'abbreviation' | 'name' | 'old-name' | 'colloquial' | 'adjective' | 'member';

export interface PartyForm {
  written: string;
  party: string;
  kind: PartyFormKind;
  /** A phrase naming one person whose party comes from this form. */
  example: string;
}

export const PARTY_FORMS: readonly PartyForm[] = [
  { written: 'S', party: 'S', kind: 'abbreviation', example: 'säger Anna Berg (S), kommunalråd.' },
  { written: 'M', party: 'M', kind: 'abbreviation', example: 'säger Per Åkesson (M), oppositionsråd.' },
  { written: 'SD', party: 'SD', kind: 'abbreviation', example: 'säger Jörgen Ek (SD), ledamot i kommunfullmäktige.' },
  { written: 'C', party: 'C', kind: 'abbreviation', example: 'säger Ingela Ström (C), kommunalråd.' },
  { written: 'V', party: 'V', kind: 'abbreviation', example: 'interpellation från Sven Öhman (V).' },
  { written: 'KD', party: 'KD', kind: 'abbreviation', example: 'säger Bo Brändström (KD), gruppledare.' },
  { written: 'L', party: 'L', kind: 'abbreviation', example: 'motion från Märta Holm (L).' },
  { written: 'MP', party: 'MP', kind: 'abbreviation', example: 'Det menar MP:s gruppledare Åsa Lind.' },
  { written: 'FP', party: 'L', kind: 'abbreviation', example: 'säger Karin Sjö (Fp), kommunalråd.' },
  { written: 'Socialdemokraterna', party: 'S', kind: 'name', example: 'Tove Åberg, Socialdemokraterna, kommunalråd' },
  { written: 'Socialdemokratiska arbetarepartiet', party: 'S', kind: 'name', example: 'Lars Öst (Socialdemokratiska arbetarepartiet)' },
  { written: 'Arbetarepartiet Socialdemokraterna', party: 'S', kind: 'name', example: 'Lars Öst (Arbetarepartiet Socialdemokraterna)' },
  { written: 'Moderaterna', party: 'M', kind: 'name', example: 'Det menar Moderaternas gruppledare Björn Åkesson.' },
  { written: 'Moderata samlingspartiet', party: 'M', kind: 'name', example: 'Lars Öst (Moderata samlingspartiet)' },
  { written: 'Nya moderaterna', party: 'M', kind: 'old-name', example: 'Nya Moderaternas Lars-Göran Ekström föreslog i motionen att kommunen bygger.' },
  { written: 'Sverigedemokraterna', party: 'SD', kind: 'name', example: 'Jörgen Ek\nLedamot\nSverigedemokraterna i Ystad' },
  { written: 'Centerpartiet', party: 'C', kind: 'name', example: 'Ingela Ström\nCenterpartiet i Vimmerby' },
  { written: 'Centern', party: 'C', kind: 'colloquial', example: 'Det menar Centerns gruppledare Åsa Lind.' },
  { written: 'Vänsterpartiet', party: 'V', kind: 'name', example: 'För Vänsterpartiet\nIda Lindberg\nGruppledare' },
  { written: 'Kristdemokraterna', party: 'KD', kind: 'name', example: 'Det anser Kristdemokraternas Viktor Malm.' },
  { written: 'Kristdemokratiska samhällspartiet', party: 'KD', kind: 'old-name', example: 'Lars Öst (Kristdemokratiska samhällspartiet)' },
  { written: 'Liberalerna', party: 'L', kind: 'name', example: 'säger Sofie Hägg, Liberalerna, vice ordförande i sociala nämnden.' },
  { written: 'Folkpartiet', party: 'L', kind: 'old-name', example: 'säger Erik Björk, Folkpartiet, kommunalråd.' },
  { written: 'Folkpartiet liberalerna', party: 'L', kind: 'old-name', example: 'Lars Öst (Folkpartiet liberalerna)' },
  { written: 'Miljöpartiet de gröna', party: 'MP', kind: 'name', example: 'Frågan drivs av Ingrid Sjöberg, Miljöpartiet de gröna, gruppledare.' },
  { written: 'Miljöpartiet', party: 'MP', kind: 'name', example: 'menar Miljöpartiets kommunalråd Katarina Öhrn.' },
  { written: 'socialdemokratisk', party: 'S', kind: 'adjective', example: 'säger Nils Åhman, socialdemokratisk ledamot i kommunstyrelsen.' },
  { written: 'moderat', party: 'M', kind: 'adjective', example: 'säger det moderata kommunalrådet Åsa Lind.' },
  { written: 'sverigedemokratisk', party: 'SD', kind: 'adjective', example: 'säger Jörgen Ek, sverigedemokratisk ledamot i fullmäktige.' },
  { written: 'centerpartistisk', party: 'C', kind: 'adjective', example: 'Det är Caroline Öberg, centerpartistisk ledamot i kommunfullmäktige, som ligger bakom motionen.' },
  { written: 'vänsterpartistisk', party: 'V', kind: 'adjective', example: 'säger det vänsterpartistiska kommunalrådet Åsa Lind.' },
  { written: 'kristdemokratisk', party: 'KD', kind: 'adjective', example: 'säger Pär Ek, kristdemokratisk ersättare i byggnadsnämnden.' },
  { written: 'liberal', party: 'L', kind: 'adjective', example: 'säger det liberala kommunalrådet Åsa Lind.' },
  { written: 'folkpartistisk', party: 'L', kind: 'adjective', example: 'säger Pär Ek, folkpartistisk ledamot i kommunfullmäktige.' },
  { written: 'miljöpartistisk', party: 'MP', kind: 'adjective', example: 'säger Pär Ek, miljöpartistisk ledamot i miljönämnden.' },
  { written: 'socialdemokrat', party: 'S', kind: 'member', example: 'Det menar socialdemokraten Lena Åhs.' },
  { written: 'moderat', party: 'M', kind: 'member', example: 'Det menar moderaten Per Öberg.' },
  { written: 'sverigedemokrat', party: 'SD', kind: 'member', example: 'Det anser sverigedemokraten Per Öberg.' },
  { written: 'centerpartist', party: 'C', kind: 'member', example: 'Det anser centerpartisten Per Öberg.' },
  { written: 'vänsterpartist', party: 'V', kind: 'member', example: 'Det anser vänsterpartisten Per Öberg.' },
  { written: 'kristdemokrat', party: 'KD', kind: 'member', example: 'Det anser kristdemokraten Per Öberg.' },
  { written: 'liberal', party: 'L', kind: 'member', example: 'Det anser liberalen Per Öberg.' },
  { written: 'folkpartist', party: 'L', kind: 'member', example: 'Det anser folkpartisten Per Öberg.' },
  { written: 'miljöpartist', party: 'MP', kind: 'member', example: 'Det anser miljöpartisten Per Öberg.' },
];

/** Riksdag parties: abbreviation → written-out names (nominative). */
export const PARTIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'].map((abbr) => [abbr, PARTY_FORMS
    .filter((f) => f.party === abbr && (f.kind === 'name' || f.kind === 'old-name' || f.kind === 'colloquial')).map((f) => f.written)]),
);

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  PARTY_FORMS.filter((f) => f.kind === 'abbreviation').map((f) => [f.written, f.party]),
);
const FULL_NAMES: ReadonlyMap<string, string> = new Map(
  PARTY_FORMS.filter((f) => f.kind !== 'abbreviation' && f.kind !== 'adjective' && f.kind !== 'member').map((f) => [f.written.toLowerCase(), f.party]),
);
const ADJECTIVES: readonly PartyForm[] = PARTY_FORMS.filter((f) => f.kind === 'adjective');
const MEMBERS: readonly PartyForm[] = PARTY_FORMS.filter((f) => f.kind === 'member');

/** Regex source matching any written-out Riksdag party name (longest first); the caller adds any genitive. */
export const PARTY_NAME_SOURCE = [...FULL_NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');

/**
 * The Riksdag abbreviation for a party as written: "S", "(s)", "FP", "MP:s", "Vänsterpartiet", "Miljöpartiet de
 * gröna", "Vänsterpartiets" (genitive), "Nya Moderaternas". Null when it is not a Riksdag party.
 */
export function riksdagParty(written: string): string | null {
  const s = written.trim().replace(/\s+/g, ' ').replace(/^\(|\)$/g, '');
  const abbr = /^([A-Za-zÅÄÖåäö]{1,2})(?::s)?$/.exec(s);
  if (abbr) return ABBREVIATIONS.get(abbr[1]!.toUpperCase()) ?? null;
  const lower = s.toLowerCase();
  return FULL_NAMES.get(lower) ?? (lower.endsWith('s') ? FULL_NAMES.get(lower.slice(0, -1)) ?? null : null);
}

/**
 * The party of a party adjective in any inflection: "centerpartistisk", "socialdemokratiska", "moderata",
 * "liberala". Null for other words.
 */
export function partyOfAdjective(word: string): string | null {
  const w = word.toLowerCase().replace(/[.,;:]+$/u, '');
  for (const f of ADJECTIVES) {
    if (w === f.written || w === `${f.written}a` || w === `${f.written}t` || w === `${f.written}e`) return f.party;
  }
  return null;
}

/** The party of a party member's noun in the definite form: "moderaten", "Socialdemokraten", "miljöpartisten". */
export function partyOfMember(word: string): string | null {
  const w = word.toLowerCase().replace(/[.,;:]+$/u, '');
  for (const f of MEMBERS) if (w === `${f.written}en`) return f.party;
  return null;
}

/** A party letter before a role noun: "S-kommunalrådet" → S and "kommunalrådet"; "C-politikern" → C. */
export function partyPrefix(word: string): { party: string; rest: string } | null {
  const m = /^([A-ZÅÄÖ]{1,2}|Fp|Kd|Mp)-(\p{Ll}.+)$/u.exec(word);
  const party = m ? ABBREVIATIONS.get(m[1]!.toUpperCase()) : undefined;
  return m && party ? { party, rest: m[2]! } : null;
}
