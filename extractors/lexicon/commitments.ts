// The words of commitments, as data. The commitments extractor (extractors/commitments.ts) builds its patterns
// from these tables once at load; a linguist extends them by adding rows, not by editing regular expressions.
//
// Conventions: `forms` lists every written form of a word, separated by spaces, in lower case. In the phrase
// tables (`PhraseEntry`), forms are separated by commas and a form may have several words ('lämnar in, lämnade
// in'). Every entry has an `example` sentence in which the entry is read as its row says;
// extractors/lexicon/commitments.test.ts checks each example against the extractor.
import type { CommitmentType } from '../../src/types.js';

// ---------------------------------------------------------------------------------------------------
// Nouns: what a commitment is about. A verb trigger names the class of object it needs.

export type NounClass = 'contract' | 'pledge' | 'network' | 'plan' | 'goal' | 'motion' | 'launch';

export interface NounEntry {
  class: NounClass;
  /** Stems: a word counts when it is a stem, or a compound or inflection whose last part starts with the stem. */
  stems: readonly string[];
  example: string;
}

export const NOUNS: readonly NounEntry[] = [
  { class: 'contract', stems: ['kontrakt', 'avtal', 'avsiktsförklaring', 'deklaration', 'överenskommelse', 'löfte', 'åtagande', 'upprop', 'manifest', 'contract', 'covenant'], example: 'Umeå kommun undertecknar klimatkontraktet.' },
  { class: 'pledge', stems: ['löfte', 'åtagande'], example: 'Kommunstyrelsen har i dag antagit sju nya klimatlöften.' },
  { class: 'network', stems: ['nätverk', 'förening', 'satsning', 'initiativ', 'program', 'plattform', 'samarbete', 'partnerskap', 'rörelse', 'kampanj', 'allians', 'mission', 'uppdrag', 'organisation', 'projekt', 'network', 'initiative', 'platform', 'partnership', 'programme'], example: 'Nacka går in som medlem i innovationsplattformen Viable Cities.' },
  { class: 'plan', stems: ['plan', 'strategi', 'program', 'policy', 'policyn', 'färdplan', 'riktlinje', 'budget', 'handlingsprogram', 'strategy', 'roadmap'], example: 'Miljönämnden har antagit en ny energi- och klimatstrategi.' },
  { class: 'goal', stems: ['mål', 'målsättning', 'målbild', 'delmål', 'ambition'], example: 'Kommunfullmäktige antog i går nya klimatmål för kommunen.' },
  { class: 'motion', stems: ['motion', 'nämndmotion', 'förslag', 'medborgarförslag', 'yrkande', 'att-sats'], example: 'Kommunfullmäktige biföll motionen.' },
  { class: 'launch', stems: ['utlysning', 'ansökningsomgång', 'upphandling', 'tävling', 'kampanj'], example: 'I dag öppnar Viable Cities en ny utlysning.' },
];

// ---------------------------------------------------------------------------------------------------
// Verbs: acts of committing. The actor is the verb's subject (straight or inverted word order), unless
// `actor` says otherwise.

export interface VerbTrigger {
  /** Rule id, unique: the mention's rule is `commitments.<id>`. */
  id: string;
  type: CommitmentType;
  /** Every form of the verb (and its passive), space-separated. */
  forms: string;
  /** A particle or preposition that completes the verb ('under', 'på', 'med i'); an inverted subject may stand between. */
  particle?: string;
  /** The class of object the verb needs after it in its clause; 'none': needs none. */
  object: NounClass | NounClass[] | 'none';
  /** The object must start within this many words after the verb (or its particle): "ingår i nätverket X", not "ingår i våg 2 av X". */
  objectWithin?: number;
  /** When the object may be left out because the document is about such an object ("Kiruna har skrivit på"). */
  objectFromContext?: boolean;
  /** `object`: the actor is the verb's object ("kommissionen har valt ut Umeå"); default `subject`. */
  actor?: 'subject' | 'object';
  example: string;
}

/**
 * Programmes and movements a municipality joins by name, without a network noun before them, and that never act
 * themselves (so they are no organisations in lexicon/organisations.ts): they are the object of a joining.
 */
