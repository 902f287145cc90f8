import type { Archive } from '../../src/data/archive.ts';
import { joinArchive, type EntriesByCollection } from '../../src/data/join-archive.ts';
import type { Entry } from '../../src/data/load-archive.ts';
import { createRegionScheme, type RegionScheme } from '../../src/data/region-scheme.ts';
import { COLLECTION_NAMES } from '../../src/schemas/model.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';

/** The fields the join reads without a check, so a test names only those it is about. */
const REQUIRED_BY_JOIN: Partial<Record<CollectionName, Record<string, unknown>>> = {
  awards: { winners: [] },
  docs: { order: 0 },
};

/** A reference to another entry, as Astro's `reference()` gives it in `data`. */
export function ref<C extends CollectionName>(collection: C, id: string) {
  return { collection, id };
}

/**
 * An entry as `getArchive()` loads it, made by hand: `data` holds only the fields a test
 * needs (references made with `ref()`), and `translations` the locales it is translated into.
 */
export function makeEntry<C extends CollectionName>(
  collection: C,
  id: string,
  data: Record<string, unknown> = {},
  translations: Record<string, Record<string, unknown>> = {},
): Entry<C> {
  const source = { id, collection, data, body: '' };
  return {
    collection,
    id,
    slug: (data.slug as string | undefined) ?? id,
    data: { ...REQUIRED_BY_JOIN[collection], ...data },
    source,
    translations: new Map(
      Object.entries(translations).map(([locale, text]) => [
        locale,
        { data: text, source: { id: `${collection}/${id}/${locale}`, data: text, body: '' } },
      ]),
    ),
  } as unknown as Entry<C>;
}

/** Hand-made entries (in any order and mix of collections), joined as the build joins them. */
export function makeArchive(
  entries: readonly Entry[],
  regions: RegionScheme = createRegionScheme('un-m49'),
): Archive {
  const loaded = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, entries.filter((entry) => entry.collection === name)]),
  ) as EntriesByCollection;
  return joinArchive(loaded, regions);
}
