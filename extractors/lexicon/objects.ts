// What a commitment is about: the `object` key of a commitment (corpus/real/README.md, "Commitment attributes").
//
// One row per key, in the order of the README's list: where several keys fit, the first one wins — except
// that a longer alias covering a shorter one of another key takes its place ('Europeiska klimatkontrakt' is
// the EU mission, not Klimatkontrakt 2030; 'Klimatneutrala städer 2030' is the programme, not the goal
// 'klimatneutral'; 'kommunens fordon … fossilbränslefria' is the vehicle fleet, not 'fossilfri').
//
// `class` says which commitments a key can describe (extractors/attributes.ts):
//   contract   what is signed (sign, revise; also the undertakings in it)
//   programme  a programme, network or initiative one joins (join; also what a call or a role is for)
//   goal       a state to reach (targets)
//   measure    a concrete measure (targets, proposals, other undertakings; a strategy about it)
//   plan       a general climate, energy or environment plan, strategy or programme
//   twin       a twinning
//   fallback   nothing more specific fits
// `absorbs`: keys this one replaces when both occur in one commitment: a goal stated of the vehicle fleet is
// about the fleet ('alla tjänstebilar ska vara fossilfria' → fossilfri-fordonsflotta, not fossilfri).
// `exclude`: phrases in which an alias does not name the key ('lokala klimatkontrakt med näringslivet').
// `scope`: the scope the key implies by itself when the text names none (a vehicle fleet is the
// organisation's own; the klimatlöften of Klimat 2030 are undertakings of the municipal organisation).
//
// Aliases use the phrase notation of ./phrases.ts (`*` continues a word, `…` is a gap, `<Name>` a
// capitalised word). `example` is a sentence whose commitment (of `exampleType`) has this key; a unit test
// checks every example.
import type { CommitmentType } from '../../src/types.js';

export type ObjectClass = 'contract' | 'programme' | 'goal' | 'measure' | 'plan' | 'twin' | 'fallback';

export interface ObjectEntry {
  key: string;
  class: ObjectClass;
  description: string;
  aliases: readonly string[];
  /** Phrases in which an alias does not name this key ('lokala klimatkontrakt' with businesses are not Klimatkontrakt 2030). */
  exclude?: readonly string[];
  scope?: 'organisation' | 'area';
  /** Keys this one takes the place of when both occur in a commitment ('alla tjänstebilar ska vara fossilfria' → the fleet). */
  absorbs?: readonly string[];
  example: string;
  exampleType: CommitmentType;
}

