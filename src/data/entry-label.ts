import { CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { Entry } from './load-archive.ts';
import { localize, type LocalText } from './localize.ts';

/** The field that names entries of a collection, as the content model says. */
export function labelField(collection: CollectionName): 'name' | 'title' {
  return CONTENT_MODEL[collection].labelField;
}

/** An entry's name or title in a locale, falling back to the default language. */
export function entryLabel(entry: Entry, locale: string): LocalText {
  const label = localize(entry, locale).text(labelField(entry.collection));
  // Every schema requires the label field, so it is always there.
  return label ?? { text: entry.id, lang: 'und' };
}
