// Placeholder: being written.
import type { Extractor } from './types.js';

export const peopleExtractor: Extractor<'people'> = {
  name: 'people',
  version: 0,
  creates: [],
  run: () => [],
};
