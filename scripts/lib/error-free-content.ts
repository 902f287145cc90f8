import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { checkContent, type CheckResult } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';

/**
 * The checked content for a command that changes or reports on it (`translations`,
 * `coordinates`); when the content has errors, prints them with the way out and exits 1,
 * since working from a broken archive would hide the errors behind the command's own output.
 */
export async function checkContentOrExit(
  rootDir: string,
  site: SiteConfig,
  contentDir: string | undefined,
): Promise<CheckResult> {
  const result = await checkContent({ rootDir, site, contentDir });
  if (result.errorCount > 0) {
    for (const problem of result.problems) console.log(formatProblem(problem));
    console.log('Fix the content errors above first: `npm run check` lists them too.');
    process.exit(1);
  }
  return result;
}
