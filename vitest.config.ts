import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['extractors/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/helpers/tmp-guard.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
