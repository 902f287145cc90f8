import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import siteConfig from '../fixtures/annals.config.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { SEARCH_ARCHIVE_DIR, SEARCH_SITE_BASE as BASE } from '../fixtures/search-archive.ts';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { recordPageErrors } from '../helpers/page-errors.ts';
import { recordPolicyViolations } from '../helpers/policy-violations.ts';
import { announced, recordSearchRequests, resultsIn, searchFor } from '../helpers/search-page.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = inject('searchSite');
let site: SiteInBrowser;
/** The site's home, its origin and base path: `http://127.0.0.1:<port>/archive/`. */
let home: string;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir, { base: BASE });
  home = `${site.origin}${BASE}`;
});
afterAll(() => site?.close());

/**
 * Runs a test in a new page, served with the site's Content Security Policy, and fails it
 * if the policy blocked anything or a request or script failed meanwhile.
 */
async function withPage(test: (page: Page) => Promise<void>): Promise<void> {
  const page = await site.browser.newPage();
  const violations = await recordPolicyViolations(page);
  const errors = recordPageErrors(page);
  try {
    await test(page);
    expectNoProblems([...violations, ...errors], 'what the policy blocked or went wrong');
  } finally {
    await page.close();
  }
}

const paths = async (page: Page) => (await resultsIn(page, BASE)).map((result) => result.path);
/** The excerpt of the result that links to `path`, a path below the base: `/en/cities/x/`. */
const excerptOf = (page: Page, path: string) =>
  page
    .locator(`[data-search-results] > li:has(a[href="${BASE}${path.slice(1)}"]) > p:not(.meta)`)
    .textContent();

describe.concurrent('search results', () => {
  it('keep the labels and values of facts apart in their excerpts, in every script', async () => {
    await withPage(async (page) => {
      await searchFor(page, home, 'en', 'Valdoro');
      expect(await excerptOf(page, '/en/cities/valdoro/')).toContain('Country: Portugal.');
      await searchFor(page, home, 'ar', 'فالدورو');
      expect(await excerptOf(page, '/ar/cities/valdoro/')).toContain('البلد: البرتغال.');
      await searchFor(page, home, 'zh', '瓦尔多罗');
      expect(await excerptOf(page, '/zh/cities/valdoro/')).toContain('国家：葡萄牙');
    });
  });

  it('isolate each part of a result line, so a Latin name keeps its place in Arabic', async () => {
    await withPage(async (page) => {
      await searchFor(page, home, 'ar', 'مهرجان القراءة');
      const line = page.locator('[data-search-results] > li').first().locator('.meta');
      expect(await line.locator('bdi').allTextContents()).toEqual([
        'فعالية',
        '10–12 مايو 2019',
        'فالدورو، البرتغال',
      ]);
    });
  });

  it('leave documentation pages out unless the reader chooses them', async () => {
    await withPage(async (page) => {
      await searchFor(page, home, 'en', 'festival');
      expect(await paths(page)).toContain('/en/events/2019-valdoro-reading-festival/');
      expect(await paths(page)).not.toContain('/en/docs/festival-pages/');
      await page.getByText('Filters', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'Documentation page (1)' }).check();
      await page.waitForURL(/type=Documentation/);
      await announced(page);
      expect(await paths(page)).toEqual(['/en/docs/festival-pages/']);
    });
  });

  it('combine the values of a filter with OR, keep every value with its count, and leave focus and the page where they were', async () => {
    await withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await searchFor(page, home, 'en', 'Valdoro');
      await page.getByText('Filters', { exact: true }).click();
      const group = page.getByRole('group', { name: 'Kind of event' });
      await group.waitFor();
      const values = await group.getByRole('checkbox').count();
      /**
       * Ticks a box from the keyboard, scrolled to the top of the window, where fewer results
       * below it would leave the page too short to stay; the page must not move.
       */
      const tick = async (name: RegExp, inUrl: RegExp) => {
        const box = group.getByRole('checkbox', { name });
        await box.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await box.focus();
        const scrolled = await page.evaluate(() => scrollY);
        expect(scrolled).toBeGreaterThan(0);
        await page.keyboard.press('Space');
        await page.waitForURL(inUrl);
        const status = await announced(page);
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);
        return status;
      };
      expect(await tick(/^Forum \(\d+\)$/, /eventType=Forum/)).toBe('Results for “Valdoro”: 1');
      expect(await paths(page)).toEqual(['/en/events/2019-valdoro-reading-festival/']);
      expect(await tick(/^Workshop \(1\)$/, /eventType=Workshop/)).toBe('Results for “Valdoro”: 2');
      expect((await paths(page)).sort()).toEqual([
        '/en/events/2019-valdoro-reading-festival/',
        '/en/events/2020-valdoro-civic-hackathon/',
      ]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe(
        'Workshop',
      );
      expect(await group.getByRole('checkbox').count()).toBe(values);
      const clipped = await page
        .locator('[data-search-filters] fieldset')
        .evaluateAll(
          (groups) =>
            groups.filter((fieldset) => fieldset.scrollHeight > fieldset.clientHeight + 1).length,
        );
      expect(clipped).toBe(0);
    });
  });

  it('come newest first when filtered without words', async () => {
    await withPage(async (page) => {
      await page.goto(`${home}en/search/?type=Event`);
      expect(await announced(page)).toBe('Results: 7');
      const years = (await page.locator('[data-search-results] .meta').allTextContents()).map(
        (meta) => Number(/\b(\d{4})\b/.exec(meta)?.[1]),
      );
      expect(years).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    });
  });
});

