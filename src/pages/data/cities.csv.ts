import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createCitiesCsv } from '../../outputs/csv-exports.ts';

/** Every city as one row of a table, with where it is and what other systems call it. */
export const GET: APIRoute = async () =>
  new Response(createCitiesCsv(await getArchive()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
