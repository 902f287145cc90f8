/**
 * Wall-clock times of an event are written in its own IANA zone. These helpers turn a day,
 * a time and a zone into an instant, without depending on the build machine's zone.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offsets found, by zone and instant: the same starts and ends are asked about on every page
 * that lists their events, and ICU's formatting into parts is what costs.
 */
const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at an instant (60 for Berlin in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const key = `${timeZone} ${instant.getTime()}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = computeOffsetMinutes(instant, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function computeOffsetMinutes(instant: Date, timeZone: string): number {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  const wallAsUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((wallAsUtc - instant.getTime()) / 60_000);
}

/** The instant at which the clocks of `timeZone` show `time` on `day`. */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, date, hours, minutes);
  // The offset depends on the instant; a second pass settles days when clocks change.
  let instant = wallAsUtc - zoneOffsetMinutes(new Date(wallAsUtc), timeZone) * 60_000;
  instant = wallAsUtc - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** ISO 8601 with the zone's offset at that time, as schema.org wants: 2020-11-17T13:00:00+01:00. */
export function isoWithOffset(day: string, time: string, timeZone: string): string {
  const offset = zoneOffsetMinutes(zonedInstant(day, time, timeZone), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${day}T${time}:00${sign}${hours}:${minutes}`;
}
