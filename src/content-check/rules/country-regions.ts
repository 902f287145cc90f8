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
  return facts.flatMap((entry) => {
    // Only the collections whose schema has a `country` field have one in `data`.
    const country = 'country' in entry.data ? entry.data.country : undefined;
    // A country that is no code at all is the schema's to report, not also this rule's.
    if (!country || !isCountryCode(country) || scheme.regionOf(country)) return [];
    return [fieldProblem(entry, ['country'], `${country} is in no region of the site; ${fix}`)];
  });
};
