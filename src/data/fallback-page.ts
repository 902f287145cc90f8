/**
 * Whether an entry's page in `locale` is a fallback: a locale other than the default one that
 * the entry has no translation into, whose page repeats the default-language text. Pages
 * (their notice, canonical link and `noindex`), the sitemap and the search index all ask
 * this one function, so they never disagree on which pages are fallbacks.
 */
export function isFallbackPage(
  locale: string,
  defaultLocale: string,
  isTranslatedInto: (locale: string) => boolean,
): boolean {
  return locale !== defaultLocale && !isTranslatedInto(locale);
}
