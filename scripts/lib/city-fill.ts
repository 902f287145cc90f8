import { coordinatesOf, placeById, placesNamed, type GeoNamesPlace } from './geonames-places.ts';

/** The facts of a city that `npm run coordinates` reads. */
export interface CityFacts {
  name: string;
  country: string;
  geonames?: number;
  coordinates?: unknown;
}

/** What to do to one city: front-matter lines to add, and what to tell the editor. */
export interface CityFill {
  lines: string[];
  note?: string;
}

const coordinatesLine = (place: GeoNamesPlace) => {
  const { latitude, longitude } = coordinatesOf(place);
  return `coordinates: { latitude: ${latitude}, longitude: ${longitude} }`;
};

const describe = (place: GeoNamesPlace) =>
  `${place.cityId} ${place.name} (${place.featureCode}, ${place.population.toLocaleString('en')} inhabitants)`;

/**
 * What to add to a city: its coordinates from its GeoNames id; or, when `match` is set and it
 * has no id, both from the one place of its country with its name. Several places of one name
 * are never guessed between: they are listed for the editor to choose from.
 */
export function planCityFill(
  places: readonly GeoNamesPlace[],
  city: CityFacts,
  match: boolean,
): CityFill {
  if (city.coordinates) return { lines: [] };
  if (city.geonames !== undefined) {
    const place = placeById(places, city.geonames);
    if (place)
      return { lines: [coordinatesLine(place)], note: `coordinates of ${describe(place)}` };
    return {
      lines: [],
      note: `GeoNames id ${city.geonames} is not among the places of 1,000 inhabitants or more; write coordinates by hand`,
    };
  }
  if (!match) return { lines: [], note: 'no geonames id; --match looks it up by name' };
  const found = placesNamed(places, city.name, city.country);
  if (found.length === 1) {
    const place = found[0]!;
    return {
      lines: [`geonames: ${place.cityId}`, coordinatesLine(place)],
      note: `matched ${describe(place)}; check it is the city meant, as a name can belong to a village too`,
    };
  }
  if (found.length === 0)
    return {
      lines: [],
      note: `no place named ${city.name} in ${city.country}; add geonames by hand`,
    };
  return {
    lines: [],
    note: `${found.length} places named ${city.name} in ${city.country}, add the right geonames id by hand: ${found.map(describe).join('; ')}`,
  };
}
