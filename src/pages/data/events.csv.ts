import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createEventsCsv } from '../../outputs/csv-exports.ts';

/** Every event as one row of a table. */
export const GET: APIRoute = async () =>
  new Response(createEventsCsv(await getArchive()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
