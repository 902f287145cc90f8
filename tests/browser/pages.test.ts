import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { requireBuilt } from '../helpers/built-page.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { elementsWiderThanViewport } from '../helpers/overflow.ts';
import { recordPageErrors } from '../helpers/page-errors.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { tabPool, type TabPool } from '../helpers/tab-pool.ts';
import { PAGE_TYPES } from './page-types.ts';

/** The narrowest phone the design supports, a common phone, and a laptop. */
const WIDTHS = [320, 360, 1280];
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;
let tabs: TabPool;

beforeAll(async () => {
  [site] = await Promise.all([openSiteInBrowser(siteDir), mkdir(SCREENSHOTS, { recursive: true })]);
  tabs = tabPool(site.browser);
});
afterAll(async () => {
  await tabs?.close();
  await site?.close();
});

describe.concurrent('every kind of page in Chromium, narrow and wide', () => {
  for (const pageType of PAGE_TYPES) {
    it(`${pageType.name} (${pageType.path}) loads without errors and fits the width at ${WIDTHS.join(', ')} px`, () =>
      tabs.use(async (page) => {
        requireBuilt(siteDir, pageType);
        const problems: string[] = [];
        const pageErrors = recordPageErrors(page);
        for (const width of WIDTHS) {
          // A blank page first ends the previous load: what it still fetched is cancelled
          // there, not counted against this one.
          await page.goto('about:blank');
          const before = pageErrors.length;
          await page.setViewportSize({ width, height: 800 });
          const response = await page.goto(site.origin + pageType.path);
          const errors = pageErrors.slice(before);
          if (response?.status() !== 200) errors.push(`the page answered ${response?.status()}`);
          errors.push(...(await elementsWiderThanViewport(page)));
          // A screenshot only of a page that fails: a full-page PNG of every page was a third
          // of this file's time.
          const screenshot = join(SCREENSHOTS, `${pageType.name}-${width}.png`);
          if (errors.length) {
            await page.screenshot({ path: screenshot, fullPage: true });
            problems.push(...errors.map((error) => `at ${width} px: ${error} (see ${screenshot})`));
          }
        }
        expectNoProblems(problems, `problems on ${pageType.path}`);
      }));
  }
});
