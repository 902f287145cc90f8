import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { FIXTURE_ARCHIVE_DIR } from '../fixtures/fixture-archive.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { fileOfUrlPath } from '../helpers/site-files.ts';

const siteDir = inject('fixtureSite');
const citiesDir = join(FIXTURE_ARCHIVE_DIR, 'cities');

/** Fixture cities whose front matter gives coordinates (the field may not exist yet). */
async function citiesWithCoordinates(): Promise<{ all: string[]; located: string[] }> {
  const all = (await readdir(citiesDir)).sort();
  const located = all.filter((city) =>
    /^coordinates:/m.test(readFileSync(join(citiesDir, city, 'index.md'), 'utf8')),
  );
  return { all, located };
}

const sizeOf = async (urlPath: string) =>
  Buffer.byteLength(await readFile(join(siteDir, fileOfUrlPath(urlPath)), 'utf8'));

describe('the map page', () => {
  it.each(LOCALES.map((locale) => locale.code))(
    'in %s lists each located city with a link, and each dot links to a built page',
    async (locale) => {
      const { all, located } = await citiesWithCoordinates();
      const page = await readPage(siteDir, `/${locale}/map/`);
      const listed = page.querySelectorAll('.map-places a[href]');
      const dots = page.querySelectorAll('svg.world-map a');
      expect(listed.map((link) => link.getAttribute('href')).sort()).toEqual(
        located.map((city) => `/${locale}/cities/${city}/`).sort(),
      );
      expect(dots).toHaveLength(located.length);
      for (const dot of dots) {
        const href = dot.getAttribute('href') ?? '';
        expect(existsSync(join(siteDir, fileOfUrlPath(href))), href).toBe(true);
        expect(dot.getAttribute('aria-label')?.trim()).not.toBe('');
      }
      const missing = all.length - located.length;
      expect(textOf(page.querySelector('main'))).toContain(missing > 0 ? String(missing) : '');
      expect(page.querySelector('svg.world-map image')?.getAttribute('href')).toBe(
        '/map/world.svg',
      );
    },
  );

  it('is under 150 kB, and the world outline it draws on is one shared SVG file', async () => {
    for (const { code } of LOCALES) expect(await sizeOf(`/${code}/map/`)).toBeLessThan(150_000);
    const outline = await readFile(join(siteDir, 'map/world.svg'), 'utf8');
    expect(outline).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 /);
    expect(outline).toContain('<path d="M');
  });

  it('says how many cities have no coordinates', async () => {
    const { all, located } = await citiesWithCoordinates();
    const page = await readPage(siteDir, '/en/map/');
    const missing = all.length - located.length;
    const note = page.querySelectorAll('main p').find((p) => textOf(p).includes('coordinates'));
    if (missing === 0) expect(note).toBeUndefined();
    else expect(textOf(note)).toBe(`Cities not on the map, for want of coordinates: ${missing}`);
  });
});

describe('locator maps', () => {
  it('mark each located city on its page in under 1 kB, and no other city', async () => {
    const { all, located } = await citiesWithCoordinates();
    for (const city of all) {
      const page = await readPage(siteDir, `/en/cities/${city}/`);
      const maps = page.querySelectorAll('svg.locator-map');
      expect(maps, city).toHaveLength(located.includes(city) ? 1 : 0);
      for (const map of maps) {
        expect(Buffer.byteLength(map.outerHTML)).toBeLessThan(1024);
        expect(map.getAttribute('aria-label')).toMatch(/ on a map of the world$/);
        expect(map.querySelectorAll('circle')).toHaveLength(1);
      }
    }
  });
});

describe('the timeline page', () => {
  it('is a table of years with a caption and headers, under 60 kB', async () => {
    for (const { code } of LOCALES) expect(await sizeOf(`/${code}/timeline/`)).toBeLessThan(60_000);
    const page = await readPage(siteDir, '/en/timeline/');
    const table = page.querySelector('table.timeline-table');
    expect(textOf(table?.querySelector('caption'))).toBe('Events and award rounds per year');
    const headers = table?.querySelectorAll('thead th').map(textOf);
    expect(headers).toEqual(['Year', 'Events', 'By type', 'By series', 'Award rounds']);
    const row2014 = table?.querySelectorAll('tbody tr').find((row) => {
      return textOf(row.querySelector('th')) === '2014';
    });
    expect(row2014?.querySelector('th a')?.getAttribute('href')).toBe('/en/events/year/2014/');
    expect(textOf(row2014?.querySelectorAll('td')[2])).toContain('World Forum');
    const years = table?.querySelectorAll('tbody th').map(textOf) ?? [];
    expect(years).toEqual(years.toSorted());
  });

  it('lists award rounds with their number of winners', async () => {
    const page = await readPage(siteDir, '/en/timeline/');
    expect(textOf(page.querySelector('table.timeline-table tbody'))).toMatch(
      /\(Winning cities: \d+\)/,
    );
  });
});

describe('editions of a series', () => {
  it('link the previous and the next edition from an event, with their titles', async () => {
    const page = await readPage(siteDir, '/en/events/2016-world-forum-vellmora/');
    const previous = page.querySelector('.edition-links a[rel="prev"]');
    const next = page.querySelector('.edition-links a[rel="next"]');
    expect(previous?.getAttribute('href')).toBe('/en/events/2014-world-forum-port-alder/');
    expect(next?.getAttribute('href')).toBe('/en/events/2026-world-forum-coral-bay/');
    expect(textOf(previous)).not.toBe('');
  });

  it('give the first edition no previous link, and an event of no series none at all', async () => {
    const first = await readPage(siteDir, '/en/events/2014-world-forum-port-alder/');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/en/events/2016-world-forum-vellmora/',
    );
    const alone = await readPage(siteDir, '/en/events/2019-workshop-lanhe/');
    expect(alone.querySelector('.edition-links')).toBeNull();
  });

  it('show on the series page from the first to the latest, each with its year', async () => {
    const page = await readPage(siteDir, '/en/series/world-forum/');
    const items = page.querySelectorAll('ol.edition-timeline li');
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual([
      '2014',
      '2016',
      '2026',
    ]);
  });
});

describe('the map and timeline pages', () => {
  it.each(['map', 'timeline'])(
    '%s has no script, and is linked from every footer',
    async (name) => {
      for (const { code } of LOCALES) {
        const page = await readPage(siteDir, `/${code}/${name}/`);
        expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
        const home = await readPage(siteDir, `/${code}/`);
        expect(home.querySelector(`footer a[href="/${code}/${name}/"]`)).not.toBeNull();
      }
    },
  );
});
