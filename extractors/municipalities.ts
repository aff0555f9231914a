// Placeholder: being written.
import type { Extractor } from './types.js';

export const municipalitiesExtractor: Extractor<'municipalities'> = {
  name: 'municipalities',
  version: 0,
  creates: [],
  run: () => [],
};
