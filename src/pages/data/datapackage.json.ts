import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { createDataPackage } from '../../outputs/data-package.ts';

/** The Data Package that describes the open-data files, fields and types included. */
export const GET: APIRoute = async () =>
  new Response(createDataPackage(await getArchive()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
