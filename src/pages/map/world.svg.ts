import type { APIRoute } from 'astro';
import { createWorldSvg } from '../../outputs/map/world-outline.ts';

/** The world outline, one file for every map of the site, so the browser fetches it once. */
export const GET: APIRoute = () =>
  new Response(createWorldSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
