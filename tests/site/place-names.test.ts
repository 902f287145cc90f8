import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { REGIONS } from '../../src/data/regions.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { countryName, regionName } from '../../src/i18n/place-names.ts';
import { readPage, textOf } from '../helpers/html.ts';

const siteDir = inject('fixtureSite');
const read = (file: string) => readFile(join(siteDir, file), 'utf8');

/** The archive export: the names of the countries it names, per code and locale. */
let exported: {
  countries: Record<string, Record<string, string>>;
  regions: { key: string; name: Record<string, string>; countries: string[] }[];
};

beforeAll(async () => {
  exported = JSON.parse(await read('data/archive.json'));
});

describe('the names of countries and regions', () => {
  it('are the site’s own in the archive export, in every locale', () => {
    const codes = Object.keys(exported.countries);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      for (const { code: locale } of LOCALES) {
        expect(exported.countries[code]?.[locale], `${code} in ${locale}`).toBe(
          countryName(code, locale),
        );
      }
    }
    expect(exported.regions.map((region) => region.key)).toEqual(
      REGIONS.regions.map((region) => region.key),
    );
  });

  it('are the site’s own in the events table, beside each country code', async () => {
    const rows: Record<string, string>[] = parse(await read('data/events.csv'), { columns: true });
    const withCountry = rows.filter((row) => row.country);
    expect(withCountry.length).toBeGreaterThan(0);
    for (const row of withCountry) {
      expect(row.country_name).toBe(countryName(row.country!, site.defaultLocale));
    }
  });

  it('name the country of every city on its page, in its search filter, and on the cities page', async () => {
    const cities = (exported as unknown as { cities: { url: string; data: { country: string } }[] })
      .cities;
    expect(cities.length).toBeGreaterThan(0);
    const citiesPage = textOf(
      (await readPage(siteDir, `/${site.defaultLocale}/cities/`)).querySelector('main'),
    );
    for (const city of cities) {
      const name = countryName(city.data.country, site.defaultLocale);
      expect(citiesPage).toContain(name);
      const page = await readPage(siteDir, new URL(city.url).pathname);
      const filters = page
        .querySelectorAll('[data-pagefind-filter]')
        .map((element) => element.getAttribute('data-pagefind-filter'));
      expect(filters).toContain(`country:${name}`);
    }
  });

  it('title the listing of each region', async () => {
    for (const region of REGIONS.regions) {
      const page = await readPage(siteDir, `/${site.defaultLocale}/events/region/${region.key}/`);
      expect(textOf(page.querySelector('h1'))).toContain(regionName(region, site.defaultLocale));
    }
  });
});
