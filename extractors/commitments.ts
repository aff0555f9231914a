// Commitments: who committed to what and when. Each commitment is a span over its evidence sentence.
// Rules, in short:
//  - A trigger (a verb phrase of one commitment type) must have a nameable subject: a municipality in
//    subject position, "kommunen"/"kommunfullmäktige" (the document's own municipality), "vi" in a quote
//    by a municipality's person, "alla kommuner" in a municipality's press release, or a party.
//  - Precision first: negated, interrogative, conditional and hedged sentences, and commitments embedded
//    under someone else's proposal or opinion ("V föreslår att kommunen …") give nothing.
//  - Negation is scoped to the trigger's clause: "X antogs 2017 och har inte reviderats" is an adoption.
//  - Coordinated subjects ("Skövde, Sundsvall och Jönköping blir …") give one commitment each.
//  - A headline that repeats the body (same actor and type) gives nothing of its own.
//  - Motions: each att-sats after "föreslår … besluta:"/"yrkar" is a `propose` by the proposing party.
import type { CommitmentType, CommitmentValue, ExtractorInput } from '../src/types.js';
import {
  type ActorEnv, type Candidate, candidatesIn, coordinatedParties, lineAt, ownMunicipality, partyIn, quoteSpeakerMunicipality,
  signatureParties, signatureParty, wordRe,
} from './actors.js';
import { execAll } from './regex.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { CommitmentMention, DateMention, Extractor, ExtractorContext } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Trigger patterns. `GAP(n)` lets up to n words stand between two parts of a phrase.
const GAP = (n: number): string => `(?:[^\\s.!?;:]+\\s+){0,${n}}?`;
const PLAN = '[\\p{L}-]*(?:plan(?:en|er|erna)?|strategi(?:n|er|erna)?|program(?:met|men)?|policy(?:n)?)';
// What a council adopts besides plans: a (climate) budget or guidelines ("antog kommunens första klimatbudget").
const ADOPTABLE = `(?:${PLAN}|[\\p{L}-]*budget(?:en|ar|arna)?|[\\p{L}-]*riktlinje(?:r|rna)?)`;
// A goal as an adopted object ("antog nya klimatmål"): a target.
const GOAL_NOUN = '[\\p{L}-]*(?:mål(?:et|en)?|målsättning(?:en|ar|arna)?)';
const CONTRACT = '[\\p{L}-]*(?:kontrakt|avtal|löfte|förklaring|överenskommelse|deklaration|åtagande|upprop|manifest)(?:et|en|er|erna|n)?';
const CLIMATE = '(?:(?:klimatneutral|fossilfri|fossilfritt|klimatpositiv|koldioxidneutral|fossiloberoende|nettonoll|klimatneutralitet|fossilfrihet)\\p{L}*|fri(?:tt|a)?\\s+från\\s+fossil\\p{L}*)';
// A goal or a binding future: "ska", "har som mål att", "målet är att", "har beslutat att".
// "har (sedan 2021) (som) mål(et) att": up to three words of adverbial may stand after "har".
const GOAL = '(?:ska|skall|kommer\\s+att|har\\s+(?:[^\\s.!?;:]+\\s+){0,3}?(?:som\\s+)?(?:mål(?:et)?|målsättning(?:en)?)\\s+att|(?:målet|mål|målsättningen|målsättning)\\s+är\\s+att|siktar\\s+på\\s+att|(?:åtar|förbinder)\\s+sig\\s+(?:[\\p{L}-]+\\s+){0,2}?att|(?:har\\s+)?beslut(?:at|ade)\\s+att|beslöt\\s+att)';
// Taking on an obligation: "åtar sig att", "har åtagit sig att", "förbinder sig att".
const UNDERTAKE = '(?:åta(?:r|git)?|åtog|förbind(?:er|a|it)|förband)\\s+sig\\s+';
// What one joins: a named body or a network-like noun (not "ansluter sig till förslaget").
const JOIN_OBJECT = `${GAP(2)}(?:\\p{Lu}|[\\p{L}-]*(?:nätverk|förening|satsning|program|initiativ|projekt|samarbete|organisation|partnerskap|rörelse|kampanj|allians|kommunerna|städerna))`;
// The same nouns inflected ("gick med i satsningen", "anslöt sig till nätverket"), only after an act of
// joining: "ingår i nätverket" is a state.
const JOINED_NOUN = `${GAP(2)}[\\p{L}-]*(?:nätverk|förening|satsning|program|initiativ|samarbete|partnerskap|rörelse|kampanj|allians)(?:et|en|ar|arna|er|erna|men|na)?`;
// Being granted membership, possibly coordinated with the application: "har ansökt om och beviljats medlemskap i".
const MEMBERSHIP = '(?:ansök(?:er|t|te|a)\\s+om\\s+(?:och\\s+(?:beviljats|fått|erhållit)\\s+)?|(?:beviljats|beviljades|fått|fick|erhållit)\\s+)medlemskap\\s+i';
// A decision to act on something concrete: "beslutade på måndagskvällen att bygga en ny simhall".
const ACTION = '(?:bygga|anlägga|inrätta|införa|investera|avsätta|anslå|upphandla|installera|etablera|renovera|rusta\\s+upp|elektrifiera|byta\\s+ut|ersätta|köpa\\s+in|starta)(?![\\p{L}])';
// A stage of a programme ("den tredje vågen"): joined by an act (bli en del av, gå med i), not by the
// state "ingår i", which describes membership from earlier.
const STAGE_OBJECT = `${GAP(2)}(?:våg|fas|omgång)(?:en)?(?![\\p{L}])`;
// Taking part, in the relative clause after "en av N kommuner".
const PARTICIPATION = `${GAP(12)}(?:kraftsamla|delta|deltar|deltog|ingår|medverka|går\\s+före|valts\\s+ut|valdes\\s+ut|utsetts|utsågs|anslutit|gått\\s+med|är\\s+med|samarbeta|satsning|program|nätverk|initiativ)\\p{L}*`;
// An inverted subject between a verb and its particle ("skrev kommunen under", "blir Falun en del av"):
// it must then be exactly the subject found (checked in fromSentence).
const SLOT = (n = ''): string => `(?<slot${n}>(?:[\\p{L}-]+\\s+){1,2}?)??`;
const NUMBER = '(?:\\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\\p{L}*|trettio\\p{L}*|fyrtio\\p{L}*|femtio\\p{L}*)';

interface Trigger {
  type: CommitmentType;
  re: RegExp;
  /** Group whose start is where the `what` phrase begins (default: the match start). */
  whatGroup?: number;
  /** Whether a subject right after the trigger's first word (inverted word order) is looked for. */
  inverted?: boolean;
  /** A match whose text this matches is no commitment (an investigation, a draft, a demand on the state). */
  reject?: RegExp;
  /** Dated like a target: by the deadline the sentence states ("som ska vara klar före sommaren 2025"). */
  deadline?: boolean;
  /** Only counts from a stated start date ("från den 1 januari 2025"), which is its time. */
  startDate?: boolean;
  /** A present state announced as new ("är nu en av …"): in a press release, dated to the release. */
  event?: boolean;
  /** A decision: dated by the decision (a date before its object), not by what the object states. */
  decision?: boolean;
}

// Verbs of finding out rather than doing, between "ska" and the goal: "ska utreda om fordonen kan bli …".
const INVESTIGATE_RE = wordRe('utred\\p{L}*|undersök\\p{L}*|analyser\\p{L}*|kartlägg\\p{L}*|pröva\\p{L}*|överväg\\p{L}*|huruvida|ifall|kan|kunna|om\\s+(?:det|hur|vilka|när)');
// A draft or basis for a plan is not the plan: "ta fram ett förslag till klimatplan".
const DRAFT_RE = wordRe('förslag\\p{L}*|underlag\\p{L}*|utredning\\p{L}*|remiss\\p{L}*|utkast\\p{L}*');
// Requirements put on the state or other authorities are demands, not the municipality's own rules.
const DEMAND_RE = wordRe('krav\\s+på\\s+(?:att\\s+)?(?:staten|regeringen|riksdagen|myndighet\\p{L}*|region\\p{L}*|länsstyrelse\\p{L}*|EU)');
// "ställer (från 2025) krav på …": a rule the actor sets for its own purchases or buildings.
const REQUIREMENT = '[\\p{L}-]*krav\\s+på\\s+\\S';

