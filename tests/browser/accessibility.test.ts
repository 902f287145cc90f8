import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { requireBuilt } from '../helpers/built-page.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { PAGE_TYPES } from './page-types.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
});
afterAll(() => site?.close());

/** The site follows the reader's colour scheme, so contrast is checked in both. */
const COLOR_SCHEMES = ['light', 'dark'] as const;

describe.concurrent('accessibility (axe: WCAG 2.2 A and AA, and best practices)', () => {
  for (const pageType of PAGE_TYPES) {
    it(`${pageType.name} (${pageType.path}) has no violations, in light and dark colours`, async () => {
      requireBuilt(siteDir, pageType);
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(site.origin + pageType.path);
      const problems: string[] = [];
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const violations = await findAccessibilityViolations(page);
        problems.push(
          ...describeViolations(violations, `${pageType.path} in ${colorScheme} colours`),
        );
      }
      await page.close();
      expectNoProblems(problems, `accessibility violations on ${pageType.path}`);
    });
  }
});
