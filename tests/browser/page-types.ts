/**
 * The kinds of page the site has, each with one representative URL. Every browser gate
 * (accessibility, loading, screenshots, keyboard) runs on each of them, so a new kind of page
 * is covered by adding one line here.
 */
export interface PageType {
  /** Short name, used in test titles and screenshot file names. */
  name: string;
  /** URL path of a page of this kind in the fixture site (tests/fixtures/archive). */
  path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/en/' },
  { name: 'not-found', path: '/404.html' },
  { name: 'not-found-ar', path: '/ar/404.html' },
  { name: 'events', path: '/en/events/' },
  { name: 'events-by-year-index', path: '/en/events/year/' },
  { name: 'event', path: '/en/events/2014-world-forum-port-alder/' },
  { name: 'event-upcoming', path: '/en/events/2026-world-forum-coral-bay/' },
  { name: 'event-long-words', path: '/en/events/2017-long-words-gathering/' },
  { name: 'events-by-year', path: '/en/events/year/2014/' },
  { name: 'events-by-type', path: '/en/events/type/conference/' },
  { name: 'events-by-country', path: '/en/events/country/ie/' },
  { name: 'events-by-region', path: '/en/events/region/europe-north-america/' },
  { name: 'statements', path: '/en/statements/' },
  { name: 'statement', path: '/en/statements/2014-port-alder-declaration/' },
  { name: 'statement-ar', path: '/ar/statements/2014-port-alder-declaration/' },
  { name: 'awards', path: '/en/awards/' },
  { name: 'award', path: '/en/awards/2018-learning-town-prize/' },
  { name: 'cities', path: '/en/cities/' },
  { name: 'city', path: '/en/cities/port-alder/' },
  { name: 'organisations', path: '/en/organisations/' },
  { name: 'organisation', path: '/en/organisations/institute-for-adult-learning/' },
  { name: 'publications', path: '/en/publications/' },
  { name: 'publication', path: '/en/publications/2015-forum-report-port-alder/' },
  { name: 'series-index', path: '/en/series/' },
  { name: 'series', path: '/en/series/world-forum/' },
  { name: 'docs', path: '/en/docs/' },
  { name: 'doc', path: '/en/docs/getting-started/' },
  { name: 'doc-components', path: '/fr/docs/components/' },
  { name: 'doc-field-reference', path: '/en/docs/components/' },
  { name: 'translation-status', path: '/en/translation-status/' },
  { name: 'search', path: '/en/search/' },
  { name: 'search-ar', path: '/ar/search/' },
  { name: 'data', path: '/en/data/' },
  { name: 'home-ar', path: '/ar/' },
  { name: 'event-ar', path: '/ar/events/2018-regional-meeting-wadi-nour/' },
  { name: 'event-fallback-ar', path: '/ar/events/2016-world-forum-vellmora/' },
  { name: 'event-zh', path: '/zh/events/2019-workshop-lanhe/' },
  { name: 'city-fallback', path: '/ru/cities/port-alder/' },
  { name: 'doc-es', path: '/es/docs/getting-started/' },
  { name: 'doc-ar', path: '/ar/docs/many-languages/' },
  { name: 'data-ar', path: '/ar/data/' },
  { name: 'map', path: '/en/map/' },
  { name: 'map-ar', path: '/ar/map/' },
  { name: 'timeline', path: '/en/timeline/' },
  { name: 'timeline-ar', path: '/ar/timeline/' },
];

/**
 * A redirect page: the former address of a renamed entry (its `aliases`), which sends the
 * reader on at once. Static gates read it as it is; in a browser it is the page it leads to.
 */
export const REDIRECT_PAGE = {
  path: '/fr/cities/alder-harbour/',
  target: '/fr/cities/port-alder/',
};
