import { createRegionScheme } from '../../data/region-scheme.ts';
import { isCountryCode } from '../../schemas/fields/country.ts';
import { UN_M49 } from '../../schemas/region-config.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

/**
 * Every country the content names is in a region of the site's scheme, so that its events
 * and cities can be listed by region: a country the scheme does not place is an error that
 * says where in annals.config.ts to add it.
 */
export const countriesHaveRegion: ContentRule = ({ facts, site }) => {
  const scheme = createRegionScheme(site.regions);
  const fix =
    site.regions === UN_M49
      ? 'UN M49 places it in no region; list your own regions under `regions` in annals.config.ts'
      : `add it to \`countries\` of one of the \`regions\` in annals.config.ts (${scheme.regions.map((region) => region.key).join(', ')})`;
  // A country that is no code at all is the schema's to report, not also this rule's. Only
  // the schemas with a `country` field let one into `data`.
  return facts
    .filter((entry) => typeof entry.data.country === 'string' && isCountryCode(entry.data.country))
    .filter((entry) => !scheme.regionOf(entry.data.country as string))
    .map((entry) =>
      fieldProblem(
        entry,
        ['country'],
        `${String(entry.data.country)} is in no region of the site; ${fix}`,
      ),
    );
};
