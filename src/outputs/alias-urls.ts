import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { entryPath, eventListingPath } from '../data/page-paths.ts';
import { createRegionScheme } from '../data/region-scheme.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Addresses of the redirect pages, from the checked entries and the site's regions: each
 * alias of each entry, and each former key of a region, in every locale. They only send
 * readers on, so the sitemap leaves them out.
 */
export function aliasPageUrls(
  entries: readonly ValidEntryFile[],
  site: SiteConfig,
  base: string,
): Set<string> {
  const aliases = entries
    .filter((entry) => !entry.locale)
    .flatMap((entry) =>
      ((entry.data.aliases ?? []) as string[]).map((slug) => ({
        collection: entry.collection,
        slug,
      })),
    );
  const regionKeys = createRegionScheme(site.regions).regions.flatMap((region) => region.aliases);
  const pathsIn = (locale: string) => [
    ...aliases.map((alias) => entryPath(base, alias, locale)),
    ...regionKeys.map((key) => eventListingPath(base, locale, { facet: 'region', key })),
  ];
  return new Set(
    site.locales.flatMap(({ code }) => pathsIn(code).map((path) => new URL(path, site.url).href)),
  );
}
