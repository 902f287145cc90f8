import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

type Properties = Record<string, string | number | undefined>;

const byId = <T extends Entry>(entries: readonly T[]) =>
  [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A Point feature at a city (GeoJSON puts longitude first), or none without coordinates. */
function pointAt(city: Entry<'cities'> | undefined, id: string, properties: Properties) {
  const coordinates = city?.data.coordinates;
  if (!coordinates) return [];
  return [
    {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [coordinates.longitude, coordinates.latitude] },
      // JSON has no undefined: an absent value is left out, as in archive.json.
      properties: JSON.parse(JSON.stringify(properties)) as Properties,
    },
  ];
}

const collection = (features: unknown[]) =>
  `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;

/** `/data/cities.geojson`: every city with coordinates, as a point, sorted by id. */
export function createCitiesGeoJson(archive: Archive): string {
  return collection(
    byId(archive.cities).flatMap((city) =>
      pointAt(city, city.id, {
        name: city.data.name,
        url: absoluteUrl(entryUrl(city, DEFAULT_LOCALE)),
        country: city.data.country,
        geonames: city.data.geonames,
        wikidata: city.data.wikidata,
      }),
    ),
  );
}

/** `/data/events.geojson`: every event whose city has coordinates, at that city, sorted by id. */
export function createEventsGeoJson(archive: Archive): string {
  return collection(
    byId(archive.events).flatMap((event) => {
      const { city, country } = archive.placeOf(event);
      return pointAt(city, event.id, {
        title: event.data.title,
        url: absoluteUrl(entryUrl(event, DEFAULT_LOCALE)),
        type: event.data.type,
        start: event.data.start,
        end: event.data.end,
        attendance: event.data.attendance,
        city: city?.id,
        country,
      });
    }),
  );
}