export const JOINED_PROGRAMMES: readonly { name: string; example: string }[] = [
  { name: 'Klimatneutrala städer 2030', example: 'Umeå har gått med i Klimatneutrala städer 2030.' },
  { name: 'Klimatneutrala städer', example: 'Lund gick med i Klimatneutrala städer redan 2019.' },
  { name: 'Covenant of Mayors', example: 'Östersund anslöt sig till Covenant of Mayors 2010.' },
  { name: 'Earth Hour City Challenge', example: 'Uppsala deltar i Earth Hour City Challenge.' },
];

export const VERB_TRIGGERS: readonly VerbTrigger[] = [
  // sign: signs or will sign an agreement.
  { id: 'sign.underteckna', type: 'sign', forms: 'underteckna undertecknar undertecknade undertecknat undertecknas undertecknades undertecknats undertecknande', object: 'contract', objectFromContext: true, example: 'Umeå kommun undertecknar ett klimatkontrakt.' },
  { id: 'sign.signera', type: 'sign', forms: 'signera signerar signerade signerat signeras signerades signerats', object: 'contract', objectFromContext: true, example: 'I december 2022 signerade Skellefteå sitt första kontrakt.' },
  { id: 'sign.skriva-under', type: 'sign', forms: 'skriva skriver skrev skrivit skrivs skrivits', particle: 'under', object: 'contract', objectFromContext: true, example: 'Klimatkontrakt 2030: utöver Umeå har Enköping och Växjö skrivit under.' },
  { id: 'sign.skriva-pa', type: 'sign', forms: 'skriva skriver skrev skrivit', particle: 'på', object: 'contract', objectFromContext: true, example: 'Kiruna och Luleå har skrivit på Borgmästaravtalet.' },
  { id: 'sign.skriva-kontrakt', type: 'sign', forms: 'skriva skriver skrev skrivit', object: 'contract', example: 'Planen är att skriva ett klimatkontrakt med Viable Cities.' },
  { id: 'sign.teckna', type: 'sign', forms: 'teckna tecknar tecknade tecknat tecknas tecknades', object: 'contract', example: 'Tierps kommun har just tecknat ett hållbarhetslöfte med länsstyrelsen.' },
  { id: 'sign.ingå-avtal', type: 'sign', forms: 'ingå ingår ingick ingått', object: 'contract', example: 'Kommunen ingår ett avtal med Trafikverket.' },
  { id: 'sign.en', type: 'sign', forms: 'sign signs signed signing', object: 'contract', objectFromContext: true, example: 'Among other things, Umeå will sign a European climate contract for cities.' },
  // twin: joins another city as its twin.
  { id: 'twin.tvillingstad', type: 'twin', forms: 'ansluta ansluter anslöt anslutit bli blir blev blivit gå går gick', particle: 'som tvillingstad', object: 'none', example: 'Kristinehamns kommun ansluter som tvillingstad till Karlstad.' },
  // join: becomes or is a member or participant.
  { id: 'join.ga-med', type: 'join', forms: 'gå går gick gått', particle: 'med i', object: 'network', example: 'Tierps kommun går med i föreningen Klimatkommunerna.' },
  { id: 'join.ga-in-som-medlem', type: 'join', forms: 'gå går gick gått', particle: 'in som medlem i', object: 'none', example: 'Nacka går in som medlem i innovationsplattformen Viable Cities.' },
  { id: 'join.ansluta', type: 'join', forms: 'ansluta ansluter anslöt anslutit ansluts anslöts', particle: 'till', object: 'network', example: 'Sigtuna kommun ansluter sig till Fossilfritt Sverige.' },
  { id: 'join.bli-medlem', type: 'join', forms: 'bli blir blev blivit', particle: 'medlem i', object: 'none', example: 'Lunds kommun blev medlem i Klimatkommunerna 2019.' },
  { id: 'join.vara-medlem', type: 'join', forms: 'är var varit', particle: 'medlem i', object: 'none', example: 'Han påminner om att Trosa redan är medlem i Sveriges Ekokommuner.' },
  { id: 'join.bli-medlemmar', type: 'join', forms: 'bli blir blev blivit', particle: 'medlemmar i', object: 'none', example: 'Lund och Malmö blev medlemmar i Sveriges Ekokommuner 1995.' },
  { id: 'join.vara-medlemmar', type: 'join', forms: 'är var varit', particle: 'medlemmar i', object: 'none', example: 'Lund och Malmö är medlemmar i Sveriges Ekokommuner.' },
  { id: 'join.inga-i', type: 'join', forms: 'ingår ingick ingått', particle: 'i', object: 'network', objectWithin: 2, example: 'Umeå ingår sedan 2021 i Klimatneutrala städer 2030.' },
  { id: 'join.antas-till', type: 'join', forms: 'antogs antagits antas antagen antagna', particle: 'till', object: 'network', example: 'Skövde och Falun antogs till våg 3 av Klimatneutrala städer 2030 i december.' },
  { id: 'join.vara-del-av', type: 'join', forms: 'är var varit', particle: 'en del av', object: 'network', example: 'Nu är Västerås en del av satsningen Klimatneutrala städer 2030.' },
  { id: 'join.bli-del-av', type: 'join', forms: 'bli blir blev blivit', particle: 'en del av', object: 'network', example: 'Falun blir en del av satsningen Klimatneutrala städer 2030.' },
  { id: 'join.sta-bakom', type: 'join', forms: 'står stod stått', particle: 'bakom', object: 'network', example: 'Lidköpings kommun står bakom satsningen Klimat 2030.' },
  { id: 'join.delta', type: 'join', forms: 'delta deltar deltog deltagit medverka medverkar medverkade medverkat', particle: 'i', object: 'network', example: 'Borås deltar i satsningen Klimatneutrala städer 2030.' },
  { id: 'join.ansoka-medlemskap', type: 'join', forms: 'ansöka ansöker ansökte ansökt', particle: 'om medlemskap', object: 'none', example: 'Fullmäktige beslutade att kommunen ska ansöka om medlemskap i föreningen Klimatkommunerna.' },
  { id: 'join.utvald', type: 'join', forms: 'utvald utvalda utsedd utsedda', object: 'none', example: 'Stockholm har blivit utvald som en av 100 europeiska städer.' },
  { id: 'join.valjas-ut', type: 'join', forms: 'valts valdes', particle: 'ut', object: 'none', example: 'Umeå har valts ut till EU:s satsning på klimatneutrala städer.' },
  { id: 'join.valkomna', type: 'join', forms: 'välkomnar välkomnade välkomnat', actor: 'object', object: 'none', example: 'Klimatkommunerna välkomnar Umeå som ny medlem.' },
  { id: 'join.select-en', type: 'join', forms: 'selected chosen', actor: 'object', object: 'none', example: 'The European Commission has selected Umeå as one of the cities.' },
  { id: 'join.en', type: 'join', forms: 'join joins joined', object: 'network', example: 'Umeå joined the network in 2021.' },
  // adopt_plan: adopts, or decides to draw up, a plan, strategy or programme.
  { id: 'adopt.anta', type: 'adopt_plan', forms: 'anta antar antog antagit antas antogs antagits antagen antagna antaget', object: 'plan', example: 'Miljönämnden i Landskrona har antagit en ny energi- och klimatstrategi.' },
  { id: 'adopt.faststalla', type: 'adopt_plan', forms: 'fastställa fastställer fastställde fastställt fastställs fastställdes', object: 'plan', example: 'Kommunfullmäktige fastställde klimatplanen i juni.' },
  { id: 'adopt.godkanna', type: 'adopt_plan', forms: 'godkänna godkänner godkände godkänt godkänns godkändes', object: 'plan', example: 'Kommunstyrelsen godkände handlingsplanen för energi och klimat.' },
  { id: 'adopt.saga-ja', type: 'adopt_plan', forms: 'säga säger sa sade sagt', particle: 'ja till', object: 'plan', example: 'Kommunfullmäktige i Umeå sa ja till klimatplanen på måndagen.' },
  { id: 'adopt.klubba', type: 'adopt_plan', forms: 'klubba klubbar klubbade klubbat klubbades', object: 'plan', example: 'Fullmäktige klubbade den nya klimatstrategin.' },
  { id: 'adopt.ta-fram', type: 'adopt_plan', forms: 'ta tar tog tagit', particle: 'fram', object: 'plan', example: 'Kommunen kommer att ta fram en handlingsplan för klimatomställningen.' },
  { id: 'adopt.gora-plan', type: 'adopt_plan', forms: 'göra gör gjorde gjort upprätta upprättar upprättade utarbeta utarbetar utarbetade', object: 'plan', example: 'Kommunen ska göra en handlingsplan med åtgärder för att bli klimatneutral.' },
  { id: 'adopt.en', type: 'adopt_plan', forms: 'adopt adopts adopted', object: 'plan', example: 'The council adopted a new climate strategy.' },
  // target: adopting goals.
  { id: 'adopt.ha-plan', type: 'adopt_plan', forms: 'har hade', object: 'plan', example: 'Centerpartiet tycker att det är bra att Uppsala kommun har ett ambitiöst miljö- och klimatprogram.' },
  { id: 'adopt.fatta-beslut', type: 'adopt_plan', forms: 'fatta fattar fattade fattat', particle: 'beslut om', object: 'plan', example: 'I maj 2023 fattade kommunfullmäktige beslut om en energi- och klimatplan.' },
  { id: 'adopt.besluta-om', type: 'adopt_plan', forms: 'besluta beslutar beslutade beslutat beslöt', particle: 'om', object: 'plan', example: 'Kommunfullmäktige beslutade om en ny klimatstrategi.' },
  { id: 'other.anta-loften', type: 'other', forms: 'anta antar antog antagit antas antogs antagits', object: 'pledge', example: 'Kommunstyrelsen har i dag antagit sju nya klimatlöften.' },
  { id: 'target.anta-mal', type: 'target', forms: 'anta antar antog antagit antas antogs antagits', object: 'goal', example: 'Fullmäktige antog nya klimatmål för kommunen.' },
  // revise: an updated version.
  { id: 'revise.revidera', type: 'revise', forms: 'revidera reviderar reviderade reviderat revideras uppdatera uppdaterar uppdaterade uppdaterat', object: ['contract', 'plan', 'goal'], example: 'I december kommer kommunen revidera sitt klimatkontrakt.' },
  // other: concrete undertakings and decisions.
  { id: 'other.ata-sig', type: 'other', forms: 'åtar åtog åtagit', particle: 'sig', object: 'none', example: 'Kommunen åtar sig att stödja industrins omställning.' },
  { id: 'other.forbinda-sig', type: 'other', forms: 'förbinder förband förbundit', particle: 'sig', object: 'none', example: 'Skellefteå förbinder sig att öka takten i omställningen.' },
  { id: 'other.uppdra', type: 'other', forms: 'uppdra uppdrar uppdrog uppdragit uppdras uppdrogs', particle: 'åt', object: 'none', example: 'Kommunfullmäktige i Hudiksvall uppdrar åt kommunstyrelsen att ta fram en laddplan.' },
  { id: 'other.uppdrag', type: 'other', forms: 'får fick fått ger gav gett givit', particle: 'i uppdrag', object: 'none', example: 'Samhällsbyggnadsförvaltningen får i uppdrag att ta fram riktlinjer.' },
  { id: 'other.klartecken', type: 'other', forms: 'ger gav gett givit', particle: 'klartecken', object: 'none', example: 'Kommunstyrelsens arbetsutskott gav klartecken att dra igång projekteringen.' },
  { id: 'other.aterkalla', type: 'other', forms: 'återkalla återkallar återkallade återkallat upphäva upphäver upphävde upphävt', object: 'none', example: 'Servicenämnden har återkallat beslutet att lägga ner filialbiblioteken.' },
  { id: 'other.oppna-utlysning', type: 'other', forms: 'öppna öppnar öppnade öppnat lansera lanserar lanserade lanserat', object: 'launch', example: 'I dag öppnar Viable Cities en utlysning för städer.' },
  { id: 'other.lansera', type: 'other', forms: 'lansera lanserar lanserade lanserat', object: 'contract', example: 'Inom missionen kommer EU-kommissionen lansera europeiska klimatkontrakt.' },
  { id: 'other.koordinator', type: 'other', forms: 'blev blir blivit utsågs utses', particle: 'koordinator', object: 'none', example: 'Region Västerbotten blev 2014 regional koordinator för Borgmästaravtalet.' },
  { id: 'other.sta-for', type: 'other', forms: 'stå står', particle: 'för', object: 'none', example: 'Det praktiska arbetet kommer Energikontor Norr att stå för.' },
];

