// The commitments extractor, one rule (or trap) per case, on sentences of our own. Each text runs through the
// whole registry (municipalities, people and dates are found by their own extractors), as in the archive.
import { describe, expect, it } from 'vitest';
import type { ExtractorInput } from '../src/types.js';
import { commitmentsExtractor } from './commitments.js';
import { extract } from './index.js';
import { VERB_TRIGGERS } from './lexicon/commitments.js';
import { NOT_MUNICIPAL_BODIES } from './lexicon/organisations.js';

function run(text: string, language = 'sv') {
  const doc: ExtractorInput = { format: 'text', mediaType: 'text/plain', text, pages: [{ page: 1, start: 0, end: text.length }], publishedHint: null, title: null, language };
  return extract(doc, 't.txt');
}
/** "actor/type@when" of every commitment, in order. */
const found = (text: string, language = 'sv') => run(text, language).extraction.commitments.map((c) => `${c.actor}/${c.type}${c.when ? `@${c.when}` : ''}`);
const rules = (text: string) => run(text).extraction.commitments.map((c) => c.rule);

describe('att-satser of a motion', () => {
  it('each att-sats after "föreslår … besluta" is a proposal of the party named in the intro, dated by the motion', () => {
    const text = 'Motion till kommunfullmäktige i Härnösand den 3 mars 2021\nFler laddstolpar i hela kommunen\n' +
      'Vänsterpartiet föreslår därför att kommunfullmäktige beslutar\natt kommunen tar fram en plan för laddstolpar i alla tätorter,\n' +
      'att kommunen utreder solceller på förskolornas tak.\nKarin Åström (V)';
    expect(found(text)).toEqual(['V/propose@2021-03-03', 'V/propose@2021-03-03']);
    expect(rules(text)).toEqual(['commitments.att-sats', 'commitments.att-sats']);
  });
  it('bulleted, dashed and upper-case att-satser; the party from the signature when the intro names none', () => {
    const text = 'Motion om gröna tak\nVi föreslår fullmäktige besluta:\n• Att staden inventerar sina platta tak.\n– Att gröna tak prövas på nya skolor.\n\nÅsa Lindqvist\nMiljöpartiet de gröna i Mölndal';
    expect(found(text)).toEqual(['MP/propose', 'MP/propose']);
  });
  it('an att-sats broken over lines is one proposal, its evidence with the line break', () => {
    const text = 'Centerpartiet lämnade in en motion den 9 oktober.\nMot bakgrund av detta yrkar vi\n\natt kommunen tar fram ett informationspaket för\n\nbostadsrättsföreningar som vill bygga laddplatser,\n\natt kommunen redovisar var laddning finns.';
    const c = run(text).extraction.commitments;
    expect(c.map((x) => `${x.actor}/${x.type}@${x.when}`)).toEqual(['C/propose@--10-09', 'C/propose@--10-09']);
    expect(c[0]!.evidence).toContain('för\n\nbostadsrättsföreningar');
  });
  it('a joint motion gives every att-sats to every party; the argumentative proposal is not counted again', () => {
    const text = 'Socialdemokraterna och Vänsterpartiet föreslår att kommunfullmäktige beslutar\natt Ystads kommun går med i Klimatkommunerna.\n' +
      'Vänsterpartiet föreslår alltså att Ystad går med i föreningen.';
    expect(found(text)).toEqual(['S/propose', 'V/propose']);
  });
  it('"jag" of a motion\'s signer and party letters before a proposal verb are the party, also outside a political page', () => {
    expect(found('Motion om klimatbudget\n\nJag föreslår att kommunen inför en klimatbudget.\n\nÅsa Ek (C)')).toEqual(['C/propose']);
    expect(found('Motion om klimatbudget\n\nJag yrkar att fullmäktige beslutar att kommunen inför en klimatbudget.\n\nÅsa Ek\nSocialdemokraterna i Bollnäs')).toEqual(['S/propose']);
    expect(found('Bollnäs kommun\n\nJag vill att kommunen inför en klimatbudget.')).toEqual([]);
    expect(found('Tierp\n\nMP vill att kommunen inför en koldioxidbudget.')).toEqual(['MP/propose']);
    expect(found('Tierp\n\nS och V vill att kommunen inför en koldioxidbudget.')).toEqual(['S/propose', 'V/propose']);
  });
  it('a motion\'s att-satser with no intro line are its signer\'s proposals; outside a motion they are not', () => {
    const text = 'Motion om solceller på kommunens tak\n\natt kommunen investerar åtta miljoner i solceller på förskolor,\n' +
      'att kommunen redovisar elproduktionen årligen.\n\nMärta Öberg (C)';
    expect(found(text)).toEqual(['C/propose', 'C/propose']);
    expect(found('Nyheter om solenergi\n\natt kommunen investerar i solceller är bra, menar många.\n\nMärta Öberg (C)')).toEqual([]);
  });
});

