import { z } from 'astro/zod';
import { DayNotOnCalendar } from './day-not-on-calendar.ts';
import { expected } from './expected.ts';

/**
 * Astro and the checker parse front matter with js-yaml, which turns an unquoted
 * `2015-09-28` into a JavaScript Date at UTC midnight, where a quoted one stays text. Both
 * must arrive at the same date-only string, so a Date is read back in UTC; a day not on the
 * calendar goes on as the text written, for the refinement below to name.
 */
function dateToIsoString(value: unknown): unknown {
  if (value instanceof DayNotOnCalendar) return value.written;
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : value;
}

/** True when `text` (YYYY-MM-DD) names a day that exists, so 2023-02-30 is refused. */
export function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** A calendar day with no time and no zone, kept as the text `YYYY-MM-DD`. */
export const IsoDateSchema = z.preprocess(
  dateToIsoString,
  z
    .string({ error: expected('a date written as YYYY-MM-DD, like 2015-09-28') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      abort: true,
      error: (issue) =>
        `'${String(issue.input)}' is not a date; write it as YYYY-MM-DD, like 2015-09-28`,
    })
    .refine(isCalendarDay, {
      error: (issue) => `'${String(issue.input)}' is not a day of the calendar`,
    }),
);

/**
 * A date known only to the year or month, as archives often are: `2019`, `2019-10` or
 * `2019-10-01`. js-yaml reads an unquoted year as a number, so numbers are accepted too.
 */
export const PartialDateSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToIsoString(value)),
  z
    .string({ error: expected('a date: YYYY, YYYY-MM or YYYY-MM-DD') })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      abort: true,
      error: (issue) =>
        `'${String(issue.input)}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, like 2019 or 2019-10-01`,
    })
    .refine((text) => text.length < 10 || isCalendarDay(text), {
      error: (issue) => `'${String(issue.input)}' is not a day of the calendar`,
    })
    .refine((text) => text.length !== 7 || isMonth(Number(text.slice(5))), {
      error: (issue) => `'${String(issue.input)}' has no such month; months run 01 to 12`,
    }),
);

/** A wall-clock time in 24-hour form, `HH:MM`, read in the event's own time zone. */
export const LocalTimeSchema = z
  .string({ error: expected("a time in quotes, written HH:MM on a 24-hour clock, like '13:00'") })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: (issue) =>
      `'${String(issue.input)}' is not a time; write HH:MM on a 24-hour clock, like '09:30' or '13:00'`,
  });

// Creating a DateTimeFormat to try a zone is slow, and a large archive names the same few
// zones thousands of times: at 10,000 events this was a tenth of `npm run check`.
const knownZones = new Map<string, boolean>();

/** True when the runtime knows `name` as an IANA time zone (offsets like +01:00 are refused). */
export function isIanaTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = /^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+)+)$/.test(name) && runtimeKnowsZone(name);
    knownZones.set(name, known);
  }
  return known;
}

function runtimeKnowsZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Europe/Berlin` or `America/Mexico_City`. */
export const TimeZoneSchema = z
  .string({ error: expected('an IANA time zone name, like Europe/Berlin') })
  .refine(isIanaTimeZone, {
    error: (issue) =>
      `'${String(issue.input)}' is not an IANA time zone; use a name like Europe/Berlin, America/Mexico_City or Asia/Seoul`,
  });
