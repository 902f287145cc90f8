import { UN_M49, type RegionConfig, type RegionsConfig } from '../schemas/region-config.ts';
import { unM49Regions } from './un-m49-regions.ts';

/** A region of the site: its key (URL segment), its names, and the countries in it. */
export type Region = RegionConfig;

/** The regions of a site, and which one a country belongs to. */
export interface RegionScheme {
  /** In the order of the configuration, which listings follow. */
  regions: readonly Region[];
  /** The region a country is in, or undefined when the scheme places it in none. */
  regionOf(country: string): Region | undefined;
  /** The region with this key. */
  byKey(key: string): Region | undefined;
}

/** The scheme of a site's `regions` setting: UN M49's world regions, or the network's own. */
export function createRegionScheme(config: RegionsConfig): RegionScheme {
  const regions = config === UN_M49 ? unM49Regions() : config;
  const byCountry = new Map(
    regions.flatMap((region) => region.countries.map((country) => [country, region] as const)),
  );
  const byKey = new Map(regions.map((region) => [region.key, region]));
  return {
    regions,
    regionOf: (country) => byCountry.get(country),
    byKey: (key) => byKey.get(key),
  };
}