describe('motions named in listings and news', () => {
  it('"– motion från NAME (P)" gives the author\'s party once, even with two authors of one party', () => {
    expect(found('Ärenden\n 1. Fler parkbänkar i centrum – motion från Lena Öhman (KD) och Erik Sjö (KD).')).toEqual(['KD/propose']);
  });
  it('"(gemensam motion KD, M, Fp och C)" gives each party, Fp as L, dated by the list item', () => {
    expect(found('Våra motioner\n• Den 4/5: Inför en äldreombudsman (gemensam motion KD, M, Fp och C)')).toEqual(['KD/propose@--05-04', 'M/propose@--05-04', 'L/propose@--05-04', 'C/propose@--05-04']);
  });
  it('a party proposing, filing or backing in news, one entry per party', () => {
    expect(found('S, V och MP har motionerat om att bygga solceller på kommunens tak.')).toEqual(['S/propose', 'V/propose', 'MP/propose']);
    expect(found('I dag lämnar Liberalernas fullmäktigegrupp in en motion om en klimatbudget för Växjö.')).toEqual(['L/propose']);
    expect(found('Lysekilspartiet, Miljöpartiet och Kristdemokraterna föreslår att beslutet återremitteras. LP vill se mer öppenhet.')).toEqual(['LP/propose', 'MP/propose', 'KD/propose']);
  });
  it('a party\'s positions at a meeting are proposals dated by the meeting; the motion it supported is the other party\'s', () => {
    expect(found('Rapport från kommunstyrelsen 12 maj\n\nPunkt 4: Motion om fler busslinjer: V biföll S motion\n\nPunkt 7: Vänsterpartiet yrkade bifall.'))
      .toEqual(['S/propose', 'V/propose@--05-12', 'V/propose@--05-12']);
  });
  it('interpellations and questions are not proposals', () => {
    expect(found('Interpellationer\n 1. Om snöröjningen – interpellation från Per Åkesson (M).')).toEqual([]);
    expect(found('Miljöpartiet frågar om kommunen tänker gå med i Klimatkommunerna?')).toEqual([]);
  });
});

describe('answers to a motion', () => {
  it('a deciding body\'s bifall, avslag or besvarad is an answer of the municipality', () => {
    expect(found('Kommunfullmäktige i Gävle biföll på måndagen motionen om solceller.')).toEqual(['Gävle/other']);
    expect(found('Tranås kommun\nMotionen om cykelbanor ansågs besvarad.')).toEqual(['Tranås/other']);
    expect(found('Förslaget har bifallits i tekniska nämnden i Åtvidaberg.')).toEqual(['Åtvidaberg/other']);
  });
  it('an answer told twice is one; a party supporting a motion is no answer', () => {
    expect(found('Sala kommun\nKommunstyrelsen beslutade att bifalla delar av motionen. Resten av motionen avslog kommunstyrelsen.')).toEqual(['Sala/other']);
    expect(found('Sala kommun\nMiljöpartiet biföll motionen.').filter((x) => x.startsWith('Sala'))).toEqual([]);
  });
});

describe('goals', () => {
  it('a possessor\'s goal, "har som mål att", and "Målet för X är"', () => {
    expect(found('Ett av Luleå kommuns mål är att kommunens fordon ska vara fossilfria år 2027.')).toEqual(['Luleå/target@2027']);
    expect(found('Borås stad har som mål att minska utsläppen med 70 procent till 2030 jämfört med 1990.')).toEqual(['Borås/target@2030']);
    expect(found('Målet för kommunkoncernen i Kalmar är att vara klimatneutral till 2035.')).toEqual(['Kalmar/target@2035']);
  });
  it('two goal years joined by "och" or "respektive" are two targets', () => {
    expect(found('Målet för Eskilstuna kommun som geografiskt område är en minskning av utsläppen med 40 respektive 80 procent till 2025 och 2035.'))
      .toEqual(['Eskilstuna/target@2025', 'Eskilstuna/target@2035']);
  });
  it('"ska vara/bli" with a climate outcome, the owner as subject or possessor', () => {
    expect(found('Östersunds kommun ska bli fossilfri senast 2030.')).toEqual(['Östersund/target@2030']);
    expect(found('Senast 2045 ska Sveriges nettoutsläpp av växthusgaser vara noll.')).toEqual(['Sverige/target@2045']);
  });
  it('an embedded goal belongs to its declarer', () => {
    expect(found('Regeringen har deklarerat att Sverige ska bli ett av världens första fossilfria välfärdsländer.')).toEqual(['Regeringen/target']);
  });
  it('"vi" in a quote is the speaker\'s municipality', () => {
    expect(found('– Vi ska vara klimatneutrala 2035, säger Eva Lund (C), kommunstyrelsens ordförande i Ljusdal.')).toEqual(['Ljusdal/target@2035']);
  });
  it('traps: no climate outcome, a programme\'s name, no named owner', () => {
    expect(found('– Målet är att bygget ska vara klart till våren 2026, säger projektledaren Per Holm.')).toEqual([]);
    expect(found('Kalmar ska ansöka om att få delta i Klimatneutrala städer 2030.')).toEqual([]);
    expect(found('Städerna ska vara klimatneutrala till 2030.')).toEqual([]);
  });
});