/**
 * Concrete acts that are an undertaking when they are planned or decided (future, "ska", "kommer att", "avser att",
 * "beslutat att", an agentless present passive in the municipality's own news), never when told as done in the past:
 * "Kommunen avser att bygga en ny förskola" is one, "Sigtuna kommun har bytt ut alla oljepannor" is a fact.
 */
export interface ActionVerb {
  forms: string;
  /** A particle the verb needs within a few words ("sätta upp", "köpa in", "tas in"). */
  particle?: string;
  /** Object stems the verb needs ("görs besparing"): without them the verb is too general to be an act. */
  objects?: readonly string[];
  example: string;
}

export const ACTION_VERBS: readonly ActionVerb[] = [
  { forms: 'bygga bygger byggs byggas', example: 'Kommunen avser att bygga en ny förskola i Nybble.' },
  { forms: 'anlägga anlägger anläggs anläggas', example: 'Staden ska anlägga en ny cykelbana.' },
  { forms: 'etablera etablerar etableras', example: 'Planen är att etablera ett innovationsteam.' },
  { forms: 'inrätta inrättar inrättas', example: 'Kommunen ska inrätta en klimatfond.' },
  { forms: 'införa inför införs införas', example: 'Kommunen inför klimatkrav vid upphandling.' },
  { forms: 'investera investerar investeras', example: 'Kommunen ska investera 20 miljoner i solceller.' },
  { forms: 'installera installerar installeras', example: 'Solceller ska installeras på tre skolor.' },
  { forms: 'sätta sätter sätts sättas', particle: 'upp', example: 'Laddningspunkter kommer även att sättas upp i Glimåkra.' },
  { forms: 'köpa köper köps köpas', particle: 'in', example: 'Kommunen köper in 20 elbilar.' },
  { forms: 'ta tar tas tas', particle: 'in', example: 'Redan under juli månad tas 32 nya elbilar in i verksamheterna.' },
  { forms: 'byta byter byts bytas', particle: 'ut', example: 'Kommunen ska byta ut alla oljepannor.' },
  { forms: 'ersätta ersätter ersätts', example: 'Kommunen ska ersätta fossila bränslen med biogas.' },
  { forms: 'skapa skapar skapas', example: 'För att nå dit vill vi skapa en plattform för samverkan.' },
  { forms: 'starta startar startas', example: 'Kommunen startar ett nytt klimatråd.' },
  { forms: 'samordna samordnar driva driver', example: 'Kommunen åtar sig att samordna arbetet med klimatfärdplanen.' },
  { forms: 'stödja stöder stödjer underlätta underlättar', example: 'Kommunen åtar sig också stödja industrins omställning.' },
  { forms: 'elektrifiera elektrifierar elektrifieras', example: 'Staden ska elektrifiera hela fordonsflottan.' },
  { forms: 'renovera renoverar renoveras', example: 'Kommunen ska renovera simhallen.' },
  { forms: 'upphandla upphandlar upphandlas', example: 'Kommunen ska upphandla fossilfria transporter.' },
  { forms: 'avsätta avsätter avsätts anslå anslår anslås', example: 'Kommunen avsätter fem miljoner till åtgärderna.' },
  { forms: 'satsa satsar satsas', example: 'Kommunen satsar tio miljoner kronor på solceller.' },
  { forms: 'görs', objects: ['besparing', 'investering', 'satsning', 'insats', 'åtgärd'], example: 'I stället görs besparing genom att sänka budgeten för medieinköp.' },
  { forms: 'inrymma inrymmer', example: 'Den nya förskolan ska även inrymma nattbarnomsorg.' },
  { forms: 'ställa ställer ställs ställas', objects: ['krav', 'klimatkrav', 'miljökrav'], example: 'Från den 1 januari 2025 ställs krav på klimatdeklaration vid all nybyggnation i kommunens regi.' },
  { forms: 'öppna öppnar öppnas', objects: ['förskola', 'skola', 'bibliotek', 'station', 'center', 'anläggning'], example: 'Kommunen öppnar en ny förskola i höst.' },
];

