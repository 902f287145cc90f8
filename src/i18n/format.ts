import { zonedInstant } from '../data/zoned-time.ts';
import { getLocale } from './locales.ts';

/**
 * Locale-aware formatting through `Intl`. Date-only values are formatted in UTC on purpose:
 * they name a calendar day, and formatting them in the build machine's zone shifts the day.
 */
const UTC = 'UTC';

// Intl formatters are costly to create and pages format thousands of values: keep one each.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  if (!formatters.has(key)) formatters.set(key, create());
  return formatters.get(key) as T;
}

/**
 * Results of formatting, by what was asked. The same days and names recur on thousands of
 * pages (an event's dates on its page and in five listings, in six languages), and ICU's
 * range and name lookups cost far more than a map lookup: at 10,000 events they took a
 * tenth of the rendering time.
 */
const results = new Map<string, string>();
function remembered(key: string, compute: () => string): string {
  let result = results.get(key);
  if (result === undefined) {
    result = compute();
    results.set(key, result);
  }
  return result;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const lang = getLocale(locale).lang;
  return cached(
    `date:${lang}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(lang, { ...options, timeZone: UTC }),
  );
}

function displayNames(lang: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return cached(`names:${lang}:${type}`, () => new Intl.DisplayNames([lang], { type }));
}

function utcDate(isoDay: string): Date {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * `formatRange`, guarded. For some locales the ICU in Node falls back to a numeric pattern
 * for ranges (Chinese gives "2015/9/28 – 2015/9/30" while a single day is "2015年9月28日").
 * When the range lacks the words of the single-date pattern, the two ends are written in
 * full instead.
 */
function formatRange(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  const range = format.formatRange(start, end);
  const words = format
    .formatToParts(start)
    .filter((part) => part.type === 'literal' && part.value.trim())
    .map((part) => part.value.trim());
  return words.every((word) => range.includes(word))
    ? range
    : `${format.format(start)} – ${format.format(end)}`;
}

/** A calendar day, like 28 September 2015, in the locale's words. */
export function formatDay(isoDay: string, locale: string): string {
  return formatDayRange(isoDay, undefined, locale);
}

/** A span of days, like 28–30 September 2015, or one day when `end` is absent or the same. */
export function formatDayRange(start: string, end: string | undefined, locale: string): string {
  return remembered(`days:${locale}:${start}:${end ?? ''}`, () => {
    const format = dateFormat(locale, { dateStyle: 'long' });
    return !end || end === start
      ? format.format(utcDate(start))
      : formatRange(format, utcDate(start), utcDate(end));
  });
}

/** A date known to the year (2019), month (October 2019) or day. */
export function formatPartialDate(date: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    date.length === 4
      ? { year: 'numeric' }
      : date.length === 7
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'long' };
  const padded = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return dateFormat(locale, options).format(utcDate(padded));
}

/**
 * What `Intl` calls a country (ISO 3166-1 code, `MX`) or a UN M49 area (`150`) in the
 * locale's language. Pages name countries through `countryName`, which lets the site
 * configuration override this.
 */
export function intlRegionName(code: string, locale: string): string {
  const lang = getLocale(locale).lang;
  return remembered(`region:${lang}:${code}`, () => displayNames(lang, 'region').of(code) ?? code);
}

/** The name of a language from its BCP 47 tag, in the locale's language. */
export function languageName(tag: string, locale: string): string {
  const lang = getLocale(locale).lang;
  return remembered(`language:${lang}:${tag}`, () => displayNames(lang, 'language').of(tag) ?? tag);
}

/** A language's name in that language itself, as language pickers show it. */
export function nativeLanguageName(tag: string): string {
  return remembered(`native:${tag}`, () => displayNames(tag, 'language').of(tag) ?? tag);
}

/** A whole number with the locale's digit grouping. */
export function formatNumber(value: number, locale: string): string {
  const lang = getLocale(locale).lang;
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

function listFormat(locale: string): Intl.ListFormat {
  const lang = getLocale(locale).lang;
  return cached(`list:${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' }));
}

/** A list joined the locale's way: "Goyang and Huejotzingo". */
export function formatList(items: string[], locale: string): string {
  return listFormat(locale).format(items);
}

/** The pieces of a list joined the locale's way, for a list whose items are links. */
export function formatListParts(items: string[], locale: string) {
  return listFormat(locale).formatToParts(items);
}

/**
 * A span of wall-clock time in the event's own zone, with the zone named in the locale's
 * words: "13:00–14:30 Central European Standard Time".
 */
export function formatTimeRange(
  day: string,
  start: string,
  end: string | undefined,
  timeZone: string,
  locale: string,
): string {
  const lang = getLocale(locale).lang;
  const times = cached(
    `time:${lang}:${timeZone}`,
    () => new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }),
  );
  const from = zonedInstant(day, start, timeZone);
  const range = end
    ? formatRange(times, from, zonedInstant(day, end, timeZone))
    : times.format(from);
  const zoneName = cached(
    `zone:${lang}:${timeZone}`,
    () => new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'long' }),
  )
    .formatToParts(from)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zoneName ? `${range} ${zoneName}` : range;
}

/**
 * The size of a file in the locale's words and digits, in decimal units as file managers
 * show them: "240 kB", "1.2 MB".
 */
export function formatFileSize(bytes: number, locale: string): string {
  const lang = getLocale(locale).lang;
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : (['kilobyte', Math.max(bytes / 1000, 1)] as const);
  return cached(
    `size:${lang}:${unit}`,
    () =>
      new Intl.NumberFormat(lang, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
      }),
  ).format(value);
}
