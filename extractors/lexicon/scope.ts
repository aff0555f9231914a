// The words that decide a commitment's `scope` (corpus/real/README.md, "Commitment attributes"):
//   organisation — the municipality's (or the organisation's) own operations
//   area         — the geographic municipality or its inhabitants; for a state or region, its territory
// null when the text says neither ('kommunen ska bli klimatneutral' names no scope), and always for joining
// a network or signing a contract. Where a sentence names both, organisation wins (the narrower claim:
// 'solceller på kommunala byggnader spridda över hela kommunen' covers the buildings).
// Phrases use the notation of ./phrases.ts.

/**
 * The organisation's own operations. 'Målet för kommunkoncernen är …', 'alla kommunens fordon', 'i kommunens
 * verksamhet', 'Skellefteå kommuns verksamhet', 'solceller på kommunägda tak', 'på kommunala byggnader',
 * 'investerar i egen solelproduktion', 'tas in i verksamheterna'.
 */
export const ORGANISATION: readonly string[] = [
  'kommunkoncern*', 'koncernen', 'kommunorganisation*', 'den kommunala organisationen', 'kommunala organisation*', 'egna organisation*',
  'vår organisation', 'våra verksamheter', 'egna verksamhet*', 'i verksamheterna', 'varje verksamhet', 'alla verksamheter',
  'kommunens|stadens|regionens|landstingets ~ verksamhet*|fordon*|bilar|tjänstebil*|fastighet*|byggnad*|lokaler|hus|tak|anläggning*|inköp*|tjänsteres*|organisation*|bolag*|förvaltning*|energianvändning*|elanvändning*',
  '<Name> kommuns|stads ~ verksamhet*|fordon*|fastighet*|byggnad*|lokaler|organisation*|bolag*|förvaltning*',
  'kommunal|kommunala|kommunalt ~ byggnad*|fastighet*|verksamhet*|lokaler|hus|tak|fordon*|bolag*|anläggning*',
  'kommunägd*', 'fordonsflott*', 'egen solelproduktion', 'egen elproduktion', 'egna solcell*', 'egna fastighet*',
  'egna byggnad*', 'egna fordon*', 'sina|sin|sitt ~ lokaler|fastighet*|byggnad*|fordon*|verksamhet*|bilar|tjänstebil*|tjänsteres*',
  'kommunen som organisation', 'som organisation', 'nämnder och bolag', 'own operations', 'municipal operations',
];

/**
 * The geographic area, its inhabitants and its society. 'Målet för Örebro kommun som geografiskt område …',
 * 'per invånare', 'Skellefteå kommuns invånare och besökare', 'elladdning i alla kommundelar', 'klimatneutrala
 * och hållbara städer', 'den västsvenska ekonomin', 'där näringslivet, civilsamhället, akademin … samarbetar'.
 */
export const AREA: readonly string[] = [
  'geografisk* område*', 'geografiska kommunen', 'som geografiskt område', 'invånare*', 'kommuninvånare*', 'medborgarna', 'kommundel*',
  'alla tätorter', 'kommunens tätorter', 'inom kommunens gränser', 'inom kommungränsen', 'hela samhället', 'näringslivet', 'civilsamhället',
  '*ska ekonomin', 'utsläppen i kommunen', 'utsläpp inom kommunen', 'inom kommunen', 'i hela kommunen', 'hela kommunens', 'hushåll*', '<Name>s klimatomställning',
  'territor*', 'residents', 'inhabitants',
];

/**
 * For targets only: a place or cities as what is to reach the goal is the area — 'ett klimatneutralt Nacka år
 * 2030', 'Umeå stad ska vara klimatneutralt', 'klimatneutrala och hållbara städer', 'mobilisering av svenska
 * städer för att bli klimatneutrala'. (Also the actor's bare name as the subject of the goal sentence:
 * 'Stockholm har blivit utvald … med målet att bli klimatneutrala'; see attributes.ts.) A place written with
 * 'kommun' ('Umeå kommun ska …') is the municipality, not the area; cities spoken of in other commitments
 * ('en utlysning som ger städer möjlighet') are participants, not a scope.
 */
export const PLACE_GOAL: readonly string[] = [
  'klimatneutral*|fossilfri*|fossiloberoende* <Name>', '<Name> stad ska|skall', 'staden ska|skall',
  'klimatneutral*|fossilfri*|hållbar* ~ städer|städerna', 'städer|städerna … klimatneutral*|fossilfri*',
];

/** Actors that are states or regions: their goals are about their territory when the text names it. */
export const STATE_ACTORS: readonly string[] = [
  'Sverige', 'Regeringen', 'Riksdagen', 'Staten', 'EU', 'EU-kommissionen', 'Europeiska kommissionen',
  'Västra Götalandsregionen', 'Region Skåne', 'Region Stockholm',
];

/** The territory of a state or region named in its goal. 'Regeringen har deklarerat att Sverige ska bli …', 'nationella strategier'. */
export const TERRITORY: readonly string[] = [
  'sverige', 'sveriges', 'nationell*', 'landet', 'hela landet', 'länet', 'regionen', 'välfärdsland*', 'europa', 'eu:s medlemsländer',
];
