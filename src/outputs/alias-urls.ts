import type { ValidEntryFile } from '../content-check/validate-file.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Addresses of the redirect pages, from the checked entries: each alias of each entry in
 * every locale. They only send readers on, so the sitemap leaves them out.
 */
export function aliasPageUrls(
  entries: readonly ValidEntryFile[],
  site: SiteConfig,
  base: string,
): Set<string> {
  const urls = new Set<string>();
  for (const entry of entries.filter((candidate) => !candidate.locale)) {
    for (const alias of (entry.data.aliases ?? []) as string[]) {
      for (const { code } of site.locales) {
        urls.add(new URL(`${base}${code}/${entry.collection}/${alias}/`, site.url).href);
      }
    }
  }
  return urls;
}
