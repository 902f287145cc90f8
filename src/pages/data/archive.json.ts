import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createArchiveExport } from '../../outputs/archive-export.ts';

/** The whole archive as JSON, in every language; its schema is `schema/v1/archive.schema.json`. */
export const GET: APIRoute = async () =>
  new Response(createArchiveExport(await getArchive()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
