import ICAL from 'ical.js';

/** One VEVENT as ical.js reads it. */
export interface ParsedEvent {
  uid?: string;
  summary?: string;
  location?: string;
  description?: string;
  url?: string;
  /** DTSTART and DTEND as ical.js writes them: `2020-11-17T12:00:00Z`, or `2020-11-17` for a day. */
  start?: string;
  end?: string;
  allDay: boolean;
  startInstant?: Date;
}

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
};

/** Parses an iCalendar file with ical.js (which throws on malformed input) into its events. */
export function parseCalendar(source: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(source));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time | null;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time | null;
    return {
      uid: text(vevent, 'uid'),
      summary: text(vevent, 'summary'),
      location: text(vevent, 'location'),
      description: text(vevent, 'description'),
      url: text(vevent, 'url'),
      start: start?.toString(),
      end: end?.toString(),
      allDay: start?.isDate ?? false,
      startInstant: start && !start.isDate ? start.toJSDate() : undefined,
    };
  });
  return { calendar, events };
}

/**
 * What breaks RFC 5545's line rules in an iCalendar file: a line longer than 75 octets
 * (UTF-8 bytes, before its CRLF), a line break that is not CRLF, or a missing final CRLF.
 */
export function icsLineProblems(source: string): string[] {
  const problems: string[] = [];
  if (!source.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/[^\r]\n|\r(?!\n)/.test(source)) problems.push('has a line break that is not CRLF');
  source.split('\r\n').forEach((line, index) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets: ${line.slice(0, 40)}…`);
  });
  return problems;
}
