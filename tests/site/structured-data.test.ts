import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { kindOfPage } from '../helpers/page-kind.ts';
import { readPage } from '../helpers/html.ts';
import { jsonLdOf } from '../helpers/json-ld.ts';
import { readSitePages, type SitePage } from '../helpers/site-pages.ts';

const siteDir = inject('fixtureSite');
const ORIGIN = 'https://annals.example.org';
let pages: SitePage[] = [];
const pagesUnder = (prefix: RegExp) => pages.filter((page) => prefix.test(page.urlPath));
/** The one JSON-LD node of a page, parsed. */
const nodeOf = (page: SitePage) => jsonLdOf(page.root)[0] ?? {};

/** Slugs of the events that name organisers: their pages must say who organised them. */
let organised = new Set<string>();

beforeAll(async () => {
  pages = await readSitePages(siteDir);
  organised = new Set(
    (await fixtureEntries())
      .filter((entry) => entry.collection === 'events' && !entry.locale)
      .filter((entry) => (entry.data.organisers as unknown[]).length > 0)
      .map((entry) => (entry.data.slug as string | undefined) ?? entry.id),
  );
});

describe('JSON-LD', () => {
  it('describes every event page as an Event with the properties search engines require', () => {
    const events = pagesUnder(/^\/[a-z]{2}\/events\/[^/]+\/$/)
      .filter((page) => !/\/events\/(year|type|country|region|page)\/$/.test(page.urlPath))
      .filter((page) => kindOfPage(page.root) !== 'redirect');
    expect(events.length).toBeGreaterThan(50);
    const problems = events.flatMap((page) => {
      const node = nodeOf(page);
      const slug = page.urlPath.split('/')[3] ?? '';
      const missing = ['name', 'startDate', 'endDate', 'location', 'eventAttendanceMode']
        .concat(['eventStatus', 'url'], organised.has(slug) ? ['organizer'] : [])
        .filter((key) => node[key] === undefined);
      const wrong = node['@type'] !== 'Event' || node.url !== `${ORIGIN}${page.urlPath}`;
      return missing.length || wrong ? [`${page.urlPath}: ${missing.join(', ')}`] : [];
    });
    expectNoProblems(problems, 'event pages with missing properties');
  });

  it('gives a timed online event its offset, a VirtualLocation, its organisers and language', async () => {
    const [node] = jsonLdOf(await readPage(siteDir, '/fr/events/2020-online-cluster-meeting/'));
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      startDate: '2020-11-17T13:00:00+01:00',
      endDate: '2020-11-17T14:30:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/cluster/register' },
      organizer: [
        {
          '@type': 'Organization',
          url: `${ORIGIN}/fr/organisations/institute-for-adult-learning/`,
        },
        { '@type': 'Organization', url: `${ORIGIN}/fr/organisations/learning-towns-network/` },
      ],
      inLanguage: 'en',
    });
  });

  it('gives a rescheduled conference its place, its dates and the date first planned', async () => {
    const [node] = jsonLdOf(await readPage(siteDir, '/en/events/2016-world-forum-vellmora/'));
    expect(node).toMatchObject({
      startDate: '2016-09-26',
      endDate: '2016-09-28',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2016-04-04',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Vellmora', addressCountry: 'PT' },
      },
      superEvent: { '@id': `${ORIGIN}/en/series/world-forum/#series` },
    });
  });

  it('describes statements, award rounds, organisations and the site', async () => {
    const node = async (path: string) => jsonLdOf(await readPage(siteDir, path))[0];
    expect(await node('/en/statements/2014-port-alder-declaration/')).toMatchObject({
      '@type': 'CreativeWork',
      about: { '@id': `${ORIGIN}/en/events/2014-world-forum-port-alder/#event` },
      inLanguage: 'en',
    });
    const award = await node('/fr/awards/2016-learning-town-prize/');
    expect(award).toMatchObject({ '@type': 'ItemList', numberOfItems: 4, inLanguage: 'fr' });
    expect((award?.itemListElement as unknown[])[0]).toMatchObject({
      '@type': 'ListItem',
      position: 1,
      item: { '@type': 'City' },
    });
    expect(await node('/en/organisations/institute-for-adult-learning/')).toMatchObject({
      '@type': 'Organization',
      alternateName: 'IAL',
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
    // Pages that only send the reader on (the site root, former addresses) have nothing to preview.
    const previewed = pages.filter((page) => kindOfPage(page.root) !== 'redirect');
    expect(previewed.length).toBeGreaterThan(300);
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
      if (!canonical && !page.file.endsWith('404.html')) missing.push('canonical');
      return missing.length ? [`${page.file}: ${missing.join(', ')}`] : [];
    });
    expectNoProblems(problems, 'pages without link-preview meta');
  });

  it('name the locale of a translated page and its translations as alternates', async () => {
    const page = await readPage(siteDir, '/es/events/2014-world-forum-port-alder/');
    const content = (selector: string) =>
      page.querySelectorAll(selector).map((meta) => meta.getAttribute('content'));
    expect(content('meta[property="og:locale"]')).toEqual(['es_ES']);
    expect(content('meta[property="og:locale:alternate"]')).toEqual([
      'en_US',
      'fr_FR',
      'ar_EG',
      'zh_CN',
    ]);
    expect(content('meta[property="og:type"]')).toEqual(['article']);
  });
});
