// Placeholder: being written.
import type { Extractor } from './types.js';

export const documentExtractor: Extractor<'document'> = {
  name: 'document',
  version: 0,
  creates: [],
  run: () => [],
};