describe('acts of signing, joining, adopting and revising', () => {
  it('sign in straight and inverted order, a coordinated subject, an elided object in an agreement text', () => {
    expect(found('Umeå kommun undertecknar klimatkontraktet fredag 11 december.')).toEqual(['Umeå/sign@--12-11']);
    expect(found('I december 2022 signerade Skellefteå sitt första klimatkontrakt.')).toEqual(['Skellefteå/sign@2022-12']);
    expect(found('Borgmästaravtalet\nKiruna och Luleå har skrivit på men ännu inte lämnat in sina planer.')).toEqual(['Kiruna/sign', 'Luleå/sign']);
  });
  it('a passive signing names its signers after "av"; a person acts for their municipality', () => {
    expect(found('Kontraktet undertecknas av generaldirektörerna för Energimyndigheten, Formas och Vinnova.')).toEqual(['Energimyndigheten/sign', 'Formas/sign', 'Vinnova/sign']);
    expect(found('Nu har kommunstyrelsens ordförande Anna Berg (S) skrivit under Luleå kommuns avsiktsförklaring.')).toEqual(['Luleå/sign']);
  });
  it('signing an updated version is a revision', () => {
    expect(found('Idag signerar Piteå kommun en uppdaterad version av klimatkontraktet.')).toEqual(['Piteå/revise']);
  });
  it('join: går med i, blir medlem i, står bakom, an existing membership, a relative "där X ingår"', () => {
    expect(found('Tierps kommun går med i föreningen Klimatkommunerna.')).toEqual(['Tierp/join']);
    expect(found('Vara kommun står bakom satsningen Klimat 2030.')).toEqual(['Vara/join']);
    expect(found('Han påminner om att Trosa redan är medlem i Sveriges Ekokommuner.')).toEqual(['Trosa/join']);
    expect(found('Kontraktet är en del av satsningen Klimatneutrala städer 2030, där Växjö ingår.')).toEqual(['Växjö/join']);
  });
  it('join: selected with companions, and an approved application by its possessor', () => {
    expect(found('Gävle har blivit utvald tillsammans med 2 andra svenska städer Malmö och Umeå.')).toEqual(['Gävle/join', 'Malmö/join', 'Umeå/join']);
    expect(found('Sigtuna kommun\nI dag godkändes kommunens ansökan om att få vara en del av initiativet Fossilfritt Sverige.')).toEqual(['Sigtuna/join']);
  });
  it('one of a named cohort taking part', () => {
    expect(found('I dag blev det klart att Kalmar är en av de 23 kommuner som kraftsamlar för klimatneutrala städer.')).toEqual(['Kalmar/join']);
  });
  it('adopt_plan: active, passive with the owner, a relative clause, an existing plan, a plan to draw one up', () => {
    expect(found('Miljönämnden i Landskrona har antagit en ny energi- och klimatstrategi.')).toEqual(['Landskrona/adopt_plan']);
    expect(found('Umeås klimatplan antogs av fullmäktige.')).toEqual(['Umeå/adopt_plan']);
    expect(found('Kontraktet bygger på den klimatplan som kommunfullmäktige i Motala antog i september.')).toEqual(['Motala/adopt_plan@--09']);
    expect(found('Det är bra att Uppsala kommun har ett ambitiöst miljö- och klimatprogram.')).toEqual(['Uppsala/adopt_plan']);
    expect(found('Kommunen kommer bland annat att ta fram en handlingsplan för klimatomställningen i Ale.')).toEqual(['Ale/adopt_plan']);
  });
  it('twin: joining as a twin city; the other city is no actor', () => {
    expect(found('Kristinehamns kommun ansluter som tvillingstad till Karlstad.')).toEqual(['Kristinehamn/twin']);
  });
  it('undertakings: "åtar sig", a commission, a withdrawn decision; an undertaking to sign is signing', () => {
    expect(found('Kommunen åtar sig också att stödja industrins omställning i Umeå.')).toEqual(['Umeå/other']);
    expect(found('Samhällsbyggnadsförvaltningen i Ludvika får i uppdrag att ta fram riktlinjer.')).toEqual(['Ludvika/other']);
    expect(found('Servicenämnden har återkallat beslutet att stänga biblioteket.')).toEqual(['Servicenämnden/other']);
    expect(found('– Genom avsiktsförklaringen åtar vi oss att skriva under klimatkontraktet, säger Ola Ek (S), kommunalråd i Örebro.')).toEqual(['Örebro/sign']);
  });
  it('the parties of an agreement and the members named after a contract', () => {
    expect(found('Det är ett avtal mellan kommuner, fem myndigheter samt Viable Cities.')).toEqual(['Viable Cities/sign']);
    expect(found('Klimatkontraktet har skrivits under av Göteborg. Myndigheterna är Energimyndigheten, Formas och Trafikverket.'))
      .toEqual(['Göteborg/sign', 'Energimyndigheten/sign', 'Formas/sign', 'Trafikverket/sign']);
  });
  it('English: subject–verb order, an object that is selected, a relative "which X has signed"', () => {
    expect(found('Among other things, Umeå will sign a European climate contract for cities.', 'en')).toEqual(['Umeå/sign']);
    expect(found('The European Commission has selected Luleå as one of the cities in the mission.', 'en')).toEqual(['Luleå/join']);
  });
});

