import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import type { Entry } from '../../../data/load-archive.ts';
import { entryPaths } from '../../../data/routes.ts';
import { eventCalendarText } from '../../../outputs/event-calendars.ts';

// Only `astro dev` serves the calendars from here: a build writes them all in one go
// (src/pages/event-calendars.ts), tens of thousands of routes being slow to render.
export const getStaticPaths = () =>
  import.meta.env.DEV ? entryPaths('events', eventCalendarText) : [];

/** One event as an iCalendar file, for the "Add to calendar" link of its page. */
export const GET: APIRoute<{ entry: Entry<'events'> }, { lang: string }> = async ({
  props,
  params,
}) => {
  const body = eventCalendarText(await getArchive(), props.entry, params.lang);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
