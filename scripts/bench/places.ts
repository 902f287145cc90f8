import { REGIONS } from '../../src/data/regions.ts';
import type { Random } from './random.ts';

/** A country the synthetic archive places cities in: real ISO code, zone and a language. */
export interface Country {
  code: string;
  timeZone: string;
  /** A working language of events held there (BCP 47). */
  language: string;
}

/** Countries on every continent, with a zone Node's ICU knows by this canonical name. */
const WORLD: readonly Country[] = (
  'NG Africa/Lagos en|KE Africa/Nairobi en|EG Africa/Cairo ar|ET Africa/Addis_Ababa am|' +
  'GH Africa/Accra en|MA Africa/Casablanca fr|ZA Africa/Johannesburg en|SN Africa/Dakar fr|' +
  'CI Africa/Abidjan fr|TZ Africa/Dar_es_Salaam sw|RW Africa/Kigali fr|CM Africa/Douala fr|' +
  'CN Asia/Shanghai zh|KR Asia/Seoul ko|JP Asia/Tokyo ja|IN Asia/Kolkata hi|ID Asia/Jakarta id|' +
  'PH Asia/Manila en|TH Asia/Bangkok th|VN Asia/Ho_Chi_Minh vi|MY Asia/Kuala_Lumpur ms|' +
  'SA Asia/Riyadh ar|JO Asia/Amman ar|QA Asia/Qatar ar|AE Asia/Dubai ar|IR Asia/Tehran fa|' +
  'KZ Asia/Almaty ru|TR Europe/Istanbul tr|IQ Asia/Baghdad ar|NP Asia/Kathmandu ne|' +
  'IE Europe/Dublin en|GB Europe/London en|FR Europe/Paris fr|DE Europe/Berlin de|' +
  'ES Europe/Madrid es|PT Europe/Lisbon pt|IT Europe/Rome it|GR Europe/Athens el|' +
  'FI Europe/Helsinki fi|SE Europe/Stockholm sv|PL Europe/Warsaw pl|RU Europe/Moscow ru|' +
  'NL Europe/Amsterdam nl|BE Europe/Brussels fr|AT Europe/Vienna de|HU Europe/Budapest hu|' +
  'RS Europe/Belgrade sr|MX America/Mexico_City es|BR America/Sao_Paulo pt|CO America/Bogota es|' +
  'AR America/Argentina/Buenos_Aires es|CL America/Santiago es|PE America/Lima es|' +
  'EC America/Guayaquil es|PY America/Asuncion es|CR America/Costa_Rica es|CU America/Havana es|' +
  'UY America/Montevideo es|US America/New_York en|CA America/Toronto en|' +
  'AU Australia/Melbourne en|NZ Pacific/Auckland en|FJ Pacific/Fiji en'
)
  .split('|')
  .map((row) => {
    const [code = '', timeZone = '', language = ''] = row.split(' ');
    return { code, timeZone, language };
  });

/** The countries of `WORLD` that the site's regions place, so the archive passes its check. */
export const COUNTRIES = WORLD.filter((country) => REGIONS.regionOf(country.code));

/** Syllables written in the scripts of the site's locales, so a name reads in each one. */
const SYLLABLES = [
  ['ka', 'ка', 'كا', '卡'],
  ['ma', 'ма', 'ما', '马'],
  ['ri', 'ри', 'ري', '里'],
  ['lo', 'ло', 'لو', '洛'],
  ['sa', 'са', 'سا', '萨'],
  ['ne', 'не', 'ني', '内'],
  ['to', 'то', 'تو', '托'],
  ['va', 'ва', 'فا', '瓦'],
  ['di', 'ди', 'دي', '迪'],
  ['ba', 'ба', 'با', '巴'],
  ['ru', 'ру', 'رو', '鲁'],
  ['mi', 'ми', 'مي', '米'],
  ['na', 'на', 'نا', '纳'],
  ['te', 'те', 'تي', '特'],
  ['go', 'го', 'غو', '戈'],
  ['la', 'ла', 'لا', '拉'],
  ['se', 'се', 'سي', '塞'],
  ['po', 'по', 'بو', '波'],
  ['ki', 'ки', 'كي', '基'],
  ['da', 'да', 'دا', '达'],
] as const;

/** A made-up place name in Latin, Cyrillic, Arabic and Chinese script. */
export interface PlaceName {
  latin: string;
  ru: string;
  ar: string;
  zh: string;
  slug: string;
}

/** A new place name of two to four syllables. */
export function createPlaceName(random: Random): PlaceName {
  const parts = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES));
  const latin = parts.map((part) => part[0]).join('');
  return {
    latin: capitalise(latin),
    ru: capitalise(parts.map((part) => part[1]).join('')),
    ar: parts.map((part) => part[2]).join(''),
    zh: parts.map((part) => part[3]).join(''),
    slug: latin,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