export const OBJECTS: readonly ObjectEntry[] = [
  {
    key: 'klimatkontrakt-2030', class: 'contract',
    description: 'Klimatkontrakt 2030 of Klimatneutrala städer 2030 (the yearly contracts, also their updates)',
    aliases: ['klimatkontrakt*', 'climate contract 2030', 'climate contract'],
    exclude: ['lokala|lokalt|egna|eget ~ klimatkontrakt*', 'klimatkontrakt* med näringsliv*|företag*|föreningar'],
    example: 'Växjö kommun undertecknar i dag sitt första klimatkontrakt tillsammans med fem myndigheter.', exampleType: 'sign',
  },
  {
    key: 'avsiktsforklaring', class: 'contract',
    description: 'a declaration of intent (avsiktsförklaring), typically before a Klimatkontrakt',
    aliases: ['avsiktsförklaring*', 'intentionsförklaring*', 'letter of intent'],
    example: 'Kommunstyrelsens ordförande har skrivit under Gävle kommuns avsiktsförklaring.', exampleType: 'sign',
  },
  {
    key: 'klimatneutrala-stader-2030', class: 'programme',
    description: 'the programme Klimatneutrala städer 2030 (Viable Cities), its calls and phases',
    aliases: ['klimatneutrala städer 2030*', 'climate neutral cities 2030', 'climate-neutral cities 2030'],
    example: 'Borås är en av städerna i satsningen Klimatneutrala städer 2030.', exampleType: 'join',
  },
  {
    key: 'viable-cities', class: 'programme',
    description: 'the innovation programme Viable Cities itself',
    aliases: ['viable cities'],
    example: 'Härnösand går in som medlem i innovationsprogrammet Viable Cities.', exampleType: 'join',
  },
  {
    key: 'eu-cities-mission', class: 'programme',
    description: "the EU mission for 100 climate-neutral and smart cities, and its European climate contracts",
    aliases: [
      'eu-mission*', 'eu:s mission*', 'eu-kommissionens mission*', 'eu kommissionens mission*', 'eu-missionen',
      '100 europeiska städer*', '100 klimatneutrala ~ städer*', '100 climate-neutral ~ cities', 'mission for 100',
      "eu's mission*", 'eu mission*', 'cities mission', 'europeiska klimatkontrakt*', 'european climate contract*', '*klimatmission*', 'eu:s *mission*', 'eu-*mission*',
      'klimatneutrala och smarta städer',
    ],
    example: 'Lund har valts ut till EU:s mission för 100 klimatneutrala och smarta städer.', exampleType: 'join',
  },
  {
    key: 'klimatkommunerna', class: 'programme',
    description: 'the network Klimatkommunerna',
    aliases: ['klimatkommunerna*'],
    example: 'Kommunfullmäktige i Kalmar beslutade att kommunen ska gå med i föreningen Klimatkommunerna.', exampleType: 'join',
  },
  {
    key: 'borgmastaravtalet', class: 'contract',
    description: 'the Covenant of Mayors (Borgmästaravtalet)',
    aliases: ['borgmästaravtal*', 'covenant of mayors', 'convenant of mayors'],
    example: 'Piteå har skrivit på Borgmästaravtalet.', exampleType: 'sign',
  },
  {
    key: 'fossilfritt-sverige', class: 'programme',
    description: "the government's initiative Fossilfritt Sverige",
    aliases: ['fossilfritt sverige'],
    example: 'Kommunen ansluter sig till regeringens initiativ Fossilfritt Sverige.', exampleType: 'join',
  },
  {
    key: 'sveriges-ekokommuner', class: 'programme',
    description: 'the network Sveriges Ekokommuner (SEKOM)',
    aliases: ['sveriges ekokommuner', 'sekom', 'ekokommun*'],
    example: 'Ystad är sedan länge medlem i Sveriges Ekokommuner.', exampleType: 'join',
  },
  {
    key: 'klimatloften', class: 'programme', scope: 'organisation',
    description: 'klimatlöften, the yearly undertakings of the municipal organisation in Klimat 2030 – Västra Götaland',
    aliases: ['klimatlöfte*', 'klimat 2030'],
    example: 'Kommunstyrelsen i Mölndal har antagit tolv nya klimatlöften för nästa år.', exampleType: 'other',
  },
  {
    key: 'klimatneutral', class: 'goal',
    description: 'climate neutrality, net zero or negative emissions',
    aliases: [
      'klimatneutral*', 'koldioxidneutral*', 'co2-neutral*', 'klimatpositiv*', 'nettonoll*', 'netto noll', 'noll nettoutsläpp',
      'nettoutsläpp ~ [av] [växthusgaser] ~ noll', 'negativa utsläpp', 'climate-neutral*', 'climate neutral*', 'net zero', 'net-zero',
    ],
    example: 'Kommunen ska vara klimatneutral senast år 2035.', exampleType: 'target',
  },
  {
    key: 'fossilfri', class: 'goal',
    description: 'freedom from fossil fuels or fossil emissions (of a territory or an organisation)',
    aliases: [
      'fossilfri*', 'fossil-oberoende*', 'fossilbränslefri*', 'fri från fossil*', 'fritt från fossil*', 'fria från fossil*', 'noll ~ fossila', 'noll utsläpp av fossil*',
      'fossil-free',
    ],
    example: 'Regionen ska bli fossilfri år 2040.', exampleType: 'target',
  },
  {
    key: 'utslappsminskning', class: 'goal',
    description: 'a reduction of emissions by a stated percentage or amount (the attribute reduction_percent)',
    // Found by the reduction rule of ./targets.ts (a reduction word and a number), not by aliases alone.
    aliases: [],
    example: 'Målet är att utsläppen av växthusgaser ska minska med 63 procent till 2030 jämfört med 1990.', exampleType: 'target',
  },
  {
    key: 'fossilfri-fordonsflotta', class: 'measure', scope: 'organisation', absorbs: ['fossilfri', 'klimatneutral'],
    description: "the organisation's own vehicles: fossil-free or electric fleet, official cars",
    aliases: [
      'fordonsflott*', 'fordonspark*', 'tjänstebil*', 'kommunens ~ fordon*', 'kommunens ~ bilar',
      'fordon* … fossilbränslefri*', 'fordon* … fossilfri*', 'fossilfri* fordon*', 'fossilbränslefri* fordon*',
      // electric cars only as the organisation's own: 'tas 32 nya elbilar in i verksamheterna' (not 'fler invånare kör elbil')
      'elbilar|miljöbilar|elfordon … verksamhet*', 'kommunens|kommunala ~ elbilar|miljöbilar|elfordon',
    ],
    example: 'Alla kommunens fordon ska vara fossilfria år 2030.', exampleType: 'target',
  },
  {
    key: 'laddinfrastruktur', class: 'measure',
    description: 'charging infrastructure for electric vehicles (also a strategy or plan for it)',
    aliases: [
      'laddinfrastruktur*', 'laddningsinfrastruktur*', 'laddstolp*', 'laddstation*', 'laddpunkt*', 'laddningspunkt*', 'laddplats*',
      'laddplan*', 'laddstrategi*', 'elladdning*', 'laddning av elbil*', 'laddpool*', 'laddbox*', 'laddgat*', 'snabbladd*',
      'charging station*', 'charging point*',
    ],
    example: 'Kommunen ska bygga ut laddstolpar i alla tätorter.', exampleType: 'other',
  },
  {
    key: 'solenergi', class: 'measure',
    description: 'solar cells, solar power and solar heat',
    aliases: ['solcell*', 'solel*', 'solenergi*', 'solpanel*', 'solelpanel*', 'solkraft*', 'solvärme*', 'solpark*', 'solar*'],
    example: 'att kommunen installerar solceller på alla nya skolor', exampleType: 'propose',
  },
  {
    key: 'fornybar-energi', class: 'measure',
    description: 'renewable energy in general (shares of renewables, wind power, biogas)',
    aliases: ['förnybar*', 'förnyelsebar*', 'vindkraft*', 'vindpark*', 'biogas*', 'renewable*'],
    example: 'att kommunen antar målet om 100 procent förnybar el i de egna verksamheterna', exampleType: 'propose',
  },
  {
    key: 'energieffektivisering', class: 'measure',
    description: 'energy efficiency and energy saving',
    aliases: [
      'energieffektiv*', 'energibesparing*', 'energisparande', 'energisparåtgärd*', 'besparing av energi', 'spara energi',
      'minska* energianvändning*', 'minska* energiförbrukning*', 'energy efficiency',
    ],
    example: 'Nämnden föreslår en energibesparing på 15 procent i kommunens lokaler.', exampleType: 'propose',
  },
  {
    key: 'klimatbudget', class: 'measure',
    description: 'a climate or carbon budget',
    aliases: ['klimatbudget*', 'koldioxidbudget*', 'utsläppsbudget*', 'budget för utsläpp', 'carbon budget*'],
    example: 'att kommunen inför en koldioxidbudget från och med nästa år', exampleType: 'propose',
  },
  {
    key: 'klimatplan', class: 'plan',
    description: 'a general climate, energy or environment plan, strategy, programme, roadmap or action plan',
    // Climate-specific compounds. Generic plan nouns (GENERIC_PLAN_NOUNS below) count as a klimatplan only
    // in a sentence with climate words, and give way to a measure named with them.
    aliases: [
      '*klimatplan*', '*klimatstrategi*', '*klimatprogram*', '*klimatfärdplan*', '*klimathandlingsplan*', '*klimatpolicy*',
      '*energiplan*', '*energistrategi*', '*miljöplan*', '*miljöprogram*', '*miljöstrategi*', '*miljömålsprogram*', '*klimatanpassningsplan*', 'secap', 'seap', 'sustainable energy action plan',
    ],
    example: 'Miljönämnden har antagit en ny energi- och klimatstrategi.', exampleType: 'adopt_plan',
  },
  {
    key: 'tvillingstad', class: 'twin',
    description: 'twin-city or twin-municipality cooperation',
    aliases: ['tvillingstad*', 'tvillingstäder*', 'tvillingkommun*', 'twin cit*'],
    example: 'Sundsvall och Härnösand blir tvillingstäder i klimatarbetet.', exampleType: 'twin',
  },
  {
    key: 'other-climate', class: 'fallback',
    description: 'any other climate or energy commitment (the text has climate words, no key above fits)',
    aliases: [],
    example: 'Kommunen åtar sig att underlätta för hållbara transport- och logistiklösningar.', exampleType: 'other',
  },
  {
    key: 'non-climate', class: 'fallback',
    description: 'a commitment outside climate and energy (schools, libraries, parks)',
    aliases: [],
    example: 'Kommunen avser att bygga en ny förskola med plats för 120 barn.', exampleType: 'other',
  },
];

