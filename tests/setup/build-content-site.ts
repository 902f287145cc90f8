import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import site from '../../annals.config.ts';
import { resolveContentDir } from '../../src/content-check/check-content.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { oncePerRun } from './once-per-run.ts';

/** The content folder the gates guard, and the result of building it. */
export interface ContentBuild extends BuildResult {
  /** `content/`, or the folder `ANNALS_CONTENT_DIR` names. */
  contentDir: string;
  siteDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    contentBuild: ContentBuild;
  }
}

/**
 * Builds the content once per test run for every gate and operation, as `npm run build`
 * does. A build that fails is a finding of the build gate, so it is handed on rather than
 * thrown: the other gates then say that there is no site to read.
 */
async function buildContentSite(): Promise<ContentBuild> {
  const contentDir = resolveContentDir(PROJECT_ROOT, site);
  const siteDir = join(PROJECT_ROOT, '.test-build', 'content-site');
  await rm(siteDir, { recursive: true, force: true });
  // The shipped content builds with the project's own cache, as `npm run build` does.
  const result = await buildSite({
    outDir: siteDir,
    contentDir: process.env.ANNALS_CONTENT_DIR ? contentDir : undefined,
  });
  return { ...result, contentDir, siteDir };
}

/** Builds the content once per test run, for the content gates and the operations. */
export default async function setup(project: TestProject) {
  project.provide('contentBuild', await oncePerRun('contentBuild', buildContentSite));
}
