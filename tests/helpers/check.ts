import { fileURLToPath } from 'node:url';
import fixtureSite from '../fixtures/annals.config.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { writeContentTree, type ContentTree } from './content-tree.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Checks a content tree as `npm run check` would, and returns the lines an editor sees,
 * with the temporary folder written as `content/` so expectations read like real paths.
 * `site` replaces the fixture's configuration, for rules that depend on it.
 */
export async function checkTree(
  tree: ContentTree,
  site: SiteConfig = fixtureSite,
): Promise<string[]> {
  const contentDir = await writeContentTree(tree);
  const result = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  return result.problems.map((problem) => formatProblem(problem).replaceAll(contentDir, 'content'));
}
