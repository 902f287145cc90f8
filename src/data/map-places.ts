import { projectPoint, type MapPoint } from '../outputs/map/projection.ts';
import { cityCoordinates } from './city-coordinates.ts';

/** A city as a dot on a map. */
export interface MapPlace<City> {
  city: City;
  point: MapPoint;
}

/** The cities of a map: those with coordinates as dots, and how many have none. */
export interface MapPlaces<City> {
  places: MapPlace<City>[];
  missing: number;
}

/** Projects every city that has coordinates, in the order given; counts those that have none. */
export function getMapPlaces<City extends { data: object }>(
  cities: readonly City[],
): MapPlaces<City> {
  const places = cities.flatMap((city) => {
    const coordinates = cityCoordinates(city);
    return coordinates ? [{ city, point: projectPoint(coordinates) }] : [];
  });
  return { places, missing: cities.length - places.length };
}

/** The dot of one city on a locator map, or undefined when it has no coordinates. */
export function locatorPoint(city: { data: object } | undefined): MapPoint | undefined {
  const coordinates = city && cityCoordinates(city);
  return coordinates && projectPoint(coordinates);
}