describe('clause structure', () => {
  it('a time adverbial between the governing verb and "att": "beslutade i måndags att anta"', () => {
    expect(found('Kommunfullmäktige i Borås beslutade i måndags att anta en ny klimatplan.')).toEqual(['Borås/adopt_plan']);
  });
  it('"Enligt planen ska …": the goal of the plan\'s owner', () => {
    expect(found('Borås stad\nEnligt planen ska utsläppen minska med 60 procent till 2030 jämfört med 2010.')).toEqual(['Borås/target@2030']);
    expect(found('Enligt Luleå kommuns energiplan ska all energi vara förnybar till 2035.')).toEqual(['Luleå/target@2035']);
  });
  it('a second verb of the same subject after "och"', () => {
    expect(found('Miljöpartiet reserverade sig mot beslutet och vill att kommunen ska bli fossilfri redan 2025.')).toEqual(['MP/propose']);
  });
  it('an existing plan with a time adverbial; a former membership is none', () => {
    expect(found('Borås stad har sedan 2018 ett klimatprogram.')).toEqual(['Borås/adopt_plan@2018']); // held since it was adopted
    expect(found('Sala kommun har tidigare varit medlem i Klimatkommunerna men gick ur föreningen 2019.')).toEqual([]);
    expect(found('Kommunen i Sala planerade att gå med i Klimatkommunerna men drog sig ur.')).toEqual([]);
  });
  it('a quote attributed without a leading dash is still the speaker\'s', () => {
    expect(found('Vi ska vara fossilfria till 2030, säger Eva Berg (S), kommunalråd i Borås.')).toEqual(['Borås/target@2030']);
  });
});

describe('more shapes of real writing', () => {
  it('"Vi i Vänsterpartiet föreslår …" is the party', () => {
    expect(found('Vi i Vänsterpartiet föreslår därför att Solna stad inför en klimatbudget.')).toEqual(['V/propose']);
  });
  it('a decision to build, past a time adverbial; a plan adopted in the när-clause of a body\'s decision', () => {
    expect(found('Kommunfullmäktige i Piteå beslutade på måndagskvällen att bygga en ny simhall.')).toEqual(['Piteå/other']);
    expect(found('Trelleborgs kommun\nDet beslutade kommunfullmäktige i måndags, när det nya miljömålsprogrammet antogs.')).toEqual(['Trelleborg/adopt_plan']);
  });
  it('"har ett eget mål om fossilfri busstrafik"; "beslutade att X skulle bli fritt från fossila bränslen"', () => {
    expect(found('Region Skåne ansvarar för kollektivtrafiken och har ett eget mål om fossilfri busstrafik.')).toEqual(['Region Skåne/target']);
    expect(found('År 1996 beslutade kommunfullmäktige i Växjö att kommunen skulle bli fri från fossila bränslen till 2030.')).toEqual(['Växjö/target@2030']);
  });
  it('a further target of the goal just stated, in the same paragraph', () => {
    expect(found('Målet är att Växjö kommun ska vara fossilfri till 2030. Utsläppen från hela det geografiska området ska samtidigt minska med minst 65 procent till 2035.'))
      .toEqual(['Växjö/target@2030', 'Växjö/target@2035']);
  });
  it('applying for membership by decision; a requirement from a date in the municipality\'s own operations', () => {
    expect(found('Halmstads kommun\nFullmäktige beslutade också att kommunen ska ansöka om medlemskap i föreningen Klimatkommunerna.')).toEqual(['Halmstad/join']);
    expect(found('Lidköpings kommun\nFrån den 1 januari 2025 ställs krav på klimatdeklaration vid all nybyggnation i kommunens regi.')).toEqual(['Lidköping/other@2025-01-01']);
  });
  it('a wish in the past conditional is no goal', () => {
    expect(found('– Vi hade gärna sett ett mål om klimatneutralitet redan 2030, säger Eva Ek (MP), gruppledare i Nyköping.')).toEqual([]);
  });
});

describe('answers, goals and acts in further shapes', () => {
  it('a decision to grant or reject a motion is its answer; a board proposing an answer is none', () => {
    expect(found('Tierps kommun\nKommunfullmäktige beslutar att bifalla motionen.')).toEqual(['Tierp/other']);
    expect(found('Växjö kommun\nFullmäktige beslutade att avslå motionen om gratis kollektivtrafik.')).toEqual(['Växjö/other']);
    expect(found('Växjö kommun\nKommunstyrelsen föreslår att motionen ska anses besvarad.')).toEqual([]);
  });
  it('goal nouns in compounds and after "en målsättning att"', () => {
    expect(found('Växjös klimatmål är att halvera utsläppen till 2030.')).toEqual(['Växjö/target@2030']);
    expect(found('Växjö kommun\nKommunen har en målsättning att bli fossilfri 2030.')).toEqual(['Växjö/target@2030']);
  });
  it('a plan adopted by a named body in the passive; one of the new cities in a programme', () => {
    expect(found('Växjö kommun\nKlimatstrategin antogs av kommunfullmäktige i juni.')).toEqual(['Växjö/adopt_plan@--06']);
    expect(found('Kalmar blir en av de nya städerna i Viable Cities satsning.')).toEqual(['Kalmar/join']);
  });
  it('a party putting forward a proposal; an act in the present needs a counted or new object', () => {
    expect(found('Moderaterna i Växjö lägger ett förslag om sänkt skatt.')).toEqual(['M/propose']);
    expect(found('Växjö kommun\nKommunen satsar tio miljoner kronor på solceller.')).toEqual(['Växjö/other']);
    expect(found('Växjö kommun\nI kommunen bygger vi bostäder för alla.')).toEqual([]);
  });
});

