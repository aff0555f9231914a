// The words that decide a commitment's `strength` (corpus/real/README.md, "Commitment attributes"):
// proposed | decided | signed | stated | answered. How the tables combine is in extractors/attributes.ts
// (`strengthOf`); in short, per commitment type:
//   propose        → proposed, or stated when a proposal is only announced (FUTURE_PROPOSAL)
//   sign, revise   → signed
//   join           → decided, or stated for an intention to join (JOIN_INTENTION) with no decision
//   other          → answered (ANSWER) | signed (UNDERTAKING in a contract) | decided (DECISION)
//                    | stated (PENDING_DECISION, INTENTION outside a purpose clause) | decided
//   adopt_plan     → decided (DECISION) | stated (INTENTION outside a purpose clause) | decided
//   target         → signed (in a contract) | decided (DECISION, OWN_GOAL) | stated (INTENTION, purpose) | decided
// Phrases use the notation of ./phrases.ts. Every table has an example per entry group in its comment.

/**
 * The answer to a motion, whatever the outcome. 'Kommunfullmäktige bifaller motionen.', 'Förslaget har
 * bifallits i teknisk nämnd', 'Resten av motionen avslog kommunstyrelsen', 'motionen anses besvarad'.
 */
export const ANSWER: readonly string[] = [
  'bifaller', 'biföll', 'bifölls', 'bifalls', 'bifallit', 'bifallits', 'bifallas', 'bifalla', 'bifallen', 'bifallet', 'delvis bifall*',
  'bifall till motionen', 'avslår', 'avslog', 'avslagit', 'avslagits', 'avslås', 'avslogs', 'avslå', 'avslagen', 'avslag', 'avslaget',
  'besvarad', 'besvarade', 'besvarades', 'besvaras', 'besvarat', 'anses besvarad', 'ansågs besvarad', 'ansågs motionen', 'anses motionen',
  'anse motionen', 'avskriv*',
  'tillstyrk*', 'avstyrk*', 'ställer sig positiv* till', 'ställer sig negativ* till', 'ställde sig positiv* till', 'sa ja till motionen',
  'sade ja till motionen', 'sa nej till motionen', 'fått|fick|får ja', 'fått|fick|får nej', 'sagt|sa|sade ja', 'sagt|sa|sade nej',
];

/** An answer is one only where a motion or proposal is spoken of, in the sentence or just before it. */
export const MOTION_WORDS: readonly string[] = ['*motion*', '*förslag*', 'medborgarförslag*', 'att-sats*', 'motionär*', 'yrkande*'];

/** Nouns of a signed text: an undertaking near one of them is made in the contract. 'I kontraktet åtar sig kommunen …' */
export const CONTRACT_WORDS: readonly string[] = [
  '*kontrakt*', 'avtal*', '*avtalet', 'avsiktsförklaring*', 'överenskommelse*', 'deklaration*', 'contract*', 'covenant',
];

/** Taking on an obligation. 'Kommunen åtar sig också stödja industrins omställning.' */
export const UNDERTAKING: readonly string[] = [
  'åtar sig', 'åtagit sig', 'åtog sig', 'förbinder sig', 'förbundit sig', 'förband sig', 'åtagande*',
];

/**
 * A proposal by a body that is not a party: 'Kommunstyrelsen föreslår kommunfullmäktige att anta klimatplanen'.
 * (A party's proposal has the type `propose` and is proposed anyway.)
 */
export const PROPOSAL: readonly string[] = [
  'föreslår', 'föreslog', 'föreslås', 'föreslogs', 'yrkar', 'yrkade', 'lägger fram förslag*', 'lade fram förslag*', 'har föreslagit',
  'proposes', 'proposed',
];

/** A decision taken: 'har beslutat att', 'antogs vid nämndens senaste sammanträde', 'gav klartecken', 'får i uppdrag'. */
export const DECISION: readonly string[] = [
  'beslutat', 'beslutade', 'beslöt', 'beslutats', 'beslutades', 'har beslutat', 'beslutar', 'antar', 'godkänner', 'fastställer', 'fattat beslut', 'fattade beslut', 'tagit beslut', 'tog beslut',
  'beslutet', 'antagit', 'antog', 'antogs', 'antagits', 'antagen', 'antaget', 'antagna', 'godkänt', 'godkände', 'godkändes', 'godkänts', 'godkänd*',
  'fastställt', 'fastställde', 'fastställdes', 'klubbat', 'klubbade', 'klubbades', 'klartecken', 'grönt ljus',
  'får i uppdrag', 'fick i uppdrag', 'fått i uppdrag', 'ger i uppdrag', 'gav i uppdrag', 'har gett i uppdrag', 'uppdrog', 'uppdras',
  'återkallat', 'återkallade', 'återkallades', 'beviljat', 'beviljade', 'beviljades', 'inrättat', 'inrättade',
  'decided', 'adopted', 'approved',
];

