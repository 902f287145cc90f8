/**
 * World regions of the UN M49 standard, used to group countries. Their names come from
 * `Intl.DisplayNames`, which knows M49 codes in every language, so none is translated by hand.
 * The Americas are split as M49 does, into Latin America and the Caribbean and Northern America.
 */
export interface Region {
  /** URL segment of the region's listing page. */
  slug: string;
  /** UN M49 code, which `Intl.DisplayNames` names. */
  m49: string;
}

export const REGIONS: readonly Region[] = [
  { slug: 'africa', m49: '002' },
  { slug: 'asia', m49: '142' },
  { slug: 'europe', m49: '150' },
  { slug: 'latin-america-caribbean', m49: '419' },
  { slug: 'northern-america', m49: '021' },
  { slug: 'oceania', m49: '009' },
];

/** ISO 3166-1 countries per M49 region (Antarctica and Kosovo belong to none). */
const COUNTRIES_BY_REGION: Record<string, string> = {
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW',
  asia: 'AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE',
  europe:
    'AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA',
  'latin-america-caribbean':
    'AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI',
  'northern-america': 'BM CA GL PM US',
  oceania: 'AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
};

const regionByCountry = new Map<string, Region>(
  REGIONS.flatMap((region) =>
    (COUNTRIES_BY_REGION[region.slug] ?? '')
      .split(' ')
      .map((country) => [country, region] as const),
  ),
);

/** The region a country belongs to, or undefined for Antarctica. */
export function regionOfCountry(country: string): Region | undefined {
  return regionByCountry.get(country);
}
