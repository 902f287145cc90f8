import { LOCALES } from '../i18n/locales.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { getArchive } from './archive.ts';
import { groupEvents, type EventFacet } from './event-listings.ts';
import { documentFilePath, servedFileName } from './documents.ts';
import type { Entry } from './load-archive.ts';
import { CITATION_FILE_FORMATS } from './urls.ts';
import { paginate, pageSegment } from './paginate.ts';

/**
 * `getStaticPaths` for the pages of a collection: every entry in every locale, whether it
 * is translated or not, so each URL exists in all languages (untranslated ones fall back).
 */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const entries = (await getArchive())[collection] as Entry<C>[];
  return LOCALES.flatMap((locale) =>
    entries.map((entry) => ({ params: { lang: locale.code, slug: entry.slug }, props: { entry } })),
  );
}

/** `getStaticPaths` for pages that exist once per locale, like collection indexes. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: locale.code } }));
}

/** Events per page of a listing: short enough for a phone, few pages at 10,000 events. */
export const EVENTS_PER_PAGE = 50;

/** `getStaticPaths` for the pages of the whole events timeline, in every locale. */
export async function eventTimelinePaths() {
  const { events } = await getArchive();
  const pages = paginate(events, EVENTS_PER_PAGE);
  return LOCALES.flatMap((locale) =>
    pages.map((page) => ({
      params: { lang: locale.code, page: pageSegment(page.number) },
      props: { page },
    })),
  );
}

/** `getStaticPaths` for the pages listing one value of a facet: `/en/events/year/2015/`. */
export async function eventFacetPaths(facet: EventFacet) {
  const groups = groupEvents(await getArchive(), facet);
  return LOCALES.flatMap((locale) =>
    groups.flatMap((group) =>
      paginate(group.events, EVENTS_PER_PAGE).map((page) => ({
        params: { lang: locale.code, key: group.key, page: pageSegment(page.number) },
        props: { group, page },
      })),
    ),
  );
}

/** `getStaticPaths` for the index of a facet, listing its values: `/en/events/year/`. */
export async function eventFacetIndexPaths(facet: EventFacet) {
  const groups = groupEvents(await getArchive(), facet);
  return LOCALES.map((locale) => ({ params: { lang: locale.code }, props: { groups } }));
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
          }))
        : [],
    ),
  );
}

/** The collections whose entries can be cited, each with a citation file per format. */
export const CITABLE_COLLECTIONS = ['statements', 'publications', 'events', 'awards'] as const;

/**
 * `getStaticPaths` for the citation files: `/cite/{collection}/{slug}.{bib,ris,json}`, one
 * per entry and format, not per locale, since a citation names the entry in its own language.
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
