import * as jsYaml from 'js-yaml';
import { DEFAULT_SCHEMA, Type } from 'js-yaml';
import { isCalendarDay } from '../schemas/fields/dates.ts';
import { DayNotOnCalendar } from '../schemas/fields/day-not-on-calendar.ts';

// The types js-yaml is built from are exported, but not declared in its type definitions.
const { timestamp } = (jsYaml as unknown as { types: { timestamp: Type } }).types;

/** The day at the start of a YAML timestamp: `2017-02-30` and `2017-2-3T10:00:00Z` alike. */
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/** Whether the day a timestamp starts with is on the calendar (no 30 February). */
function dayExists(text: string): boolean {
  const [, year, month, day] = DAY.exec(text) ?? [];
  return isCalendarDay(`${year}-${month}-${day}`);
}

/**
 * js-yaml's timestamps, except a day that is not on the calendar. js-yaml would turn
 * `2017-02-30` into 2 March without a word; here it is still a Date, as to the build, so a
 * text field refuses it as the build would, but one that keeps the text the editor wrote,
 * for a date field to say it is not a day of the calendar.
 */
const calendarTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: timestamp.resolve,
  construct: (data: string) =>
    dayExists(data) ? timestamp.construct(data) : new DayNotOnCalendar(data),
});

/**
 * The schema the checker reads front matter with: Astro's (js-yaml's default), so the
 * checker sees the values the build will, except for a day not on the calendar, which the
 * build would move to another day and the checker refuses (DayNotOnCalendar). A type with
 * the same tag replaces the default's in place; it only reads, so it has no way to write.
 */
export const FRONT_MATTER_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [calendarTimestamp] });
