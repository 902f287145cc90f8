import type { Archive } from '../../data/archive.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { toBibtex } from './cite-formats.ts';
import { toCslItem, type CitableEntry, type CslItem } from './csl-item.ts';

/**
 * Each entry's CSL item per locale, made once per build: the entry's page, its citation files
 * and its BibTeX all read the same item. Keyed by the entry object, so an archive loaded again
 * (the dev server, after an edit) is cited afresh.
 */
const items = new WeakMap<CitableEntry, Map<string, CslItem>>();

/** The CSL item of `entry` in `locale`, as `toCslItem` makes it, made only once. */
export function citedItem(archive: Archive, entry: CitableEntry, locale: string): CslItem {
  let byLocale = items.get(entry);
  if (!byLocale) {
    byLocale = new Map();
    items.set(entry, byLocale);
  }
  let item = byLocale.get(locale);
  if (!item) {
    item = toCslItem(archive, entry, locale);
    byLocale.set(locale, item);
  }
  return item;
}

/** Each entry's BibTeX, made once (citation-js takes about half a millisecond per entry). */
const bibtexCache = new WeakMap<CitableEntry, string>();

/**
 * The BibTeX of `entry`, in the default language: the same text on every locale's page and
 * in its `.bib` file, so it is made once per build for both.
 */
export function citedBibtex(archive: Archive, entry: CitableEntry): string {
  let bibtex = bibtexCache.get(entry);
  if (bibtex === undefined) {
    bibtex = toBibtex(citedItem(archive, entry, DEFAULT_LOCALE));
    bibtexCache.set(entry, bibtex);
  }
  return bibtex;
}