describe('decisions of a body', () => {
  it('a decision to do something is an undertaking, a decided goal with "ska" and a year a target', () => {
    expect(found('Kommunstyrelsen i Lerum beslutade att utreda solceller på förskolornas tak.')).toEqual(['Lerum/other']);
    expect(found('Barn- och utbildningsnämnden i Lerum beslutade att alla skolor ska ha solceller till 2027.')).toEqual(['Lerum/target@2027']);
    expect(rules('Kommunstyrelsen i Lerum beslutade att stänga det gamla värmeverket.')).toEqual(['commitments.decision']);
  });
  it('procedural decisions undertake nothing, and "beslutet om" after another verb is no adoption', () => {
    expect(found('Kommunfullmäktige i Lerum beslutade att skjuta upp beslutet om den nya klimatplanen.')).toEqual([]);
    expect(found('Miljönämnden i Lerum beslutar att lägga informationen till handlingarna.')).toEqual([]);
    expect(found('Kommunstyrelsen i Lerum beslutade att inte gå vidare med förslaget.')).toEqual([]);
  });
  it('the date of the decision governs its infinitive', () => {
    expect(found('Kommunfullmäktige i Lerum beslutade den 12 mars 2023 att anta en ny klimatplan.')).toEqual(['Lerum/adopt_plan@2023-03-12']);
  });
  it('an organ named by a compound with "och" or an adjective is the municipality\'s, or itself when none is named', () => {
    expect(found('Miljö- och byggnämnden i Höör har antagit en ny klimatplan.')).toEqual(['Höör/adopt_plan']);
    expect(found('Tekniska nämnden i Bjuv har beslutat att köpa in tio elbilar.')).toEqual(['Bjuv/other']);
    expect(found('Kultur- och fritidsnämnden har antagit en handlingsplan för klimatet.')).toEqual(['Kultur- och fritidsnämnden/adopt_plan']);
  });
});

describe('goal lists', () => {
  it('items under a goal heading are targets; a list of national goals or of measures for "måluppfyllelsen" is not', () => {
    const own = 'Ljusdals kommun\n\nKommunens klimatmål\n• Utsläppen från kommunens fordon ska halveras till 2030.\n• Alla nya byggnader ska ha solceller.\n';
    expect(found(own)).toEqual(['Ljusdal/target@2030', 'Ljusdal/target']);
    const national = 'Ljusdals kommun\n\nUtöver de egna målen finns sex nationella miljökvalitetsmål som kommunen inte arbetar med:\n• Skyddande ozonskikt för hela landet\n• Säker strålmiljö för alla invånare\n';
    expect(found(national)).toEqual([]);
    const measures = 'Ljusdals kommun\n\nStrategin för att öka måluppfyllelsen är att gruppen genomför följande insatser.\n• Utbildning av alla medarbetare i klimatfrågor\n';
    expect(found(measures)).toEqual([]);
  });
});

describe('planned concrete acts', () => {
  it('an intention, a plan, "man" and an agentless passive in the municipality\'s own news', () => {
    expect(found('Kommunen avser att bygga en ny förskola i Nybble med plats för 120 barn.')).toEqual(['kommunen/other']);
    expect(found('Planen är att etablera ett innovationsteam i Nacka.')).toEqual(['Nacka/other']);
    expect(found('Vid pressträffen stod det klart att man bygger två nya avdelningar i Södra Vi.')).toEqual(['kommunen/other']);
    expect(found('Redan under juli månad tas 32 nya elbilar in i verksamheterna.')).toEqual(['kommunen/other@--07']);
  });
  it('acts told as done, time clauses and vague creations are facts, not undertakings', () => {
    expect(found('Sigtuna kommun har bytt ut alla oljepannor.')).toEqual([]);
    expect(found('Enköping växer och när vi bygger nya stadsdelar ska klimatet vara med, säger Peter Ek, kommunstyrelsens ordförande i Enköping.')).toEqual([]);
    expect(found('– Tillsammans ska vi skapa framtiden, säger Frida Ek, kommunstyrelsens ordförande i Lidköping.')).toEqual([]);
  });
});

