import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { CONTENT_MODEL } from '../schemas/model.ts';
import type { Archive } from './archive.ts';
import { archivePageKey, entryHistoryKey, pageCacheKey } from './cache-key.ts';
import { documentFilePath, type EntryWithDocuments } from './documents.ts';
import type { Entry } from './load-archive.ts';
import { readsOf, type PageReads } from './record-reads.ts';

/**
 * What a page computes from the archive: the view it renders (and its citation, its JSON-LD),
 * given the archive to read through, the page's item and its locale. The route hands the same
 * function to `getStaticPaths` (for the key) and calls it to render.
 */
export type PageRead<T> = (archive: Archive, item: T, locale: string) => unknown;

/** The hash of a file's bytes. */
export const fileHash = (path: string) =>
  createHash('sha256').update(readFileSync(path)).digest('base64url');

/** The document files kept in an entry's folder, whose sizes its page shows. */
function documentHashes(entry: Entry): string[] {
  const { documents = [] } = entry.data as { documents?: { file?: string }[] };
  return documents.flatMap(({ file }) =>
    file ? [fileHash(documentFilePath(entry as EntryWithDocuments, file))] : [],
  );
}

/**
 * Keys of the pages that `readPage` computes, one per item (an entry, a page of a listing) and
 * locale. `readPage` runs once per item over a recording archive, in the default locale: views
 * take the entries they show from references and links, which no locale changes
 * (tests/unit/page-keys.test.ts holds the views to it), so an item's pages in every locale
 * read the same set. `listed` are entries the page shows that were chosen outside `read`
 * (the events of one page of a listing), `withBodies` those of them whose body it shows (an
 * entry's own page); `extra`, what else the page shows (its place in a listing, a total, a
 * file's history).
 */
export function recordedPageKeys<T extends object>(archive: Archive, readPage: PageRead<T>) {
  const reads = new WeakMap<T, PageReads>();
  return (
    item: T,
    locale: string,
    extra: unknown,
    listed: Iterable<Entry> = [],
    withBodies: Iterable<Entry> = [],
  ): string => {
    let read = reads.get(item);
    if (!read) {
      read = readsOf(archive, (recording) => readPage(recording, item, DEFAULT_LOCALE));
      for (const entry of listed) read.entries.add(entry);
      for (const entry of withBodies) read.bodyReads.add(entry);
      reads.set(item, read);
    }
    return pageCacheKey(locale, read, extra);
  };
}

/**
 * Keys of the pages of one kind of entry: what the page's `read` reads, the entry itself (with
 * its body, unless `showsBody` is false: a calendar shows an event's fields only), its files'
 * git history and its documents' bytes. MDX bodies may name any entry through their
 * components, so a collection written in MDX (documentation) depends on the whole archive.
 */
export function entryPageKeys<T extends Entry>(
  archive: Archive,
  read: PageRead<T>,
  { showsBody = true } = {},
) {
  const keyOf = recordedPageKeys(archive, read);
  // An entry's history and its documents' bytes, read once for its pages in every locale.
  const filesOf = new WeakMap<T, unknown[]>();
  return (entry: T, locale: string): string => {
    if (CONTENT_MODEL[entry.collection].extension === '.mdx') {
      return archivePageKey(archive, locale);
    }
    let files = filesOf.get(entry);
    if (!files) {
      files = [entryHistoryKey(entry), documentHashes(entry)];
      filesOf.set(entry, files);
    }
    return keyOf(entry, locale, files, [entry], showsBody ? [entry] : []);
  };
}
