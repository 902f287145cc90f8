import { getArchive } from '../data/archive.ts';
import { pageCacheKey, withoutBodies } from '../data/cache-key.ts';
import { REGIONS } from '../data/regions.ts';
import type { Entry } from '../data/load-archive.ts';
import { LOCALES } from '../i18n/locales.ts';
import { COLLECTION_NAMES, CONTENT_MODEL } from '../schemas/model.ts';

/**
 * `getStaticPaths` of the redirect pages: each former slug (`aliases`) of each entry, in
 * every locale, leads to the entry's current page in that locale. The content check has
 * made sure no alias is the address of another page.
 */
export async function redirectPaths() {
  const archive = await getArchive();
  const entries = COLLECTION_NAMES.flatMap((collection): Entry[] => archive[collection]);
  return LOCALES.flatMap((locale) =>
    entries.flatMap((entry) =>
      (entry.data as { aliases: string[] }).aliases.map((alias) => ({
        params: { lang: locale.code, collection: CONTENT_MODEL[entry.collection].segment, alias },
        props: { entry },
        // The page names the entry and links to its current address: it reads nothing else.
        cacheKey: pageCacheKey(locale.code, withoutBodies([entry]), alias),
      })),
    ),
  );
}

/**
 * The redirect pages of regions whose key changed: each former key (`aliases` of a region
 * in annals.config.ts) leads to that region's events listing, in every locale.
 */
export function regionAliasPaths() {
  return LOCALES.flatMap((locale) =>
    REGIONS.regions.flatMap((region) =>
      region.aliases.map((alias) => ({
        params: { lang: locale.code, key: alias, page: undefined },
        props: { redirectTo: region },
        // Regions come from the site configuration, which every key holds.
        cacheKey: pageCacheKey(locale.code, [], [region.key, alias]),
      })),
    ),
  );
}
