import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { siteConfigEnv, siteConfigPlugin } from './src/integration/site-config-file.ts';
import { FIXTURE_ARCHIVE_DIR, FIXTURE_CONFIG_FILE } from './tests/fixtures/fixture-archive.ts';

/**
 * Engine tests never read the shipped `content/` nor the project's `annals.config.ts`: they
 * build fixture archives under the fixture site configuration. Whatever in them falls back to
 * "the content folder" or "the site configuration" (the build, the checker, the scripts) is
 * pointed at the fixture's instead, so `npm run init` can replace both with another archive
 * in any locales and every engine test still passes.
 */
const ENGINE_ENV = {
  ANNALS_CONTENT_DIR: FIXTURE_ARCHIVE_DIR,
  // For every Node process the tests start: the scripts, Astro's build.
  ...siteConfigEnv(FIXTURE_CONFIG_FILE),
};

/** For the engine projects' own imports: src/ modules get the fixture configuration too. */
const ENGINE = { plugins: [siteConfigPlugin(FIXTURE_CONFIG_FILE)] };

/**
 * Test files run at least two at a time, even on a two-core runner (vitest's default there is
 * one): each waits on the processes it starts (Astro, Chromium, a script) often enough to
 * leave a core idle when run alone. Builds of the tests' own content folders run in copies of
 * the project, side by side; the Astro processes that use the project's own folder (the
 * content's build, `astro dev`) take turns (tests/helpers/astro-lock.ts). Every project takes
 * the same number, so that vitest runs them as one group rather than one project after another.
 */
const WORKERS = Math.max(availableParallelism(), 2);

export default defineConfig({
  test: {
    projects: [
      {
        ...ENGINE,
        test: {
          name: 'unit',
          include: [
            'tests/content-check/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/editor/**/*.test.ts',
          ],
          env: ENGINE_ENV,
          // Some run a script in a child process (npm run new, check, bench), which on a busy
          // two-core runner can take longer than vitest's default of 5 s.
          testTimeout: 30_000,
          maxWorkers: WORKERS,
        },
      },
      {
        // Tests that build a site, or read the fixture site built once first.
        ...ENGINE,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
          env: ENGINE_ENV,
          maxWorkers: WORKERS,
          globalSetup: ['tests/setup/build-fixture-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The engine's quality gates on the fixture site: HTML validity, links, no client
        // JavaScript, and in Chromium accessibility and what a reader does. Each file starts its
        // own server and browser; the site is the one built above.
        ...ENGINE,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'tests/browser/dev-overlay.test.ts'],
          env: ENGINE_ENV,
          maxWorkers: WORKERS,
          globalSetup: [
            'tests/setup/build-fixture-site.ts',
            'tests/setup/build-search-site.ts',
            'tests/setup/chromium.ts',
          ],
          // The files that visit every kind of page run a few pages at once (describe.concurrent):
          // Chromium waits on itself often enough that two cores keep busy.
          maxConcurrency: 3,
          testTimeout: 60_000,
          // A file that builds its own site does so beside the other files' work.
          hookTimeout: 300_000,
        },
      },
      {
        // `npm run dev` in Chromium, alone once every other file has run. Beside other files'
        // builds an editor's fix once reached the page before Astro had synced it, and the page
        // failed on the entry Astro had kept as written (`event.start.slice is not a function`).
        // Pages now wait for that sync (src/integration/kept-entries.ts), and the file's
        // second case plays a sync slower than the server's wait; it still runs alone until
        // the suite has run it beside other files without a failure.
        ...ENGINE,
        test: {
          name: 'dev-server',
          include: ['tests/browser/dev-overlay.test.ts'],
          env: ENGINE_ENV,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/setup/chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The gates on the content editors change (`content/`, or ANNALS_CONTENT_DIR): check,
        // build, links, HTML validity, accessibility, published URLs and the translation
        // report, each failing with what an editor does about it. `npm run gates` runs these,
        // as pull requests do.
        test: {
          name: 'content-gates',
          include: ['tests/content-gates/*.test.ts'],
          maxWorkers: WORKERS,
          globalSetup: ['tests/setup/build-content-site.ts', 'tests/setup/chromium.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The editor's everyday operations, performed on a copy of the content and run through
        // the same gates, which compare it with the content's build above (the same one when
        // both projects run); and the proof that replacing content/ changes no engine test.
        test: {
          name: 'operations',
          include: ['tests/content-gates/operations/*.test.ts'],
          maxWorkers: WORKERS,
          globalSetup: ['tests/setup/build-content-site.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
