import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built from the shipped `content/`. */
    shippedSite: string;
  }
}

/**
 * Vitest imports a project's global setup in that project's own module runner, so a variable
 * of this module is not shared between the `site` and `browser` projects. They do share the
 * process, so the one build is kept on `globalThis`.
 */
const BUILD = Symbol.for('annals.tests.shippedSiteBuild');
type WithBuild = typeof globalThis & { [BUILD]?: Promise<string> };

async function buildShippedSite(): Promise<string> {
  const outDir = join(PROJECT_ROOT, '.test-build', 'site');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({ outDir });
  if (result.exitCode !== 0) throw new Error(`Building the shipped site failed:\n${result.output}`);
  return outDir;
}

/** Builds the shipped content once per test run, for every project that reads the HTML. */
export default async function setup(project: TestProject) {
  const shared = globalThis as WithBuild;
  shared[BUILD] ??= buildShippedSite();
  project.provide('shippedSite', await shared[BUILD]);
}
