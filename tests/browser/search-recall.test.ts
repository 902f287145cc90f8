import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_SITE_BASE } from '../fixtures/search-archive.ts';
import { SEARCH_QUERIES } from '../fixtures/search-queries.ts';
import { announced, resultsIn } from '../helpers/search-page.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

/**
 * The share of a locale's expected results that the search page shows among its first three,
 * averaged over the locale's queries, below which the test fails.
 */
const LEAST_RECALL_AT_3 = 0.9;

const siteDir = inject('searchSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir, { base: SEARCH_SITE_BASE });
});
afterAll(() => site?.close());

// The locales run a few at once: each waits on Chromium and Pagefind more than on the CPU.
describe.concurrent('what readers find in every language', () => {
  it.for(Object.entries(SEARCH_QUERIES))(
    'shows the expected results among the first three in %s',
    async ([locale, queries], { annotate }) => {
      expect(queries.length).toBeGreaterThanOrEqual(10);
      const page = await site.browser.newPage();
      const misses: string[] = [];
      let sum = 0;
      for (const { query, expected } of queries) {
        await page.goto(
          `${site.origin}${SEARCH_SITE_BASE}${locale}/search/?q=${encodeURIComponent(query)}`,
        );
        await announced(page);
        const firstThree = (await resultsIn(page, SEARCH_SITE_BASE))
          .slice(0, 3)
          .map(({ path }) => path.replace(`/${locale}/`, ''));
        const found = expected.filter((path) => firstThree.includes(path));
        sum += found.length / expected.length;
        if (found.length < expected.length) {
          misses.push(
            `“${query}”: expected ${expected.join(', ')}; first three ${firstThree.join(', ')}`,
          );
        }
      }
      const recall = sum / queries.length;
      // The figure and what was missed, for the record of what search finds in each language
      // (shown by the verbose reporter, and kept in the JSON one).
      await annotate([`recall@3 in ${locale}: ${recall.toFixed(2)}`, ...misses].join('\n'));
      expect(recall, `recall@3 in ${locale}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
        LEAST_RECALL_AT_3,
      );
      await page.close();
    },
  );
});
