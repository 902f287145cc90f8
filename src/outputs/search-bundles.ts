/** Folder of the search index in the built site, as Pagefind writes it: `pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind/';

/**
 * Folder of a locale's second index, of the text its pages show in the default language for
 * want of a translation: `pagefind/fallback/ar/`.
 */
export function fallbackBundleDir(locale: string): string {
  return `${SEARCH_BUNDLE_DIR}fallback/${locale}/`;
}

/** The mark of the part of a page Pagefind indexes: a page without it is not indexed. */
export const SEARCHED_MARK = 'data-pagefind-body';

/**
 * The attribute an entry page puts on text it shows in the default language because its
 * locale has no translation of it: the locale's index leaves that text out, the fallback
 * index of the locale holds it.
 */
export const FALLBACK_TEXT_ATTRIBUTE = 'data-search-fallback';
