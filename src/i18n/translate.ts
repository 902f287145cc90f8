import { UI_STRINGS, type UiKey } from './ui-strings.ts';

/** Looks up interface strings for one locale, filling `{name}` placeholders. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The translation function of a locale. */
export function useTranslations(locale: string): Translate {
  const strings = UI_STRINGS.get(locale);
  if (!strings) throw new Error(`No interface strings for locale '${locale}'`);
  return (key, values = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}
