import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_MODEL, type TranslationData } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';

export type { TranslationData } from '../schemas/model.ts';

/** One translation of an entry: its fields, and the file itself for `render()`. */
export interface Translation<C extends CollectionName> {
  data: TranslationData<C>;
  source: CollectionEntry<'translations'>;
}

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
  translations: ReadonlyMap<string, Translation<C>>;
}

type TranslationsByEntry = Map<string, Map<string, Translation<CollectionName>>>;

let translations: Promise<TranslationsByEntry> | undefined;

/** All translations, read once, keyed by `<collection>/<id>` and then by locale. */
function loadTranslations(): Promise<TranslationsByEntry> {
  translations ??= getCollection('translations').then((files) => {
    const byEntry: TranslationsByEntry = new Map();
    for (const source of files) {
      const [collection = '', id = '', locale = ''] = source.id.split('/');
      const schema = CONTENT_MODEL[collection as CollectionName].translationSchema;
      const forEntry = byEntry.get(`${collection}/${id}`) ?? new Map();
      forEntry.set(locale, { data: schema.parse(source.data), source });
      byEntry.set(`${collection}/${id}`, forEntry);
    }
    return byEntry;
  });
  return translations;
}

/** Loads one collection with its translations attached, in folder-name order. */
export async function loadCollection<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  const [facts, byEntry] = await Promise.all([getCollection(collection), loadTranslations()]);
  return (facts as CollectionEntry<C>[])
    .map((source) => ({
      collection,
      id: source.id,
      slug: (source.data as { slug?: string }).slug ?? source.id,
      data: source.data,
      source,
      translations: (byEntry.get(`${collection}/${source.id}`) ?? new Map()) as Map<
        string,
        Translation<C>
      >,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
