import site from '../../annals.config.ts';
import type { Region } from '../data/region-scheme.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { intlRegionName } from './format.ts';

/** How a site names countries and regions in each of its locales. */
export interface PlaceNames {
  /** The name of a country from its ISO code, in the locale's language. */
  countryName(code: string, locale: string): string;
  /** The name of one of the site's regions, in the locale's language. */
  regionName(region: Region, locale: string): string;
}

/**
 * The place names of a site: a country is called what `countryNames` in its configuration
 * says, else what `Intl` says; a region by its configured name, else `Intl`'s name of its
 * M49 area, else its name in the default locale.
 */
export function createPlaceNames(
  config: Pick<SiteConfig, 'countryNames' | 'defaultLocale'>,
): PlaceNames {
  return {
    countryName: (code, locale) =>
      config.countryNames[code]?.[locale] ?? intlRegionName(code, locale),
    regionName: (region, locale) =>
      region.name[locale] ??
      (region.m49 ? intlRegionName(region.m49, locale) : region.name[config.defaultLocale]) ??
      region.key,
  };
}

const names = createPlaceNames(site);

/**
 * The name of a country in the locale's language, as this site writes it. Every page,
 * filter, search record, feed, calendar and export names countries through this function.
 */
export const countryName = names.countryName;

/** The name of one of this site's regions in the locale's language. */
export const regionName = names.regionName;
