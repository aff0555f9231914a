// Placeholder: being written.
import type { Extractor } from './types.js';

export const wavesExtractor: Extractor<'waves'> = {
  name: 'waves',
  version: 0,
  creates: [],
  run: () => [],
};
