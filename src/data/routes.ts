import { LOCALES } from '../i18n/locales.ts';
import { collectionsWith } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { getArchive, type Archive } from './archive.ts';
import { archivePageKey, pageCacheKey } from './cache-key.ts';
import { groupEvents, type EventFacet, type EventGroup } from './event-listings.ts';
import { documentFilePath, servedFileName, type EntryWithDocuments } from './documents.ts';
import type { Entry } from './load-archive.ts';
import { CITATION_FILE_FORMATS } from './urls.ts';
import { entryPageKeys, fileHash, recordedPageKeys, type PageRead } from './page-keys.ts';
import { paginate, pageSegment, type Page } from './paginate.ts';
import { eventListingPage } from './views/event-summary.ts';

/**
 * `getStaticPaths` for the pages of a collection: every entry in every locale, whether it
 * is translated or not, so each URL exists in all languages (untranslated ones fall back).
 * `read` is what the page computes from the archive; its key covers the entries it reads.
 */
export async function entryPaths<C extends CollectionName>(
  collection: C,
  read: PageRead<Entry<C>>,
) {
  const archive = await getArchive();
  const entries = archive[collection] as Entry<C>[];
  const keyOf = entryPageKeys(archive, read);
  return LOCALES.flatMap((locale) =>
    entries.map((entry) => ({
      params: { lang: locale.code, slug: entry.slug },
      props: { entry },
      cacheKey: keyOf(entry, locale.code),
    })),
  );
}

/**
 * `getStaticPaths` for pages that exist once per locale, like collection indexes, home pages,
 * feeds and calendars: each may read any entry, so each depends on the whole archive.
 */
export async function localePaths() {
  const archive = await getArchive();
  return LOCALES.map((locale) => ({
    params: { lang: locale.code },
    cacheKey: archivePageKey(archive, locale.code),
  }));
}

/** Events per page of a listing: short enough for a phone, few pages at 10,000 events. */
export const EVENTS_PER_PAGE = 50;

/** One page of an events listing, and the group it lists when it lists one facet's value. */
export interface ListingPage {
  group?: EventGroup;
  page: Page<Entry<'events'>>;
}

/** One page of the events of one facet's value: `/en/events/year/2015/2/`. */
export interface FacetPage extends ListingPage {
  group: EventGroup;
}

/** What a page of an events listing computes from the archive: the summaries of its events. */
const readListing: PageRead<ListingPage> = (archive, { page }) => eventListingPage(archive, page);

/**
 * Paths of the pages of a listing in every locale. A page's key holds the ids it lists,
 * their digests (the fields it shows), what showing them reads (their cities), and its place
 * in the listing (its number, the page count, the total), never the events of other pages.
 */
function listingPaths<T extends ListingPage>(
  archive: Archive,
  pages: readonly T[],
  read: PageRead<T>,
  params: (item: T) => Record<string, string | undefined>,
) {
  const keyOf = recordedPageKeys(archive, read);
  return LOCALES.flatMap((locale) =>
    pages.map((item) => ({
      params: { lang: locale.code, ...params(item), page: pageSegment(item.page.number) },
      props: item,
      cacheKey: keyOf(
        item,
        locale.code,
        {
          facet: item.group?.facet,
          key: item.group?.key,
          total: item.group?.events.length,
          number: item.page.number,
          count: item.page.count,
        },
        item.page.items,
      ),
    })),
  );
}

/** `getStaticPaths` for the pages of the whole events timeline, in every locale. */
export async function eventTimelinePaths() {
  const archive = await getArchive();
  const pages = paginate(archive.events, EVENTS_PER_PAGE).map((page) => ({ page }));
  return listingPaths(archive, pages, readListing, () => ({}));
}

/**
 * `getStaticPaths` for the pages listing one value of a facet: `/en/events/year/2015/`.
 * `read` is what the page computes from the archive, when more than its events' summaries.
 */
export async function eventFacetPaths(facet: EventFacet, read: PageRead<FacetPage> = readListing) {
  const archive = await getArchive();
  const pages = groupEvents(archive, facet).flatMap((group): FacetPage[] =>
    paginate(group.events, EVENTS_PER_PAGE).map((page) => ({ group, page })),
  );
  return listingPaths(archive, pages, read, (item) => ({ key: item.group.key }));
}

/** `getStaticPaths` for the index of a facet, listing its values: `/en/events/year/`. */
export async function eventFacetIndexPaths(facet: EventFacet) {
  const groups = groupEvents(await getArchive(), facet);
  // The index shows each value and how many events it has, nothing of the events themselves.
  const counts = groups.map((group) => [group.key, group.events.length]);
  return LOCALES.map((locale) => ({
    params: { lang: locale.code },
    props: { groups },
    cacheKey: pageCacheKey(locale.code, [], { facet, counts }),
  }));
}

/**
 * `getStaticPaths` for the document files kept in entry folders: each at
 * `/documents/{collection}/{slug}/{file}`, and at the same address under each former slug
 * (`aliases`), so a published file address keeps working after a rename.
 */
export async function documentFilePaths() {
  const archive = await getArchive();
  const entries = collectionsWith('documentFiles').flatMap(
    (collection): EntryWithDocuments[] => archive[collection],
  );
  return entries.flatMap((entry) =>
    entry.data.documents.flatMap(({ file }) =>
      file
        ? [entry.slug, ...entry.data.aliases].map((slug) => ({
            params: { collection: entry.collection, slug, file: servedFileName(file) },
            props: { path: documentFilePath(entry, file) },
            // The file is served as it is: its bytes are all it depends on.
            cacheKey: pageCacheKey('', [], fileHash(documentFilePath(entry, file))),
          }))
        : [],
    ),
  );
}

/** The collections whose entries can be cited, each with a citation file per format. */
export const CITABLE_COLLECTIONS = ['statements', 'publications', 'events', 'awards'] as const;

/**
 * `getStaticPaths` for the citation files in `astro dev`:
 * `/cite/{collection}/{slug}.{bib,ris,json}`, one per entry and format, not per locale, since
 * a citation names the entry in its own language. A build writes them all from
 * src/pages/citation-files.ts, with their keys.
 */
export async function citationFilePaths() {
  const archive = await getArchive();
  return CITABLE_COLLECTIONS.flatMap((collection) =>
    archive[collection].flatMap((entry) =>
      CITATION_FILE_FORMATS.map((format) => ({
        params: { collection, file: `${entry.slug}.${format}` },
        props: { entry, format },
      })),
    ),
  );
}
