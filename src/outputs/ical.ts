import ical, { ICalCalendarMethod } from 'ical-generator';
import site from '../../annals.config.ts';
import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { toICalEvent } from './ical-event.ts';

/** What a calendar says about itself. */
export interface CalendarInfo {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** Address of the page the calendar belongs to. */
  url: string;
  locale: string;
}

/**
 * An iCalendar file (RFC 5545) of `events`, in the words of `locale`. ical-generator escapes
 * text and folds lines at 75 octets with CRLF; events keep the order they are given in.
 */
export function createCalendar(
  archive: Archive,
  events: readonly Entry<'events'>[],
  info: CalendarInfo,
): string {
  const calendar = ical({
    name: info.name,
    url: info.url,
    method: ICalCalendarMethod.PUBLISH,
    prodId: {
      company: new URL(site.url).host,
      product: 'Annals',
      language: info.locale.toUpperCase(),
    },
    events: events.map((event) => toICalEvent(archive, event, info.locale)),
  }).toString();
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits it.
  return calendar.endsWith('\r\n') ? calendar : `${calendar}\r\n`;
}
