// Waves: which wave (våg) of Viable Cities' "Klimatneutrala städer 2030" a municipality belongs to, only
// where the text ties a named municipality to a wave number or ordinal:
//   - a label and its list: "Kommuner i våg 1 (med sedan fas 1)<TAB>Enköping, Järfälla, …", "I våg 2 ingår
//     Borås och Gävle", "Våg 2-kommunerna Borlänge, Borås …", a label line followed by list lines;
//   - a municipality (or a list of them) and a membership verb: "Umeå är en av nio städer i första vågen",
//     "Borås ingår i våg 2", "Skövde blev en del av den tredje vågen", "Umeå (med sedan fas 1)".
// Every cohort is a wave, but a phase (fas) is the programme's: all cities take part in the later phases,
// so only joining a phase ("kom med i fas 2", "med sedan fas 2") or being in phase 1 says which wave.
// The words between a municipality and the wave must all come from a small vocabulary, so that
// "Kalmar är med när den andra fasen startar" or "Umeå är inte med i våg 2" give nothing.
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
  `(?<![\\p{L}\\d])(?:(${Object.keys(ORDINALS).join('|')})\\s+(våg|fas)(?:en)?|(våg|fas)\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}))` +
  `(?![\\p{L}\\d])${COHORT_SUFFIX}`, 'giu');

interface WaveExpr {
  start: number;
  end: number;
  wave: number;
  phase: boolean; // fas rather than våg
  cohortSuffix: boolean; // "våg 2-kommunerna"
  inParentheses: boolean;
}

function findWaveExpressions(text: string): WaveExpr[] {
  const out: WaveExpr[] = [];
  for (const m of text.matchAll(WAVE_RE)) {
    const noun = (m[2] ?? m[3])!.toLowerCase();
    const wave = m[1] ? ORDINALS[m[1].toLowerCase()] : /^\d+$/.test(m[4]!) ? Number(m[4]) : NUMBER_WORDS[m[4]!.toLowerCase()];
    if (!wave || wave > 9) continue;
    const before = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
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
  'finns', 'fanns', 'deltar', 'deltog', 'deltagit', 'hör', 'hörde', 'räknas', 'befinner',
]);
const JOIN_VERBS = new Set([
  'anslöt', 'ansluter', 'anslutit', 'ansluts', 'anslöts', 'antogs', 'antagits', 'antas', 'valdes', 'valts',
  'väljs', 'togs', 'tagits', 'tas', 'gick', 'gått', 'går', 'kom', 'kommit', 'kommer', 'tillkom', 'tillkommit',
  'tillkommer', 'inkluderades', 'upptogs',
]);
/** Words that may stand between a municipality and its wave besides the verbs. */
const FILLER = new Set([
  'som', 'också', 'även', 'nu', 'numera', 'har', 'hade', 'redan', 'tidigare', 'en', 'ett', 'av', 'de', 'den',
  'det', 'i', 'till', 'in', 'ut', 'med', 'bland', 'inom', 'från', 'del', 'delen', 'städer', 'städerna',
  'kommuner', 'kommunerna', 'svenska', 'nya', 'utvald', 'utvalda', 'antagen', 'antagna', 'viable', 'cities',
  'programmets', 'satsningens', 'sedan', ',', '(', '–', '-',
]);
const NUMBER_WORD = /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo\p{L}*|trettio\p{L}*|fyrtio\p{L}*|femtio\p{L}*)$/u;
const NEGATION = new Set(['inte', 'ej', 'aldrig', 'ingen', 'inga', 'icke']);

type Tie = 'static' | 'join' | 'none';

