/**
 * The kinds of page the site has, each with one representative URL. Every browser gate
 * (accessibility, loading, screenshots, keyboard) runs on each of them, so a new kind of page
 * is covered by adding one line here.
 */
export interface PageType {
  /** Short name, used in test titles and screenshot file names. */
  name: string;
  /** URL path of a page of this kind in the shipped site. */
  path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/en/' },
  { name: 'not-found', path: '/404.html' },
  { name: 'not-found-ar', path: '/ar/404.html' },
  { name: 'events', path: '/en/events/' },
  { name: 'events-by-year-index', path: '/en/events/year/' },
  { name: 'event', path: '/en/events/2015-iclc-mexico-city/' },
  { name: 'events-by-year', path: '/en/events/year/2015/' },
  { name: 'events-by-type', path: '/en/events/type/conference/' },
  { name: 'events-by-country', path: '/en/events/country/mx/' },
  { name: 'events-by-region', path: '/en/events/region/latin-america-caribbean/' },
  { name: 'statements', path: '/en/statements/' },
  { name: 'statement', path: '/en/statements/2015-mexico-city-statement/' },
  { name: 'statement-ar', path: '/ar/statements/2015-mexico-city-statement/' },
  { name: 'awards', path: '/en/awards/' },
  { name: 'award', path: '/en/awards/2015-learning-city-award/' },
  { name: 'cities', path: '/en/cities/' },
  { name: 'city', path: '/en/cities/swansea/' },
  { name: 'organisations', path: '/en/organisations/' },
  { name: 'organisation', path: '/en/organisations/uil/' },
  { name: 'publications', path: '/en/publications/' },
  { name: 'publication', path: '/en/publications/2016-conference-report-mexico-city/' },
  { name: 'series-index', path: '/en/series/' },
  { name: 'series', path: '/en/series/iclc/' },
  { name: 'docs', path: '/en/docs/' },
  { name: 'doc', path: '/en/docs/about-this-archive/' },
  { name: 'doc-components', path: '/fr/docs/editors-guide-components/' },
  { name: 'doc-field-reference', path: '/en/docs/editors-guide-fields/' },
  { name: 'translation-status', path: '/en/translation-status/' },
  { name: 'search', path: '/en/search/' },
  { name: 'search-ar', path: '/ar/search/' },
  { name: 'data', path: '/en/data/' },
  { name: 'home-ar', path: '/ar/' },
  { name: 'event-ar', path: '/ar/events/2015-iclc-mexico-city/' },
  { name: 'event-zh', path: '/zh/events/2023-regional-meeting-queretaro/' },
  { name: 'doc-es', path: '/es/docs/reading-the-archive/' },
  { name: 'data-ar', path: '/ar/data/' },
];
