import type { Archive } from '../data/archive.ts';
import { entryLabel } from '../data/entry-label.ts';
import type { Entry } from '../data/load-archive.ts';
import { entryPageKeys } from '../data/page-keys.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { LOCALES } from '../i18n/locales.ts';
import { createCalendar } from './ical.ts';

/** One event's calendar in one locale: its file in the built site and what it depends on. */
export interface EventCalendar {
  /** Path in the built site, like `fr/events/2015-mexico-city.ics`. */
  file: string;
  /** Changes whenever the calendar's text would: the entries its text reads, its history. */
  key: string;
  entry: Entry<'events'>;
  locale: string;
}

/** Every event's calendar in every locale, at the addresses `eventCalendarUrl` gives. */
export function eventCalendars(archive: Archive): EventCalendar[] {
  // A calendar gives the event's summary, not its body: an edit of the body writes none again.
  const keyOf = entryPageKeys(archive, eventCalendarText, { showsBody: false });
  return LOCALES.flatMap(({ code: locale }) =>
    archive.events.map((entry) => ({
      file: `${locale}/events/${entry.slug}.ics`,
      key: keyOf(entry, locale),
      entry,
      locale,
    })),
  );
}

/** The text of one event's calendar, for its page's "Add to calendar" link. */
export function eventCalendarText(archive: Archive, entry: Entry<'events'>, locale: string) {
  return createCalendar(archive, [entry], {
    name: entryLabel(entry, locale).text,
    url: absoluteUrl(entryUrl(entry, locale)),
    locale,
  });
}