/** How the words in `gap` tie what precedes to what follows; null when some word does not belong there. */
function tieOf(gap: string): Tie | null {
  if (gap.includes('\n')) return null;
  const tokens = gap.toLowerCase().match(/\d+|[\p{L}]+|[^\s\p{L}\d]/gu) ?? [];
  if (tokens.length > 14) return null;
  let tie: Tie = 'none';
  for (const t of tokens) {
    if (NEGATION.has(t)) return null;
    if (JOIN_VERBS.has(t)) tie = 'join';
    else if (STATIC_VERBS.has(t)) { if (tie === 'none') tie = 'static'; }
    else if (!FILLER.has(t) && !NUMBER_WORD.test(t)) return null;
  }
  // "med sedan fas 1", "med från fas 1": there since it joined.
  return tokens.at(-1) === 'sedan' || tokens.at(-1) === 'från' ? 'join' : tie;
}

/** Is a phase or wave tied this way a wave? Phase 1 held only the first wave; later phases hold them all. */
const saysWave = (w: WaveExpr, tie: Tie): boolean => !w.phase || tie === 'join' || w.wave === 1;

const stripParentheticals = (s: string): string => s.replace(/\([^()\n]*\)/gu, ' ');
/** Before a label's wave expression: a bullet or nothing, or "Kommuner i ", "Städerna i den ", "Kommuner med sedan ". */
const LABEL_HEAD = /^[\s\p{P}\p{S}]*(?:(?:kommuner|kommunerna|städer|städerna|deltagare|deltagarna|medlemmar|medlemmarna)(?!\p{L})(.*))?$/isu;
/** Between a label and its list: a tab, a colon, a dash, a line break, a bullet. */
const LABEL_GAP = /^[\s|:–—\-•·▪◦*]*$/u;
/** "I våg 2 ingår …", "Städerna i den tredje vågen är …". */
const VERB_GAP = /^\s*(?:är|var|blev|blir|ingår|ingick|hör|hörde|finns|fanns|tillhör|tillhörde|deltar|deltog|tillkom|tillkommer|återfinns)\s+(?:(?:bland annat|bl\.a\.|också|även|nu|redan)\s+)?(?:(?:kommunerna|städerna)\s+)?$/iu;
const JOIN_GAP = /^\s*(?:tillkom|tillkommer)/iu;
/** Nothing but list punctuation to the end of the line: the line is a list. */
const REST_OF_LIST_LINE = /^[\s.,;]*(?:\n|$)/u;

/** "Umeå, en av …", "Umeå (…", "Umeå – två av …" */
const APPOSITION = /^\s*(?:\(|[,–—]\s*(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s+av\s)/iu;
/** Between the cells of a table row. */
const ROW_CELL_GAP = /^(?:[ \t]*[|:][ \t]*|[ ]*\t[\t ]*)$/u;

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
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
  const gap = text.slice(last.end, w.start);
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

/** Wave mentions for the municipality mentions already found in `text`. */
export function findWaves(text: string, municipalities: MunicipalityMention[]): WaveMention[] {
  const waves = findWaveExpressions(text);
  if (!waves.length) return [];
  const out: WaveMention[] = [];
  const groups = groupMentions(text, municipalities);
  let labelled: WaveExpr | null = null; // a label line whose list continues on the following lines
  groups.forEach((group, i) => {
    const before = waveBefore(text, group, waves);
    const prev = groups[i - 1];
    const continues = labelled !== null && prev !== undefined
      && /^\s*\n[\s\p{P}\p{S}\d]*$/u.test(text.slice(prev.at(-1)!.end, group[0]!.start))
      && REST_OF_LIST_LINE.test(text.slice(group.at(-1)!.end));
    const w = before ?? (continues ? labelled : null) ?? waveAfter(text, group, waves);
    labelled = before && REST_OF_LIST_LINE.test(text.slice(group.at(-1)!.end)) ? before : continues ? labelled : null;
    if (!w) return;
    for (const m of group) {
      out.push({ kind: 'wave', start: m.start, end: m.end, text: m.text, value: { municipality: m.value.name, wave: w.wave } });
    }
  });
  return out;
}

export const wavesExtractor: Extractor<'waves'> = {
  name: 'waves',
  version: 1,
  creates: ['wave'],
  run: (doc: ExtractorInput, ctx: ExtractorContext) => findWaves(doc.text, ctx.municipalities),
};
