import type { Archive } from './archive.ts';
import { groupBy } from './group-by.ts';
import type { Entry } from './load-archive.ts';
import { REGIONS, type Region } from './regions.ts';

/** The cities of one country, within a region. */
export interface CountryCities {
  country: string;
  cities: Entry<'cities'>[];
}

/** The cities of one world region, by country; `region` is undefined for cities in none. */
export interface RegionCities {
  region?: Region;
  countries: CountryCities[];
}

/**
 * Cities grouped by region, then country, in the order of the site's regions. Countries and
 * cities are left in folder order: their display order depends on the reader's language.
 */
export function getCitiesByRegion(archive: Archive): RegionCities[] {
  const byRegion = groupBy(archive.cities, (city) => [
    REGIONS.regionOf(city.data.country)?.key ?? '',
  ]);
  return [...REGIONS.regions, undefined]
    .map((region) => ({ region, cities: byRegion.get(region?.key ?? '') ?? [] }))
    .filter(({ cities }) => cities.length > 0)
    .map(({ region, cities }) => ({
      region,
      countries: [...groupBy(cities, (city) => [city.data.country])].map(
        ([country, inCountry]) => ({
          country,
          cities: inCountry,
        }),
      ),
    }));
}
