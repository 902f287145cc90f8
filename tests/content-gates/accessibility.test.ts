import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import site from '../../annals.config.ts';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { createGateContext, expectGatePasses, type GateContext } from './gates.ts';
import { describePage, entryPagePath } from './page-sources.ts';

const build = inject('contentBuild');
let context: GateContext;
let browser: SiteInBrowser;

beforeAll(async () => {
  if (build.exitCode !== 0)
    throw new Error(
      'The content did not build, so there is no site to check: see "the site builds".',
    );
  [context, browser] = await Promise.all([
    createGateContext(build.contentDir, build.siteDir),
    openSiteInBrowser(build.siteDir),
  ]);
});
afterAll(() => browser?.close());

/**
 * The pages that show a text an editor wrote in Markdown or MDX: an entry's page in the
 * default language when its `index` file has a text, and its page in each language it has a
 * translated text in. The rest of every page is the engine's, checked on the fixture site.
 */
function pagesWithWrittenText(entries: readonly ValidEntryFile[]): string[] {
  const sources = new Map(
    entries
      .filter((entry) => !entry.locale)
      .map((entry) => [`${entry.collection}/${entry.id}`, entry]),
  );
  return entries
    .filter((entry) => entry.body.trim() !== '')
    .map((entry) =>
      entryPagePath(
        sources.get(`${entry.collection}/${entry.id}`)!,
        entry.locale ?? site.defaultLocale,
      ),
    );
}

/** How many pages are checked at once. */
const TABS = 3;

describe(`the content in ${build.contentDir}`, () => {
  it('writes texts that axe finds accessible (WCAG 2.2 A and AA)', async () => {
    const paths = pagesWithWrittenText(context.check.entries);
    const found: string[][] = paths.map(() => []);
    // A few tabs at once, each taking the next page: Chromium waits on itself often enough
    // that two cores keep busy. The problems are listed in the order of the pages.
    let next = 0;
    const tab = async () => {
      const page = await browser.browser.newPage({ viewport: { width: 1280, height: 800 } });
      for (let index = next++; index < paths.length; index = next++) {
        const path = paths[index]!;
        await page.goto(browser.origin + path);
        const violations = await findAccessibilityViolations(page);
        found[index] = describeViolations(violations, describePage(path, context.sources));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: TABS }, tab));
    const problems = found.flat();
    expectGatePasses({
      heading: 'Accessibility problems on pages with an editor’s text (axe)',
      problems,
      advice:
        'Correct the text in the file named after each page: give every image its alt text, keep headings in order (## after #, ### after ##), and give each link words that say where it leads. Each problem links to how to fix it.',
    });
  }, 600_000);
});
