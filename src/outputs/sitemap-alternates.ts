/** One hreflang alternate of a page in the sitemap: the page in one language. */
export interface Alternate {
  url: string;
  lang: string;
}

/** How @astrojs/sitemap orders its pages, which orders each page's alternates. */
const byAddress = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The hreflang alternates of the pages of the sitemap: each page's versions at the same path
 * in every locale, itself included. @astrojs/sitemap finds them when given its `i18n` option,
 * but it goes through every page once for each path (`createGetI18nLinks`), which took 4 s of
 * a 10,000-event build; here the pages are grouped by path once. The alternates are the same,
 * in the same order, as the integration's: a page outside `siteBase` or alone at its path has
 * none, and one whose first segment is no locale's belongs to the default locale.
 *
 * `add` every listed page, then ask for a page's alternates with `of`.
 */
export function createAlternates(
  siteBase: string,
  defaultLocale: string,
  langs: Readonly<Record<string, string>>,
) {
  const byPath = new Map<string, string[]>();

  /** A page's locale and its path without it: `/fr/events/x/` is `fr` at `/events/x/`. */
  function localeAndPath(url: string): [string, string] | undefined {
    if (!url.startsWith(siteBase)) return undefined;
    const rest = url.slice(siteBase.length);
    const path = rest.startsWith('/') ? rest : `/${rest}`;
    const first = path.split('/')[1] ?? '';
    if (!Object.hasOwn(langs, first)) return [defaultLocale, path];
    return [first, path.slice(1 + first.length) || '/'];
  }

  return {
    add(url: string): void {
      const parsed = localeAndPath(url);
      if (!parsed) return;
      const [, path] = parsed;
      byPath.set(path, [...(byPath.get(path) ?? []), url]);
    },
    of(url: string): Alternate[] | undefined {
      const parsed = localeAndPath(url);
      if (!parsed) return undefined;
      const [, path] = parsed;
      const pages = byPath.get(path) ?? [];
      // A page in one language only has no alternates.
      if (pages.length <= 1) return undefined;
      return pages
        .toSorted(byAddress)
        .map((page) => ({ url: page, lang: langs[localeAndPath(page)![0]]! }));
    },
  };
}
