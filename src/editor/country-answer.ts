import { COUNTRY_CODES } from '../schemas/fields/country.ts';

/** A name as compared: without accents, case or punctuation, so `Perú` is `peru`. */
const comparable = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const namesByLocales = new Map<string, Map<string, string>>();

/** Every country's name in each locale, mapped to its code; built once per set of locales. */
function countryNames(locales: readonly string[]): Map<string, string> {
  const key = locales.join(',');
  let names = namesByLocales.get(key);
  if (!names) {
    names = new Map();
    for (const locale of locales) {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const code of COUNTRY_CODES) {
        const name = display.of(code);
        if (name && !names.has(comparable(name))) names.set(comparable(name), code);
      }
    }
    namesByLocales.set(key, names);
  }
  return names;
}

/**
 * The ISO code an answer to a country question names: the code in any case (`pt`), or the
 * country's name in one of the site's languages (`Portugal`, `Mexique`, `México`,
 * `البرتغال`). Undefined when it names none, so the answer is refused with the schema's
 * message and its suggestion.
 */
export function countryCodeOf(answer: string, locales: readonly string[]): string | undefined {
  const code = answer.trim().toUpperCase();
  if (COUNTRY_CODES.includes(code)) return code;
  return countryNames(locales).get(comparable(answer));
}
