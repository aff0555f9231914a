// Placeholder: being written.
import type { Extractor } from './types.js';

export const commitmentsExtractor: Extractor<'commitments'> = {
  name: 'commitments',
  version: 0,
  creates: [],
  run: () => [],
};
