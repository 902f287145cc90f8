import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requireBuilt } from '../helpers/built-page.ts';
import { focusIn, type Focus } from '../helpers/focus.ts';
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

/** How many Tab presses after `<main>` may pass before a link: a form field may come first. */
const MAX_TABS_TO_A_LINK = 5;

/** Presses Tab until a link has focus, and returns where focus is then. */
async function tabToLink(page: Page): Promise<Focus> {
  let focus = await focusIn(page);
  for (let presses = 0; presses < MAX_TABS_TO_A_LINK; presses++) {
    await page.keyboard.press('Tab');
    focus = await focusIn(page);
    if (focus.isLink) break;
  }
  return focus;
}

describe.concurrent('keyboard navigation', () => {
  for (const pageType of PAGE_TYPES) {
    it(`${pageType.name} (${pageType.path}): the first Tab shows the skip link, Enter moves to <main>, Tab goes on to a link in it if it has one`, () =>
      tabs.use(async (page) => {
        requireBuilt(siteDir, pageType);
        await page.goto(site.origin + pageType.path);

        await page.keyboard.press('Tab');
        const first = await focusIn(page);
        expect(
          first,
          `the first Tab focuses a visible link whose target is <main>, here ${first.description}`,
        ).toMatchObject({
          isLink: true,
          targetsMain: true,
          visible: true,
        });

        await page.keyboard.press('Enter');
        const afterEnter = await focusIn(page);
        expect(
          afterEnter.isMain,
          `Enter on the skip link focuses <main>, not ${afterEnter.description}`,
        ).toBe(true);

        // A page whose content has no link (a short documentation page) has nowhere to go on to.
        if ((await page.locator('main a[href]').count()) === 0) return;
        const next = await tabToLink(page);
        expect(
          next,
          `Tab from <main> reaches a link inside it, not ${next.description}`,
        ).toMatchObject({
          isLink: true,
          insideMain: true,
        });
      }));
  }
});
