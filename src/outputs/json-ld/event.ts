import type { Archive } from '../../data/archive.ts';
import type { Entry } from '../../data/load-archive.ts';
import { isoWithOffset } from '../../data/zoned-time.ts';
import { eventLocation } from './place.ts';
import { entryBasics, entryReference, nodeId, nodeReference } from './references.ts';
import { sameAs } from './identifiers.ts';
import type { JsonLd } from './serialize.ts';

const SCHEMA = 'https://schema.org/';

const ATTENDANCE_MODE = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  hybrid: 'MixedEventAttendanceMode',
} as const;

const EVENT_STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
} as const;

/**
 * Start and end as schema.org wants them: with the zone's offset when the event has times
 * (2020-11-17T13:00:00+01:00), as plain days otherwise. A cancelled or postponed event
 * keeps the dates it had.
 */
export function eventDates(event: Entry<'events'>['data']) {
  const { start, end, startTime, endTime, timeZone } = event;
  const startDate = startTime && timeZone ? isoWithOffset(start, startTime, timeZone) : start;
  if (endTime && timeZone)
    return { startDate, endDate: isoWithOffset(end ?? start, endTime, timeZone) };
  return { startDate, endDate: startTime ? end : (end ?? start) };
}

/** An event as schema.org `Event`, for search engines and other readers of the page. */
export function toEventJsonLd(archive: Archive, event: Entry<'events'>, locale: string): JsonLd {
  const { data } = event;
  const movedOnline = data.status === 'moved-online';
  const series = data.series && archive.get('series', data.series.id);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': nodeId(event, locale),
    ...entryBasics(event, locale),
    ...eventDates(data),
    eventAttendanceMode: `${SCHEMA}${ATTENDANCE_MODE[movedOnline ? 'online' : data.attendance]}`,
    eventStatus: `${SCHEMA}${EVENT_STATUS[data.status]}`,
    previousStartDate: data.status === 'rescheduled' ? data.previousStart : undefined,
    location: eventLocation(archive, event, locale),
    organizer: data.organisers.map((ref) =>
      entryReference('Organization', archive.get('organisations', ref.id), locale),
    ),
    inLanguage: data.languages.length > 1 ? data.languages : data.languages[0],
    superEvent: series ? nodeReference(series, locale) : undefined,
    sameAs: sameAs(data),
  };
}
