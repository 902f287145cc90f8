import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
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
 * How many files of the site and browser projects run at once: two even on a two-core runner
 * (vitest's default there is one), more on a larger machine.
 */
const SIDE_BY_SIDE = Math.max(availableParallelism() - 1, 2);

/** The site tests that change what other builds read while they build (see `site-alone`). */
const SITE_ALONE = ['tests/build/incremental-build.test.ts', 'tests/build/init-archive.test.ts'];

export default defineConfig({
  test: {
    // Runs after every project's set-up: waits for the builds they started side by side.
    globalSetup: ['tests/setup/wait-for-setups.ts'],
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
          // Most of these files wait on a script they started, and none writes where another
          // reads: two at once, as the site and browser projects.
          maxWorkers: SIDE_BY_SIDE,
        },
      },
      {
        // Tests that build a site, each from its own content folder into its own, and the
        // fixture site built once first (alongside the search site and the content, when
        // their projects run too). They run beside the browser project, two files at a time
        // on two cores: a build and a browser keep different parts of the machine waiting.
        ...ENGINE,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_ALONE],
          env: ENGINE_ENV,
          sequence: { groupOrder: 1 },
          maxWorkers: SIDE_BY_SIDE,
          globalSetup: ['tests/setup/build-fixture-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Tests that build while changing what every build reads: an interface string in
        // src/, or (a copy of the project linking its node_modules) Astro's cache of content/.
        // One at a time, after the projects above, beside nothing.
        ...ENGINE,
        test: {
          name: 'site-alone',
          include: SITE_ALONE,
          env: ENGINE_ENV,
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The engine's quality gates on the fixture site: HTML validity, links, no client
        // JavaScript, and in Chromium accessibility and what a reader does. Each file starts
        // its own server and browser; the site is the one built above. Beside the site
        // project, two files at a time.
        ...ENGINE,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          env: ENGINE_ENV,
          sequence: { groupOrder: 1 },
          maxWorkers: SIDE_BY_SIDE,
          globalSetup: [
            'tests/setup/build-fixture-site.ts',
            'tests/setup/build-search-site.ts',
            'tests/setup/chromium.ts',
          ],
          // The files that visit every kind of page run a few pages at once (describe.concurrent):
          // Chromium waits on itself often enough that two cores keep busy.
          maxConcurrency: 3,
          // A test that loads a few pages, beside another test file's build on two cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
          fileParallelism: false,
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
          fileParallelism: false,
          globalSetup: ['tests/setup/build-content-site.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
