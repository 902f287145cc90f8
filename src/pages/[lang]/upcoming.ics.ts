import type { APIRoute } from 'astro';
import { localePaths } from '../../data/routes.ts';
import { calendarResponse } from '../../outputs/calendar-route.ts';

export const getStaticPaths = localePaths;

/** The events that have not ended by the day of the build, for subscribing. */
export const GET: APIRoute<never, { lang: string }> = ({ params }) =>
  calendarResponse(params.lang, 'upcoming');
