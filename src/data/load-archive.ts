import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/reference.ts';

/** The Astro collection that holds each collection's translations. */
const TRANSLATION_COLLECTIONS = {
  events: 'eventTranslations',
  series: 'seriesTranslations',
  statements: 'statementTranslations',
  awards: 'awardTranslations',
  cities: 'cityTranslations',
  organisations: 'organisationTranslations',
  publications: 'publicationTranslations',
  docs: 'docTranslations',
} as const satisfies Record<CollectionName, string>;

export type TranslationCollection<C extends CollectionName> = (typeof TRANSLATION_COLLECTIONS)[C];

/** One entry: its facts file and the translations that exist for it. */
export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** Folder name: what references use. */
  id: string;
  /** URL segment: the `slug` field, else the folder name. */
  slug: string;
  /** Facts and default-language text, from `index.md`. */
  data: CollectionEntry<C>['data'];
  /** The `index.md` entry itself, for `render()`. */
  source: CollectionEntry<C>;
  /** Translations by locale code. */
  translations: ReadonlyMap<string, CollectionEntry<TranslationCollection<C>>>;
}

/** Loads one collection with its translations attached, in folder-name order. */
export async function loadCollection<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  const [facts, translations] = await Promise.all([
    getCollection(collection),
    getCollection(TRANSLATION_COLLECTIONS[collection]),
  ]);
  const byEntry = new Map<string, Map<string, CollectionEntry<TranslationCollection<C>>>>();
  for (const translation of translations as CollectionEntry<TranslationCollection<C>>[]) {
    const [id = '', locale = ''] = translation.id.split('/');
    const forEntry = byEntry.get(id) ?? new Map();
    byEntry.set(id, forEntry.set(locale, translation));
  }
  return (facts as CollectionEntry<C>[])
    .map((source) => ({
      collection,
      id: source.id,
      slug: (source.data as { slug?: string }).slug ?? source.id,
      data: source.data,
      source,
      translations: byEntry.get(source.id) ?? new Map(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
