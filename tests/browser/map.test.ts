import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_ARCHIVE_DIR } from '../fixtures/fixture-archive.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
});
afterAll(() => site?.close());

/** Fixture cities whose front matter gives coordinates: the places the map must show. */
const citiesDir = join(FIXTURE_ARCHIVE_DIR, 'cities');
const located = readdirSync(citiesDir).filter((city) =>
  /^coordinates:/m.test(readFileSync(join(citiesDir, city, 'index.md'), 'utf8')),
);

describe('the map page, read as a screen reader reads it', () => {
  it('names the map, and lists its places as links under a heading', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/map/`);
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "Map of the archive" [level=1]');
    expect(tree).toContain('heading "Places on the map" [level=2]');
    expect(tree).toContain('group "Map of the archive"');
    const places = page.locator('.map-places').getByRole('link');
    expect(await places.count()).toBe(located.length);
    const dots = page.getByRole('group', { name: 'Map of the archive' }).getByRole('link');
    const dotNames = await dots.evaluateAll((links) =>
      links.map((link) => link.getAttribute('aria-label') ?? ''),
    );
    const placeNames = (await places.allInnerTexts()).map((name) => name.trim());
    expect(dotNames.toSorted()).toEqual(placeNames.toSorted());
    await page.close();
  });

  it.each([320, 1280])(
    'gives each dot a target of at least 24 by 24 CSS pixels at %i pixels wide',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}/en/map/`);
      const dots = page.getByRole('group', { name: 'Map of the archive' }).getByRole('link');
      const boxes = await dots.evaluateAll((links) =>
        links.map((link) => {
          const { width, height } = link.getBoundingClientRect();
          return { width, height };
        }),
      );
      expect(boxes).toHaveLength(located.length);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      await page.close();
    },
  );

  it('leads from each dot, with the keyboard, to the page of the city it names', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/map/`);
    const dots = page.getByRole('group', { name: 'Map of the archive' }).getByRole('link');
    const count = await dots.count();
    expect(count).toBe(located.length);
    for (let index = 0; index < count; index += 1) {
      const dot = dots.nth(index);
      const name = (await dot.getAttribute('aria-label')) ?? '';
      const href = (await dot.getAttribute('href')) ?? '';
      await dot.focus();
      await Promise.all([page.waitForURL(site.origin + href), page.keyboard.press('Enter')]);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
      await page.goBack();
    }
    await page.close();
  });
});
