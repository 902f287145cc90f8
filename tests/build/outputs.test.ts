import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { readPage } from '../helpers/html.ts';
import { icsLineProblems, parseCalendar } from '../helpers/ical.ts';
import { jsonLdOf } from '../helpers/json-ld.ts';
import { checkJsonLd } from '../helpers/json-ld-check.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';
import { checkHtmlFolder } from '../helpers/nu-checker.ts';
import { outputsArchive, SCRIPT_BREAKING_TITLE } from '../helpers/outputs-archive.ts';
import { readSitePages } from '../helpers/site-pages.ts';
import { elementsOf, parseXml } from '../helpers/xml.ts';

const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
let siteDir = '';
const read = (path: string) => readFile(join(siteDir, path), 'utf8');

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'annals-outputs-'));
  const contentDir = await writeContentTree(outputsArchive());
  const result = await buildSite({ outDir: siteDir, contentDir });
  expect(result.exitCode, result.output).toBe(0);
});

describe('JSON-LD with hostile text', () => {
  it('keeps a title that closes the script element inert, and the data intact', async () => {
    const page = await readPage(siteDir, '/en/events/2021-script-title/');
    const scripts = page.querySelectorAll('script');
    // One script element, the data block, whose text has no `<` for HTML to act on.
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(scripts[0]?.rawText).not.toContain('<');
    expect(scripts[0]?.rawText).toContain('\\u003c/script\\u003e');
    expect(jsonLdOf(page)[0]).toMatchObject({ '@type': 'Event', name: SCRIPT_BREAKING_TITLE });
    expect(page.querySelector('h1')?.textContent).toBe(SCRIPT_BREAKING_TITLE);
  });
});

describe('JSON-LD on every page', () => {
  it('gives every event node what search engines require, or refers by @id to its page', async () => {
    const report = checkJsonLd(await readSitePages(siteDir), site.url);
    expectNoProblems(report.problems, 'JSON-LD problems');
    // Each event and the series, in six locales; the statement's event and the editions.
    expect(report.events).toBe(6 * 4);
    expect(report.references).toBe(6 * 3);
  });

  it('names the event a statement was adopted at by the @id of the event page, and no empty list', async () => {
    const [statement] = jsonLdOf(
      await readPage(siteDir, '/fr/statements/2017-holm-call-to-action/'),
    );
    expect(statement?.about).toEqual({
      '@id': 'https://annals.example.org/fr/events/iclt-3-holm/#event',
    });
    expect(statement).not.toHaveProperty('encoding');
    const [event] = jsonLdOf(await readPage(siteDir, '/fr/events/iclt-3-holm/'));
    expect(event?.['@id']).toBe('https://annals.example.org/fr/events/iclt-3-holm/#event');
    expect(event?.superEvent).toEqual({
      '@id': 'https://annals.example.org/fr/series/iclt/#series',
    });
  });
});

describe('identifiers', () => {
  it('go into the JSON-LD as sameAs addresses, and as the ISBN, DOI and ARK of documents', async () => {
    const [city] = jsonLdOf(await readPage(siteDir, '/en/cities/holm/'));
    expect(city).toMatchObject({
      '@type': 'City',
      geo: { '@type': 'GeoCoordinates', latitude: 52.1, longitude: -8.5 },
      sameAs: ['https://www.wikidata.org/wiki/Q1234567', 'https://www.geonames.org/7654321'],
    });
    const [organisation] = jsonLdOf(await readPage(siteDir, '/fr/organisations/oll/'));
    expect(organisation?.sameAs).toEqual([
      'https://www.wikidata.org/wiki/Q2345678',
      'https://ror.org/03yrm5c26',
    ]);
    const [publication] = jsonLdOf(
      await readPage(siteDir, '/en/publications/2017-guide-to-action/'),
    );
    expect(publication).toMatchObject({
      '@type': 'Book',
      isbn: '978-92-820-1184-3',
      sameAs: ['https://doi.org/10.1234/guide-2017', 'https://n2t.net/ark:/12345/guide2017'],
    });
    const [statement] = jsonLdOf(
      await readPage(siteDir, '/en/statements/2017-holm-call-to-action/'),
    );
    expect(statement?.identifier).toEqual([
      { '@type': 'PropertyValue', propertyID: 'ISBN', value: '0-306-40615-2' },
    ]);
  });

  it('name GeoNames as a source of the open data when a city carries its id', async () => {
    const pkg = JSON.parse(await read('data/datapackage.json'));
    expect(pkg.sources).toEqual([
      { title: 'GeoNames (city ids and coordinates)', path: 'https://www.geonames.org/' },
    ]);
    const cities: Record<string, string>[] = parse(await read('data/cities.csv'), {
      columns: true,
    });
    expect(cities.find((city) => city.id === 'holm')).toMatchObject({
      geonames: '7654321',
      wikidata: 'Q1234567',
      latitude: '52.1',
      longitude: '-8.5',
    });
  });

  it('are links on the entry page, in every language', async () => {
    const links = async (path: string) =>
      (await readPage(siteDir, path))
        .querySelectorAll('.identifiers a')
        .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(await links('/ar/cities/holm/')).toEqual([
      ['Wikidata Q1234567', 'https://www.wikidata.org/wiki/Q1234567'],
      ['GeoNames 7654321', 'https://www.geonames.org/7654321'],
    ]);
    expect(await links('/es/publications/2017-guide-to-action/')).toEqual([
      ['DOI 10.1234/guide-2017', 'https://doi.org/10.1234/guide-2017'],
      ['ARK ark:/12345/guide2017', 'https://n2t.net/ark:/12345/guide2017'],
    ]);
    expect(await links('/en/events/iclt-3-holm/')).toEqual([]);
  });
});

