import type { APIRoute } from 'astro';
import { localePaths } from '../../data/routes.ts';
import { calendarResponse } from '../../outputs/calendar-route.ts';

export const getStaticPaths = localePaths;

/** Every event of the archive as one calendar, for subscribing. */
export const GET: APIRoute<never, { lang: string }> = ({ params }) =>
  calendarResponse(params.lang, 'all');
