import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import base from './vitest.config.ts';

type Project = Extract<TestProjectConfiguration, { test?: { name?: unknown } }>;
const unit = ((base.test?.projects ?? []) as Project[]).find(
  (project) => project.test?.name === 'unit',
)!;

/**
 * The checker's tests of the unit project of vitest.config.ts, for Stryker (`npm run
 * mutate`), which has no option to choose a project. The other projects build whole sites,
 * far too slow to run for every mutant; the unit tests of the commands start them in child
 * processes, where Stryker's vitest runner does not switch mutants on, so they kill none.
 * Instrumented code runs several times slower than the original, hence the longer timeout.
 */
export default defineConfig({
  test: {
    ...unit.test,
    include: ['tests/content-check/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