describe('meta descriptions', () => {
  it('describe every page', async () => {
    const pages = await readSitePages(siteDir);
    const undescribed = pages.filter(
      (page) => !page.root.querySelector('meta[name="description"]')?.getAttribute('content'),
    );
    expect(pages.length).toBeGreaterThan(200);
    expectNoProblems(
      undescribed.map((page) => page.file),
      'pages without a meta description',
    );
  });

  it('say what the search page does, in its language', async () => {
    const description = async (path: string) =>
      (await readPage(siteDir, path))
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
    expect(await description('/en/search/')).toBe(
      'Search the events, statements, awards, cities and organisations of the archive, and filter the results by type, year, country and region.',
    );
    expect(await description('/zh/search/')).toBe(
      '搜索档案库中的活动、宣言与声明、奖项、城市和机构，并按类型、年份、国家和地区筛选结果。',
    );
  });
});

describe('iCalendar', () => {
  it('gives a renamed event the UID of its folder, the same in every locale', async () => {
    for (const locale of LOCALES) {
      const { events } = parseCalendar(await read(`${locale}/events/iclt-3-holm.ics`));
      expect(events.map((event) => event.uid)).toEqual(['2017-iclt-holm@annals.example.org']);
    }
  });

  it('writes a date-only event as all-day, ending the day after its last day', async () => {
    const source = await read('en/events/iclt-3-holm.ics');
    expect(source).toContain('\r\nDTSTART;VALUE=DATE:20170918\r\nDTEND;VALUE=DATE:20170921\r\n');
    expect(parseCalendar(source).events[0]).toMatchObject({
      allDay: true,
      start: '2017-09-18',
      end: '2017-09-21',
    });
  });

  it('places an online event in Berlin at its UTC instant and gives its livestream as location', async () => {
    const { events } = parseCalendar(await read('fr/events/2020-online-meeting.ics'));
    expect(events[0]).toMatchObject({
      start: '2020-11-17T12:00:00Z',
      end: '2020-11-17T13:30:00Z',
      location: 'https://example.org/live',
      url: 'https://annals.example.org/fr/events/2020-online-meeting/',
      summary: 'Online cluster meeting, Berlin time',
    });
    expect(events[0]?.description).toContain(
      'Planning, monitoring; evaluation, with a comma and a semicolon',
    );
  });

  it('escapes commas and semicolons in text and folds long lines at 75 octets', async () => {
    const source = await read('ar/events.ics');
    expect(source).toContain('Planning\\, monitoring\\; evaluation');
    expect(source).toMatch(/\r\n [^\r\n]/);
    expectNoProblems(icsLineProblems(source), 'line problems');
  });
});

describe('former URLs (aliases)', () => {
  const redirects = LOCALES.flatMap((locale) => [
    [`/${locale}/events/2017-iclt-holm/`, `/${locale}/events/iclt-3-holm/`],
    [`/${locale}/events/holm-2017/`, `/${locale}/events/iclt-3-holm/`],
    [`/${locale}/cities/corcaigh/`, `/${locale}/cities/holm/`],
  ]);

  it('emits a redirect page for every alias in every locale', async () => {
    for (const [from, to] of redirects) {
      const page = await readPage(siteDir, from!);
      const locale = from!.split('/')[1]!;
      expect(page.querySelector('html')?.getAttribute('lang'), from).toBe(
        locale === 'zh' ? 'zh-Hans' : locale,
      );
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        `0; url=${to}`,
      );
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `https://annals.example.org${to}`,
      );
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(page.querySelector('main a')?.getAttribute('href')).toBe(to);
    }
  });

  it('leaves redirect pages out of the sitemap', async () => {
    const locs = elementsOf(parseXml(await read('sitemap-0.xml')), 'loc').map(
      (loc) => new URL(loc.textContent ?? '').pathname,
    );
    expect(locs).toContain('/en/events/iclt-3-holm/');
    for (const [from] of redirects) expect(locs).not.toContain(from);
  });

  it('writes redirect pages that pass the HTML checker and lead to built pages', async () => {
    const result = await checkHtmlFolder(siteDir);
    expect(result.checkedFiles).toEqual(
      expect.arrayContaining(['en/events/holm-2017/index.html', 'ar/cities/corcaigh/index.html']),
    );
    expectNoProblems(result.errors, 'HTML errors');
    expectNoProblems(await findBrokenLinks(siteDir, site.url), 'broken links');
  });
});