/**
 * Plan nouns that say nothing of their subject. With climate words in the sentence they make a klimatplan;
 * with a measure ('laddstations strategi', 'riktlinjer för solenergi') they take the measure's key.
 * Example: 'att kommunen tar fram en färdplan för att nå målet' → klimatplan.
 */
export const GENERIC_PLAN_NOUNS: readonly string[] = [
  'plan', 'planer', 'strategi', 'strategin', 'strategier', 'policy', 'policyn', 'riktlinje*', 'program', 'programmet',
  'handlingsplan*', 'färdplan*', 'åtgärdsplan*', 'vägledning*', 'roadmap', 'action plan',
];

/** A plan noun followed by these words is not a plan but an intention: 'Planen är att etablera …'. */
export const NOT_A_PLAN_AFTER: readonly string[] = ['är att', 'var att', 'är nu att'];

/**
 * Words that make a commitment a climate one when no key fits (→ other-climate; otherwise non-climate).
 * Example: 'Kommunen åtar sig också stödja industrins omställning' → other-climate.
 */
export const CLIMATE_WORDS: readonly string[] = [
  '*klimat*', 'utsläpp*', '*utsläpp*', 'växthusgas*', 'koldioxid*', 'co2*', 'fossil*', 'energi*', '*energi', '*energin',
  'kärnkraft*', 'vattenkraft*', 'el', 'elen', 'elproduktion*', 'elbil*', 'elfordon*', 'omställning*', '*omställning*', 'fjärrvärme*',
  'värmepump*', 'vätgas*', 'elektrifiering*', 'biobränsle*', '*drivmedel*', 'kolsänk*', 'miljöbil*',
  'hållbara transport*', 'kollektivtrafik*', 'cykel*', 'klimate', 'climate*', 'emission*', 'energy',
];

