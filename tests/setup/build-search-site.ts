import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { siteConfigEnv } from '../../src/integration/site-config-file.ts';
import { FIXTURE_CONFIG_FILE } from '../fixtures/fixture-archive.ts';
import { SEARCH_ARCHIVE_DIR, SEARCH_SITE_BASE } from '../fixtures/search-archive.ts';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built from the search fixture archive, under `SEARCH_SITE_BASE`. */
    searchSite: string;
  }
}

/**
 * Builds the search fixture archive once per test run, under its base path, for the search
 * tests in Chromium.
 */
export default async function setup(project: TestProject) {
  const outDir = join(PROJECT_ROOT, '.test-build', 'search-site');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({
    outDir,
    contentDir: SEARCH_ARCHIVE_DIR,
    // Global setup runs outside the projects' environment: the fixture configuration is given here.
    env: { ANNALS_BASE: SEARCH_SITE_BASE, ...siteConfigEnv(FIXTURE_CONFIG_FILE) },
  });
  if (result.exitCode !== 0) {
    throw new Error(`Building the search fixture site failed:\n${result.output}`);
  }
  project.provide('searchSite', outDir);
}