describe('traps', () => {
  const none = (text: string) => expect(found(text)).toEqual([]);
  it('negation in the clause or a governing clause', () => {
    none('Umeå kommun kommer inte att underteckna avtalet.');
    none('Trelleborg har inte beslutat att gå med i Viable Cities eller att skriva under Klimatkontrakt 2030.');
  });
  it('questions, conditions and hedges', () => {
    none('Ska Växjö bli fossilfritt till 2030?');
    none('Om Skövde går med i nätverket får kommunen stöd.');
    none('Borås kommun kan bli klimatneutral 2035 med rätt åtgärder.');
    none('Även Kalix har visat intresse för att ansluta till samarbetet.');
  });
  it('someone else\'s proposal or opinion is not the municipality\'s commitment', () => {
    expect(found('Vänsterpartiet föreslår att Tierps kommun går med i Klimatkommunerna.')).toEqual(['V/propose']);
    expect(found('Moderaterna ser det som en styrka att Tierps kommun blir medlem i föreningen.')).toEqual([]);
  });
  it('a promise, a wish or a proposal named by a noun embeds its content', () => {
    none('Kalmar kommun\n\nMiljöpartiets vallöfte är att kommunen ska vara klimatneutral 2030.');
    none('I sitt valmanifest lovar Centerpartiet att Nynäshamns kommun ska bli fossilfri 2035.');
    none('Nässjö kommun\n\nVårt förslag är att kommunen ska installera solceller på alla skolor.');
    none('Tierps kommun\n\nMiljöpartiet har länge velat att kommunen inför en klimatbudget.');
    none('Vi hade önskat att Hässleholm satte ett mål om klimatneutralitet till 2035, skriver Miljöpartiet.');
  });
  it('an opposition politician\'s "vi" in a quote is the party\'s, not the municipality\'s', () => {
    const text = 'Hässleholms kommun\n\n– Vi ska bli fossilfria till 2030, säger oppositionsrådet Åsa Ek (V).\n' +
      '– Vi ska bli klimatneutrala till 2035, säger kommunstyrelsens ordförande Lars Öst (M).';
    expect(found(text)).toEqual(['V/target@2030', 'Hässleholm/target@2035']);
  });
  it('groups that name no one, and being part of a wave', () => {
    none('Ytterligare 14 kommuner signerar en avsiktsförklaring under 2022.');
    none('Städerna åtar sig att testa nya arbetssätt.');
    none('Linköping ingår i våg 2.');
  });
  it('a participle used as an adjective is no act', () => {
    none('Vårt uppdaterade klimatkontrakt bygger på energiplanen.');
  });
  it('Norwegian and Danish pages name no Swedish actors', () => {
    expect(found('Bystyret i Trondheim vedtok å bli klimanøytral innen 2030, og kommunen skal signere klimakontrakten.', 'nb')).toEqual([]);
  });
});

describe('one commitment told twice', () => {
  it('a headline and its body sentence are one commitment, kept as the body sentence', () => {
    const c = run('Falun går med i Klimatkommunerna\n\nFalu kommun går med i föreningen Klimatkommunerna från 1 januari.').extraction.commitments;
    expect(c.map((x) => x.evidence)).toEqual(['Falu kommun går med i föreningen Klimatkommunerna från 1 januari.']);
  });
  it('an avsiktsförklaring and a kontrakt are two signings; a European contract and Klimatkontrakt 2030 too', () => {
    expect(found('Örebro kommun har skrivit under en avsiktsförklaring. Örebro kommun ska skriva under Klimatkontrakt 2030 nästa år.')).toEqual(['Örebro/sign', 'Örebro/sign']);
  });
});

describe('the lexicon', () => {
  it('every verb trigger\'s example is read as a commitment of its type', () => {
    for (const t of VERB_TRIGGERS) {
      const types = run(t.example, /[a-z]+\s+(?:will|has|the|a)\s/iu.test(t.example) ? 'en' : 'sv').extraction.commitments.map((c) => c.type);
      expect(types, `${t.id}: ${t.example}`).toContain(t.type);
    }
  });
});

describe('extractor contract', () => {
  it('declares a description for every rule it uses, and its text is the span', () => {
    const { mentions } = run('Miljönämnden i Landskrona har antagit en ny energi- och klimatstrategi.');
    const c = mentions.find((m) => m.kind === 'commitment')!;
    expect(commitmentsExtractor.rules[c.rule]).toMatch(/adopt_plan/);
    expect(c.text).toBe('Miljönämnden i Landskrona har antagit en ny energi- och klimatstrategi.');
  });
});

describe('memberships and group lists (v7)', () => {
  const none = (text: string) => expect(found(text)).toEqual([]);
  it('a group\'s act with its members listed after a colon or "bland andra", each with the year beside it', () => {
    expect(found('Följande kommuner har skrivit på Borgmästaravtalet: Östersund (2010), Umeå (2011) och Lund (2012).')).toEqual(['Östersund/sign@2010', 'Umeå/sign@2011', 'Lund/sign@2012']);
    expect(found('Flera kommuner har redan gått med i Klimatneutrala städer 2030, bland andra Umeå och Lund.')).toEqual(['Umeå/join', 'Lund/join']);
    none('Flera kommuner har skrivit på avtalet, bland andra Region Skåne.');
  });
  it('a programme joined by its name, with the year of joining', () => {
    expect(found('Umeå gick med i Klimatneutrala städer 2030 år 2021.')).toEqual(['Umeå/join@2021']);
    expect(found('Umeå blev medlem i Sveriges Ekokommuner år 2008.')).toEqual(['Umeå/join@2008']);
    none('Umeå vill inte gå med i Klimatneutrala städer 2030.');
  });
  it('a membership in force dates from its "sedan"', () => {
    expect(found('Umeå ingår sedan 2021 i Klimatneutrala städer 2030.')).toEqual(['Umeå/join@2021']);
    expect(found('Umeå är medlem i Klimatkommunerna sedan 2015.')).toEqual(['Umeå/join@2015']);
    expect(found('Lund och Malmö är medlemmar i Sveriges Ekokommuner.')).toEqual(['Lund/join', 'Malmö/join']);
    none('Projektet ingår i satsningen Klimatneutrala städer 2030.');
  });
  it('a goal year stays a goal beside a joining', () => {
    expect(found('Umeå har antagit en klimatplan där kommunen ska vara klimatneutral år 2030.')).toEqual(['Umeå/adopt_plan', 'Umeå/target@2030']);
  });
});

