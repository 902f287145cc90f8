import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FALLBACK_TEXT_ATTRIBUTE } from '../../src/outputs/search-bundles.ts';
import type { SitePage } from '../helpers/site-pages.ts';
import { readSitePages } from '../helpers/site-pages.ts';
import { kindOfPage } from '../helpers/page-kind.ts';
import { REGIONS } from '../../src/data/regions.ts';
import { regionName } from '../../src/i18n/place-names.ts';

const siteDir = inject('fixtureSite');
let pages: SitePage[] = [];
const page = (urlPath: string) => pages.find((candidate) => candidate.urlPath === urlPath)!.root;

beforeAll(async () => {
  pages = await readSitePages(siteDir);
});

describe('search in the built pages', () => {
  it('offers a search box on every page a reader reads, leading to the search page of its language without JavaScript', () => {
    for (const { urlPath, root } of pages) {
      const locale = /^\/([a-z]{2})\//.exec(urlPath)?.[1];
      if (!locale || urlPath.endsWith('/search/')) continue;
      if (kindOfPage(root) === 'redirect') {
        expect(root.querySelector('form'), urlPath).toBeNull();
        continue;
      }
      const form = root.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), urlPath).toBe(`/${locale}/search/`);
      expect(form?.getAttribute('method'), urlPath).toBe('get');
      expect(form?.querySelector('input[name="q"]'), urlPath).not.toBeNull();
    }
  });

  it('indexes the article of entry pages only, not listings, navigation or notices', () => {
    const indexed = pages.filter(({ root }) => root.querySelector('[data-pagefind-body]'));
    expect(indexed.every(({ urlPath }) => /^\/[a-z]{2}\/[a-z]+\/[^/]+\/$/.test(urlPath))).toBe(
      true,
    );
    expect(indexed.some(({ urlPath }) => /\/events\/(year|type)\//.test(urlPath))).toBe(false);
    expect(indexed.some(({ root }) => kindOfPage(root) === 'redirect')).toBe(false);
    const event = page('/en/events/2021-reading-circle-webinar/');
    expect(
      event.querySelector('[data-pagefind-body] h1')?.getAttribute('data-pagefind-weight'),
    ).toBe('10');
    expect(event.querySelector('.notice')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(event.querySelector('.sources')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('marks default-language prose of a fallback page for that locale’s second index, but not its title', () => {
    const fallback = page('/fr/events/2017-long-words-gathering/');
    expect(
      fallback.querySelector('[data-pagefind-body] h1')?.hasAttribute(FALLBACK_TEXT_ATTRIBUTE),
    ).toBe(false);
    expect(fallback.querySelector('.prose')?.hasAttribute(FALLBACK_TEXT_ATTRIBUTE)).toBe(true);
    const translated = page('/es/docs/getting-started/');
    expect(translated.querySelector('.prose')?.hasAttribute(FALLBACK_TEXT_ATTRIBUTE)).toBe(false);
  });

  it('gives each result its kind, date and place, and its filters and date sort, in the page language', () => {
    const event = page('/fr/events/2014-world-forum-port-alder/');
    const attributes = (name: string) =>
      event.querySelectorAll(`[${name}]`).map((element) => element.getAttribute(name));
    expect(attributes('data-pagefind-meta')).toEqual([
      'kind:Événement',
      'date:12–14 mai 2014',
      'place:Port-Aulne, Irlande',
    ]);
    expect(attributes('data-pagefind-filter')).toEqual([
      'type:Événement',
      'year:2014',
      'country:Irlande',
      // Ireland's region is whichever the site's configuration places it in.
      `region:${regionName(REGIONS.regionOf('IE')!, 'fr')}`,
      'eventType:Conférence',
    ]);
    expect(attributes('data-pagefind-sort')).toEqual(['date:2014-05-12']);
  });
});