// ---------------------------------------------------------------------------------------------------
// Proposals, motions and their answers.

export interface PhraseEntry { forms: string; example: string }

/** A party's (or a motion's) proposal: the party is the subject. */
export const PROPOSAL_VERBS: readonly PhraseEntry[] = [
  { forms: 'föreslå föreslår föreslog föreslagit föreslås', example: 'Vänsterpartiet föreslår att kommunen går med i Klimatkommunerna.' },
  { forms: 'yrka yrkar yrkade yrkat', example: 'V yrkade att stycke 1, 2 och 3 ska strykas i remissvaret.' },
  { forms: 'motionera motionerar motionerade motionerat', example: 'S, V och MP har motionerat om att anlägga solceller på kommunägda tak.' },
  { forms: 'hemställa hemställer hemställde', example: 'Vi hemställer att fullmäktige beslutar att anta en klimatbudget.' },
  { forms: 'kräver krävde', example: 'Miljöpartiet kräver att kommunen inför en klimatbudget.' },
  { forms: 'vill', example: 'MP vill att kommunen inför en koldioxidbudget.' },
];

/** Filing or backing a motion: "lämnar in en motion", "står bakom motionen", "ligger bakom motionen". */
export const MOTION_ACTS: readonly PhraseEntry[] = [
  { forms: 'lämnar in, lämnade in, lämnat in, lämnas in', example: 'I dag lämnar Miljöpartiets kommunfullmäktigegrupp in en motion om en koldioxidbudget.' },
  { forms: 'står bakom, stod bakom, ligger bakom, låg bakom', example: 'Det är Caroline Ottosson, centerpartistisk ledamot, som ligger bakom motionen.' },
  { forms: 'väcker, väckte, väckt', example: 'Centerpartiet väckte en motion om solceller.' },
  { forms: 'återkomma med, återkommer med, lägger fram, lade fram, lagt fram, presenterar, presenterade', example: 'Vi kommer också att återkomma med nya förslag i början av 2020.' },
];

