/**
 * A language tag as Open Graph writes locales, language_TERRITORY (`fr_FR`, `zh_CN`): the
 * territory is the one CLDR considers most likely for the language.
 */
export function toOpenGraphLocale(lang: string): string {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
}
