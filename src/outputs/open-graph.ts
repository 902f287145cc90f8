/**
 * Open Graph locales by language tag. Every page asks for its own and its translations',
 * and ICU's likely-subtags lookup behind `maximize()` took half a second of a 1,000-event
 * build.
 */
const openGraphLocales = new Map<string, string>();

/**
 * A language tag as Open Graph writes locales, language_TERRITORY (`fr_FR`, `zh_CN`): the
 * territory is the one CLDR considers most likely for the language.
 */
export function toOpenGraphLocale(lang: string): string {
  let locale = openGraphLocales.get(lang);
  if (locale === undefined) {
    const { language, region } = new Intl.Locale(lang).maximize();
    locale = region ? `${language}_${region}` : language;
    openGraphLocales.set(lang, locale);
  }
  return locale;
}