describe.concurrent('untranslated text', () => {
  it('is searched in English when an Arabic search finds few results, and shown as English', async () => {
    await withPage(async (page) => {
      expect(await searchFor(page, home, 'ar', 'beekeepers')).toBe(
        'نتائج البحث عن «beekeepers»: 0 · نتائج أخرى باللغة الإنجليزية لم تُترجَم بعد: 1',
      );
      const section = page.locator('[data-search-untranslated]');
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
        'لم يُترجَم بعد: نتائج من النص باللغة الإنجليزية',
      );
      expect(await resultsIn(page, BASE, '[data-search-untranslated-results]')).toEqual([
        { path: '/ar/events/2020-valdoro-civic-hackathon/', title: 'Valdoro Civic Hackathon' },
      ]);
      const excerpt = section.locator('li > p:not(.meta)');
      expect(await excerpt.getAttribute('lang')).toBe('en');
      expect(await excerpt.getAttribute('dir')).toBe('ltr');
      expect(await excerpt.textContent()).toContain('beekeepers');
    });
  });

  it('is not searched when the locale’s own results are enough', async () => {
    await withPage(async (page) => {
      const requested = recordSearchRequests(page);
      expect(await searchFor(page, home, 'fr', 'bibliothèques')).toBe(
        'Résultats pour « bibliothèques » : 7',
      );
      expect(requested().filter((path) => path.includes('/pagefind/fallback/'))).toEqual([]);
      expect(await page.locator('[data-search-untranslated]').isHidden()).toBe(true);
    });
  });
});

describe.concurrent('Did you mean', () => {
  const misspelt = [
    { locale: 'en', query: 'Valdoor', suggestion: 'Valdoro', path: '/en/cities/valdoro/' },
    { locale: 'fr', query: 'Valdoor', suggestion: 'Valdoro', path: '/fr/cities/valdoro/' },
    {
      locale: 'es',
      query: 'Nueva Esparanza',
      suggestion: 'Nueva Esperanza',
      path: '/es/cities/nueva-esperanza/',
    },
    { locale: 'ar', query: 'فالدرو', suggestion: 'فالدورو', path: '/ar/cities/valdoro/' },
    { locale: 'zh', query: '清和', suggestion: '清河', path: '/zh/cities/qinghe/' },
    { locale: 'ru', query: 'Вальдро', suggestion: 'Вальдоро', path: '/ru/cities/valdoro/' },
  ];

  it.each(misspelt)(
    'offers “$suggestion” for “$query” in $locale, and searches it when followed',
    async ({ locale, query, suggestion, path }) => {
      await withPage(async (page) => {
        await searchFor(page, home, locale, query);
        const offer = page.locator('[data-search-suggestion] a');
        await offer.waitFor();
        expect(await offer.textContent()).toBe(suggestion);
        await offer.click();
        await page.waitForURL((url) => url.searchParams.get('q') === suggestion);
        await announced(page);
        expect(await paths(page)).toContain(path);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      });
    },
  );

  it('costs nothing more for a search that finds what it was asked', async () => {
    await withPage(async (page) => {
      const requested = recordSearchRequests(page);
      await searchFor(page, home, 'en', 'Valdoro');
      expect(requested().filter((path) => path.endsWith('/words.json'))).toEqual([]);
      expect(await page.locator('[data-search-suggestion]').textContent()).toBe('');
    });
  });
});