/**
 * Nouns that refer back to a motion, proposal or answer named earlier: a sentence with one of them and no key
 * of its own takes its object from the motion it refers to ('Kommunfullmäktige bifaller motionen.').
 */
export const ANAPHORS: readonly string[] = [
  'motionen', 'motionens', 'förslaget', 'förslagets', 'ärendet', 'remissvaret', 'yttrandet', 'investeringen', 'satsningen',
  'åtgärden', 'åtgärderna', 'detta', 'frågan', 'yrkade bifall', 'yrkar bifall', 'yrkade avslag', 'yrkar avslag', 'bifall till motionen',
  '<Name>:s motion', '<Name>s motion', '<Name> motion', 'vår motion', '*motion om det|detta|dem|den', '*förslag om det|detta|dem|den',
];

/**
 * Where a motion or proposal is described with its content: the sentence an anaphor refers to.
 * Example: 'lämnade vi in en nämndmotion där vi föreslog …', 'Medborgarförslag om att …'.
 */
export const MOTION_DESCRIPTIONS: readonly string[] = [
  '*motion om', '*motion där', '*motion med', '*motionen om', '*motionen handlar om', '*motion … att', 'motionerat om', 'föreslog att',
  'föreslår att', 'föreslås', '*förslag om', '*förslag till', 'yttrande om', 'att-sats*', 'yrkar', 'yrkade att',
];

/**
 * A sentence that names its motion's content itself ('Motion om kommunal utvecklingsfond …: V biföll S motion')
 * does not refer back, even with an anaphor in it.
 */
export const SELF_DESCRIPTIONS: readonly string[] = [
  '*motion om', '*motion där', '*motion med', '*motionen om', '*motionen handlar om', 'motionerat om', '*förslag om', 'yttrande om',
];

/** A description whose content is itself a reference ('en motion om det', 'önskar att frågan utreds') describes nothing. */
export const EMPTY_DESCRIPTIONS: readonly string[] = [
  '*motion om det|detta|dem|den', '*förslag om det|detta|dem|den', 'frågan', 'ärendet', 'det hela',
];

/**
 * Nouns naming a programme without saying which ('i satsningen'): resolved to the programme named after the
 * same noun earlier ('ansluta till satsningen Klimatneutrala städer 2030').
 */
export const GENERIC_PROGRAMME_NOUNS: readonly string[] = [
  'satsning', 'satsningen', 'programmet', 'innovationsprogrammet', 'initiativet', 'initiativ', 'nätverket', 'föreningen', 'projektet',
  'missionen',
];

/** A sentence defining the committed object tells its scope: 'En koldioxidbudget innebär att … varje verksamhet …'. */
export const DEFINITION_VERBS: readonly string[] = ['innebär', 'betyder', 'omfattar', 'handlar om', 'gäller för'];

/** Nouns naming a contract without saying which: resolved to the nearest contract named before them. */
export const GENERIC_CONTRACT_NOUNS: readonly string[] = [
  'kontrakt', 'kontraktet', 'kontrakten', 'avtal', 'avtalet', 'överenskommelse*', 'deklaration*', 'contract',
];
