import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createEventsGeoJson } from '../../outputs/geojson.ts';

/** Events at the point of their city, as GeoJSON. */
export const GET: APIRoute = async () =>
  new Response(createEventsGeoJson(await getArchive()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
