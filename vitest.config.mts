import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    // Playwright specs live in e2e/ and must never be picked up here.
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.ts',
      'hooks/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    // Vitest's default is one worker per core but one: a single worker on a 2-core machine,
    // where much of a file's time is spent waiting on the processes it starts (model servers,
    // Postgres, the CLI). Two there took the suite from 268 s to 177 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A throwaway Postgres cluster, so the DB-layer tests run on both backends.
    globalSetup: ['test/pg-global-setup.ts'],
    // A hang guard, not a speed limit: the corpus tests take a few seconds on a quiet machine
    // and several times that with both cores saturated (npm run test:stress).
    testTimeout: 120_000,
  },
});
