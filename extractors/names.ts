// Linguistic data for the people extractor, re-exported from the lexicon tables (other modules import from here:
// the municipalities extractor reads given names, the archive reads the Riksdag party table).
export { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, isGivenName, NOT_NAME_ENDINGS, NOT_NAME_TOKENS, PHOTO_AGENCIES, PLACE_NOUNS_AFTER_NAME } from './lexicon/given-names.js';
export { PARTIES, PARTY_FORMS, PARTY_NAME_SOURCE, partyOfAdjective, partyOfMember, partyPrefix, riksdagParty } from './lexicon/parties.js';
export type { PartyForm, PartyFormKind } from './lexicon/parties.js';
