import { z } from 'astro/zod';
import { expected } from './expected.ts';

/**
 * The officially assigned ISO 3166-1 alpha-2 codes. `Intl.DisplayNames` alone cannot decide
 * this: it also names retired and reserved codes such as UK, SU, EU and XK.
 */
const ISO_3166_ALPHA_2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

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
