import type { APIRoute } from 'astro';
import folders from 'virtual:annals/build-folders';
import { getArchive } from '../data/archive.ts';
import { keyedFolders, writeKeyedFiles } from '../outputs/keyed-files.ts';
import { eventCalendars, eventCalendarText } from '../outputs/event-calendars.ts';

/**
 * Writes every event's calendar in every locale (`/fr/events/x.ics`) in one go, straight from
 * the archive, instead of rendering each as a page of its own: tens of thousands of plain text
 * files, where Astro's rendering of one route per file cost a minute at 10,000 events. A
 * calendar whose key is unchanged since the last build is copied from the store. The response
 * is empty, so Astro writes no file for this address itself; in `astro dev`
 * `src/pages/[lang]/events/[slug].ics.ts` serves the calendars instead.
 */
export const GET: APIRoute = async () => {
  if (folders) {
    const archive = await getArchive();
    writeKeyedFiles(
      eventCalendars(archive),
      ({ entry, locale }) => eventCalendarText(archive, entry, locale),
      keyedFolders(folders, 'calendars'),
    );
  }
  return new Response(null);
};
