import type { APIRoute } from 'astro';
import site from '../../../../../annals.config.ts';
import { createArchiveJsonSchema } from '../../../../outputs/export-schema.ts';

/** The JSON Schema of `/data/archive.json`, generated from the content schemas. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(createArchiveJsonSchema(site.url), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
