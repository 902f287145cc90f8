import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { requireBuilt } from '../helpers/built-page.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { elementsWiderThanViewport } from '../helpers/overflow.ts';
import { recordPageErrors } from '../helpers/page-errors.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { PAGE_TYPES } from './page-types.ts';

/** The narrowest phone the design supports, a common phone, and a laptop. */
const WIDTHS = [320, 360, 1280];
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  [site] = await Promise.all([openSiteInBrowser(siteDir), mkdir(SCREENSHOTS, { recursive: true })]);
});
afterAll(() => site?.close());

describe.concurrent('every kind of page in Chromium, narrow and wide', () => {
  for (const pageType of PAGE_TYPES) {
    for (const width of WIDTHS) {
      it(`${pageType.name} (${pageType.path}) at ${width} px loads without errors and fits the width`, async () => {
        requireBuilt(siteDir, pageType);
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        const problems = recordPageErrors(page);
        const response = await page.goto(site.origin + pageType.path);
        if (response?.status() !== 200) problems.push(`the page answered ${response?.status()}`);
        problems.push(...(await elementsWiderThanViewport(page)));
        // A screenshot only of a page that fails: a full-page PNG of every page was a third
        // of this file's time.
        const screenshot = join(SCREENSHOTS, `${pageType.name}-${width}.png`);
        if (problems.length) await page.screenshot({ path: screenshot, fullPage: true });
        await page.close();
        expectNoProblems(
          problems,
          `problems on ${pageType.path} at ${width} px (see ${screenshot})`,
        );
      });
    }
  }
});
