import type { Archive } from './archive.ts';
import type { Entry } from './load-archive.ts';

/**
 * Events that end on or after `today` (the build day), soonest first. Events are stored
 * newest first, so the filtered list is read backwards.
 */
export function getUpcomingEvents(archive: Archive, today: string): Entry<'events'>[] {
  return archive.events.filter((event) => (event.data.end ?? event.data.start) >= today).reverse();
}
