import type { CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, getLocale, LOCALES } from '../i18n/locales.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { isFallbackPage } from './fallback-page.ts';
import type { Entry } from './load-archive.ts';
import { noteBodyRead } from './record-reads.ts';

/** A piece of text with the language it is actually written in. */
export interface LocalText {
  text: string;
  /** BCP 47 tag of the text, for its `lang` attribute. */
  lang: string;
}

/** An entry as a page in one locale shows it: translated where it can be, marked where not. */
export interface LocalizedEntry<C extends CollectionName> {
  entry: Entry<C>;
  /** Whether this locale has the entry's text: the default locale, or a translation. */
  isTranslated: boolean;
  /** A translatable field in this locale, or in the default language when not translated. */
  text(field: string): LocalText | undefined;
  /**
   * What to `render()` for the body: the translation's body if it has one. Taking it while a
   * page's key is read notes that the page shows the body (`noteBodyRead`).
   */
  readonly body: CollectionEntry<C> | CollectionEntry<'translations'>;
  /** Tag of the body's language. */
  bodyLang: string;
  /** True when the entry is translated but its body is not, so the body falls back. */
  bodyFallsBack: boolean;
}

/** Whether an entry has text below its front matter: its raw body, or Markdown rendered at load. */
export const hasBody = (entry: { body?: string; rendered?: { html: string } }) =>
  Boolean((entry.body ?? entry.rendered?.html)?.trim());

/** Resolves an entry's text for `locale`, falling back field by field to the default language. */
export function localize<C extends CollectionName>(
  entry: Entry<C>,
  locale: string,
): LocalizedEntry<C> {
  const translation = locale === DEFAULT_LOCALE ? undefined : entry.translations.get(locale);
  const translatedLang = getLocale(locale).lang;
  const defaultLang = getLocale(DEFAULT_LOCALE).lang;
  const useTranslatedBody = translation !== undefined && hasBody(translation.source);
  return {
    entry,
    isTranslated: !isFallbackPage(locale, DEFAULT_LOCALE, (code) => entry.translations.has(code)),
    text(field) {
      const translated = (translation?.data as Record<string, unknown> | undefined)?.[field];
      if (typeof translated === 'string') return { text: translated, lang: translatedLang };
      const original = (entry.data as Record<string, unknown>)[field];
      return typeof original === 'string' ? { text: original, lang: defaultLang } : undefined;
    },
    get body() {
      noteBodyRead(entry);
      return useTranslatedBody ? translation.source : entry.source;
    },
    bodyLang: useTranslatedBody ? translatedLang : defaultLang,
    bodyFallsBack: translation !== undefined && !useTranslatedBody && hasBody(entry.source),
  };
}

/** The locales an entry is written in: the default one, and each it has a translation for. */
export function translatedLocales(entry: Entry): string[] {
  return LOCALES.map((locale) => locale.code).filter(
    (code) => !isFallbackPage(code, DEFAULT_LOCALE, (other) => entry.translations.has(other)),
  );
}
