import type { Archive } from '../../data/archive.ts';
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
