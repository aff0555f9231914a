// Organisations that act in Swedish municipal climate writing: state agencies, the government and the state,
// EU bodies, programmes, networks and regional bodies. A commitment's actor is one of these when the text names
// it as the one who signs, joins, decides or undertakes something (corpus/real/README.md: "otherwise an
// organisation or organ as named"). Municipalities are not here (extractors/kommuner.csv has all 290), nor are
// parties (extractors/names.ts).
//
// One entry per organisation: `name` is the actor as the archive records it, `aliases` every other way the
// texts write it (inflected forms are generated: a genitive -s is always accepted), `kind` what it is, and
// `example` a sentence in which it acts. To add an organisation, add an entry; a test reads every example.

export type OrganisationKind = 'agency' | 'state' | 'eu' | 'programme' | 'network' | 'region' | 'energy-office' | 'other';

export interface Organisation {
  name: string;
  aliases: readonly string[];
  kind: OrganisationKind;
  example: string;
}

export const ORGANISATIONS: readonly Organisation[] = [
  // State agencies (myndigheter) that sign Klimatkontrakt 2030 and fund climate work.
  { name: 'Energimyndigheten', aliases: ['Statens energimyndighet'], kind: 'agency', example: 'Klimatkontraktet undertecknas av generaldirektörerna för Energimyndigheten och Formas.' },
  { name: 'Vinnova', aliases: ['Verket för innovationssystem'], kind: 'agency', example: 'Vinnova har skrivit under klimatkontraktet.' },
  { name: 'Formas', aliases: [], kind: 'agency', example: 'Formas signerar kontraktet med städerna.' },
  { name: 'Tillväxtverket', aliases: [], kind: 'agency', example: 'Tillväxtverket undertecknar klimatkontraktet i december.' },
  { name: 'Trafikverket', aliases: [], kind: 'agency', example: 'Trafikverket har skrivit under avtalet.' },
  { name: 'Naturvårdsverket', aliases: [], kind: 'agency', example: 'Naturvårdsverket beviljar stöd till laddstolpar.' },
  { name: 'Boverket', aliases: [], kind: 'agency', example: 'Boverket har tagit fram nya regler för klimatdeklarationer.' },
  { name: 'Länsstyrelsen', aliases: [], kind: 'agency', example: 'Länsstyrelsen har tecknat ett hållbarhetslöfte med kommunerna.' },
  { name: 'Klimatpolitiska rådet', aliases: [], kind: 'agency', example: 'Klimatpolitiska rådet lämnar sin rapport i mars.' },
  // The government and the state.
  { name: 'Regeringen', aliases: ['Sveriges regering'], kind: 'state', example: 'Regeringen har deklarerat att Sverige ska bli fossilfritt.' },
  { name: 'Riksdagen', aliases: [], kind: 'state', example: 'Riksdagen beslutade om ett klimatpolitiskt ramverk 2017.' },
  { name: 'Sverige', aliases: [], kind: 'state', example: 'År 2045 ska Sverige ha nettonollutsläpp av växthusgaser.' },
  // EU bodies and programmes.
  { name: 'EU-kommissionen', aliases: ['Europeiska kommissionen', 'Den europeiska kommissionen', 'EU kommissionen', 'The European Commission', 'European Commission', 'Kommissionen'], kind: 'eu', example: 'Inom missionen kommer EU-kommissionen lansera europeiska klimatkontrakt.' },
  { name: 'EU', aliases: ['Europeiska unionen'], kind: 'eu', example: 'EU har åtagit sig att minska utsläppen med 55 procent till 2030.' },
  // Programmes and networks that municipalities join or sign with.
  { name: 'Viable Cities', aliases: [], kind: 'programme', example: 'I dag öppnar Viable Cities en ny utlysning.' },
  { name: 'Klimatkommunerna', aliases: [], kind: 'network', example: 'Klimatkommunerna välkomnar två nya medlemmar.' },
  { name: 'Sveriges Ekokommuner', aliases: ['SEKOM'], kind: 'network', example: 'Sveriges Ekokommuner har 106 medlemskommuner.' },
  { name: 'Fossilfritt Sverige', aliases: [], kind: 'programme', example: 'Fossilfritt Sverige utmanar kommuner att genomföra åtgärder.' },
  { name: 'Sveriges Kommuner och Regioner', aliases: ['SKR'], kind: 'network', example: 'SKR har tagit fram en vägledning för klimatbudgetar.' },
  { name: 'NetZeroCities', aliases: [], kind: 'programme', example: 'NetZeroCities stöttar städerna i missionen.' },
  { name: 'C40', aliases: [], kind: 'network', example: 'C40 har granskat stadens klimatplan.' },
  // Regional bodies and energy offices.
  { name: 'Energikontor Norr', aliases: ['Nenet'], kind: 'energy-office', example: 'Det praktiska arbetet kommer Energikontor Norr att stå för.' },
  { name: 'Norrbottens läns landsting', aliases: [], kind: 'region', example: 'Norrbottens läns landsting blev 2014 regional koordinator för Borgmästaravtalet.' },
];

/** A region named "Region X" or a county council "X läns landsting" acts as an organisation ("Region Skåne antar …"). */
export const REGION_PATTERNS = {
  /** "Region Skåne", "Region Västerbotten": the region's name is capitalised and follows "Region". */
  region: 'Region',
  /** "Norrbottens läns landsting", "Landstinget i Värmland". */
  countyCouncil: 'landsting',
  example: 'Region Skåne har antagit en ny klimatstrategi.',
} as const;

