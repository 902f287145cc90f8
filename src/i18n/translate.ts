import { UI_STRINGS, type UiKey } from './ui-strings.ts';

/** Looks up interface strings for one locale, filling `{name}` placeholders. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The translation function of a locale. */
export function useTranslations(locale: string): Translate {
  const strings = UI_STRINGS.get(locale);
  if (!strings) throw new Error(`No interface strings for locale '${locale}'`);
  return (key, values) => {
    const text = strings[key];
    // Most strings have no placeholder; they are asked for tens of times on every page.
    if (!values || !text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
  };
}
