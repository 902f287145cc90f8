import type { Archive } from '../../data/archive.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { toBibtex } from './cite-formats.ts';
import { toCslItem, type CitableEntry, type CslItem } from './csl-item.ts';

/**
 * A value per archive and entry, made once. Keyed by the archive first: a page's cache key is
 * found by running its view over a recording copy of the archive (src/data/record-reads.ts),
 * which must read the entries afresh, not be handed what rendering made; and an archive loaded
 * again (the dev server, after an edit) cites afresh.
 */
function memoPerEntry<T>(make: (archive: Archive, entry: CitableEntry) => T) {
  const made = new WeakMap<Archive, WeakMap<CitableEntry, T>>();
  return (archive: Archive, entry: CitableEntry): T => {
    let byEntry = made.get(archive);
    if (!byEntry) {
      byEntry = new WeakMap();
      made.set(archive, byEntry);
    }
    if (!byEntry.has(entry)) byEntry.set(entry, make(archive, entry));
    return byEntry.get(entry) as T;
  };
}

/** Each entry's CSL items per locale: its page, its citation files and its BibTeX share them. */
const itemsPerLocale = memoPerEntry(() => new Map<string, CslItem>());

/** The CSL item of `entry` in `locale`, as `toCslItem` makes it, made only once. */
export function citedItem(archive: Archive, entry: CitableEntry, locale: string): CslItem {
  const byLocale = itemsPerLocale(archive, entry);
  let item = byLocale.get(locale);
  if (!item) {
    item = toCslItem(archive, entry, locale);
    byLocale.set(locale, item);
  }
  return item;
}

/**
 * The BibTeX of `entry`, in the default language: the same text on every locale's page and
 * in its `.bib` file, so it is made once per build for both (citation-js takes about half a
 * millisecond per entry).
 */
export const citedBibtex = memoPerEntry((archive, entry) =>
  toBibtex(citedItem(archive, entry, DEFAULT_LOCALE)),
);
