// Waves: which wave (våg) of Viable Cities' "Klimatneutrala städer 2030" a municipality belongs to, only
// where the text ties a named municipality to a wave number or ordinal:
//   - a label and its list: "Kommuner i våg 1 (med sedan fas 1)<TAB>Enköping, Järfälla, …", "I våg 2 ingår
//     Borås och Gävle", "Våg 2-kommunerna Borlänge, Borås …", a label line followed by list lines;
//   - a municipality (or a list of them) and a membership verb: "Umeå är en av nio städer i första vågen",
//     "Borås ingår i våg 2", "Skövde blev en del av den tredje vågen", "Umeå (med sedan fas 1)", a relative
//     clause "…, som utgör den första vågen", "Göteborg har varit med i satsningen sedan den första vågen";
//   - companions of a municipality placed in a wave: "Gävle ingår i våg 2 av satsningen, tillsammans med bland
//     annat Borås och Skellefteå", "Umeå, liksom Lund, ingår i den första vågen".
// Every cohort is a wave, but a phase (fas) is the programme's: all cities take part in the later phases,
// so only joining a phase ("kom med i fas 2", "med sedan fas 2") or being in phase 1 says which wave.
// The words between a municipality and the wave must all come from a small vocabulary (time adverbials such
// as "förra året", "under hösten 2023" aside), so that
// "Kalmar är med när den andra fasen startar" or "Umeå är inte med i våg 2" give nothing.
// An anaphoric wave ("i samma våg", "i den vågen", "denna fas") takes the number of the wave named before it in its
// own or the five previous sentences (not across a heading), when those name only one number:
// "Kalmar ingår i våg 2. I samma våg ingår Borås."
import { unitsOf, type Unit } from './clauses.js';
import { execAll, LETTER } from './regex.js';
import { splitSentences } from './sentences.js';
import type { Extractor, ExtractorContext, ExtractorInput, MunicipalityMention, WaveMention } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Wave expressions

const ORDINALS: Readonly<Record<string, number>> = {
  första: 1, andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, '1:a': 1, '2:a': 2, '3:e': 3, '4:e': 4, '5:e': 5,
};
const NUMBER_WORDS: Readonly<Record<string, number>> = { ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6 };

const COHORT_SUFFIX = '(?:-(kommunerna|kommuner|städerna|städer))?';
// "den tredje vågen", "första våg", "våg 2", "våg två", "fas 1", "våg 2-kommunerna"
const WAVE_RE = new RegExp(
  `(?<!${LETTER}|\\d)(?:(${Object.keys(ORDINALS).join('|')})\\s+(våg|fas)(?:en)?|(våg|fas)\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}))` +
  `(?![\\p{L}\\d])${COHORT_SUFFIX}`, 'giu');

interface WaveExpr {
  start: number;
  end: number;
  wave: number;
  phase: boolean; // fas rather than våg
  cohortSuffix: boolean; // "våg 2-kommunerna"
  inParentheses: boolean;
}

// "samma våg", "samma vågen", "den vågen", "denna våg", "den här fasen"; not "samma våg som …", which compares.
const ANAPHORIC_WAVE_RE = new RegExp(String.raw`(?<!${LETTER}|\d)(?:samma|denna|den\s+här|den(?=\s+(?:vågen|fasen)))\s+(våg|fas)(?:en)?(?![\p{L}\d])(?!\s+som(?![\p{L}\d]))`, 'giu');
/** How many sentences back an anaphoric wave may look for the wave it refers to. */
const ANAPHORA_SENTENCES = 5;

