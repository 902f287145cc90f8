import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, findAccessibilityViolations } from '../helpers/axe.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
});
afterAll(() => site?.close());

/** Waits until the results are announced, and returns the announcement. */
async function announced(page: Page): Promise<string> {
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await status.textContent()) ?? '';
}

/** The results as the reader sees them: each link's path and text. */
async function results(page: Page): Promise<{ path: string; title: string }[]> {
  return page.locator('[data-search-results] li h2 a').evaluateAll((links) =>
    links.map((link) => ({
      path: new URL((link as HTMLAnchorElement).href).pathname,
      title: link.textContent ?? '',
    })),
  );
}

async function searchFor(page: Page, locale: string, query: string): Promise<string> {
  await page.goto(`${site.origin}/${locale}/search/`);
  await page.locator('#search-query').fill(query);
  return announced(page);
}

describe('search', () => {
  it('finds the 2016 prize round and the town for "Valle Claro"', async () => {
    const page = await site.browser.newPage();
    expect(await searchFor(page, 'en', 'Valle Claro')).toBe('Results for “Valle Claro”: 2');
    expect((await results(page)).map((result) => result.path).sort()).toEqual([
      '/en/awards/2016-learning-town-prize/',
      '/en/cities/valle-claro/',
    ]);
    await page.close();
  });

  it('puts the Port Alder Declaration first for its name', async () => {
    const page = await site.browser.newPage();
    await searchFor(page, 'en', 'Port Alder Declaration');
    expect((await results(page))[0]?.path).toBe('/en/statements/2014-port-alder-declaration/');
    await page.close();
  });

  it('finds the French page of a translated event for a French query', async () => {
    const page = await site.browser.newPage();
    await searchFor(page, 'fr', 'forum mondial villes apprenantes');
    const found = await results(page);
    expect(found).toContainEqual({
      path: '/fr/events/2014-world-forum-port-alder/',
      title: '1er Forum mondial des villes apprenantes',
    });
    expect(found.every((result) => result.path.startsWith('/fr/'))).toBe(true);
    await page.close();
  });

  it('finds Chinese text for a Chinese query', async () => {
    const page = await site.browser.newPage();
    await searchFor(page, 'zh', '兰河');
    expect((await results(page)).map((result) => result.path)).toEqual(
      expect.arrayContaining(['/zh/cities/lanhe/', '/zh/events/2019-workshop-lanhe/']),
    );
    await page.close();
  });

  it('leaves only statements when filtered by type, with counts on each filter value', async () => {
    const page = await site.browser.newPage();
    await searchFor(page, 'en', 'learning towns');
    await page.getByText('Filters', { exact: true }).click();
    const statementFilter = page.getByRole('checkbox', { name: /^Statement \(\d+\)$/ });
    await statementFilter.check();
    await page.waitForURL(/type=Statement/);
    await announced(page);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((result) => result.path.startsWith('/en/statements/'))).toBe(true);
    expect(await page.locator('[data-search-results] .meta').allTextContents()).not.toContainEqual(
      expect.not.stringMatching(/^Statement/),
    );
    await page.close();
  });

  it('orders by date, newest first, when asked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/search/?q=forum&type=Event&sort=date`);
    await announced(page);
    const years = (await page.locator('[data-search-results] .meta').allTextContents()).map(
      (meta) => Number(/\b(\d{4})\b/.exec(meta)?.[1]),
    );
    expect(years.length).toBeGreaterThan(2);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });

  it('restores a query from the URL, and the back button returns to the previous search', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/search/?q=Kisima`);
    expect(await page.locator('#search-query').inputValue()).toBe('Kisima');
    expect(await announced(page)).toMatch(/^Results for “Kisima”: \d+$/);
    await page.locator('#search-query').fill('Wadi Nour');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Wadi/);
    await page.goBack();
    await page.waitForURL(/q=Kisima$/);
    expect(await page.locator('#search-query').inputValue()).toBe('Kisima');
    expect(await announced(page)).toMatch(/^Results for “Kisima”/);
    await page.close();
  });

  it('loads the filters only when the reader opens them, or arrives with one set', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await searchFor(page, 'en', 'Kisima');
    const filterChunks = () => requested.filter((path) => path.startsWith('/pagefind/filter/'));
    expect(filterChunks()).toEqual([]);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('group', { name: 'Type' }).waitFor();
    expect(filterChunks().length).toBeGreaterThan(0);

    await page.goto(`${site.origin}/en/search/?q=Kisima&type=Event`);
    await announced(page);
    expect(await page.locator('[data-search-filter-panel]').getAttribute('open')).toBe('');
    await expect(page.getByRole('checkbox', { name: /^Event \(\d+\)$/ }).isChecked()).resolves.toBe(
      true,
    );
    await page.close();
  });

  it('offers every filter value with its total when opened before a query', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/search/`);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Statement \(\d+\)$/ }).check();
    await page.waitForURL(/type=Statement/);
    expect(await announced(page)).toMatch(/^Results: \d+$/);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((result) => result.path.startsWith('/en/statements/'))).toBe(true);
    await page.close();
  });

  it('loads no search code until the reader focuses or types', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/en/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    // Registered before the click: the request starts as soon as the box takes focus.
    const loaded = page.waitForRequest((request) =>
      request.url().includes('/pagefind/pagefind.js'),
    );
    await page.locator('#search-query').click();
    await loaded;
    await page.close();
  });

  it('works from the keyboard alone, and announces the results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/`);
    await page.locator('#site-search').focus();
    await page.keyboard.type('Valle Claro');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=Valle\+Claro/);
    expect(await announced(page)).toBe('Results for “Valle Claro”: 2');
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
    expect(focused).toMatch(/\/en\/(cities\/valle-claro|awards\/2016-learning-town-prize)\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/(cities|awards)\//);
    await page.close();
  });

  it('is free of accessibility violations with results and filters shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/search/?q=forum`);
    await announced(page);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('group', { name: 'Type' }).waitFor();
    expectNoProblems(
      describeViolations(await findAccessibilityViolations(page), '/en/search/?q=forum'),
      'axe',
    );
    await page.goto(`${site.origin}/ar/search/?q=forum`);
    await announced(page);
    await page.locator('[data-search-filter-panel] summary').click();
    await page.locator('[data-search-filters] fieldset').first().waitFor();
    expectNoProblems(
      describeViolations(await findAccessibilityViolations(page), '/ar/search/?q=forum'),
      'axe',
    );
    await page.close();
  });

  it('explains itself and links to the archive without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/fr/search/?q=forum`);
    await expect(page.locator('[data-search-no-script]').textContent()).resolves.toContain(
      'nécessite JavaScript',
    );
    expect(await page.locator('[data-search-no-script] a').count()).toBeGreaterThan(3);
    await context.close();
  });
});

describe('the search index', () => {
  it('holds every entry once in every locale, its own page in that locale', async () => {
    const entryPaths = (await fixtureEntries())
      .filter((entry) => !entry.locale)
      .map(
        (entry) => `/${entry.collection}/${(entry.data.slug as string | undefined) ?? entry.id}/`,
      );
    const page = await site.browser.newPage();
    for (const locale of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) {
      await page.goto(`${site.origin}/${locale}/search/`);
      // As a string, so the test runner leaves the browser's own import() alone.
      const paths: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const types = Object.keys((await pagefind.filters()).type ?? {});
        const search = await pagefind.search(null, { filters: { type: { any: types } } });
        return Promise.all(search.results.map(async (result) => (await result.data()).url));
      })()`);
      const expected = entryPaths.map((path) => `/${locale}${path}`).sort();
      expect([...paths].sort(), locale).toEqual(expected);
    }
    await page.close();
  });
});
