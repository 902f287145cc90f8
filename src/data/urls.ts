import site from '../../annals.config.ts';
import { fallbackBundleDir, SEARCH_BUNDLE_DIR } from '../outputs/search-bundles.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { collectionPath, entryPath, eventListingPath } from './page-paths.ts';

/** The site's base path (`base` in annals.config.ts), always ending in `/`: `/archive/`. */
export const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** Home page of a locale: `/fr/`. */
export function localeHomeUrl(locale: string): string {
  return `${BASE}${locale}/`;
}

/** Index page of a collection in a locale: `/fr/events/`. */
export function collectionUrl(collection: CollectionName, locale: string): string {
  return collectionPath(BASE, collection, locale);
}

/** Page of one entry in a locale: `/fr/events/2015-iclc-mexico-city/`. */
export function entryUrl(
  entry: { collection: CollectionName; slug: string },
  locale: string,
): string {
  return entryPath(BASE, entry, locale);
}

/**
 * A document file kept in an entry's folder, as the site serves it, the same in every
 * locale: `/documents/statements/2017-cork-call-to-action/call-to-action-fr.pdf`. Its
 * route is named by collection, not by URL segment (documentFilePaths in routes.ts).
 */
export function documentFileUrl(
  entry: { collection: CollectionName; slug: string },
  file: string,
): string {
  return `${BASE}documents/${entry.collection}/${entry.slug}/${file}`;
}

/** The same page in another locale: swaps the locale prefix of a site path. */
export function switchLocale(path: string, from: string, to: string): string {
  return path.replace(`${BASE}${from}/`, `${BASE}${to}/`);
}

/**
 * A page of an event listing: all events (`/fr/events/`), or one value of a facet
 * (`/fr/events/year/2015/`), or the facet's own index (`/fr/events/year/`); `page/2/` after.
 */
export function eventListingUrl(
  locale: string,
  options: { facet?: string; key?: string; page?: number } = {},
): string {
  return eventListingPath(BASE, locale, options);
}

/** The editors' page of translation status in a locale: `/fr/translation-status/`. */
export function translationStatusUrl(locale: string): string {
  return `${BASE}${locale}/translation-status/`;
}

/** The search page of a locale: `/fr/search/`. */
export function searchUrl(locale: string): string {
  return `${BASE}${locale}/search/`;
}

/** The words of a locale's names, for the search page's "Did you mean …?": `/fr/search/words.json`. */
export function searchWordsUrl(locale: string): string {
  return `${BASE}${locale}/search/words.json`;
}

/** Where the built search index lives: `/pagefind/`. */
export const SEARCH_BUNDLE_URL = `${BASE}${SEARCH_BUNDLE_DIR}`;

/** Where a locale's index of its untranslated, default-language text lives: `/pagefind/fallback/ar/`. */
export function fallbackSearchBundleUrl(locale: string): string {
  return `${BASE}${fallbackBundleDir(locale)}`;
}

/** The home of the whole site, before any locale: `https://host/archive/`. */
export function siteHomeUrl(): string {
  return absoluteUrl(BASE);
}

/** A site path as a full address on the published site, for feeds, calendars and metadata. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** One event as an iCalendar file: `/fr/events/2015-iclc-mexico-city.ics`. */
export function eventCalendarUrl(entry: { slug: string }, locale: string): string {
  return `${BASE}${locale}/events/${entry.slug}.ics`;
}

/** The calendar of all events (`/fr/events.ics`) or of the upcoming ones (`/fr/upcoming.ics`). */
export function calendarUrl(locale: string, which: 'all' | 'upcoming'): string {
  return `${BASE}${locale}/${which === 'all' ? 'events' : 'upcoming'}.ics`;
}

/** The RSS feed of new and updated entries in a locale: `/fr/rss.xml`. */
export function feedUrl(locale: string): string {
  return `${BASE}${locale}/rss.xml`;
}

/** The page that lists the open data and other outputs: `/fr/data/`. */
export function dataPageUrl(locale: string): string {
  return `${BASE}${locale}/data/`;
}

/** A language-independent open-data file: `/data/archive.json`. */
export function dataFileUrl(file: string): string {
  return `${BASE}data/${file}`;
}

/** The sitemap index that @astrojs/sitemap writes: `/sitemap-index.xml`. */
export function sitemapUrl(): string {
  return `${BASE}sitemap-index.xml`;
}