describe('a wave is no membership act of its own (v7)', () => {
  it('"ingår i" needs the programme or network right after it', () => {
    expect(found('Växjö ingår sedan 2019 i den första vågen av Viable Cities satsning Klimatneutrala städer 2030.')).toEqual([]);
    expect(found('Umeå ingår i nätverket Klimatkommunerna.')).toEqual(['Umeå/join']);
  });
});

describe('refusals, a yes, and subjects after the auxiliary (v7)', () => {
  const none = (text: string) => expect(found(text)).toEqual([]);
  it('an act under a refusal is not done', () => {
    none('Umeå kommun har sagt nej till att gå med i Klimatkommunerna.');
    none('Umeå kommun avstår från att skriva under avsiktsförklaringen.');
    none('Kommunstyrelsen i Umeå avböjde att ansluta sig till nätverket.');
    none('Umeå vägrade att underteckna avtalet.');
  });
  it('"sa ja till" adopts a plan or answers a motion', () => {
    expect(found('Kommunfullmäktige i Umeå sa ja till klimatplanen.')).toEqual(['Umeå/adopt_plan']);
    expect(found('Kommunfullmäktige i Umeå sa ja till motionen om solceller.')).toEqual(['Umeå/other']);
    none('Kommunfullmäktige i Umeå sa nej till klimatplanen.');
  });
  it('a planned act with its subject after the auxiliary, and a plan held since a year', () => {
    expect(found('Under 2024 kommer Umeå kommun att installera solceller på tio skolor.')).toEqual(['Umeå/other@2024']);
    expect(found('I år ska Umeå kommun köpa in 30 elbilar.', 'sv')).toHaveLength(1);
    none('Under 2023 installerade Umeå kommun solceller på tio skolor.');
    expect(found('Sedan 2016 har Umeå en klimatplan.')).toEqual(['Umeå/adopt_plan@2016']);
  });
});

describe('an award is no joining (v7)', () => {
  it('"utsedd till årets klimatkommun" names a prize', () => {
    expect(found('Kalmar utsedd till årets klimatkommun\n\nKalmar kommun har utsetts till årets klimatkommun av Naturskyddsföreningen.')).toEqual([]);
    expect(found('Stockholm har blivit utvald som en av 100 europeiska städer.')).toEqual(['Stockholm/join']);
  });
});

describe('whose "vi" (v7)', () => {
  it('a newsletter that names its city in passing speaks for itself, not for the city', () => {
    const letter = 'Medlemsblad för Brf Solgården\nNr 1 mars 2024\n\nOrdföranden har ordet\n\nFöreningen har haft ett bra år i Göteborg.\n\n' +
      'Nu har vi tecknat avtal på en ny solcellsanläggning. Nya laddstolpar kommer att monteras i garaget under 2024.';
    expect(found(letter)).toEqual([]);
  });
  it('a municipality\'s own page: its "vi" and its planned acts are the municipality\'s', () => {
    const page = 'Umeå kommun\nNyheter 12 mars 2024\n\nNu har vi tecknat avtal på en ny solcellsanläggning.';
    expect(found(page)).toEqual(['Umeå/sign']);
  });
});

describe('an answer by another kind of body (v7)', () => {
  it('a region\'s board answering a motion does not answer for a municipality named in the text', () => {
    const text = 'Verksamhetsberättelse 2016\n\nFöreningen\n\nKommunen i Kiruna och kommunens nämnder har fått besök. Tekniska nämnden i Kiruna och kommunfullmäktige i Kiruna deltog.\n\n' +
      'Ledningskontoret svarar med en skrivelse som regionstyrelsen anser för att motionen ska anses besvarad.';
    expect(found(text)).toEqual([]);
    expect(found('Kommunfullmäktige i Säter\n\nMotionen om solceller\n\nMotionen anses besvarad.')).toEqual(['Säter/other']);
  });
});

describe('an inverted subject shared by a second verb (v7)', () => {
  it('"Nu tar X nästa steg och signerar …" is X\'s signing', () => {
    expect(found('Nu tar Umeå kommun nästa steg och signerar Klimatkontrakt 2030.')).toEqual(['Umeå/sign']);
    expect(found('I går besökte Kalmar Umeå och skrev under avtalet.')).toEqual(['Kalmar/sign']);
    expect(found('Under 2022 arbetar Enköping in klimatneutralitet i platsvarumärket och bygger upp en kommunikation.')).toEqual([]);
  });
});

describe('a protocol\'s decision points (v7)', () => {
  it('answers a motion and gives commissions, dated by the meeting', () => {
    const text = 'Protokoll kommunfullmäktige Hudiksvall 2024-02-26\n\n§ 47 Motion om laddstolpar\n\nKommunfullmäktige beslutar\n\n' +
      'att anse motionen besvarad,\n\natt uppdra åt kommunstyrelsen att ta fram en laddplan.';
    expect(found(text)).toEqual(['Hudiksvall/other@2024-02-26', 'Hudiksvall/other@2024-02-26']);
    expect(run(text).extraction.kind).toBe('other');
    expect(run(text).extraction.published).toBe('2024-02-26');
  });
});

