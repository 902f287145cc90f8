import { countryName, regionName } from '../i18n/place-names.ts';
import { getLocale } from '../i18n/locales.ts';
import type { MapPoint } from '../outputs/map/projection.ts';
import type { Archive } from './archive.ts';
import { getCitiesByRegion } from './cities-by-region.ts';
import { entryLabel } from './entry-label.ts';
import type { Entry } from './load-archive.ts';
import type { LocalText } from './localize.ts';
import { getMapPlaces, locatorPoint } from './map-places.ts';
import { entryUrl } from './urls.ts';

/** A linked dot on the map page. */
export interface MapDot {
  href: string;
  name: LocalText;
  point: MapPoint;
}

/** The places of the map page as a text list: by region (unnamed for none), then country. */
export interface MapRegion {
  key: string;
  name?: string;
  countries: { name: string; cities: Entry<'cities'>[] }[];
}

/** What the map page shows: its dots, the same places listed, and how many are left off. */
export interface MapView {
  dots: MapDot[];
  regions: MapRegion[];
  missing: number;
}

/** The map page of a locale: every city with coordinates, as a dot and in a sorted list. */
export function mapView(archive: Archive, locale: string): MapView {
  const { places, missing } = getMapPlaces(archive.cities);
  const onMap = new Set(places.map((place) => place.city.id));
  const collator = new Intl.Collator(getLocale(locale).lang);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const byLabel = (a: Entry, b: Entry) =>
    collator.compare(entryLabel(a, locale).text, entryLabel(b, locale).text);
  const regions = getCitiesByRegion(archive)
    .map(({ region, countries }) => ({
      key: region?.key ?? 'other',
      name: region && regionName(region, locale),
      countries: countries
        .map(({ country, cities }) => ({
          name: countryName(country, locale),
          cities: cities.filter((city) => onMap.has(city.id)).toSorted(byLabel),
        }))
        .filter(({ cities }) => cities.length > 0)
        .toSorted(byName),
    }))
    .filter(({ countries }) => countries.length > 0);
  const dots = places.map(({ city, point }) => ({
    href: entryUrl(city, locale),
    name: entryLabel(city, locale),
    point,
  }));
  return { dots, regions, missing };
}

/** A place on a small locator map: where its dots go, and its name for the map's label. */
export interface LocatorPlace {
  points: MapPoint[];
  name: string;
}

/** The locator map of a city (or an event's city); undefined when it has no coordinates. */
export function cityLocator(
  city: Entry<'cities'> | undefined,
  locale: string,
): LocatorPlace | undefined {
  const point = locatorPoint(city);
  return city && point && { points: [point], name: entryLabel(city, locale).text };
}

/**
 * The locator map of a country (`key` as in its events listing's address, `ie`): a dot for
 * each of its cities with coordinates; undefined when none has them.
 */
export function countryLocator(
  archive: Archive,
  key: string,
  locale: string,
): LocatorPlace | undefined {
  const code = key.toUpperCase();
  const cities = archive.cities.filter((city) => city.data.country === code);
  const { places } = getMapPlaces(cities);
  return places.length > 0
    ? { points: places.map((place) => place.point), name: countryName(code, locale) }
    : undefined;
}