/** A party's position at a meeting that supports a proposal: "V biföll S motion", "Vänsterpartiet yrkade bifall". */
export const MEETING_SUPPORT: readonly PhraseEntry[] = [
  { forms: 'biföll, bifaller, yrkade bifall, yrkar bifall, röstade för, röstar för', example: 'V biföll S motion om en utvecklingsfond.' },
];

/**
 * A deciding body's answer to a motion or proposal (type other, strength answered): bifall, delvis bifall,
 * avslag, besvarad. The object is a motion noun.
 */
export const ANSWER_PHRASES: readonly PhraseEntry[] = [
  { forms: 'bifaller, biföll, bifallit, bifalla, bifalls, bifölls, bifallits, bifallen', example: 'Kommunfullmäktige bifaller motionen.' },
  { forms: 'avslå, avslår, avslog, avslagit, avslås, avslogs, avslagits, avslagen', example: 'Resten av motionen avslog kommunstyrelsen.' },
  { forms: 'anses besvarad, ansågs besvarad, anses besvarade, anses vara besvarad, ansåg motionen besvarad, ansåg den besvarad, anse motionen besvarad, anse den besvarad', example: 'Motionen ansågs besvarad.' },
  { forms: 'ställer sig positiv, ställde sig positiv, ställer sig positiva, ställde sig positiva', example: 'Kommunstyrelsen ställer sig positiv till en utredning av fastigheterna.' },
  { forms: 'fått ja, fick ja', example: 'Motionen har fått ja i kommunstyrelsen.' },
  { forms: 'sa ja till, sade ja till, säger ja till, har sagt ja till, sa nej till, sade nej till, säger nej till', example: 'Kommunfullmäktige sa ja till motionen om solceller.' },
];

