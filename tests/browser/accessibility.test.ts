import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { requireBuilt } from '../helpers/built-page.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { tabPool, type TabPool } from '../helpers/tab-pool.ts';
import { PAGE_TYPES } from './page-types.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;
let tabs: TabPool;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
  tabs = tabPool(site.browser, { viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await tabs?.close();
  await site?.close();
});

/** The site follows the reader's colour scheme, so contrast is checked in both. */
const COLOR_SCHEMES = ['light', 'dark'] as const;

describe.concurrent('accessibility (axe: WCAG 2.2 A and AA, and best practices)', () => {
  for (const pageType of PAGE_TYPES) {
    it(`${pageType.name} (${pageType.path}) has no violations, in light and dark colours`, () =>
      tabs.use(async (page) => {
        requireBuilt(siteDir, pageType);
        // Light first, whatever scheme the tab was last left in.
        await page.emulateMedia({ colorScheme: COLOR_SCHEMES[0] });
        await page.goto(site.origin + pageType.path);
        const problems: string[] = [];
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const violations = await findAccessibilityViolations(page);
          problems.push(
            ...describeViolations(violations, `${pageType.path} in ${colorScheme} colours`),
          );
        }
        expectNoProblems(problems, `accessibility violations on ${pageType.path}`);
      }));
  }
});
