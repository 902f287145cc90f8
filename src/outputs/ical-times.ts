import { dayToDate } from '../data/entry-history.ts';
import { zonedInstant } from '../data/zoned-time.ts';

/** The dates of an event, as its facts give them. */
export interface EventDates {
  start: string;
  end?: string;
  startTime?: string;
  endTime?: string;
  timeZone?: string;
}

/** When an event starts and ends in iCalendar terms. */
export interface ICalTimes {
  allDay: boolean;
  start: Date;
  end?: Date;
}

/** The day after `day`, both YYYY-MM-DD. */
export function nextDay(day: string): Date {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/**
 * An event's start and end for iCalendar. Date-only events are all-day: DTSTART;VALUE=DATE
 * on the first day and an exclusive DTEND the day after the last (RFC 5545, 3.6.1). Timed
 * events are converted from their own zone to UTC with the runtime's full time-zone history:
 * VTIMEZONE data from libraries carries only today's rules, and would misplace past events
 * in zones that have since changed them (Mexico dropped summer time in 2022).
 */
export function toICalTimes(event: EventDates): ICalTimes {
  if (!event.startTime || !event.timeZone) {
    return { allDay: true, start: dayToDate(event.start), end: nextDay(event.end ?? event.start) };
  }
  const start = zonedInstant(event.start, event.startTime, event.timeZone);
  const end = event.endTime
    ? zonedInstant(event.end ?? event.start, event.endTime, event.timeZone)
    : undefined;
  return { allDay: false, start, end };
}
