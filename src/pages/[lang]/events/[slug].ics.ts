import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import type { Entry } from '../../../data/load-archive.ts';
import { entryLabel } from '../../../data/entry-label.ts';
import { entryPaths } from '../../../data/routes.ts';
import { absoluteUrl, entryUrl } from '../../../data/urls.ts';
import { createCalendar } from '../../../outputs/ical.ts';

export const getStaticPaths = () => entryPaths('events');

/** One event as an iCalendar file, for the "Add to calendar" link of its page. */
export const GET: APIRoute<{ entry: Entry<'events'> }, { lang: string }> = async ({
  props,
  params,
}) => {
  const { entry } = props;
  const body = createCalendar(await getArchive(), [entry], {
    name: entryLabel(entry, params.lang).text,
    url: absoluteUrl(entryUrl(entry, params.lang)),
    locale: params.lang,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
