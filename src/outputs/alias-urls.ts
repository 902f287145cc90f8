import type { ValidEntryFile } from '../content-check/validate-file.ts';
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
  const paths = [
    ...entries
      .filter((entry) => !entry.locale)
      .flatMap((entry) =>
        ((entry.data.aliases ?? []) as string[]).map((alias) => `${entry.collection}/${alias}`),
      ),
    ...createRegionScheme(site.regions).regions.flatMap((region) =>
      region.aliases.map((alias) => `events/region/${alias}`),
    ),
  ];
  return new Set(
    site.locales.flatMap(({ code }) =>
      paths.map((path) => new URL(`${base}${code}/${path}/`, site.url).href),
    ),
  );
}
