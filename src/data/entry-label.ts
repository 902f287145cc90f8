import type { CollectionName } from '../schemas/reference.ts';
import type { Entry } from './load-archive.ts';
import { localize, type LocalText } from './localize.ts';

/** Collections whose entries are named (`name`) rather than titled (`title`). */
const NAMED = new Set<CollectionName>(['cities', 'organisations', 'series']);

/** The field that names entries of a collection. */
export function labelField(collection: CollectionName): 'name' | 'title' {
  return NAMED.has(collection) ? 'name' : 'title';
}

/** An entry's name or title in a locale, falling back to the default language. */
export function entryLabel(entry: Entry, locale: string): LocalText {
  const label = localize(entry, locale).text(labelField(entry.collection));
  // Every schema requires the label field, so it is always there.
  return label ?? { text: entry.id, lang: 'und' };
}