// ---------------------------------------------------------------------------------------------------
// Goals.

/**
 * Heads of a goal statement whose content follows: "Målet är att …", "Kommunens mål är att …", "X har som mål
 * att …", "med målet att bli …". The owner is a possessor, the subject of "har som mål", or named in the content.
 */
export const GOAL_HEADS: readonly PhraseEntry[] = [
  { forms: 'mål målet målen målsättning målsättningen målbild målbilden huvudmål huvudmålet delmål delmålet ambition ambitionen vision visionen', example: 'Ett av kommunens politiska mål är att alla kommunens fordon är fossilbränslefria år 2025.' },
];

/** Outcomes that make a "ska …" or goal content a climate target. */
export const TARGET_OUTCOMES: readonly PhraseEntry[] = [
  { forms: 'klimatneutral, klimatneutralt, klimatneutrala, klimatneutralitet, koldioxidneutral, koldioxidneutralt, klimatpositiv, klimatpositivt, nettonoll, netto noll, nettonollutsläpp', example: 'Umeå stad ska vara klimatneutralt år 2030.' },
  { forms: 'fossilfri, fossilfritt, fossilfria, fossilbränslefri, fossilbränslefritt, fossilbränslefria, fossiloberoende, fossil-oberoende, fossilfrihet, fri från fossila, fritt från fossila, fria från fossila', example: 'Alla kommunens fordon är fossilbränslefria år 2025.' },
  { forms: 'nollutsläpp, noll utsläpp, negativa utsläpp, vara noll, bli noll', example: 'Kommunens verksamhet ska ha noll utsläpp av fossila koldioxidutsläpp 2030.' },
  { forms: 'förnybar, förnybart, förnybara', example: 'All energi i kommunens verksamhet ska vara förnybar senast 2029.' },
  { forms: 'elbilar, elfordon, eldrivna, elektrifierad, elektrifierade, elektrifierat', example: 'Senast 2035 ska alla kommunens bilar vara elbilar.' },
  { forms: 'climate neutral, climate-neutral, carbon neutral, net zero', example: 'The city aims to be climate neutral by 2030.' },
];

