import { iso31661 } from 'iso-3166/1.js';
import { z } from 'astro/zod';
import { expected } from './expected.ts';

/**
 * The officially assigned ISO 3166-1 alpha-2 codes, as the `iso-3166` package keeps them.
 * `Intl.DisplayNames` alone cannot decide this: it also names retired and reserved codes
 * such as UK, SU, EU and XK.
 */
const ISO_3166_ALPHA_2 = new Set(iso31661.map((country) => country.alpha2));

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Every officially assigned ISO 3166-1 alpha-2 code, in capitals. */
export const COUNTRY_CODES: readonly string[] = [...ISO_3166_ALPHA_2];

/** True when `code` is an officially assigned ISO 3166-1 alpha-2 code, in capitals. */
export function isCountryCode(code: string): boolean {
  return ISO_3166_ALPHA_2.has(code);
}

/** The ISO code an editor probably meant: `gb` for GB, or `UK` (which Intl knows) for GB. */
function suggestCountryCode(text: string): string | undefined {
  const upper = text.toUpperCase();
  if (ISO_3166_ALPHA_2.has(upper)) return upper;
  const name = /^[A-Z]{2}$/.test(upper) ? englishRegionNames.of(upper) : undefined;
  if (!name) return undefined;
  return [...ISO_3166_ALPHA_2].find((code) => englishRegionNames.of(code) === name);
}

function countryMessage(input: unknown): string {
  const text = String(input);
  const suggestion = suggestCountryCode(text);
  const hint = suggestion
    ? `did you mean ${suggestion} (${englishRegionNames.of(suggestion)})?`
    : 'use two capital letters, like MX for Mexico or GB for the United Kingdom';
  return `'${text}' is not an ISO 3166-1 alpha-2 country code; ${hint}`;
}

/** A country as its ISO 3166-1 alpha-2 code, such as `MX` or `GB`. */
export const CountryCodeSchema = z
  .string({ error: expected('a two-letter ISO 3166-1 country code, like MX') })
  .refine(isCountryCode, { error: (issue) => countryMessage(issue.input) });
