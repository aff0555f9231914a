// Placeholder: being written.
import type { Extractor } from './types.js';

export const datesExtractor: Extractor<'dates'> = {
  name: 'dates',
  version: 0,
  creates: [],
  run: () => [],
};