/** A sentence without closing punctuation is a heading or a label: a new topic starts after it. */
const HEADING = /[^.!?:;”"»)]$/u;

/** Anaphoric waves resolved to the one wave number named shortly before them. */
function anaphoricWaves(text: string, explicit: WaveExpr[]): WaveExpr[] {
  const sentences = splitSentences(text);
  const out: WaveExpr[] = [];
  for (const m of execAll(ANAPHORIC_WAVE_RE, text)) {
    const at = sentences.findIndex((x) => m.index < x.end);
    if (at < 0) continue;
    let first = at;
    while (first > 0 && at - first < ANAPHORA_SENTENCES && !HEADING.test(sentences[first - 1]!.text)) first--;
    const from = sentences[first]!.start;
    const antecedents = explicit.filter((w) => w.start >= from && w.end <= m.index);
    const numbers = new Set(antecedents.map((w) => w.wave));
    if (numbers.size !== 1) continue;
    const phase = m[1]!.toLowerCase() === 'fas';
    // A phase refers back to a phase, a wave to a wave.
    if (antecedents.some((w) => w.phase !== phase)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, wave: antecedents[0]!.wave, phase, cohortSuffix: false, inParentheses: false });
  }
  return out;
}

function findWaveExpressions(text: string): WaveExpr[] {
  const explicit = findExplicitWaves(text);
  return [...explicit, ...anaphoricWaves(text, explicit)].sort((a, b) => a.start - b.start);
}

