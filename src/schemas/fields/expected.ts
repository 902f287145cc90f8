import { DayNotOnCalendar } from './day-not-on-calendar.ts';

/** How an editor would describe a value they wrote: "the text 'x'", "the number 3". */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof DayNotOnCalendar) return `the date ${value.written}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text '${value}'`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/**
 * The message of a wrongly typed or missing value, naming what the field takes in the
 * editor's terms: `expected(a date written as YYYY-MM-DD)`.
 */
export function expected(what: string) {
  return (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined
      ? `is required; add ${what}`
      : `expected ${what}, got ${describeValue(issue.input)}`;
  };
}
