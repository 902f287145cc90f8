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

/** Builds the shipped content once for all site tests, which read the HTML it produced. */
export default async function setup(project: TestProject) {
  const outDir = join(PROJECT_ROOT, '.test-build', 'site');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({ outDir });
  if (result.exitCode !== 0) throw new Error(`Building the shipped site failed:\n${result.output}`);
  project.provide('shippedSite', outDir);
}