/**
 * A next step after a decision is not part of it: 'Fullmäktige antog ett nytt klimatmål. Kommunstyrelsen ska nu ta
 * fram en handlingsplan.' (stated), unlike 'Kommunfullmäktige beslutar att bifalla motionen. Tierps kommun ska gå
 * med i Klimatkommunerna.' (decided).
 */
export const NEXT_STEP: readonly string[] = ['nu', 'sedan', 'därefter', 'härnäst', 'nästa steg', 'framöver', 'så småningom', 'senare'];

/** A decision announced for later is no decision yet: 'Beslut om vilka städer tar myndigheten i september'. */
export const PENDING_DECISION: readonly string[] = [
  'beslut om … tar', 'beslut om … fattas', 'beslut … fattas', 'beslut väntas', 'ska beslutas', 'beslutas i', 'kommer … att besluta*',
  'tar beslut i', 'fattar beslut i', 'ska fatta beslut', 'ska ta beslut',
];

/**
 * A goal presented as the body's own: 'Ett av kommunens politiska mål är att …', 'Umeå kommun har som mål att …',
 * 'Målet för kommunkoncernen är att …', 'Målet är tydligt – …'.
 */
export const OWN_GOAL: readonly string[] = [
  'har ~ som mål*', 'har ~ som målsättning*', 'har ~ målet', 'har ~ ett mål', 'har ~ mål om', 'mål är', 'målet är', 'målen är', 'målsättning* är',
  'målet för … är', 'målet med … är', 'målet i … är', 'politiska mål*', 'antagna mål*', 'beslutade mål*', 'enligt … mål*', 'mål om att',
  'enligt *planen|*strategin|*programmet|*policyn', 'i *klimatplanen|*klimatstrategin|*klimatprogrammet|*miljöprogrammet|*energiplanen',
  '*planen|*strategin|*programmet|*budgeten innebär|anger|fastslår', 'i *planen|*strategin|*programmet står', 'där står att', 'där anges att',
  'our goal is',
];

/**
 * An intention or goal announced without a decision: 'vill', 'planerar', 'kommer att', a bare 'ska', 'siktar
 * på', 'målbild', 'deklarerade', and goals stated as a purpose ('för att nå målet', 'med målet att').
 */
export const INTENTION: readonly string[] = [
  'vill', 'ville', 'planerar*', 'planeras', 'planen är', 'avser*', 'ämnar', 'tänker', 'hoppas', 'lovar', 'lovade', 'har lovat', 'kommer … att',
  'ska', 'skall', 'har som ambition*', 'har ambitionen', 'har en ambition*',
  'siktar på', 'siktar mot', 'strävar*', 'målbild*', 'visionen är', 'vår vision', 'ambitionen är', 'vår ambition', 'deklarera*', 'med målet att', 'med målsättningen att',
  'för att nå', 'för att bli', 'för att uppnå', 'huvudmål*', 'will', 'plans to', 'aims to', 'intends to',
];

/**
 * A goal given as the purpose or aim of another act: for a target it is the goal itself, for another act it is
 * not what is done. 'Klimatneutralitet är målet och för att nå dit vill vi skapa en plattform' (the act:
 * creating a platform, an intention), 'öppnade en utlysning för att fler städer ska kunna ansluta' (the act:
 * opening a call, done).
 */
export const PURPOSE_GOAL: readonly string[] = ['är målet', 'var målet', 'för att nå', 'för att bli', 'för att uppnå', 'med målet att'];

/** A proposal only announced: 'Vi kommer också att återkomma med nya förslag'. */
export const FUTURE_PROPOSAL: readonly string[] = [
  'kommer … att återkomma', 'återkommer med', 'kommer … att föreslå', 'kommer … att lägga fram', 'kommer … att motionera',
  'tänker föreslå', 'planerar att föreslå', 'avser att föreslå', 'avser att motionera', 'kommer … med förslag',
];

/** An intention to join with no decision: 'Kommunen vill gå med i Klimatkommunerna', 'planerar att ansluta sig'. */
export const JOIN_INTENTION: readonly string[] = [
  'vill|planerar|avser|tänker|ämnar|ska|skall ~ gå med', 'vill|planerar|avser|tänker|ämnar|ska|skall ~ ansluta*|ansöka*',
  'vill|planerar|avser|tänker|ämnar|ska|skall ~ bli medlem*', 'vill|planerar|avser|tänker|ämnar|ska|skall ~ söka medlemskap',
  'kommer … att gå med', 'kommer … att ansluta*|ansöka*', 'kommer … att bli medlem*', 'kommer … att söka medlemskap',
];