describe('goals without a named owner, and wishes to become (v7)', () => {
  const page = (body: string) => found(`Umeå kommun\nPressmeddelande 12 mars 2024\n\n${body}`);
  it('a bare goal on the municipality\'s own page is the municipality\'s, a former one is no goal', () => {
    expect(page('Ambitionen är att halvera utsläppen till 2030.')).toEqual(['Umeå/target@2030']);
    expect(page('Det tidigare målet var klimatneutralitet till 2050.')).toEqual([]);
    expect(page('Till 2030 ska utsläppen ha minskat med 70 procent jämfört med 2005.')).toEqual(['Umeå/target@2030']);
    expect(page('Utsläppen har minskat med 30 procent sedan 2005.')).toEqual([]);
    expect(page('Från och med 2025 ska alla nya kommunala bilar vara fossilfria.')).toEqual(['Umeå/target@2025']);
    expect(page('Enligt Trafikverket ska alla kommunala bilar vara fossilfria 2030.')).toEqual([]);
    expect(page('Senast 2030 ska 100 procent av energin vara förnybar.')).toEqual(['Umeå/target@2030']);
    expect(page('Hela Umeå ska vara klimatneutralt 2030.')).toEqual(['Umeå/target@2030']);
    expect(page('Målet med satsningen Klimatneutrala städer 2030 är att städerna ska bli klimatneutrala.')).toEqual([]);
    expect(found('Vänsterpartiet i Umeå\n\nNyheter\n\nMålet är att halvera utsläppen till 2030.')).toEqual([]);
  });
  it('a municipality that wants to become climate neutral states a goal; a party that wants to grow does not', () => {
    expect(page('Umeå vill bli Sveriges första klimatneutrala stad.')).toEqual(['Umeå/target']);
    expect(page('Miljöpartiet vill bli Sveriges största parti.')).toEqual([]);
  });
  it('electric vehicles are an outcome', () => {
    expect(page('Senast 2035 ska alla kommunens bilar vara elbilar.')).toEqual(['Umeå/target@2035']);
  });
});

describe('the signers of a party\'s motion (v7)', () => {
  it('"Undertecknade föreslår" speaks for the party whose motion it is, and for no one on a citizen\'s proposal', () => {
    expect(found('Motion till kommunfullmäktige\n\nKlimatbudget\n\nUndertecknade föreslår att kommunfullmäktige beslutar att Umeå kommun inför en klimatbudget.\n\nFör Centerpartiet\nAnna Berg')).toEqual(['C/propose']);
    expect(found('Medborgarförslag till Umeå kommun\n\nUndertecknade föreslår att kommunen bygger en ny cykelbana.\n\nAnna Berg')).toEqual([]);
  });
});

describe('English goals (v7)', () => {
  it('"aims to be", "has set a goal to become", "has committed to becoming" with an outcome', () => {
    expect(found('Umeå aims to be climate neutral by 2040.', 'en')).toEqual(['Umeå/target@2040']);
    expect(found('Umeå has set a goal to become climate neutral by 2030.', 'en')).toEqual(['Umeå/target@2030']);
    expect(found('Umeå has committed to becoming climate neutral by 2030.', 'en')).toEqual(['Umeå/target@2030']);
    expect(found('Umeå does not aim to be climate neutral by 2040.', 'en')).toEqual([]);
    expect(found('Umeå aims to be a good place to live.', 'en')).toEqual([]);
  });
});

describe('plans outside the climate domain (v7)', () => {
  it('a school plan adopted is an other undertaking, a climate plan an adoption', () => {
    expect(found('Kommunfullmäktige i Umeå antog en ny skolplan.')).toEqual(['Umeå/other']);
    expect(found('Kommunfullmäktige i Umeå antog en ny klimatplan.')).toEqual(['Umeå/adopt_plan']);
  });
});

describe('co-signers and an undertaking\'s deadline (v7)', () => {
  it('signers named after "tillsammans med" sign too; a group of them names no one', () => {
    expect(found('Umeå kommun har tillsammans med Viable Cities, Energimyndigheten och Formas undertecknat Klimatkontrakt 2030.'))
      .toEqual(['Umeå/sign', 'Viable Cities/sign', 'Energimyndigheten/sign', 'Formas/sign']);
    expect(found('Skellefteå kommun signerar klimatkontraktet tillsammans med flera andra aktörer.')).toEqual(['Skellefteå/sign']);
  });
  it('an undertaking is dated by its deadline', () => {
    expect(found('I kontraktet åtar sig Umeå att minska utsläppen med 50 procent till 2030.')).toEqual(['Umeå/other@2030']);
  });
});

describe('a welcome as a member (v7)', () => {
  it('"välkomnar X som ny medlem" is X joining; other welcomes are not', () => {
    expect(found('Klimatkommunerna välkomnar Umeå och Luleå som nya medlemmar i föreningen.')).toEqual(['Umeå/join', 'Luleå/join']);
    expect(found('Kommunalrådet välkomnar Luleå till samarbetet.')).toEqual([]);
  });
});

describe('bodies that are not the municipality\'s (v7)', () => {
  it('no example of the table acts for the municipality whose page it is', () => {
    for (const b of NOT_MUNICIPAL_BODIES) {
      const actors = run(`Umeå kommun\nNyheter 12 mars 2024\n\nKommunen i Umeå informerar.\n\n${b.example}`).extraction.commitments.map((c) => c.actor);
      expect(actors, b.example).not.toContain('Umeå');
    }
  });
});
