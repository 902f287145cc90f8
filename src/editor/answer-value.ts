import { CountryCodeSchema } from '../schemas/fields/country.ts';
import { countryCodeOf } from './country-answer.ts';
import { fieldTakes, type FieldInfo, type FieldKind } from './field-info.ts';

/**
 * Text typed for a field, as a flag or an answer, as its value: a number where the field
 * takes one, a country code where it takes a country named in any of the site's
 * `locales`, else the text. A value that does not fit is left for the schema to refuse.
 */
export function answerValue(
  field: FieldInfo,
  kind: FieldKind,
  text: string,
  locales: readonly string[],
): unknown {
  if (kind.type === 'number' && /^-?\d+$/.test(text)) return Number(text);
  if (fieldTakes(field, CountryCodeSchema)) return countryCodeOf(text, locales) ?? text;
  return text;
}
