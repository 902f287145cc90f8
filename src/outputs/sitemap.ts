import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { isFallbackPage } from '../data/fallback-page.ts';
import { entryPath } from '../data/page-paths.ts';
import { createAlternates } from './sitemap-alternates.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Addresses of fallback pages: an entry's page in a locale it is not translated into. They
 * repeat the default-language text, so the sitemap leaves them out, as their pages ask.
 */
export function fallbackPageUrls(
  entries: readonly ValidEntryFile[],
  site: SiteConfig,
  base: string,
): Set<string> {
  const translated = new Set(
    entries
      .filter((entry) => entry.locale)
      .map((entry) => `${entry.collection}/${entry.id}/${entry.locale}`),
  );
  const urls = new Set<string>();
  for (const entry of entries.filter((candidate) => !candidate.locale)) {
    const page = {
      collection: entry.collection,
      slug: (entry.data.slug as string | undefined) ?? entry.id,
    };
    const isTranslatedInto = (code: string) =>
      translated.has(`${entry.collection}/${entry.id}/${code}`);
    for (const { code } of site.locales) {
      if (isFallbackPage(code, site.defaultLocale, isTranslatedInto)) {
        urls.add(new URL(entryPath(base, page, code), site.url).href);
      }
    }
  }
  return urls;
}

/**
 * The sitemap, with @astrojs/sitemap: every page in every locale it is written in, each with
 * its hreflang alternates and an `x-default` pointing to the default locale. `unlisted`
 * pages (fallbacks, redirects) are left out, and out of the alternates. The integration's
 * `filter` sees every page before `serialize` sees any: the listed pages are gathered there
 * for the alternates (sitemap-alternates.ts), rather than with its `i18n` option.
 */
export function createSitemap(
  site: SiteConfig,
  base: string,
  unlisted: ReadonlySet<string>,
): AstroIntegration {
  const langs = Object.fromEntries(
    site.locales.map((locale) => [locale.code, locale.lang ?? locale.code]),
  );
  const siteBase = new URL(base, site.url).href;
  const alternates = createAlternates(siteBase, site.defaultLocale, langs);
  const defaultPrefix = `/${site.defaultLocale}/`;
  return sitemap({
    // The site root only sends readers on to the default locale, so it is not listed either.
    filter: (page) => {
      const listed = !unlisted.has(page) && page !== siteBase;
      if (listed) alternates.add(page);
      return listed;
    },
    serialize(item) {
      const links = alternates.of(item.url) ?? [];
      const original = links.find((link) => new URL(link.url).pathname.includes(defaultPrefix));
      if (original) links.push({ url: original.url, lang: 'x-default' });
      return { ...item, links };
    },
  });
}