/** A reduction is a target outcome when a reduction word and an emission word stand in one clause (either order). */
export const REDUCTION_WORDS: PhraseEntry = { forms: 'minska, minskar, minskas, minskad, minskade, minskat, minskats, minskning, minskningen, halverats, sänkts, reducerats, sänka, sänks, sänkas, halvera, halveras, reducera, reduceras, kapa, kapas', example: 'Utsläppen ska minska med 70 procent till 2030.' };
/** Stems of what is reduced ("utsläppen", "klimatpåverkan", "koldioxidutsläpp"). */
export const EMISSION_STEMS: PhraseEntry = { forms: 'utsläpp, klimatpåverkan, klimatbelastning, koldioxid, växthusgas, energianvändning, energiförbrukning, emission', example: 'Målet är att minska klimatpåverkan.' };

// ---------------------------------------------------------------------------------------------------
// Clause structure: the small closed classes the actor finder needs.

/** Finite verbs and auxiliaries that may stand between a subject and the trigger ("har", "ska", "kommer att"). */
export const AUXILIARIES = 'har hade ska skall kommer kommit kunde kan vill ville måste bör borde avser avsåg planerar planerade tänker brukar behöver behövde will has have had shall';

/** Verbs after which "att" is an infinitive marker: the infinitive's subject is theirs ("Kommunen kommer att ta fram …"). */
export const CONTROL_VERBS = 'kommer avser avsåg planerar planerade vill ville tänker lovar lovade fortsätter börjar väljer försöker åtar åtog förbinder beslutar beslutade beslöt beslutat bestämde bestämt hoppas önskar behöver';

/** "Planen är att …": an infinitive whose subject is the document's own municipality. */
export const PLAN_HEADS = 'planen avsikten tanken ambitionen inriktningen förslaget idén';

/** Adverbs that may stand between a verb and its subject or after it ("skriver nu under", "har redan antagit"). */
export const ADVERBS = 'nu också även redan just därför dessutom idag igår imorgon äntligen officiellt slutligen formellt därmed alltså nämligen fortsatt snart senare tillsammans gemensamt enhälligt ännu already also now just';

/** Subordinators: a new clause starts here. */
export const SUBORDINATORS = 'att som när eftersom där medan om ifall vilket vilka vars which that who';

/** Nouns of representation: their "från/för X" names the actor ("representanter från Viable Cities"). */
export const REPRESENTATIVES = 'representanter representant företrädare generaldirektörerna generaldirektören generaldirektörer ledningen ordförandena';

/** Organs of a municipality: acting for it ("Kommunfullmäktige i Säter har beslutat"). */
export const ORGANS = 'kommunfullmäktige fullmäktige kf kommunstyrelsen kommunstyrelsens ks styrelsen kommunledningen kommunen staden kommunkoncernen stadskoncernen kommunorganisationen förvaltningen nämnden utskottet arbetsutskottet majoriteten';

/** Negation: the clause states that something is not done. */
export const NEGATIONS = 'inte ej icke aldrig ingen inga inget varken not never';

