import type { Archive } from './archive.ts';
import type { Entry } from './load-archive.ts';
import { noteDayRead } from './record-reads.ts';

/**
 * Whether an event is not yet over on `today` (the build day): it ends, or without an end
 * starts, on or after that day. The one place that decides "upcoming" for pages, calendars
 * and the content check; ISO days compare as text, so no time zone comes into it.
 */
export function isUpcoming(dates: { start: string; end?: string }, today: string): boolean {
  // A page that asks depends on the answer, which the day can change (its cache key).
  noteDayRead(dates);
  return (dates.end ?? dates.start) >= today;
}

/**
 * Events that end on or after `today` (the build day), soonest first. Events are stored
 * newest first, so the filtered list is read backwards.
 */
export function getUpcomingEvents(archive: Archive, today: string): Entry<'events'>[] {
  return archive.events.filter((event) => isUpcoming(event.data, today)).reverse();
}

/** Events that were over before `today`, newest first. */
export function getPastEvents(archive: Archive, today: string): Entry<'events'>[] {
  return archive.events.filter((event) => !isUpcoming(event.data, today));
}
