import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { siteConfigEnv } from '../../src/integration/site-config-file.ts';
import {
  FIXTURE_ARCHIVE_DIR,
  FIXTURE_BUILD_EPOCH,
  FIXTURE_CONFIG_FILE,
} from '../fixtures/fixture-archive.ts';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { oncePerRun } from './once-per-run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built from the fixture archive. */
    fixtureSite: string;
  }
}

/**
 * Builds a copy of the fixture archive under its site configuration (vitest runs this set-up
 * outside the engine projects' environment), on the fixture's build day. The copy is outside
 * git, so dates and translation states come from the content alone, the same in every checkout.
 */
async function buildFixtureSite(): Promise<string> {
  const contentDir = await mkdtemp(join(tmpdir(), 'annals-fixture-'));
  await cp(FIXTURE_ARCHIVE_DIR, contentDir, { recursive: true });
  const outDir = join(PROJECT_ROOT, '.test-build', 'fixture-site');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({
    outDir,
    contentDir,
    env: { SOURCE_DATE_EPOCH: FIXTURE_BUILD_EPOCH, ...siteConfigEnv(FIXTURE_CONFIG_FILE) },
  });
  await rm(contentDir, { recursive: true, force: true });
  if (result.exitCode !== 0)
    throw new Error(`Building the fixture archive failed:\n${result.output}`);
  return outDir;
}

/** Builds the fixture archive once per test run, for every engine project that reads HTML. */
export default async function setup(project: TestProject) {
  project.provide('fixtureSite', await oncePerRun('fixtureSite', buildFixtureSite));
}
