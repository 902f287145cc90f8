import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { documentFilePaths } from '../../../../data/routes.ts';

export const getStaticPaths = documentFilePaths;

/** A document file of a statement or publication, served as the editor put it in its folder. */
export const GET: APIRoute<{ path: string }> = async ({ props }) =>
  new Response(await readFile(props.path));