function findExplicitWaves(text: string): WaveExpr[] {
  const out: WaveExpr[] = [];
  for (const m of execAll(WAVE_RE, text)) {
    const noun = (m[2] ?? m[3])!.toLowerCase();
    const wave = m[1] ? ORDINALS[m[1].toLowerCase()] : /^\d+$/.test(m[4]!) ? Number(m[4]) : NUMBER_WORDS[m[4]!.toLowerCase()];
    if (!wave || wave > 9) continue;
    const before = text.slice(lineStartOf(text, m.index), m.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    out.push({
      start: m.index, end: m.index + m[0].length, wave, phase: noun === 'fas',
      cohortSuffix: m[5] !== undefined, inParentheses: depth > 0,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Groups: municipalities listed together ("Borlänge, Borås och Eskilstuna")

const LIST_SEPARATOR = /^(?:\s*[,;/&]\s*(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller|respektive)\s+)$/u;

function groupMentions(text: string, mentions: MunicipalityMention[]): MunicipalityMention[][] {
  const groups: MunicipalityMention[][] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const last = groups.at(-1)?.at(-1);
    if (last && LIST_SEPARATOR.test(text.slice(last.end, m.start))) groups.at(-1)!.push(m);
    else groups.push([m]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------
// Ties between a group and a wave expression

const STATIC_VERBS = new Set([
  'är', 'var', 'varit', 'blev', 'blir', 'blivit', 'ingår', 'ingick', 'ingått', 'tillhör', 'tillhörde', 'tillhört',
  'finns', 'fanns', 'funnits', 'deltar', 'deltog', 'deltagit', 'hör', 'hörde', 'räknas', 'befinner',
]);
const JOIN_VERBS = new Set([
  'anslöt', 'ansluter', 'anslutit', 'ansluts', 'anslöts', 'antogs', 'antagits', 'antas', 'valdes', 'valts',
  'väljs', 'togs', 'tagits', 'tas', 'gick', 'gått', 'går', 'kom', 'kommit', 'kommer', 'tillkom', 'tillkommit',
  'tillkommer', 'inkluderades', 'upptogs',
]);
/** Verbs of relative clauses and appositions that name the cohort: "…, som utgör den första vågen". */
const COHORT_VERBS = new Set(['utgör', 'utgjorde', 'utgjort', 'bildar', 'bildade', 'bildat']);
/** Words that may stand between a municipality and its wave besides the verbs. */
const FILLER = new Set([
  'som', 'också', 'även', 'nu', 'numera', 'har', 'hade', 'redan', 'tidigare', 'en', 'ett', 'av', 'de', 'den',
  'det', 'i', 'till', 'in', 'ut', 'med', 'bland', 'inom', 'från', 'del', 'delen', 'städer', 'städerna',
  'kommuner', 'kommunerna', 'svenska', 'nya', 'utvald', 'utvalda', 'antagen', 'antagna', 'viable', 'cities',
  'programmets', 'satsningens', 'sedan', 'sig', ',', '(', '–', '-',
  // the programme itself: "med i satsningen sedan den första vågen", "i Viable Cities satsning … 2030"
  'satsningen', 'satsning', 'programmet', 'program', 'klimatneutrala',
]);
const NUMBER_WORD = /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo\p{L}*|trettio\p{L}*|fyrtio\p{L}*|femtio\p{L}*)$/u;
const NEGATION = new Set(['inte', 'ej', 'aldrig', 'ingen', 'inga', 'icke']);

type Tie = 'static' | 'join' | 'none';

const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
const SEASON = '(?:hösten|våren|sommaren|vintern)';
/** Time adverbials that may stand anywhere in a clause: "blev förra året en del av", "ingår sedan 2021 i". */
const TIME_ADVERBIAL = new RegExp(
  `(?<!${LETTER}|\\d)(?:` + [
    '(?:förra|förrförra|detta|samma)\\s+(?:år|året|månad|månaden|vecka|veckan)',
    'i\\s+(?:fjol|år|höstas|våras|somras|vintras|dag|går)',
    'nyligen', 'sedan\\s+länge', 'för\\s+\\p{L}+\\s+år\\s+sedan',
    `(?:(?:i|under|sedan|från|efter)\\s+)?(?:${SEASON}|${MONTH})(?:\\s+\\d{4})?`,
    '(?:i|under|sedan|från|efter)\\s+\\d{4}',
  ].join('|') + ')(?![\\p{L}\\d])', 'giu');

const isVerb = (t: string | undefined): boolean => t !== undefined && (STATIC_VERBS.has(t) || JOIN_VERBS.has(t));

/** How the words in `gap` tie what precedes to what follows; null when some word does not belong there. */
function tieOf(gap: string): Tie | null {
  // At most 14 words may tie a municipality to its wave: a longer gap ties nothing (and is not worth reading).
  if (gap.length > 400 || gap.includes('\n')) return null;
  const tokens = gap.replace(TIME_ADVERBIAL, ' ').toLowerCase().match(/\d+|[\p{L}]+|[^\s\p{L}\d]/gu) ?? [];
  if (tokens.length > 14) return null;
  let tie: Tie = 'none';
  for (const [i, t] of tokens.entries()) {
    if (NEGATION.has(t)) return null;
    // Coordinated predicates with one subject: "Västerås gick med i satsningen och hör till den tredje vågen".
    // Only before a membership verb, so that "och" never joins a second subject or object to the municipality.
    if (t === 'och' && i > 0 && isVerb(tokens[i + 1])) continue;
    if (JOIN_VERBS.has(t)) tie = 'join';
    else if (STATIC_VERBS.has(t) || COHORT_VERBS.has(t)) { if (tie === 'none') tie = 'static'; }
    else if (!FILLER.has(t) && !NUMBER_WORD.test(t)) return null;
  }
  // "med sedan fas 1", "med från den första vågen": there since it joined.
  const beforeWave = tokens.at(-1) === 'den' ? tokens.at(-2) : tokens.at(-1);
  return beforeWave === 'sedan' || beforeWave === 'från' ? 'join' : tie;
}

/** Is a phase or wave tied this way a wave? Phase 1 held only the first wave; later phases hold them all. */
const saysWave = (w: WaveExpr, tie: Tie): boolean => !w.phase || tie === 'join' || w.wave === 1;

const stripParentheticals = (s: string): string => s.replace(/\([^()\n]*\)/gu, ' ');
/** Before a label's wave expression: a bullet or nothing, or "Kommuner i ", "Städerna i den ", "Kommuner med sedan ". */
const LABEL_HEAD = /^[\s\p{P}\p{S}]*(?:(?:kommuner|kommunerna|städer|städerna|deltagare|deltagarna|medlemmar|medlemmarna)(?!\p{L})(.*))?$/isu;
/** Between a label and its list: a tab, a colon, a dash, a line break, a bullet. */
const LABEL_GAP = /^[\s|:–—\-•·▪◦*]*$/u;
/** "I våg 2 ingår …", "Städerna i den tredje vågen är …", "Den första fasen av satsningen omfattade …". */
const VERB_GAP = /^\s*(?:(?:av|i|inom)\s+(?:satsningen|programmet|Viable\s+Cities|Klimatneutrala\s+städer\s+2030)\s+)?(?:är|var|blev|blir|ingår|ingick|hör|hörde|finns|fanns|tillhör|tillhörde|deltar|deltog|tillkom|tillkommer|återfinns|omfattar|omfattade|omfattades\s+av|består\s+av|bestod\s+av|utgörs\s+av|utgjordes\s+av)\s+(?:(?:bland annat|bl\.a\.|också|även|nu|redan)\s+)?(?:(?:kommunerna|städerna)\s+)?$/iu;
const JOIN_GAP = /^\s*(?:tillkom|tillkommer)/iu;
/** Nothing but list punctuation to the end of the line: the line is a list. */
const REST_OF_LIST_LINE = /^[\s.,;]*(?:\n|$)/u;

/** "Umeå, en av …", "Umeå (…", "Umeå – två av …" */
const APPOSITION = /^\s*(?:\(|[,–—]\s*(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s+av\s)/iu;
/** Between the cells of a table row. */
const ROW_CELL_GAP = /^(?:[ \t]*[|:][ \t]*|[ ]*\t[\t ]*)$/u;

/** Where the line of `at` starts, looking back at most LOOK_BACK characters (a one-line megabyte costs no more). */
const LOOK_BACK = 240;
function lineStartOf(text: string, at: number): number {
  const from = Math.max(0, at - LOOK_BACK);
  const i = text.slice(from, at).lastIndexOf('\n');
  return i >= 0 ? from + i + 1 : from;
}

const onlyMarkupBefore = (text: string, at: number): boolean =>
  /^[\s\p{P}\p{S}\d]*$/u.test(text.slice(lineStartOf(text, at), at));

/** The wave a label before `group` gives it: "Kommuner i våg 2\tBorlänge, …". */
function waveBefore(text: string, group: MunicipalityMention[], waves: WaveExpr[]): WaveExpr | null {
  const first = group[0]!;
  for (let i = waves.length - 1; i >= 0; i--) {
    const w = waves[i]!;
    if (w.end > first.start) continue;
    if (w.inParentheses) continue;
    const gap = stripParentheticals(text.slice(w.end, first.start));
    if (waves.some((o) => o.start >= w.end && o.end <= first.start && !o.inParentheses)) return null;
    const head = LABEL_HEAD.exec(text.slice(lineStartOf(text, w.start), w.start));
    const headTie = head ? (head[1] ? tieOf(head[1]) : 'none') : null;
    const label = headTie !== null && saysWave(w, headTie === 'none' ? 'static' : headTie);
    const lastOnLine = group.at(-1)!;
    const listLine = REST_OF_LIST_LINE.test(text.slice(lastOnLine.end));
    if (label && LABEL_GAP.test(gap) && (!gap.includes('\n') || listLine)) return w;
    if (gap.includes('\n')) return null;
    if (VERB_GAP.test(gap) && saysWave(w, JOIN_GAP.test(gap) ? 'join' : 'static')) return w;
    if (w.cohortSuffix && /^\s*[,:(–—]?\s*$/u.test(gap)) return w;
    return null;
  }
  return null;
}

/** The wave that follows `group` through a membership verb: "Borås ingår i våg 2". */
function waveAfter(text: string, group: MunicipalityMention[], waves: WaveExpr[]): WaveExpr | null {
  const last = group.at(-1)!;
  const w = waves.find((x) => x.start >= last.end);
  if (!w) return null;
  // "Göteborgs Stad har varit med …", "Umeå kommun ingår …"
  const gap = text.slice(last.end, w.start).replace(/^\s+(?:stad|kommun)(?!\p{L})/iu, ' ');
  // A table row: "Umeå | våg 1", "Borås<TAB>Våg 2".
  if (ROW_CELL_GAP.test(gap) && onlyMarkupBefore(text, group[0]!.start) && /^[\s|.)]*(?:\n|$)/u.test(text.slice(w.end))) {
    return saysWave(w, 'static') ? w : null;
  }
  let tie = tieOf(gap);
  if (tie === null) return null;
  // Inverted word order: "Sedan i fjol ingår Kalmar i våg 2".
  const verbBefore = /(\p{L}+)\s+$/u.exec(text.slice(lineStartOf(text, group[0]!.start), group[0]!.start))?.[1]?.toLowerCase();
  if (tie === 'none' && verbBefore) tie = JOIN_VERBS.has(verbBefore) ? 'join' : STATIC_VERBS.has(verbBefore) ? 'static' : 'none';
  // Without a verb: a parenthesis, an apposition or a cohort noun ("Umeå (med sedan fas 1)", "Umeå, en av nio
  // städer i första vågen", "Borås, en av våg 2-kommunerna").
  if (tie === 'none' && !APPOSITION.test(gap) && !w.cohortSuffix) return null;
  return saysWave(w, tie) ? w : null;
}

// ---------------------------------------------------------------------------------------------------
// Companions: municipalities named beside one placed in a wave

/** "tillsammans med (bland annat) …", "liksom …", "i likhet med …" */
const COMPANION = '(?:tillsammans\\s+med|liksom|jämte|i\\s+likhet\\s+med|precis\\s+som)' +
  '(?:\\s+(?:bland\\s+annat|bland\\s+andra|bl\\.\\s?a\\.|till\\s+exempel|t\\.\\s?ex\\.|exempelvis))?\\s+';
/** Right after a municipality: "Gävle, tillsammans med …", "Umeå liksom …". */
const COMPANION_AFTER_GROUP = new RegExp(`^\\s*,?\\s*${COMPANION}$`, 'iu');
/** Right after a wave and what names the programme: "i våg 2 av satsningen, tillsammans med …". */
const COMPANION_AFTER_WAVE = new RegExp(
  `^(?:\\s+(?:av|i|inom|satsningen|satsning|programmet|program|initiativet|viable|cities|klimatneutrala|städer|\\d{4}))*\\s*,?\\s+${COMPANION}$`, 'iu');
/** A companion list closes its phrase: the sentence ends or an inserted phrase closes. */
const CLOSES_PHRASE = /^\s*(?:[.,;:!?)–—]|$)/u;

/**
 * Waves for groups that are companions of a group placed in a wave: "Gävle ingår i våg 2, tillsammans med Borås",
 * or of a subject a wave follows: "Umeå, tillsammans med Lund, ingår i första vågen" (Lund is tied already).
 */
function companionWaves(text: string, groups: MunicipalityMention[][], assigned: (WaveExpr | null)[]): (WaveExpr | null)[] {
  const out = [...assigned];
  const noTime = (s: string): string => s.replace(TIME_ADVERBIAL, ' ');
  groups.forEach((group, i) => {
    if (out[i]) return;
    const prev = groups[i - 1];
    const next = groups[i + 1];
    const closes = CLOSES_PHRASE.test(text.slice(group.at(-1)!.end));
    // "Gävle ingår i den andra vågen (av satsningen), tillsammans med Borås och Skellefteå."
    if (closes && prev) {
      const w = assigned[i - 1];
      if (w && COMPANION_AFTER_GROUP.test(text.slice(prev.at(-1)!.end, group[0]!.start))) { out[i] = w; return; }
      const anchor = assigned.find((x) => x && x.end <= group[0]!.start && COMPANION_AFTER_WAVE.test(noTime(text.slice(x.end, group[0]!.start))));
      if (anchor) { out[i] = anchor; return; }
    }
    // "Umeå, tillsammans med Lund och Uppsala, ingår i den första vågen": the companion carries the tie.
    const w = assigned[i + 1];
    if (next && w && w.start > next.at(-1)!.end && COMPANION_AFTER_GROUP.test(text.slice(group.at(-1)!.end, next[0]!.start))) {
      const gap = text.slice(next.at(-1)!.end, w.start);
      if (/^\s*,/u.test(gap) && !/(?<!\p{L})som(?!\p{L})/iu.test(gap) && tieOf(gap)) out[i] = w;
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The first nine cities: the programme started in 2019 with nine cities, and the texts say so without
// numbering the wave ("Umeå kommun är en av nio kommuner som undertecknar …", "I nuläget arbetar vi med nio
// svenska kommuner … Kommunerna är Enköping, …, Växjö", "… som startade 2019 med nio svenska städer. Umeå har
// varit med från början."). Only in a text about the programme or its contract, and never for an unnamed group.

const PROGRAMME_RE = /(?<![\p{L}])(?:Klimatneutrala\s+städer\s+2030|Viable\s+Cities|Klimatkontrakt(?:et)?\s+2030|klimatkontrakt\p{L}*)(?![\p{L}])/iu;
const NINE_RE = /(?<![\p{L}\d])(?:nio|9)\s+(?:(?:svenska|första|utvalda|ursprungliga)\s+)*(?:kommuner|städer|kommunerna|städerna|pionjärstäder|pionjärstäderna)(?![\p{L}])/iu;
const ONE_OF_NINE_RE = /^(?:s?\s+(?:kommun|stad))?\s+(?:är|var|blev)\s+(?:nu\s+)?(?:en|ett)\s+av\s+(?:de\s+)?(?:nio|9)\s/iu;
const FROM_START_RE = /^(?:s?\s+(?:kommun|stad))?\s+(?:har\s+)?(?:varit|är|var)\s+med\s+(?:ända\s+)?(?:från\s+(?:början|starten|start)|sedan\s+(?:starten|start|början))/iu;
/** The programme whose first cohort was the nine cities. */
const COHORT_PROGRAMME_RE = /(?<![\p{L}])(?:Klimatneutrala\s+städer\s+2030|klimatkontrakt\p{L}*)(?![\p{L}])/iu;
const BESIDES_RE = /(?<![\p{L}])(?:utöver|förutom)\s+$/iu;

function firstNine(text: string, municipalities: MunicipalityMention[]): WaveMention[] {
  if (!PROGRAMME_RE.test(text)) return [];
  const units = unitsOf(text);
  const munis = [...municipalities].sort((a, b) => a.start - b.start);
  const inUnit = (u: Unit) => {
    let lo = 0, hi = munis.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (munis[mid]!.start < u.start) lo = mid + 1; else hi = mid; }
    const out: MunicipalityMention[] = [];
    for (let k = lo; k < munis.length && munis[k]!.start < u.end; k++) if (munis[k]!.end <= u.end) out.push(munis[k]!);
    return out;
  };
  const placed = new Map<string, MunicipalityMention>();
  const place = (m: MunicipalityMention) => { if (!placed.has(m.value.name)) placed.set(m.value.name, m); };
  units.forEach((u, i) => {
    if (!NINE_RE.test(u.text)) return;
    // "X är en av nio kommuner som …"
    for (const m of inUnit(u)) if (ONE_OF_NINE_RE.test(text.slice(m.end, u.end))) place(m);
    // The nine listed in this unit or the next: a list of exactly nine names.
    for (const v of [u, units[i + 1]].filter((x): x is Unit => !!x)) {
      const group = listGroup(text, inUnit(v));
      if (group.length === 9) group.forEach(place);
    }
    // "… startade 2019 med nio svenska städer. Umeå kommun har varit med från början."
    for (const v of units.slice(i, i + 3)) for (const m of inUnit(v)) if (FROM_START_RE.test(text.slice(m.end, v.end))) place(m);
  });
  // "Umeå var med från starten när Klimatneutrala städer 2030 drog igång": with the programme itself (not the
  // platform Viable Cities, which is older) from its start, in the same sentence.
  for (const u of units) {
    if (!COHORT_PROGRAMME_RE.test(u.text)) continue;
    for (const m of inUnit(u)) if (FROM_START_RE.test(text.slice(m.end, u.end))) place(m);
  }
  // "Utöver Umeå har Enköping, …, Växjö skrivit under": eight more beside one of the nine.
  if (placed.size) {
    for (const u of units) {
      const group = listGroup(text, inUnit(u));
      if (group.length !== 8) continue;
      const besides = inUnit(u).find((m) => placed.has(m.value.name) && BESIDES_RE.test(text.slice(Math.max(u.start, m.start - 12), m.start)));
      if (besides) group.forEach(place);
    }
  }
  return [...placed.values()].map((m) => ({ kind: 'wave', start: m.start, end: m.end, text: m.text, value: { municipality: m.value.name, wave: 1 }, rule: 'waves.first-nine' }));
}

/** The longest run of municipalities listed together ("A, B, C samt D") among `ms`, distinct by name. */
function listGroup(text: string, ms: MunicipalityMention[]): MunicipalityMention[] {
  let best: MunicipalityMention[] = [];
  for (const g of groupMentions(text, ms)) {
    const distinct = g.filter((m, k) => g.findIndex((x) => x.value.name === m.value.name) === k);
    if (distinct.length > best.length) best = distinct;
  }
  return best;
}

/** Wave mentions for the municipality mentions already found in `text`. */
export function findWaves(text: string, municipalities: MunicipalityMention[]): WaveMention[] {
  const explicit = explicitWaves(text, municipalities);
  const named = new Set(explicit.map((w) => w.value.municipality));
  return [...explicit, ...firstNine(text, municipalities).filter((w) => !named.has(w.value.municipality))].sort((a, b) => a.start - b.start);
}

function explicitWaves(text: string, municipalities: MunicipalityMention[]): WaveMention[] {
  const waves = findWaveExpressions(text);
  if (!waves.length) return [];
  const out: WaveMention[] = [];
  const groups = groupMentions(text, municipalities);
  let labelled: WaveExpr | null = null; // a label line whose list continues on the following lines
  const assigned = groups.map((group, i) => {
    const before = waveBefore(text, group, waves);
    const prev = groups[i - 1];
    const continues = labelled !== null && prev !== undefined
      && /^\s*\n[\s\p{P}\p{S}\d]*$/u.test(text.slice(prev.at(-1)!.end, group[0]!.start))
      && REST_OF_LIST_LINE.test(text.slice(group.at(-1)!.end));
    const w = before ?? (continues ? labelled : null) ?? waveAfter(text, group, waves);
    labelled = before && REST_OF_LIST_LINE.test(text.slice(group.at(-1)!.end)) ? before : continues ? labelled : null;
    return w;
  });
  companionWaves(text, groups, assigned).forEach((w, i) => {
    if (!w) return;
    for (const m of groups[i]!) {
      out.push({ kind: 'wave', start: m.start, end: m.end, text: m.text, value: { municipality: m.value.name, wave: w.wave }, rule: 'waves.cohort' });
    }
  });
  return out;
}

export const wavesExtractor: Extractor<'waves'> = {
  name: 'waves',
  version: 5,
  creates: ['wave'],
  rules: {
    'waves.cohort': 'a municipality placed in a numbered cohort (våg, fas) of Klimatneutrala städer 2030',
    'waves.first-nine': 'one of the nine cities the programme started with ("en av nio kommuner som …", the nine listed, "med från början")',
  },
  run: (doc: ExtractorInput, ctx: ExtractorContext) => findWaves(doc.text, ctx.municipalities),
};
