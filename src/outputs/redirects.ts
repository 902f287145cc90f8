import type { ValidEntryFile } from '../content-check/validate-file.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Astro `redirects` for every alias of every entry, in every locale:
 * `/fr/events/old-name/` → `/fr/events/new-name/`. Astro writes each as a small page that
 * sends the reader on, so links to an entry's former address keep working after a rename.
 */
export function aliasRedirects(
  entries: readonly ValidEntryFile[],
  site: SiteConfig,
  base: string,
): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => !candidate.locale)) {
    const slug = typeof entry.data.slug === 'string' ? entry.data.slug : entry.id;
    for (const alias of (entry.data.aliases ?? []) as string[]) {
      for (const { code } of site.locales) {
        redirects[`${base}${code}/${entry.collection}/${alias}/`] =
          `${base}${code}/${entry.collection}/${slug}/`;
      }
    }
  }
  return redirects;
}
