import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/content-check/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/editor/**/*.test.ts',
          ],
        },
      },
      {
        // Tests that build a site: one build at a time, and the shipped site built once first.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/setup/build-shipped-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Quality gates on the built shipped site: HTML validity, links, no client
        // JavaScript, and in Chromium accessibility and what a reader does. One file at a
        // time, each starting its own server and browser; the site is the one built above.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: [
            'tests/setup/build-shipped-site.ts',
            'tests/setup/build-search-site.ts',
            'tests/setup/chromium.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
