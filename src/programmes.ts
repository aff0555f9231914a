// The programmes and networks a municipality can belong to: one table, keyed by the commitment `object` keys
// of extractors/lexicon/objects.ts. Which municipality belongs to which, and since when, is never listed
// here: it is read from the archive's documents (src/compare.ts, memberships), each fact with its evidence.
export interface Programme {
  key: string;
  /** The name as Swedish readers know it. */
  name: string;
  /** How members come in groups: by wave (Viable Cities' calls), by the year they signed, or not at all. */
  cohorts: 'wave' | 'year' | null;
  description: string;
}

export const PROGRAMMES: readonly Programme[] = [
  { key: 'klimatneutrala-stader-2030', name: 'Klimatneutrala städer 2030', cohorts: 'wave',
    description: 'Viable Cities programme of municipalities aiming at climate neutrality by 2030, joined in waves (våg 1, 2, 3 …)' },
  { key: 'klimatkontrakt-2030', name: 'Klimatkontrakt 2030', cohorts: 'year',
    description: 'the contract a municipality signs with government agencies and Viable Cities, signed and renewed yearly' },
  { key: 'viable-cities', name: 'Viable Cities', cohorts: null, description: 'the strategic innovation programme itself' },
  { key: 'eu-cities-mission', name: 'EU:s mission för 100 klimatneutrala och smarta städer', cohorts: 'year',
    description: 'the EU mission for climate-neutral and smart cities by 2030, with its European climate contracts' },
  { key: 'klimatkommunerna', name: 'Klimatkommunerna', cohorts: null, description: 'the Swedish association of municipalities working on climate' },
  { key: 'borgmastaravtalet', name: 'Borgmästaravtalet', cohorts: 'year', description: 'the Covenant of Mayors for Climate and Energy' },
  { key: 'fossilfritt-sverige', name: 'Fossilfritt Sverige', cohorts: null, description: 'the government initiative Fossil Free Sweden and its declarations' },
  { key: 'sveriges-ekokommuner', name: 'Sveriges Ekokommuner', cohorts: null, description: 'the association of Swedish eco-municipalities' },
  { key: 'klimatloften', name: 'Klimat 2030 – Västra Götaland', cohorts: 'year', description: 'the klimatlöften (climate pledges) of Klimat 2030 in Västra Götaland' },
];

export const PROGRAMME_BY_KEY: ReadonlyMap<string, Programme> = new Map(PROGRAMMES.map((p) => [p.key, p]));
