import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../i18n/locales.ts';
import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { getArchive, type Archive } from './archive.ts';
import { archivePageKey, entryHistoryKey, pageCacheKey } from './cache-key.ts';
import { groupEvents, type EventFacet } from './event-listings.ts';
import { documentFilePath, servedFileName } from './documents.ts';
import type { Entry } from './load-archive.ts';
import { CITATION_FILE_FORMATS } from './urls.ts';
import { editionLinks } from './edition-links.ts';
import { countryLocator } from './map-view.ts';
import { entryPageInputs, shownWith } from './page-inputs.ts';
import { paginate, pageSegment, type Page } from './paginate.ts';

const fileHash = (path: string) =>
  createHash('sha256').update(readFileSync(path)).digest('base64url');

/**
 * The `cacheKey` of an entry's page (and of its calendar): what `entryPageInputs` says the
 * page reads, and the entry's git history. MDX bodies may name any entry through their
 * components, so a collection written in MDX (documentation) depends on the whole archive.
 */
function entryPageKey(archive: Archive, entry: Entry, locale: string): string {
  return CONTENT_MODEL[entry.collection].extension === '.mdx'
    ? archivePageKey(archive, locale)
    : pageCacheKey(locale, entryPageInputs(archive, entry), [
        entryHistoryKey(entry),
        documentHashes(entry),
        // An event links the editions before and after it: their titles and addresses, not
        // whether they are over, so a new day does not render every edition of a series.
        entry.collection === 'events'
          ? editionLinks(archive, entry as Entry<'events'>, locale)
          : null,
      ]);
}

/** The document files kept in an entry's folder, whose sizes its page shows. */
function documentHashes(entry: Entry): string[] {
  const { documents = [] } = entry.data as { documents?: { file?: string }[] };
  return documents.flatMap(({ file }) =>
    file ? [fileHash(documentFilePath(entry as Entry<'statements'>, file))] : [],
  );
}

/** What an event's calendar in `locale` depends on: what its page does (ical-event.ts reads less). */
export function eventCalendarKey(archive: Archive, entry: Entry<'events'>, locale: string) {
  return entryPageKey(archive, entry, locale);
}

/** The `cacheKey` of one page of an events listing: its events, in order, and its place. */
function listingPageKey(archive: Archive, locale: string, page: Page<Entry<'events'>>, extra = {}) {
  const ids = page.items.map((event) => event.id);
  const place = { ...extra, ids, number: page.number, count: page.count };
  return pageCacheKey(locale, shownWith(archive, page.items), place);
}

/**
 * `getStaticPaths` for the pages of a collection: every entry in every locale, whether it
 * is translated or not, so each URL exists in all languages (untranslated ones fall back).
 */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const archive = await getArchive();
  const entries = archive[collection] as Entry<C>[];
  return LOCALES.flatMap((locale) =>
    entries.map((entry) => ({
      params: { lang: locale.code, slug: entry.slug },
      props: { entry },
      cacheKey: entryPageKey(archive, entry, locale.code),
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

/** `getStaticPaths` for the pages of the whole events timeline, in every locale. */
export async function eventTimelinePaths() {
  const archive = await getArchive();
  const pages = paginate(archive.events, EVENTS_PER_PAGE);
  return LOCALES.flatMap((locale) =>
    pages.map((page) => ({
      params: { lang: locale.code, page: pageSegment(page.number) },
      props: { page },
      cacheKey: listingPageKey(archive, locale.code, page),
    })),
  );
}

/** `getStaticPaths` for the pages listing one value of a facet: `/en/events/year/2015/`. */
export async function eventFacetPaths(facet: EventFacet) {
  const archive = await getArchive();
  const groups = groupEvents(archive, facet);
  return LOCALES.flatMap((locale) =>
    groups.flatMap((group) =>
      paginate(group.events, EVENTS_PER_PAGE).map((page) => ({
        params: { lang: locale.code, key: group.key, page: pageSegment(page.number) },
        props: { group, page },
        cacheKey: listingPageKey(archive, locale.code, page, {
          facet,
          key: group.key,
          total: group.events.length,
          // A country's listing draws every city of the country with coordinates.
          locator: facet === 'country' ? countryLocator(archive, group.key, locale.code) : null,
        }),
      })),
    ),
  );
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
  const { statements, publications } = await getArchive();
  return [...statements, ...publications].flatMap((entry) =>
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
 * What an entry's citation files depend on: the entry, its event, and the event's organisers
 * and place, which a citation names. One key serves the three formats, each file's path
 * naming its own.
 */
export function citationFileKey(archive: Archive, entry: Entry): string {
  return pageCacheKey('', shownWith(archive, [entry]), 'citation');
}

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
