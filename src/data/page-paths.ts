import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';

// The site paths of pages under a given base. They read nothing but their arguments, so the
// integration, which sets up the sitemap before Vite knows the base, builds the same paths as
// the pages do through src/data/urls.ts.

/** Index page of a collection in a locale: `/fr/events/`. */
export function collectionPath(base: string, collection: CollectionName, locale: string): string {
  return `${base}${locale}/${CONTENT_MODEL[collection].segment}/`;
}

/** Page of one entry in a locale: `/fr/events/2015-iclc-mexico-city/`. */
export function entryPath(
  base: string,
  entry: { collection: CollectionName; slug: string },
  locale: string,
): string {
  return `${collectionPath(base, entry.collection, locale)}${entry.slug}/`;
}

/**
 * A page of an event listing: all events (`/fr/events/`), or one value of a facet
 * (`/fr/events/year/2015/`), or the facet's own index (`/fr/events/year/`); `page/2/` after.
 */
export function eventListingPath(
  base: string,
  locale: string,
  options: { facet?: string; key?: string; page?: number } = {},
): string {
  const facet = options.facet ? `${options.facet}/` : '';
  const key = options.key ? `${options.key}/` : '';
  const page = options.page && options.page > 1 ? `page/${options.page}/` : '';
  return `${collectionPath(base, 'events', locale)}${facet}${key}${page}`;
}
