import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LONG_WORD } from '../fixtures/fixture-archive.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { elementsWiderThanViewport } from '../helpers/overflow.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
});
afterAll(() => site?.close());

const EVENT = '/en/events/2017-long-words-gathering/';

/** The places of a page where the fixture writes its word of 200 letters. */
const PLACES = [
  { where: 'the title', path: EVENT, selector: 'h1' },
  { where: 'a breadcrumb', path: EVENT, selector: '.breadcrumbs li:last-child' },
  { where: 'a fact', path: EVENT, selector: 'dl.facts dd' },
  { where: 'a source', path: EVENT, selector: '.sources li' },
  { where: 'a table cell', path: '/en/awards/2018-learning-town-prize/', selector: 'td' },
  {
    where: 'a table of a documentation page',
    path: '/en/docs/getting-started/',
    selector: '.prose td',
  },
  { where: 'a listing', path: '/en/events/year/2017/', selector: '.entry-list li' },
];

describe('a word of 200 letters, without a place to break', () => {
  for (const { where, path, selector } of PLACES) {
    it(`in ${where} (${path}) fits a 320 px screen without sideways scrolling`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(site.origin + path);
      const holders = page.locator(selector).filter({ hasText: LONG_WORD });
      expect(await holders.count(), `${selector} holds the long word`).toBeGreaterThan(0);
      // Each element holding it stays inside the screen, also within a box that scrolls.
      const outside = await holders.evaluateAll((elements) =>
        elements
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.left < -1 || box.right > innerWidth + 1)
          .map((box) => `spans ${Math.round(box.left)}–${Math.round(box.right)} px`),
      );
      const problems = [
        ...outside.map((span) => `${selector} ${span} of 320 px`),
        ...(await elementsWiderThanViewport(page)),
      ];
      await page.close();
      expectNoProblems(problems, `${path} at 320 px`);
    });
  }
});