describe.concurrent('the search page', () => {
  it('restores a query from the URL, and the back button returns to the previous search', async () => {
    await withPage(async (page) => {
      await page.goto(`${home}en/search/?q=Qinghe`);
      expect(await page.locator('#search-query').inputValue()).toBe('Qinghe');
      expect(await announced(page)).toMatch(/^Results for “Qinghe”: \d+$/);
      await page.locator('#search-query').fill('Sainte-Aurélie');
      // The pause in typing searches before Enter is pressed: Back still skips both.
      await page
        .locator('[data-search-status]', { hasText: /^Results for “Sainte-Aurélie”/ })
        .waitFor();
      await page.keyboard.press('Enter');
      await page.waitForURL(/q=Sainte/);
      await page.goBack();
      await page.waitForURL(/q=Qinghe$/);
      expect(await page.locator('#search-query').inputValue()).toBe('Qinghe');
      expect(await announced(page)).toMatch(/^Results for “Qinghe”/);
    });
  });

  it('loads the filters only when the reader opens them, or arrives with one set', async () => {
    await withPage(async (page) => {
      const requested = recordSearchRequests(page);
      await page.goto(`${home}en/search/?q=Qinghe&type=Event`);
      await announced(page);
      expect(await page.locator('[data-search-filter-panel]').getAttribute('open')).toBe('');
      expect(await page.getByRole('checkbox', { name: /^Event \(\d+\)$/ }).isChecked()).toBe(true);
      const before = requested().length;
      await page.goto(`${home}en/search/`);
      await page.locator('#search-query').fill('Qinghe');
      await announced(page);
      // The type filter answers every search; the rest load with the panel.
      const filterChunks = () =>
        new Set(
          requested()
            .slice(before)
            .filter((path) => path.startsWith(`${BASE}pagefind/filter/`)),
        );
      expect(filterChunks().size).toBe(1);
      await page.getByText('Filters', { exact: true }).click();
      await page.getByRole('group', { name: 'Year' }).waitFor();
      expect(filterChunks().size).toBeGreaterThan(1);
    });
  });

  it('loads no search code until the reader focuses or types', async () => {
    await withPage(async (page) => {
      const requested = recordSearchRequests(page);
      await page.goto(`${home}en/search/`);
      await page.waitForLoadState('networkidle');
      expect(requested().filter((path) => path.includes('/pagefind/'))).toEqual([]);
      // Registered before the click: the request starts as soon as the box takes focus.
      const loaded = page.waitForRequest((request) =>
        request.url().includes('/pagefind/pagefind.js'),
      );
      await page.locator('#search-query').click();
      await loaded;
    });
  });

  it('works from the keyboard alone, and announces the results', async () => {
    await withPage(async (page) => {
      await page.goto(`${home}en/`);
      await page.locator('#site-search').focus();
      await page.keyboard.type('Qinghe Declaration');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/en\/search\/\?q=Qinghe/);
      expect(await announced(page)).toMatch(/^Results for “Qinghe Declaration”: \d+$/);
      expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
      // From the query box, Tab goes through the order and the filters to the first result.
      await page.locator('#search-query').focus();
      let focused = '';
      for (let step = 0; step < 40 && !focused.includes('/en/'); step += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(
          () => (document.activeElement as HTMLAnchorElement | null)?.href ?? '',
        );
      }
      expect(focused).toMatch(/\/en\/statements\/2023-qinghe-declaration\/$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/en\/statements\//);
    });
  });

  it('is free of accessibility violations with results, filters and untranslated results shown', async () => {
    await withPage(async (page) => {
      for (const [locale, query] of [
        ['en', 'Valdoro'],
        ['ar', 'beekeepers'],
      ] as const) {
        await page.goto(`${home}${locale}/search/?q=${query}`);
        await announced(page);
        await page.locator('[data-search-filter-panel] summary').click();
        await page.locator('[data-search-filters] fieldset').first().waitFor();
        const where = `/${locale}/search/?q=${query}`;
        expectNoProblems(describeViolations(await findAccessibilityViolations(page), where), 'axe');
      }
    });
  });

  it('explains itself and links to the archive without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${home}fr/search/?q=Valdoro`);
    expect(await page.locator('[data-search-no-script]').textContent()).toContain(
      'nécessite JavaScript',
    );
    expect(await page.locator('[data-search-no-script] a').count()).toBeGreaterThan(3);
    await context.close();
  });
});

describe.concurrent('the search index', () => {
  it('holds every entry once in every locale, its own page in that locale', async () => {
    const { entries } = await checkContent({
      rootDir: PROJECT_ROOT,
      site: siteConfig,
      contentDir: SEARCH_ARCHIVE_DIR,
    });
    const entryPaths = entries
      .filter((entry) => !entry.locale)
      .map(
        (entry) => `/${entry.collection}/${(entry.data.slug as string | undefined) ?? entry.id}/`,
      );
    await withPage(async (page) => {
      for (const { code: locale } of siteConfig.locales) {
        await page.goto(`${home}${locale}/search/`);
        // As a string, so the test runner leaves the browser's own import() alone.
        const indexed: string[] = await page.evaluate(`(async () => {
          const pagefind = await import('${BASE}pagefind/pagefind.js');
          const types = Object.keys((await pagefind.filters()).type ?? {});
          const search = await pagefind.search(null, { filters: { type: { any: types } } });
          return Promise.all(search.results.map(async (result) => (await result.data()).url));
        })()`);
        const expected = entryPaths.map((path) => `${BASE}${locale}${path}`).sort();
        expect([...indexed].sort(), locale).toEqual(expected);
      }
    });
  });
});
