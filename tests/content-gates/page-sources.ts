import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { urlPathOf } from '../helpers/site-files.ts';

/**
 * The content file each entry page of a built site comes from, by URL path, so that a gate
 * can tell the editor which file to open: `/fr/events/x/` comes from `content/events/x/fr.md`;
 * a page without a translation from the entry's `index.md`, shown untranslated; a redirect
 * page from the `aliases` of the entry it leads to. Listings and other pages have none.
 */
export function pageSources(
  entries: readonly ValidEntryFile[],
  site: SiteConfig,
): Map<string, string> {
  const translations = new Map(
    entries
      .filter((entry) => entry.locale)
      .map((entry) => [`${entry.collection}/${entry.id}/${entry.locale}`, entry.path]),
  );
  const sources = new Map<string, string>();
  for (const entry of entries.filter((candidate) => !candidate.locale)) {
    for (const { code } of site.locales) {
      const translation = translations.get(`${entry.collection}/${entry.id}/${code}`);
      const own = code === site.defaultLocale ? entry.path : translation;
      sources.set(entryPagePath(entry, code), own ?? `${entry.path}, untranslated`);
      for (const alias of (entry.data.aliases ?? []) as string[]) {
        sources.set(`/${code}/${entry.collection}/${alias}/`, `\`aliases\` of ${entry.path}`);
      }
    }
  }
  return sources;
}

/** The URL path of an entry's page in a locale, from its `index` file: `/fr/events/x/`. */
export function entryPagePath(entry: ValidEntryFile, locale: string): string {
  const slug = (entry.data.slug as string | undefined) ?? entry.id;
  return `/${locale}/${entry.collection}/${slug}/`;
}

/** A built page as an editor finds it: `/fr/events/x/ (content/events/x/fr.md)`. */
export function describePage(urlPath: string, sources: ReadonlyMap<string, string>): string {
  const source = sources.get(urlPath);
  return source ? `${urlPath} (${source})` : urlPath;
}

/** The same, for a page named by its file in the site folder (`fr/events/x/index.html`). */
export function describePageFile(file: string, sources: ReadonlyMap<string, string>): string {
  return describePage(urlPathOf(file), sources);
}
