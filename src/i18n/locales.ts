import site from '../../annals.config.ts';

/** A locale of the site, with what the page needs to declare it. */
export interface Locale {
  /** URL prefix and translation file name, like `zh`. */
  code: string;
  /** BCP 47 tag for `lang` attributes and search, like `zh-Hans`. */
  lang: string;
  /** Writing direction, from Intl's knowledge of the language's script. */
  dir: 'ltr' | 'rtl';
}

// Asked for every link whose text is in another language; an Intl.Locale per call was 3 %
// of the rendering time at 10,000 events.
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Writing direction of a language, from Intl's knowledge of its script. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (!direction) {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
    };
    direction = locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
    directions.set(lang, direction);
  }
  return direction;
}

/** The site's locales, in the order of the configuration. */
export const LOCALES: readonly Locale[] = site.locales.map(({ code, lang }) => ({
  code,
  lang: lang ?? code,
  dir: textDirection(lang ?? code),
}));

/** Code of the locale that `index.md` files are written in. */
export const DEFAULT_LOCALE = site.defaultLocale;

const byCode = new Map(LOCALES.map((locale) => [locale.code, locale]));

/**
 * `lang` and `dir` for text in language `textLang` on a page of `locale`: nothing when the
 * text is in the page's language, else its language and, if it runs the other way, its
 * direction, so English on an Arabic page reads left to right with its punctuation in place.
 */
export function textAttributes(
  textLang: string | undefined,
  locale: string,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const page = getLocale(locale);
  if (!textLang || textLang === page.lang) return {};
  const dir = textDirection(textLang);
  return dir === page.dir ? { lang: textLang } : { lang: textLang, dir };
}

/** The locale with this code; throws for a code the site does not have. */
export function getLocale(code: string): Locale {
  const locale = byCode.get(code);
  if (!locale)
    throw new Error(`Unknown locale '${code}'; the site has ${[...byCode.keys()].join(', ')}`);
  return locale;
}
