import type { APIRoute } from 'astro';
import { absoluteUrl, dataFileUrl } from '../../../../data/urls.ts';
import { ARCHIVE_SCHEMA_FILE, createArchiveJsonSchema } from '../../../../outputs/export-schema.ts';

/** The JSON Schema of `/data/archive.json`, generated from the content schemas. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(createArchiveJsonSchema(absoluteUrl(dataFileUrl(ARCHIVE_SCHEMA_FILE))), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