/**
 * Hedges and hypotheticals: the sentence states no commitment. Sentences with these are skipped (except where a
 * rule says otherwise, e.g. "vill" in a party's proposal).
 */
export const HEDGES: readonly PhraseEntry[] = [
  { forms: 'skulle kanske eventuellt möjligen möjligtvis troligen förhoppningsvis gärna', example: 'Vi hade gärna sett ett mål om klimatneutralitet redan 2030.' },
  { forms: 'kan kunna kunde', example: 'Med Viable Cities kan Nacka kommun intensifiera arbetet.' },
  { forms: 'bör borde', example: 'Kommunen bör ta fram en klimatplan.' },
  { forms: 'hoppas önskar funderar överväger intresse intresserade intresserad', example: 'Kalix har visat intresse för att ansluta till samarbetet.' },
];

/** Refusals: an act embedded under one is not done ("har sagt nej till att gå med i …", "avstår från att skriva under"). */
export const REFUSALS: readonly PhraseEntry[] = [
  { forms: 'nej', example: 'Umeå kommun har sagt nej till att gå med i Klimatkommunerna.' },
  { forms: 'avstår avstod avstått avstå', example: 'Kommunen avstår från att skriva under avsiktsförklaringen.' },
  { forms: 'avböjer avböjde avböjt', example: 'Kommunstyrelsen avböjde att ansluta sig till nätverket.' },
  { forms: 'vägrar vägrade vägrat', example: 'Kommunen vägrade att underteckna avtalet.' },
  { forms: 'emot', example: 'Moderaterna röstade emot att kommunen skulle anta klimatplanen.' },
];

/**
 * Decisions: a body's decision to do something is a decided undertaking (`other`) unless a verb trigger types it
 * (anta → adopt_plan, gå med → join …) or it is one of the procedural decisions below, which undertake nothing.
 * Example: 'Kommunstyrelsen i Lerum beslutade att utreda solceller på skolorna.' → Lerum/other.
 */
export const DECISION_VERBS = 'beslutar beslutade beslutat beslöt besluta bestämde bestämt';

/** Procedural decisions: the infinitive after "beslutade att" that makes no undertaking. */
export const PROCEDURAL_DECISIONS: readonly PhraseEntry[] = [
  { forms: 'skjuta bordlägga återremittera remittera ajournera', example: 'Kommunfullmäktige beslutade att skjuta upp beslutet om klimatplanen.' },
  { forms: 'avslå avslog avstå', example: 'Kommunstyrelsen beslutade att avslå ansökan.' },
  { forms: 'lägga notera anteckna överlämna hänskjuta', example: 'Nämnden beslutar att lägga informationen till handlingarna.' },
  { forms: 'godkänna godkänner fastställa justera', example: 'Nämnden beslutar att godkänna dagordningen.' },
  { forms: 'anse förklara yttra tillstyrka avstyrka', example: 'Kommunfullmäktige beslutar att anse motionen besvarad.' },
  { forms: 'utse välja entlediga bevilja', example: 'Fullmäktige beslutade att välja Anna Ek till ordförande.' },
];

/** Verbs that embed someone else's wish or opinion: what follows is theirs, not a commitment of its subject. */
export const OPINION_VERBS = 'tycker tyckte anser ansåg menar menade tror trodde vill ville velat önskar önskade önskat kräver krävde krävt föreslår föreslog föreslås föreslagits föreslagit föreslagen uppmanar uppmanade hoppas hoppades hoppats begär begärde begärt yrkar yrkade styrka lovar lovade lovat utlovar utlovade';

/**
 * Nouns that embed a wish or a proposal as their content ("Vårt förslag är att kommunen ska …", "Miljöpartiets
 * vallöfte är att …"): what follows is the proposer's, not a commitment of its subject.
 */
export const OPINION_NOUNS = 'förslag förslaget förslagen vallöfte vallöftet vallöften löfte löftet krav kravet önskan önskemål önskemålet linje linjen uppfattning uppfattningen åsikt åsikten';

/** Speech verbs of a quote attribution ("…, säger Anna Berg"). */
export const SPEECH_VERBS = 'säger sa sade berättar förklarar fortsätter menar konstaterar avslutar understryker betonar kommenterar tillägger uppger påpekar framhåller poängterar says said';