/**
 * Organisations named after a place: a municipality's name inside them is no mention of the municipality
 * (corpus/real/README.md: "municipality names inside other names"). `word` is the capitalised word right after
 * the place name ('Skellefteå Kraft') or, with `before`, the word right before it ('IFK Göteborg'); a trailing
 * 'AB' or a genitive place ('Norrköpings Tidningar') changes nothing. A place name with a lower-case noun
 * ('Vara konserthus', 'Karlstads universitet') stays a mention of the place.
 */
export interface PlaceNamedOrganisation {
  word: string;
  before?: true;
  example: string;
}

export const PLACE_NAMED_ORGANISATIONS: readonly PlaceNamedOrganisation[] = [
  // Energy, water and utility companies.
  { word: 'Energi', example: 'Fjärrvärmen levereras av Umeå Energi.' },
  { word: 'Kraft', example: 'Skellefteå Kraft bygger en ny vindpark.' },
  { word: 'Exergi', example: 'Stockholm Exergi fångar in koldioxid.' },
  { word: 'Energy', example: 'Avtalet tecknades med Luleå Energy.' },
  { word: 'Elnät', example: 'Ellevio och Borlänge Elnät bygger ut nätet.' },
  { word: 'Vatten', example: 'Kalmar Vatten AB ansvarar för dricksvattnet.' },
  { word: 'Hamn', example: 'Göteborgs Hamn elektrifierar kajerna.' },
  { word: 'Airport', example: 'Flyget till Umeå Airport ställs in.' },
  { word: 'Stadsnät', example: 'Fibern dras av Sollentuna Stadsnät.' },
  { word: 'Stadshus', example: 'Helsingborgs Stadshus AB äger bolagen.' },
  { word: 'Bostäder', example: 'Hyresgästerna i Piteå Bostäder får solceller på taket.' },
  // Newspapers and broadcasters.
  { word: 'Tidning', example: 'Det skriver Borås Tidning.' },
  { word: 'Tidningar', example: 'Enligt Norrköpings Tidningar har beslutet skjutits upp.' },
  { word: 'Nyheter', example: 'Lidingö Nyheter rapporterade från mötet.' },
  { word: 'Kuriren', example: 'Det berättade Östersunds Kuriren i går.' },
  { word: 'Posten', example: 'Enligt Ystads Posten är frågan avgjord.' },
  { word: 'Allehanda', example: 'Det skriver Nerikes Allehanda och Sundsvalls Allehanda.' },
  { word: 'Magazinet', example: 'Intervjun publicerades i Norrköpings Magazinet.' },
  // Universities in English, sports clubs.
  { word: 'University', example: 'Forskarna vid Jönköping University har mätt utsläppen.' },
  { word: 'Hockey', example: 'Luleå Hockey spelar i den nya arenan.' },
  { word: 'FF', example: 'Matchen mellan IFK Göteborg och Malmö FF sändes i tv.' },
  { word: 'IF', example: 'Leksands IF har fått nya solceller på arenan.' },
  { word: 'BK', example: 'Kalmar BK tränar på den nya planen.' },
  { word: 'IK', example: 'Umeå IK vann serien.' },
  { word: 'FC', example: 'Östersunds FC bytte tränare.' },
  { word: 'IFK', before: true, example: 'Matchen mellan IFK Göteborg och Malmö FF sändes i tv.' },
  { word: 'AIK', before: true, example: 'AIK Härnösand tog guld i stafetten.' },
];

/**
 * Deciding bodies that are not a municipality's own organs: a region's, a county's, a federation's, an
 * association's or a company's board and assembly, and the state's. An organ word among these never acts for the
 * document's municipality, and an answer or decision by one is not the municipality's.
 */
export const NOT_MUNICIPAL_BODIES: readonly { forms: string; example: string }[] = [
  { forms: 'regionstyrelsen regionfullmäktige landstingsstyrelsen landstingsfullmäktige', example: 'Ledningskontoret svarar med en skrivelse som regionstyrelsen anser för att motionen ska anses besvarad.' },
  { forms: 'länsstyrelsen', example: 'Länsstyrelsen har beslutat att avslå ansökan.' },
  { forms: 'hyresnämnden arrendenämnden patientnämnden', example: 'Hyresnämnden beslutade att avslå föreningens ansökan om ombyggnad.' },
  { forms: 'riksdagen regeringen', example: 'Regeringen beslutade att anta en ny klimathandlingsplan.' },
  { forms: 'förbundsstyrelsen förbundsstämman föreningsstyrelsen föreningsstämman årsmötet stämman', example: 'Årsmötet ansåg motionen besvarad.' },
  { forms: 'bolagsstyrelsen bolagsstämman', example: 'Bolagsstämman biföll styrelsens förslag.' },
  { forms: 'ekonomistyrelsen skolstyrelsen', example: 'Skolstyrelsen beslutade om nya riktlinjer.' },
  // A bare "styrelsen" is a cooperative's, an association's or a company's board; the municipality's is kommunstyrelsen.
  { forms: 'styrelsen', example: 'Styrelsen har tecknat avtal om en ny solcellsanläggning på taket.' },
];