// In priority order: the first trigger whose subject is nameable gives the sentence's commitment.
const TRIGGERS: Trigger[] = [
  {
    type: 'twin', inverted: true,
    re: wordRe(`(?:anslut(?:a|er|it|ande)|anslöt|gå(?:r|tt)?\\s+(?:med|in)|gick\\s+(?:med|in)|bli(?:r|vit)?|blev|ingå(?:r|tt)?|ingick)\\s+${GAP(6)}(?:som\\s+)?(?:tvilling(?:stad|städer|kommun|kommuner)|vänort|vänstad)\\p{L}*`),
  },
  {
    type: 'sign', inverted: true,
    re: wordRe(`(?:(?:skriv(?:a|er|it)|skrev)\\s+${SLOT()}(?:på|under)|underteckna(?:r|t|de)?|signera(?:r|t|de)?|teckna(?:r|t|de)?|ingå(?:r|tt)?|ingick)\\s+${GAP(8)}${CONTRACT}`),
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:fatta(?:de|t|r)?|tog|tagit|tar)\\s+${GAP(2)}beslut(?:et)?\\s+(?:om|att\\s+anta)\\s+(${GAP(6)}${ADOPTABLE})`),
    whatGroup: 1,
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:beslut(?:ade|at|ar)|beslöt)\\s+(?:att\\s+anta|om)\\s+(${GAP(6)}${ADOPTABLE})`),
    whatGroup: 1,
  },
  {
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:anta(?:r|git)?|antog|klubba(?:de|t|r)|godk(?:ände|änt|änner)|fastställ(?:de|t|er))\\s+${GAP(6)}${ADOPTABLE}`),
  },
  {
    type: 'revise', inverted: true,
    re: wordRe(`(?:revider(?:a|ar|at|ade)|uppdater(?:a|ar|at|ade)|se(?:r)?\\s+över|sett\\s+över|såg\\s+över|omarbeta(?:r|t|de)?)\\s+${GAP(6)}(?:${PLAN}|${CONTRACT}|[\\p{L}-]*mål(?:en|et)?)`),
  },
  {
    type: 'target', inverted: true,
    re: wordRe(`${GOAL}\\s+${GAP(5)}((?:bli|vara|nå|uppnå)\\s+${GAP(3)}${CLIMATE})`),
    whatGroup: 1,
    reject: INVESTIGATE_RE,
  },
  {
    type: 'target', inverted: true,
    re: wordRe(`${GOAL}\\s+${GAP(3)}((?:minska|halvera|sänka|nå|uppnå|bli|vara)\\s+${GAP(8)}(?:senast|till|innan|före)\\s+(?:år\\s+)?20\\d\\d)`),
    whatGroup: 1,
    reject: INVESTIGATE_RE,
  },
  {
    // Any binding change with a climate outcome and a deadline: "ska ställa om hela sin fordonsflotta
    // till fossilfria drivmedel senast 2027", "ska köras fossilfritt senast 2027".
    type: 'target', inverted: true,
    re: wordRe(`(?:ska|skall|kommer\\s+att)\\s+((?:[^\\s.!?;:]+\\s+){1,8}?${CLIMATE}(?:\\s+[\\p{L}-]+){0,2}\\s+(?:senast|till|innan|före)\\s+(?:år\\s+)?20\\d\\d)`),
    whatGroup: 1,
    reject: INVESTIGATE_RE,
  },
  {
    // Adopting goals: "Fullmäktige antog i går nya klimatmål för kommunen."
    type: 'target', inverted: true,
    re: wordRe(`(?:anta(?:r|git)?|antog|klubba(?:de|t|r)|fastställ(?:de|t|er)|beslut(?:ade|at)\\s+(?:att\\s+anta|om))\\s+(${GAP(6)}${GOAL_NOUN})`),
    whatGroup: 1,
  },
  {
    // Committing to draw up a plan: "Kommunstyrelsen ska nu ta fram en handlingsplan, som ska vara klar …".
    type: 'adopt_plan', inverted: true,
    re: wordRe(`(?:ska|skall|kommer\\s+att)\\s+(?:(?:nu|också|även|därför|under\\s+\\S+)\\s+)?(ta\\s+fram\\s+${GAP(4)}${ADOPTABLE})`),
    whatGroup: 1,
    reject: DRAFT_RE,
    deadline: true,
  },
  {
    // A rule from a stated date: "Från den 1 januari 2025 ställer kommunen klimatkrav på alla entreprenader."
    type: 'other', inverted: true,
    re: wordRe(`(?:ställ(?:er|de|t)|inför(?:de|t)?)\\s+(${GAP(8)}${REQUIREMENT}[^.!?;]*)`),
    whatGroup: 1,
    reject: DEMAND_RE,
    startDate: true,
  },
  {
    type: 'join', inverted: true,
    // Case-sensitive ('gu'): under the i flag \\p{Lu} in JOIN_OBJECT would match any letter.
    re: wordRe(`(?:(?:anslut(?:a|er|it)|anslöt)\\s+(?:sig\\s+)?till|(?:gå(?:r|tt)?|gick)\\s+${SLOT()}med\\s+i|(?:bli(?:r|vit)?|blev)\\s+${SLOT('2')}(?:${GAP(2)}medlem(?:mar)?\\s+i|(?:en\\s+)?del\\s+av)|ingå(?:r)?\\s+i|ingick\\s+i|ansök(?:er|t|te|a)\\s+om\\s+medlemskap\\s+i)\\s+${JOIN_OBJECT}`, 'gu'),
  },
  {
    type: 'join', inverted: true,
    re: wordRe(`(?:(?:anslut(?:a|er|it)|anslöt)\\s+(?:sig\\s+)?till|(?:gå(?:r|tt)?|gick)\\s+${SLOT()}med\\s+i|(?:bli(?:r|vit)?|blev)\\s+${SLOT('2')}(?:en\\s+)?del\\s+av)\\s+${STAGE_OBJECT}`, 'gu'),
  },
  {
    type: 'join', inverted: true,
    re: wordRe(`(?:(?:anslut(?:a|er|it)|anslöt)\\s+(?:sig\\s+)?till|(?:gå(?:r|tt)?|gick)\\s+${SLOT()}med\\s+i|(?:bli(?:r|vit)?|blev)\\s+${SLOT('2')}${GAP(2)}medlem(?:mar)?\\s+i)\\s+${JOINED_NOUN}`, 'gu'),
  },
  {
    type: 'join', inverted: true,
    re: wordRe(`${MEMBERSHIP}\\s+${GAP(2)}(?:\\p{Lu}|${JOINED_NOUN})`, 'gu'),
  },
  {
    // A decision by the municipality to do something concrete that is no plan or target: dated by the
    // decision, never by a deadline in its object.
    type: 'other', inverted: true, decision: true,
    re: wordRe(`(?:har\\s+)?(?:beslut(?:ade|at|ar)|beslöt)\\s+${GAP(3)}(att\\s+${ACTION}[^.!?;]*)`),
    whatGroup: 1,
  },
  {
    type: 'other', inverted: true,
    re: wordRe(`${UNDERTAKE}${GAP(4)}(att\\s+\\S[^.!?;]*)`),
    whatGroup: 1,
  },
  {
    // Newly among the participants: "X är nu en av de kommuner som ingår i satsningens fjärde våg"
    // ("ingår i" alone is a state; "nu" or "blir/har blivit" makes it the news of joining).
    type: 'join', event: true,
    re: wordRe(`(?:är\\s+nu|har\\s+(?:nu\\s+)?blivit|blir|blev)\\s+en\\s+av\\s+(?:de\\s+)?(?:${NUMBER}\\s+)?(?:\\p{L}+\\s+)?(?:kommuner|städer|kommunerna|städerna)\\s+som\\s+(?:nu\\s+)?((?:ingår|deltar|medverkar|är\\s+med)\\s+i\\s+${GAP(2)}(?:[\\p{L}-]*(?:våg|fas|omgång|satsning|program|nätverk|initiativ|projekt)\\p{L}*|\\p{Lu}\\S*)[^.!?;]*)`, 'gu'),
    whatGroup: 1,
  },
  {
    type: 'join',
    re: wordRe(`en\\s+av\\s+(?:de\\s+)?${NUMBER}\\s+(?:\\p{L}+\\s+)?(?:kommuner|städer|kommunerna|städerna)\\s+${PARTICIPATION}`),
  },
];

// ---------------------------------------------------------------------------------------------------
/** `re.test` for global regexes, without leaking `lastIndex` between calls. */
const test = (re: RegExp, s: string): boolean => { re.lastIndex = 0; const r = re.test(s); re.lastIndex = 0; return r; };

// Traps: sentences or clauses that state no commitment.
const NEGATION_RE = wordRe('inte|ej|icke|aldrig|ingen|inga|inget|varken');
// Also waiting to see ("sedan får vi se om …"), an indirect question on whether to act ("pröva om det
// finns skäl att …", "frågan om kommunen ska …") and a reason weighed rather than a decision ("det finns
// skäl att gå med").
const HYPOTHETICAL_RE = wordRe('skulle|ifall|eventuellt|kanske|möjligen|få(?:r)?\\s+(?:vi|man|ni|de)\\s+se|(?:se|pröva|avgöra|bedöma|överväga|diskutera|frågan|ställning\\s+till)\\s+om\\s+(?:det|vi|man|ni|de|kommunen|staden)|(?:finns|fanns|finnas)\\s+(?:\\p{L}+\\s+)?(?:skäl|anledning)\\s+att');
// "beslutade att X skulle bli …": the reported content of a decision, not a hypothesis.
const DECIDED_SKULLE_RE = wordRe('beslut(?:ade|at)\\s+att\\s+(?:\\S+\\s+){0,3}?skulle');
// Where a new clause of the same sentence begins: a coordinating conjunction after a comma, or one
// followed by a finite verb ("… antogs 2017 och har inte reviderats"); a negation beyond it is not
// the trigger's.
const CLAUSE_BOUNDARY_RE = /(?:[,;]\s+(?:och|men|samt|medan)\s+|(?<![\p{L}\p{N}])(?:och|men)\s+(?=(?:har|hade|är|var|ska|skall|kommer|kan|blir|blev)(?![\p{L}])))/giu;
const CONDITIONAL_RE = /(?:^|[,;:]\s*)om\s/iu;
// Before the subject: someone else proposes, wants, demands or requires it.
const EMBEDDING_RE = wordRe('föreslå\\p{L}*|föreslag\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*|anse\\p{L}*|anser|menar|tycker|vill|önska\\p{L}*|hoppas|kräv\\p{L}*|krav\\p{L}*|bör|borde|uppmana\\p{L}*|ser\\s+det\\s+som|frågar|undrar|villkor\\p{L}*');
// Between the subject and the verb: hedging modals, or a new subject (a pronoun).
const HEDGE_RE = wordRe('vill|kan|kunde|bör|borde|hoppas|önskar|funderar|överväger|planerar\\s+att\\s+undersöka');
const OTHER_SUBJECT_RE = wordRe('de|han|hon|jag|ni|man|dessa');
// A subordinate clause with a subject of its own ("välkomnar att regeringen har antagit …"): a clause
// word followed by a name, a determiner or a definite noun rather than by an infinitive.
const NEW_CLAUSE_SUBJECT_RE = wordRe('(?:att|när|eftersom|då|där|medan|men)\\s+(?:\\p{Lu}\\p{L}*|den|det|de|en|ett|denna|detta|dessa|alla|flera|många|andra|man|han|hon|jag|ni|\\p{Ll}+(?:en|et|na))', 'gu');
// A document describing what it contains ("Avtalet beskriver vad kommunen åtar sig", "Planen anger hur
// staden ska …"): the commitment verb stands in the description's object clause, not as an act of its own.
const DOCUMENT_NOUN = `(?:${PLAN}|${CONTRACT}|[\\p{L}-]*(?:rapport(?:en)?|dokument(?:et)?|skrivelse(?:n)?|handling(?:en|arna)?|bilaga(?:n)?|beslut(?:et)?|motion(?:en)?|utredning(?:en)?))`;
const DESCRIBING_RE = wordRe(`${DOCUMENT_NOUN}\\s+(?:(?:också|även|närmare|tydligt|bland\\s+annat|i\\s+detalj)\\s+)?(?:beskriv(?:er|s)|redovisa(?:r|s)|innehåll(?:er)|ange(?:r|s)|visa(?:r|s)|handlar\\s+om|ta(?:r|s)\\s+upp|lista(?:r|s)|sammanfatta(?:r|s)|preciser(?:ar|as)|pekar\\s+ut|reglerar|specificera(?:r|s))`);
// Another municipality's act told for comparison is background: the object is stated relative to the
// document's own act ("har redan antagit liknande planer") or the subject is introduced as a neighbour
// ("Grannkommunen X har …").
const COMPARISON_RE = wordRe('liknande|motsvarande|likadan(?:a|t)?|likartad(?:e)?|snarlik(?:a|t)?|samma\\s+(?:typ|slags|sorts|sort)|precis\\s+som|liksom|i\\s+likhet\\s+med|likt');
const NEIGHBOUR_RE = /(?:grann|krans)kommun(?:en|erna)?\s+$|(?:andra|övriga|flera)\s+kommuner(?:na)?\s*(?:,\s*)?(?:bland\s+annat|som|däribland|exempelvis|t\.\s?ex\.)?\s*$/iu;
// "tillsammans med Sundsvall", "med Sundsvalls kommun": the own municipality acting jointly.
const JOINT_WITH_RE = /(?:tillsammans\s+)?med\s+$/iu;

const PROPOSAL_RE = wordRe('föreslå\\p{L}*|föreslag\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*');
// "Enligt X": the source of what follows. Only the actor's own plan, contract or decision makes a
// commitment of it ("Enligt planen ska …"); a forecast, a proposal or an opinion does not.
const ACCORDING_RE = wordRe('enligt\\s+((?:\\S+\\s+){0,3}?)(\\S+)', 'giu');
const OWN_SOURCE_RE = new RegExp(`^(?:${PLAN}|${CONTRACT}|beslut(?:et)?|målet|målen)$`, 'iu');
const OWN_SOURCE_MODIFIER_RE = /^(?:(?:kommunens|stadens|den|det|de|nya|antagna|nuvarande|egna|sin|sitt|sina|\p{Lu}[\p{L}-]*s)\s+)*$/u;

// ---------------------------------------------------------------------------------------------------
// Motions: att-satser.
const ATT_LINE_RE = /^\s*(?:[-–—•*·]|\d+[.)])?\s*att\s+\S/iu;
const PROPOSAL_INTRO_RE = wordRe('föreslå\\p{L}*|yrka\\p{L}*|yrkar|hemställ\\p{L}*');

interface Draft { start: number; end: number; value: CommitmentValue; heading: boolean }

interface Line { start: number; end: number; text: string }
const linesOf = (text: string): Line[] => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));

/** The att-satser of a motion, each a `propose` by the proposing party; also returns the lines used. */
function attSatser(doc: ExtractorInput, ctx: ExtractorContext): { drafts: Draft[]; used: Line[] } {
  const lines = linesOf(doc.text).filter((l) => l.text.trim());
  const drafts: Draft[] = [];
  const used: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]!;
    if (!test(PROPOSAL_INTRO_RE, intro.text) || ATT_LINE_RE.test(intro.text)) continue;
    const items: Line[] = [];
    for (let k = i + 1; k < lines.length && ATT_LINE_RE.test(lines[k]!.text); k++) items.push(lines[k]!);
    if (!items.length) continue;
    // A joint motion ("Centerpartiet och Miljöpartiet föreslår", or signatures from two parties): each
    // att-sats is proposed by each party.
    const intoParties = coordinatedParties(intro.text);
    const signed = signatureParties(doc.text, items.at(-1)!.end);
    const fallback = signatureParty(doc.text);
    const parties = intoParties.length ? intoParties : signed.length ? signed : fallback ? [fallback] : [];
    used.push(intro, ...items);
    for (const item of items) {
      const lead = item.text.length - item.text.trimStart().length;
      const start = item.start + lead, end = item.start + item.text.trimEnd().length;
      const what = doc.text.slice(start, end).replace(/^(?:[-–—•*·]|\d+[.)])?\s*/u, '').replace(/[\s.;,]+(?:samt|och)?\s*$/u, '');
      for (const party of parties) drafts.push({ start, end, heading: false, value: { actor: party, type: 'propose', what, when: ctx.published } });
    }
    i += items.length;
  }
  return { drafts, used };
}

// ---------------------------------------------------------------------------------------------------
// Protocols: the numbered points of a decision ("Kommunfullmäktige beslutar\n1. att anta …") are
// decisions of the municipality, dated by the meeting. A point is typed by its verb; a point of
// procedure (commissioning, rejecting, referring back) is no commitment.
const DECIDING_BODY = '(?:kommunfullmäktige|fullmäktige|kommunstyrelsen)';
const DECISION_INTRO_RE = new RegExp(`^\\s*(?:${DECIDING_BODY}\\s+(?:beslutar|beslutade|beslöt|har\\s+beslutat)(?:\\s+(?:därmed|följande|enligt\\s+följande|att))?\\s*:?|(?:beslut|\\p{L}+s\\s+beslut)\\s*:?)\\s*$`, 'iu');
const DECISION_HEADING_RE = /^\s*(?:beslut|\p{L}+s\s+beslut)\s*:?\s*$/iu;
// A line that labels the meeting's date: "Sammanträdesdatum: 2024-04-25".
const MEETING_DATE_LINE_RE = /^\s*(?:sammanträdes?datum|sammanträdet|sammanträde|mötesdatum|datum\s+för\s+sammanträdet)(?![\p{L}])/iu;
const at0 = (src: string, flags = 'iu'): RegExp => new RegExp(`^(?:${src})(?![\\p{L}\\p{N}])`, flags);
const POINT_TYPES: [CommitmentType, RegExp][] = [
  ['target', at0(`(?:anta|fastställa|godkänna)\\s+${GAP(6)}${GOAL_NOUN}`)],
  ['adopt_plan', at0(`(?:anta|fastställa|godkänna)\\s+${GAP(6)}${ADOPTABLE}`)],
  ['revise', at0(`(?:revidera|uppdatera|ändra|omarbeta)\\s+${GAP(6)}(?:${PLAN}|${CONTRACT}|[\\p{L}-]*mål(?:en|et)?)`)],
  ['sign', at0(`(?:underteckna|teckna|ingå|skriva\\s+(?:på|under))\\s+${GAP(8)}${CONTRACT}`)],
  ['join', at0('(?:ansluta\\s+(?:sig\\s+)?till|gå\\s+med\\s+i|ansöka\\s+om\\s+medlemskap\\s+i|bli\\s+medlem\\s+i)')],
  ['other', at0(ACTION)],
];

/** The decision points of a protocol, each a decision of the own municipality; also returns the lines used. */
function decisionPoints(doc: ExtractorInput, ctx: ExtractorContext, own: string | null): { drafts: Draft[]; used: Line[] } {
  const drafts: Draft[] = [];
  const used: Line[] = [];
  if (!own || ctx.kind === 'motion') return { drafts, used };
  const lines = linesOf(doc.text).filter((l) => l.text.trim());
  const meeting = ctx.dates.find((x) => MEETING_DATE_LINE_RE.test(lineAt(doc.text, x.start).text));
  for (let i = 0; i < lines.length; i++) {
    if (!DECISION_INTRO_RE.test(lines[i]!.text)) continue;
    const intro = [lines[i]!];
    // "Beslut" heading, then "Kommunfullmäktige beslutar".
    if (DECISION_HEADING_RE.test(lines[i]!.text) && lines[i + 1] && DECISION_INTRO_RE.test(lines[i + 1]!.text) && !DECISION_HEADING_RE.test(lines[i + 1]!.text)) intro.push(lines[++i]!);
    const items: Line[] = [];
    for (let k = i + 1; k < lines.length && ATT_LINE_RE.test(lines[k]!.text); k++) items.push(lines[k]!);
    if (!items.length) continue;
    used.push(...intro, ...items);
    const introDate = ctx.dates.find((x) => intro.some((l) => x.start >= l.start && x.end <= l.end));
    const when = introDate?.value.value ?? meeting?.value.value ?? ctx.published;
    for (const item of items) {
      const lead = item.text.length - item.text.trimStart().length;
      const start = item.start + lead, end = item.start + item.text.trimEnd().length;
      const what = doc.text.slice(start, end).replace(/^(?:[-–—•*·]|\d+[.)])?\s*att\s+/iu, '').replace(/[\s.;,]+(?:samt|och)?\s*$/u, '');
      if (test(NEGATION_RE, what)) continue;
      const type = POINT_TYPES.find(([, re]) => re.test(what))?.[0];
      if (type) drafts.push({ start, end, heading: false, value: { actor: own, type, what, when } });
    }
    i += items.length;
  }
  return { drafts, used };
}

// A motion named in prose by its proposer: "Motionen lämnades in i januari av Årelistans gruppledare NN".
const MOTION_BY_RE = wordRe('motion(?:en)?\\s+(?:[^\\s.!?;]+\\s+){0,6}?(?:lämnades\\s+in|har\\s+lämnats\\s+in|väcktes|har\\s+väckts|skrevs|ställdes)\\s+(?:[^.!?;]*?\\s)?av\\s+([^.!?;]+)');
// A party-political role after a local party's genitive: "Årelistans gruppledare".
const PARTY_ROLE_GENITIVE_RE = /^(\p{Lu}[\p{L}-]+)s\s+(?:gruppledare|partiordförande|fullmäktigeledamot|fullmäktigeledamöter|kommunalråd|oppositionsråd|företrädare)(?![\p{L}])/u;
const ORGAN_RE = /(?:styrelsen|nämnden|fullmäktige|kommun|stad|staden|region|regionen|förvaltningen|bolaget|föreningen)$/iu;

/** The party of a motion's proposer named after "av": a person's party, a party's name, or a local party's genitive. */
function proposerParty(doc: ExtractorInput, ctx: ExtractorContext, start: number, end: number): string | null {
  const person = ctx.people.find((p) => p.start >= start && p.end <= end && p.value.party);
  if (person) return person.value.party;
  const phrase = doc.text.slice(start, end);
  const named = partyIn(phrase) ?? /\((S|M|SD|C|V|KD|L|MP)\)/u.exec(phrase)?.[1] ?? null;
  if (named) return named;
  const local = PARTY_ROLE_GENITIVE_RE.exec(phrase);
  if (!local || ORGAN_RE.test(local[1]!) || ctx.municipalities.some((x) => x.start === start)) return null;
  return local[1]!;
}

function proseProposal(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence): Draft[] {
  const m = MOTION_BY_RE.exec(s.text);
  MOTION_BY_RE.lastIndex = 0;
  if (!m || /\?\s*$/.test(s.text) || test(NEGATION_RE, s.text) || test(HYPOTHETICAL_RE, s.text)) return [];
  const byStart = s.start + m.index! + m[0].length - m[1]!.length;
  const party = proposerParty(doc, ctx, byStart, s.end);
  if (!party) return [];
  const date = ctx.dates.find((x) => x.start >= s.start && x.end <= byStart && !NOT_THE_TIME_RE.test(x.text));
  const what = whatPhrase(doc.text, s.start + m.index!, byStart).replace(/\s+av$/u, '');
  return [{ start: s.start, end: s.end, heading: false, value: { actor: party, type: 'propose', what, when: date?.value.value ?? null } }];
}

const INLINE_PROPOSAL_RE = wordRe('(?:föreslår|yrkar)(?:\\s+därför|\\s+härmed)?(?:\\s+\\p{L}+){0,2}?\\s+(att\\s+\\S[^]*)');
const WE_OR_I_RE = wordRe('vi|jag');

/** "V föreslår att kommunen …" in a motion without att-satser: the proposal stated inline. */
function inlineProposal(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence): Draft | null {
  const m = INLINE_PROPOSAL_RE.exec(s.text);
  INLINE_PROPOSAL_RE.lastIndex = 0;
  if (!m || /\?\s*$/.test(s.text) || test(NEGATION_RE, s.text)) return null;
  const subject = s.text.slice(0, m.index);
  const party = partyIn(subject) ?? (test(WE_OR_I_RE, subject) ? signatureParty(doc.text) : null);
  if (!party) return null;
  const what = m[1]!.replace(/[\s.;,]+$/u, '');
  return { start: s.start, end: s.end, heading: false, value: { actor: party, type: 'propose', what, when: ctx.published } };
}

// ---------------------------------------------------------------------------------------------------
// Actor, what and when of a trigger.

/** The subject of the trigger at [at, wordEnd): right after its first word (inverted order) or before it. */
function subjectOf(cands: Candidate[], text: string, sentenceStart: number, at: number, firstWordEnd: number, whatFrom: number, inverted: boolean): Candidate | null {
  if (inverted) {
    const next = /^\s+(?:sig\s+)?(?:(?:nu|också|även|just|redan|därför|sedan)\s+)?/iu.exec(text.slice(firstWordEnd))!;
    const slot = firstWordEnd + next[0].length;
    const after = cands.find((c) => c.start === slot);
    if (after) return after;
    if (test(OTHER_SUBJECT_RE, text.slice(slot, slot + 7).split(/\s/)[0] ?? '')) return null;
  }
  const before = cands.filter((c) => c.end <= Math.max(at, whatFrom)).pop();
  if (!before) return null;
  // After "kommunens mål om att" comes the goal's own content, whose subject is no new actor.
  const between = text.slice(before.goalEnd ?? before.end, Math.max(at, before.goalEnd ?? before.end));
  if (between.split(/\s+/).length > 30) return null;
  if (test(OTHER_SUBJECT_RE, between) || test(HEDGE_RE, between) || /[;:]/.test(between)) return null;
  if (before.goalEnd === undefined && test(NEW_CLAUSE_SUBJECT_RE, between)) return null;
  // "Kommunstyrelsen ska ta fram en plan, som ska vara klar …": the relative clause's subject is its
  // antecedent, not the candidate, unless the candidate is one of that group ("X är en av de kommuner som").
  const rel = RELATIVE_END_RE.exec(between);
  if (rel && between.slice(0, rel.index).replace(/[\s,]/gu, '') && !/^\s+är\s+(?:nu\s+)?en\s+av\s/iu.test(between)) return null;
  if (test(EMBEDDING_RE, text.slice(sentenceStart, before.start))) return null;
  return before;
}

// Between two coordinated names, the first possibly with its head noun: "Sundsvalls kommun och Timrå".
const RELATIVE_END_RE = /(?:^|\s)som\s+(?:[^\s,]+\s+){0,2}$/u;
const COORDINATOR_RE = /^(?:\s+(?:kommun|stad))?\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)$/u;

/**
 * The municipalities coordinated with the subject ("Skövde, Sundsvall och Jönköping blir …"), the
 * subject included, in order. Null when the coordination is a prepositional object ("med Umeå och Luleå").
 */
function coordinated(ctx: ExtractorContext, text: string, subject: Candidate, cands: Candidate[]): Candidate[] | null {
  const munis = [...ctx.municipalities].sort((a, b) => a.start - b.start);
  const chain: Candidate[] = [subject];
  // Backwards: any municipality mention (a candidate or not) joined by a comma or "och".
  for (let first = subject; ;) {
    const prev = munis.filter((m) => m.end <= first.start).pop();
    if (!prev || !COORDINATOR_RE.test(text.slice(prev.end, first.start))) break;
    const cand = cands.find((c) => c.start === prev.start);
    if (!cand?.actor) return null;
    chain.unshift(cand);
    first = cand;
  }
  // Forwards, only from a bare name: "undertecknade Umeå och Luleå …".
  for (let last = subject; ;) {
    const next = cands.find((c) => c.start >= last.end);
    if (!next?.actor || !COORDINATOR_RE.test(text.slice(last.end, next.start))) break;
    chain.push(next);
    last = next;
  }
  return chain.length > 1 && chain.every((c) => ctx.municipalities.some((m) => m.start === c.start)) ? chain : [subject];
}

/** The object phrase: from `from` to the end of its clause, at most 15 words. */
function whatPhrase(text: string, from: number, end: number): string {
  let s = text.slice(from, end);
  const cut = /,\s|\s[–—]\s|;|\s\(|(?<=(?:\S+\s+){3,})för\s+att\s/u.exec(s);
  if (cut) s = s.slice(0, cut.index);
  return s.split(/\s+/).slice(0, 15).join(' ').replace(/^(?:bland\s+annat\s+)?att\s+/u, '').replace(/[\s.!,:;]+$/u, '');
}

const YEAR_AFTER_CLIMATE_RE = new RegExp(`${CLIMATE}(?:\\s+\\p{L}+)?\\s+(?:(?:senast|till|år|till\\s+år|innan|före)\\s+)?(20\\d\\d)(?!\\d)|(?:senast|till\\s+år|till|innan|före)\\s+(20\\d\\d)(?!\\d)`, 'iu');
const TODAY_RE = wordRe('i\\s*dag|idag');
const PERFECT_RE = wordRe('har|hade');
// Not the time of the commitment: a starting point or a baseline ("från 2014", "jämfört med 1993").
const NOT_THE_TIME_RE = /^(?:från|jämfört|jämför|mot|relativt)(?![\p{L}])/iu;
// A bare year right after the verb: "antog 2018 en strategi", "antogs 2017".
const YEAR_AFTER_VERB_RE = /^\s+(?:år\s+)?((?:19|20)\d\d)(?![\d\p{L}])/u;
// A present-tense verb of an event (not of a state): in a press release it happens now.
const PRESENT_EVENT_RE = /^(?:blir|ansluter|undertecknar|skriver|signerar|tecknar|antar|går|godkänner|fastställer|klubbar)$/iu;
// "Beslutet togs … den 12 maj": the next sentence dating the decision just reported.
const DECISION_NEXT_RE = /^(?:Beslutet|Avtalet|Kontraktet|Överenskommelsen|Planen|Strategin)\s+(?:\S+\s+){0,4}?(?:togs|fattades|undertecknades|signerades|tecknades|antogs|klubbades|fastställdes)(?![\p{L}])/u;

// A start date: "från (och med) den 1 januari 2025", "fr.o.m. 2025".
const START_BEFORE_RE = /(?:från(?:\s+och\s+med)?|fr\.\s*o\.\s*m\.)\s+$/iu;
// "Fullmäktige beslutade också …": the same meeting as the decision reported just before.
const ALSO_DECIDED_RE = wordRe('(?:beslut(?:ade|at)|beslöt|antog|godkände|fastställde)\\s+(?:också|även|dessutom)');
const DECIDED_RE = wordRe('beslut(?:ade|at)|beslöt|antog|godkände|fastställde|fattade\\s+beslut');
const DEADLINE_WORD_RE = /^(?:senast|till|före|innan|fram|inom)(?![\p{L}])/iu;

interface WhenInput {
  type: CommitmentType; start: number; end: number; at: number; firstWordEnd: number; actorEnd: number; line: Line; next: Sentence | null;
  trigger?: Trigger; prevSentences?: Sentence[];
  /** Where the object of a decision begins: its dates are the object's, not the decision's. */
  objectStart?: number;
}

/** The date a start phrase ("från den 1 januari 2025") gives, within [start, end). */
function startDateIn(doc: ExtractorInput, ctx: ExtractorContext, start: number, end: number): DateMention | undefined {
  return ctx.dates.find((x) => x.start >= start && x.end <= end
    && (/^(?:från|fr\.)/iu.test(x.text) || START_BEFORE_RE.test(doc.text.slice(Math.max(start, x.start - 20), x.start))));
}

/** Where the object phrase begins after a leading (start) date: "från den 1 januari 2025 krav på …" → "krav på …". */
function afterLeadingDate(doc: ExtractorInput, ctx: ExtractorContext, at: number, end: number): number {
  const lead = /^(?:från(?:\s+och\s+med)?|fr\.\s*o\.\s*m\.)\s+/iu.exec(doc.text.slice(at, end))?.[0].length ?? 0;
  const date = ctx.dates.find((x) => x.start === at || (lead && x.start === at + lead));
  return date ? date.end + (/^\s*/u.exec(doc.text.slice(date.end, end))?.[0].length ?? 0) : at;
}

/**
 * "Fullmäktige beslutade också att …" without a date of its own: the date of the decision reported in
 * one of the three sentences before (the first date after its decision verb, not a deadline).
 */
function alsoDecidedWhen(doc: ExtractorInput, ctx: ExtractorContext, d: WhenInput): string | null {
  if (!test(ALSO_DECIDED_RE, doc.text.slice(d.start, d.end))) return null;
  for (const p of [...(d.prevSentences ?? [])].reverse()) {
    const verb = DECIDED_RE.exec(p.text);
    DECIDED_RE.lastIndex = 0;
    if (!verb) continue;
    const clauseEnd = p.start + (/[:;]/.exec(p.text.slice(verb.index))?.index ?? p.text.length - verb.index) + verb.index;
    const date = ctx.dates.find((x) => x.start >= p.start + verb.index && x.end <= clauseEnd && !DEADLINE_WORD_RE.test(x.text) && !NOT_THE_TIME_RE.test(x.text));
    return date?.value.value ?? null;
  }
  return null;
}

function whenOf(doc: ExtractorInput, ctx: ExtractorContext, d: WhenInput): string | null {
  if (d.trigger?.startDate) return startDateIn(doc, ctx, d.start, d.end)?.value.value ?? null;
  const deadline = !d.trigger?.decision && (d.type === 'target' || d.type === 'other' || (d.trigger?.deadline ?? false));
  // A date in a later clause of the sentence ("…, och arbetet börjar i april") is not the trigger's.
  let clauseEnd = d.objectStart ?? d.end;
  if (!deadline) {
    for (const m of execAll(CLAUSE_BOUNDARY_RE, doc.text.slice(d.firstWordEnd, d.end))) { clauseEnd = Math.min(clauseEnd, d.firstWordEnd + m.index!); break; }
  }
  const dates = ctx.dates.filter((x: DateMention) => x.start >= d.start && x.end <= clauseEnd && !NOT_THE_TIME_RE.test(x.text)
    && !/^(?:från|med)$/iu.test(doc.text.slice(Math.max(d.start, x.start - 7), x.start).trim().split(/\s+/).pop() ?? '')
    // A date inside a relative clause after the verb belongs to that clause ("… som gäller till 2025").
    && (deadline || x.start < d.at || !wordRe('som').test(doc.text.slice(d.firstWordEnd, x.start))));
  const before = dates.filter((x) => x.end <= d.at).pop();
  // After the trigger, "sedan 2021" is how long a goal has stood, not its time.
  const after = dates.find((x) => x.start >= d.at && !(deadline && /^sedan(?![\p{L}])/iu.test(x.text)));
  if (deadline) {
    const year = YEAR_AFTER_CLIMATE_RE.exec(doc.text.slice(d.at, d.end)) ?? YEAR_AFTER_CLIMATE_RE.exec(d.line.text);
    return after?.value.value ?? (year ? (year[1] ?? year[2])! : null) ?? before?.value.value ?? null;
  }
  const bareYear = YEAR_AFTER_VERB_RE.exec(doc.text.slice(d.firstWordEnd, d.end));
  if (bareYear) return bareYear[1]!;
  if (before ?? after) return (before ?? after)!.value.value;
  const sentence = doc.text.slice(d.start, d.end);
  if (test(TODAY_RE, sentence)) return ctx.published;
  const also = alsoDecidedWhen(doc, ctx, d);
  if (also) return also;
  const next = d.next && d.next.start > d.line.start && d.next.end <= d.line.end && DECISION_NEXT_RE.test(d.next.text)
    ? ctx.dates.find((x) => x.start >= d.next!.start && x.end <= d.next!.end) : undefined;
  if (next) return next.value.value;
  if (ctx.kind === 'press_release' && (d.trigger?.event || test(PERFECT_RE, doc.text.slice(d.actorEnd, d.at))
    || PRESENT_EVENT_RE.test(doc.text.slice(d.at, d.firstWordEnd)))) return ctx.published;
  return null;
}

// ---------------------------------------------------------------------------------------------------

const LEADING_MARK_RE = /^(?:#+\s*|\*\*|[-–—•▪◦*·]\s*)+/u;

/** Whether the negation that matters for a trigger stands in its clause, up to the end of the trigger. */
function negatedClause(text: string, start: number, from: number, to: number): boolean {
  let clauseStart = start;
  for (const m of execAll(CLAUSE_BOUNDARY_RE, text.slice(start, from))) clauseStart = start + m.index! + m[0].length;
  return test(NEGATION_RE, text.slice(clauseStart, to));
}

/** Whether every "enligt X" in the sentence names the actor's own plan, contract or decision. */
function ownSources(ctx: ExtractorContext, sentence: string, start: number): boolean {
  for (const m of execAll(ACCORDING_RE, sentence)) {
    const [, modifiers, head] = m;
    const genitive = /(\S+s)\s+$/u.exec(modifiers!);
    const munGenitive = genitive && ctx.municipalities.some((x) => x.start <= start + m.index! + m[0].indexOf(genitive[1]!) + 1
      && x.end >= start + m.index! + m[0].indexOf(genitive[1]!) + genitive[1]!.length);
    const mods = munGenitive ? modifiers!.slice(0, genitive.index) : modifiers!;
    if (!OWN_SOURCE_RE.test(head!.replace(/[.,;:!?]+$/u, '')) || !OWN_SOURCE_MODIFIER_RE.test(mods)) return false;
  }
  return true;
}

/**
 * Whether a commitment by `actors` is background about another municipality: none of them is the own
 * municipality (a joint act names it as a coordinated subject or after "tillsammans med"), one is another
 * municipality, and the act is told by comparison or about a neighbour. Twinning is always with someone.
 */
function otherBackground(doc: ExtractorInput, ctx: ExtractorContext, own: string | null, start: number, end: number, actors: string[], actorStart: number, type: CommitmentType): boolean {
  if (!own || type === 'twin' || actors.includes(own)) return false;
  if (!actors.some((a) => ctx.municipalities.some((m) => m.value.name === a))) return false;
  const jointWithOwn = ctx.municipalities.some((m) => m.start >= start && m.end <= end && m.value.name === own
    && JOINT_WITH_RE.test(doc.text.slice(Math.max(start, m.start - 25), m.start)));
  if (jointWithOwn) return false;
  return test(COMPARISON_RE, doc.text.slice(start, end)) || NEIGHBOUR_RE.test(doc.text.slice(Math.max(start, actorStart - 40), actorStart));
}

const isHeading = (s: Sentence, line: Line): boolean =>
  s.start === line.start + (line.text.length - line.text.trimStart().length) && s.end === line.start + line.text.trimEnd().length
  && !/[.!?:]$/.test(s.text) && s.text.length < 160;

// Only for sentences that state no proposal (findCommitments tests PROPOSAL_RE).
function fromSentence(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence, own: string | null, next: Sentence | null, prevSentences: Sentence[]): Draft[] {
  const lead = LEADING_MARK_RE.exec(s.text)?.[0].length ?? 0;
  const start = s.start + lead, end = s.end;
  const sentence = doc.text.slice(start, end);
  if (!sentence.trim() || /\?\s*$/.test(sentence)) return [];
  if (test(HYPOTHETICAL_RE, sentence.replace(DECIDED_SKULLE_RE, '')) || CONDITIONAL_RE.test(sentence)) return [];
  if (!ownSources(ctx, sentence, start)) return [];
  const line = lineAt(doc.text, s.start);
  const env: ActorEnv = { own, we: quoteSpeakerMunicipality(doc, ctx, line, own), pressRelease: ctx.kind === 'press_release' };
  const cands = candidatesIn(doc, ctx, start, end, env);
  if (!cands.length) return [];
  const heading = isHeading(s, line);
  for (const t of TRIGGERS) {
    for (const m of execAll(t.re, sentence)) {
      if (t.reject && test(t.reject, m[0].replace(/ställ(?:a|er|de|t)\s+om(?![\p{L}])/giu, ''))) continue;
      if (t.startDate && !startDateIn(doc, ctx, start, end)) continue;
      const at = start + m.index!;
      const firstWordEnd = at + /^[\p{L}]+/u.exec(m[0])![0].length;
      const whatFrom = t.whatGroup && m[t.whatGroup] ? at + m[0].indexOf(m[t.whatGroup]!) : at;
      const subject = subjectOf(cands, doc.text, start, at, firstWordEnd, whatFrom, t.inverted ?? false);
      if (!subject?.actor) continue;
      const slot = (m.groups?.slot ?? m.groups?.slot2)?.trim();
      if (slot && (subject.start !== firstWordEnd + m[0].slice(firstWordEnd - at).indexOf(slot) || subject.end !== subject.start + slot.length)) continue;
      if (negatedClause(doc.text, start, Math.min(subject.start, at), at + m[0].length)) continue;
      if (test(DESCRIBING_RE, doc.text.slice(start, Math.min(subject.start, at)))) continue;
      const subjects = coordinated(ctx, doc.text, subject, cands);
      if (!subjects) continue;
      if (otherBackground(doc, ctx, own, start, end, subjects.map((c) => c.actor!), subjects[0]!.start, t.type)) continue;
      const when = whenOf(doc, ctx, { type: t.type, start, end, at, firstWordEnd, actorEnd: subject.end, line, next, trigger: t, prevSentences, ...(t.decision ? { objectStart: whatFrom } : {}) });
      // An inverted subject or a time adverbial at the start of the object is not part of it.
      let whatStart = whatFrom;
      if (subject.start >= whatStart && /^\s*$/u.test(doc.text.slice(whatStart, subject.start))) whatStart = subject.end + (/^\s*/u.exec(doc.text.slice(subject.end, end))![0].length);
      const what = whatPhrase(doc.text, t.whatGroup ? afterLeadingDate(doc, ctx, whatStart, end) : whatStart, end);
      return subjects.map((c) => ({ start, end, heading, value: { actor: c.actor!, type: t.type, what, when } }));
    }
  }
  return [];
}

// Background adoptions without an active subject: a named municipality's plan in the passive
// ("Umeås klimatplan antogs 2017") and a relative clause ("de mål som fullmäktige antog 2016").
const ADOPTED_NOUN = `(?:${PLAN}|[\\p{L}-]*mål(?:en)?)`;
const PASSIVE_ADOPTION_VERB = '(?:antogs|antagits|fastställdes|fastställts|godkändes|godkänts|klubbades|klubbats)';
const ACTIVE_ADOPTION_VERB = '(?:antog|antagit|fastställde|fastställt|klubbade|klubbat|godkände|godkänt)';
const PASSIVE_ADOPTION_RE = wordRe(`(${PLAN})\\s+(?:har\\s+|hade\\s+)?${PASSIVE_ADOPTION_VERB}`);
const RELATIVE_ADOPTION_RE = wordRe(`((?:[\\p{L}-]+\\s+){0,2}?${ADOPTED_NOUN})\\s+som\\s+(\\S+(?:\\s+\\S+){0,2}?)\\s+(?:har\\s+|hade\\s+)?(?:\\p{L}+\\s+)?${ACTIVE_ADOPTION_VERB}(?![\\p{L}])`);
// Both patterns end in their verb, preceded by whitespace and followed by no letter or digit, so a sentence
// without that verb as a word cannot match. Testing for the verb first is only a shortcut: the two patterns
// above try a noun phrase at every letter of the sentence, which is slow, and most sentences have no such verb.
const PASSIVE_ADOPTION_VERB_RE = wordRe(PASSIVE_ADOPTION_VERB);
const ACTIVE_ADOPTION_VERB_RE = wordRe(ACTIVE_ADOPTION_VERB);
const ENDS_WITH_PLAN_RE = new RegExp(`${PLAN}$`, 'iu');

// A plan adopted in a temporal clause of the council's own decision: "Det beslutade kommunfullmäktige i
// måndags, när det nya miljömålsprogrammet antogs." The deciding body is the passive's agent.
const SUBORDINATE_ADOPTION_RE = wordRe(`(?:när|då)\\s+((?:den|det|de)\\s+(?:[\\p{L}-]+\\s+){0,2}?${PLAN})\\s+(?:har\\s+|hade\\s+)?${PASSIVE_ADOPTION_VERB}`);
const BODY_DECIDED_RE = wordRe(`${DECIDING_BODY}\\s+(?:har\\s+|hade\\s+)?(?:beslutade|beslöt|beslutat|klubbade|fattade\\s+beslut)|(?:beslutade|beslöt|klubbade|fattade)\\s+(?:(?:också|även|då)\\s+)?${DECIDING_BODY}`);

const RELATIVE_OWN_BODY_RE = /^(?:kommunfullmäktige|fullmäktige|kommunstyrelsen|kommunen|staden)$/iu;

/** The subject of a relative clause: the municipality's own body, or a municipality named in full. */
function relativeSubject(ctx: ExtractorContext, subject: string, at: number, own: string | null): string | null {
  if (RELATIVE_OWN_BODY_RE.test(subject)) return own;
  const m = ctx.municipalities.find((x) => x.start === at && x.end === at + subject.length);
  return m && !/s$/iu.test(m.text.replace(new RegExp(`^${m.value.name}`, 'u'), '')) ? m.value.name : null;
}

// Only for sentences that state no proposal (findCommitments tests PROPOSAL_RE).
function backgroundAdoption(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence, own: string | null, next: Sentence | null): Draft[] {
  const sentence = s.text;
  if (/\?\s*$/.test(sentence) || test(HYPOTHETICAL_RE, sentence) || CONDITIONAL_RE.test(sentence)) return [];
  const line = lineAt(doc.text, s.start);
  const draft = (actor: string, type: CommitmentType, at: number, verbEnd: number, matchEnd: number, what: string): Draft[] => {
    if (negatedClause(doc.text, s.start, at, matchEnd) || otherBackground(doc, ctx, own, s.start, s.end, [actor], at, type)) return [];
    const year = YEAR_AFTER_VERB_RE.exec(doc.text.slice(verbEnd, s.end))?.[1];
    const when = year ?? whenOf(doc, ctx, { type, start: s.start, end: s.end, at: verbEnd, firstWordEnd: verbEnd, actorEnd: at, line, next });
    return [{ start: s.start, end: s.end, heading: isHeading(s, line), value: { actor, type, what: what.replace(/^(?:de|den|det|sin|sitt|sina)\s+/iu, ''), when } }];
  };
  const sub = own && test(PASSIVE_ADOPTION_VERB_RE, sentence) ? SUBORDINATE_ADOPTION_RE.exec(sentence) : null;
  SUBORDINATE_ADOPTION_RE.lastIndex = 0;
  if (sub) {
    const main = sentence.slice(0, sub.index) + ' ' + sentence.slice(sub.index + sub[0].length);
    if (test(BODY_DECIDED_RE, main) && !test(NEGATION_RE, sentence) && !test(EMBEDDING_RE, main)) {
      const at = s.start + sub.index!, matchEnd = at + sub[0].length;
      return draft(own!, 'adopt_plan', at, matchEnd, matchEnd, sub[1]!);
    }
  }
  const passives = test(PASSIVE_ADOPTION_VERB_RE, sentence) ? execAll(PASSIVE_ADOPTION_RE, sentence) : [];
  for (const m of passives) {
    const at = s.start + m.index!;
    // The plan's possessor: a named municipality in the genitive, right before the plan, not after a preposition.
    const owner = ctx.municipalities.find((x) => x.end <= at && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(doc.text.slice(x.end, at)) && x.start >= s.start);
    if (!owner || !/s$/iu.test(owner.text) || /^(?:till|av|för|från|i|med|om|på|enligt)$/iu.test(doc.text.slice(s.start, owner.start).trim().split(/\s+/).pop() ?? '')) continue;
    const matchEnd = at + m[0].length;
    return draft(owner.value.name, 'adopt_plan', owner.start, matchEnd, matchEnd, doc.text.slice(owner.end, at + m[1]!.length).trim());
  }
  const relatives = test(ACTIVE_ADOPTION_VERB_RE, sentence) ? execAll(RELATIVE_ADOPTION_RE, sentence) : [];
  for (const m of relatives) {
    const at = s.start + m.index!;
    const subjStart = at + m[0].indexOf(` som ${m[2]!}`) + 5;
    const actor = relativeSubject(ctx, m[2]!, subjStart, own);
    if (!actor) continue;
    const type: CommitmentType = ENDS_WITH_PLAN_RE.test(m[1]!) ? 'adopt_plan' : 'target';
    const matchEnd = at + m[0].length;
    return draft(actor, type, at, matchEnd, matchEnd, m[1]!);
  }
  return [];
}

// The agentless passive of a rule from a date, on the municipality's own operations, in its own press
// release: "Från den 1 januari 2025 ställs krav på klimatdeklaration vid all nybyggnation i kommunens regi."
const PASSIVE_REQUIREMENT_RE = wordRe(`(?:ställs|införs)\\s+(${GAP(8)}${REQUIREMENT}[^.!?;]*)`);
const OWN_OPERATIONS_RE = wordRe('kommunens|stadens|kommunal\\p{L}*|kommunägd\\p{L}*');
const AGENT_RE = wordRe('av\\s+(?:\\p{Lu}\\p{L}*|staten|regeringen|riksdagen|myndighet\\p{L}*|lag\\p{L}*)', 'gu');

// Only for sentences that state no proposal (findCommitments tests PROPOSAL_RE).
function passiveRequirement(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence, own: string | null): Draft[] {
  const m = PASSIVE_REQUIREMENT_RE.exec(s.text);
  PASSIVE_REQUIREMENT_RE.lastIndex = 0;
  if (!m || !own || ctx.kind !== 'press_release') return [];
  const sentence = s.text;
  if (/\?\s*$/.test(sentence) || test(HYPOTHETICAL_RE, sentence) || CONDITIONAL_RE.test(sentence)) return [];
  if (test(DEMAND_RE, m[0]) || test(AGENT_RE, m[0]) || !test(OWN_OPERATIONS_RE, m[1]!) || !ownSources(ctx, sentence, s.start)) return [];
  if (test(EMBEDDING_RE, sentence.slice(0, m.index)) || negatedClause(doc.text, s.start, s.start + m.index!, s.start + m.index! + m[0].length)) return [];
  if (ctx.municipalities.some((x) => x.start >= s.start && x.end <= s.end && x.value.name !== own)) return [];
  const date = startDateIn(doc, ctx, s.start, s.end);
  if (!date) return [];
  const at = afterLeadingDate(doc, ctx, s.start + m.index! + m[0].indexOf(m[1]!), s.end);
  const line = lineAt(doc.text, s.start);
  return [{ start: s.start, end: s.end, heading: isHeading(s, line), value: { actor: own, type: 'other', what: whatPhrase(doc.text, at, s.end), when: date.value.value } }];
}

// A further target of the plan just stated: "Utsläppen från … ska samtidigt minska med 65 procent."
const CONTINUED_TARGET_RE = /^(?:Utsläpp\p{L}*|Klimatpåverkan\p{L}*|Energianvändning\p{L}*|Andelen\s)[^,;:]{0,80}?\s(?:ska|skall)\s+(?:\p{L}+\s+){0,2}?((?:minska|halvera|sänka|halveras|sänkas|minskas)(?![\p{L}])[^]*)$/u;

function continuedTarget(doc: ExtractorInput, ctx: ExtractorContext, s: Sentence, prev: Draft | undefined): Draft[] {
  if (!prev || prev.value.type !== 'target' || prev.heading) return [];
  const line = lineAt(doc.text, s.start);
  if (prev.start < line.start || prev.end > line.end) return [];
  const m = CONTINUED_TARGET_RE.exec(s.text);
  if (!m || /\?\s*$/.test(s.text) || test(NEGATION_RE, s.text) || test(HYPOTHETICAL_RE, s.text) || CONDITIONAL_RE.test(s.text)) return [];
  if (ctx.municipalities.some((x) => x.start >= s.start && x.end <= s.end) || !ownSources(ctx, s.text, s.start)) return [];
  const at = s.start + m.index! + m[0].indexOf(m[1]!);
  const year = YEAR_AFTER_CLIMATE_RE.exec(s.text);
  return [{ start: s.start, end: s.end, heading: false, value: {
    actor: prev.value.actor, type: 'target', what: whatPhrase(doc.text, at, s.end), when: year ? (year[1] ?? year[2])! : prev.value.when,
  } }];
}

const REDUCTION_RE = /^(?:minska|halvera|sänka|fördubbla)/iu;
const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
function overlap(a: string, b: string): number {
  const A = words(a), B = words(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return A.size + B.size - inter ? inter / (A.size + B.size - inter) : 1;
}

/**
 * The same commitment stated again (headline, lead, quote) is one commitment: keep the body sentence.
 * A headline whose actor and type the body states again is dropped whatever its wording.
 */
function dedupe(drafts: Draft[]): Draft[] {
  const ordered = [...drafts].sort((a, b) => Number(a.heading) - Number(b.heading) || a.start - b.start);
  const kept: Draft[] = [];
  for (const d of ordered) {
    const same = kept.some((k) => k.value.actor === d.value.actor && k.value.type === d.value.type && (
      d.heading || d.value.type === 'join' || d.value.type === 'twin'
      || (d.value.type === 'propose' ? k.value.what === d.value.what : overlap(k.value.what, d.value.what) >= 0.5)
      || (d.value.type === 'target' && k.value.when === d.value.when && REDUCTION_RE.test(k.value.what) === REDUCTION_RE.test(d.value.what))));
    if (!same) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findCommitments(doc: ExtractorInput, ctx: ExtractorContext): CommitmentMention[] {
  const own = ownMunicipality(doc, ctx);
  const motion = attSatser(doc, ctx);
  const decisions = decisionPoints(doc, ctx, own);
  const usedLines = [...motion.used, ...decisions.used];
  const inUsedLine = (s: Sentence): boolean => usedLines.some((l) => s.start >= l.start && s.end <= l.end);
  const drafts: Draft[] = [...motion.drafts, ...decisions.drafts];
  const sentences = splitSentences(doc.text);
  let prev: Draft | undefined;
  sentences.forEach((s, k) => {
    if (inUsedLine(s)) return;
    const next = sentences[k + 1] ?? null;
    // Someone's proposal ("V föreslår att kommunen …") is no commitment: fromSentence, passiveRequirement and
    // backgroundAdoption read nothing in such a sentence. Tested once here for all three (the test is costly).
    const proposal = test(PROPOSAL_RE, s.text);
    const inline = !motion.drafts.length && proposal ? inlineProposal(doc, ctx, s) : null;
    let found = inline ? [inline] : proposal ? [] : fromSentence(doc, ctx, s, own, next, sentences.slice(Math.max(0, k - 3), k));
    if (!found.length && !proposal) found = passiveRequirement(doc, ctx, s, own);
    if (!found.length && !proposal) found = backgroundAdoption(doc, ctx, s, own, next);
    if (!found.length) found = continuedTarget(doc, ctx, s, prev);
    if (!found.length && !motion.drafts.length) found = proseProposal(doc, ctx, s);
    drafts.push(...found);
    prev = found.at(-1) ?? prev;
  });
  return dedupe(drafts).map((d) => ({ kind: 'commitment', start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), value: d.value, rule: 'commitments.trigger' }));
}

export const commitmentsExtractor: Extractor<'commitments'> = {
  name: 'commitments',
  version: 5,
  creates: ['commitment'],
  rules: { 'commitments.trigger': 'a commitment verb phrase with a nameable subject' },
  run: (doc, ctx) => findCommitments(doc, ctx),
};
