import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createCitiesGeoJson } from '../../outputs/geojson.ts';

/** Cities with coordinates, as GeoJSON points. */
export const GET: APIRoute = async () =>
  new Response(createCitiesGeoJson(await getArchive()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
