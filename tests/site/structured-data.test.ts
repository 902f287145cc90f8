import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { readPage } from '../helpers/html.ts';
import { jsonLdOf } from '../helpers/json-ld.ts';
import { readSitePages, type SitePage } from '../helpers/site-pages.ts';

const siteDir = inject('shippedSite');
const ORIGIN = 'https://annals.example.org';
let pages: SitePage[] = [];
const pagesUnder = (prefix: RegExp) => pages.filter((page) => prefix.test(page.urlPath));
/** The one JSON-LD node of a page, parsed. */
const nodeOf = (page: SitePage) => jsonLdOf(page.root)[0] ?? {};

beforeAll(async () => {
  pages = await readSitePages(siteDir);
});

describe('JSON-LD', () => {
  it('describes every event page as an Event with the properties search engines require', () => {
    const events = pagesUnder(/^\/[a-z]{2}\/events\/[^/]+\/$/).filter(
      (page) => !/\/events\/(year|type|country|region|page)\/$/.test(page.urlPath),
    );
    expect(events.length).toBeGreaterThan(100);
    const problems = events.flatMap((page) => {
      const node = nodeOf(page);
      const missing = ['name', 'startDate', 'endDate', 'location', 'eventAttendanceMode']
        .concat(['eventStatus', 'organizer', 'url'])
        .filter((key) => node[key] === undefined);
      const wrong = node['@type'] !== 'Event' || node.url !== `${ORIGIN}${page.urlPath}`;
      return missing.length || wrong ? [`${page.urlPath}: ${missing.join(', ')}`] : [];
    });
    expectNoProblems(problems, 'event pages with missing properties');
  });

  it('gives a timed online event its offset, a VirtualLocation, its organisers and language', async () => {
    const [node] = jsonLdOf(
      await readPage(siteDir, '/fr/events/2020-cluster-meeting-educational-planning/'),
    );
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      startDate: '2020-11-17T13:00:00+01:00',
      endDate: '2020-11-17T14:30:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: expect.stringContaining('https://zoom.us/') },
      organizer: [
        { '@type': 'Organization', url: `${ORIGIN}/fr/organisations/iiep/` },
        { '@type': 'Organization', url: `${ORIGIN}/fr/organisations/uil/` },
      ],
      inLanguage: 'en',
    });
  });

  it('gives a rescheduled conference its place, its dates and the date first planned', async () => {
    const [node] = jsonLdOf(await readPage(siteDir, '/en/events/2015-iclc-mexico-city/'));
    expect(node).toMatchObject({
      startDate: '2015-09-28',
      endDate: '2015-09-30',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2015-05-07',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Mexico City', addressCountry: 'MX' },
      },
      superEvent: { '@id': `${ORIGIN}/en/series/iclc/#series` },
    });
  });

  it('describes statements, award rounds, organisations and the site', async () => {
    const node = async (path: string) => jsonLdOf(await readPage(siteDir, path))[0];
    expect(await node('/en/statements/2015-mexico-city-statement/')).toMatchObject({
      '@type': 'CreativeWork',
      about: { '@id': `${ORIGIN}/en/events/2015-iclc-mexico-city/#event` },
      inLanguage: 'en',
    });
    const award = await node('/es/awards/2015-learning-city-award/');
    expect(award).toMatchObject({ '@type': 'ItemList', numberOfItems: 12, inLanguage: 'es' });
    expect((award?.itemListElement as unknown[])[0]).toMatchObject({
      '@type': 'ListItem',
      position: 1,
      item: { '@type': 'City' },
    });
    expect(await node('/en/organisations/uil/')).toMatchObject({
      '@type': 'Organization',
      alternateName: 'UIL',
    });
    expect(await node('/ar/')).toMatchObject({
      '@type': 'WebSite',
      url: `${ORIGIN}/ar/`,
      inLanguage: 'ar',
    });
  });
});

describe('link previews', () => {
  it('give every page Open Graph and Twitter meta, with og:url its canonical address', () => {
    // Pages that only send the reader on (the site root) have nothing to preview.
    const previewed = pages.filter(
      (page) => !page.root.querySelector('meta[http-equiv="refresh"]'),
    );
    expect(previewed.length).toBeGreaterThan(1000);
    const problems = previewed.flatMap((page) => {
      const meta = (name: string) =>
        page.root
          .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
          ?.getAttribute('content');
      const missing = ['og:title', 'og:description', 'og:url', 'og:locale', 'og:type']
        .concat(['og:site_name', 'twitter:card'])
        .filter((name) => !meta(name));
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical && meta('og:url') !== canonical) missing.push('og:url ≠ canonical');
      if (!canonical && page.file !== '404.html') missing.push('canonical');
      return missing.length ? [`${page.file}: ${missing.join(', ')}`] : [];
    });
    expectNoProblems(problems, 'pages without link-preview meta');
  });

  it('name the locale of a translated page and its translations as alternates', async () => {
    const page = await readPage(siteDir, '/es/events/2015-iclc-mexico-city/');
    const content = (selector: string) =>
      page.querySelectorAll(selector).map((meta) => meta.getAttribute('content'));
    expect(content('meta[property="og:locale"]')).toEqual(['es_ES']);
    expect(content('meta[property="og:locale:alternate"]')).toEqual(['en_US', 'fr_FR']);
    expect(content('meta[property="og:type"]')).toEqual(['article']);
  });
});
