import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createAwardWinnersCsv } from '../../outputs/csv-exports.ts';

/** Every winning city of every award round as one row of a table. */
export const GET: APIRoute = async () =>
  new Response(createAwardWinnersCsv(await getArchive()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
