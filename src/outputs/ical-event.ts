import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import site from '../../annals.config.ts';
import type { Archive } from '../data/archive.ts';
import { entryLabel } from '../data/entry-label.ts';
import { getEntryHistory } from '../data/entry-history.ts';
import type { Entry } from '../data/load-archive.ts';
import { localize } from '../data/localize.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { formatList } from '../i18n/format.ts';
import { countryName } from '../i18n/place-names.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { EVENT_STATUSES } from '../schemas/event.ts';
import { contentDay } from './content-day.ts';
import { toICalTimes } from './ical-times.ts';
import { onlineLink } from './online-link.ts';

const STATUS: Record<(typeof EVENT_STATUSES)[number], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  // Postponed without a new date: it may still happen, but not on the days shown.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The UID of an event: its folder name at the site's host. The folder name never changes
 * when a slug does, and the UID is the same in every locale's calendar, so a calendar that
 * imports the event twice keeps one copy.
 */
export function eventUid(event: Entry<'events'>): string {
  return `${event.id}@${new URL(site.url).host}`;
}

/** LOCATION: the venue and its address for a physical event, the join link for an online one. */
function locationOf(archive: Archive, event: Entry<'events'>, locale: string) {
  const { venue, address, attendance, status } = event.data;
  const online = attendance === 'online' || status === 'moved-online';
  if (online) return onlineLink(event) ?? useTranslations(locale)('attendance.online');
  const { city, country } = archive.placeOf(event);
  const parts = [
    venue,
    address,
    city && entryLabel(city, locale).text,
    country && countryName(country, locale),
  ];
  return parts.filter(Boolean).join(', ') || undefined;
}

/** DESCRIPTION: the summary, the organisers, and where to read more. */
function descriptionOf(archive: Archive, event: Entry<'events'>, locale: string, url: string) {
  const t = useTranslations(locale);
  const organisers = event.data.organisers.map(
    (ref) => entryLabel(archive.get('organisations', ref.id), locale).text,
  );
  return [
    localize(event, locale).text('summary')?.text,
    organisers.length ? `${t('field.organisers')}: ${formatList(organisers, locale)}` : '',
    url,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** One event as an iCalendar VEVENT, in the words of `locale`. */
export function toICalEvent(
  archive: Archive,
  event: Entry<'events'>,
  locale: string,
): ICalEventData {
  const url = absoluteUrl(entryUrl(event, locale));
  const history = getEntryHistory(event, locale, contentDay(archive, event));
  return {
    id: eventUid(event),
    ...toICalTimes(event.data),
    // DTSTAMP is required; the build time would make two builds differ.
    stamp: history?.updated ?? new Date(0),
    created: history?.published ?? null,
    lastModified: history?.updated ?? null,
    summary: entryLabel(event, locale).text,
    description: descriptionOf(archive, event, locale, url),
    location: locationOf(archive, event, locale) ?? null,
    url,
    status: STATUS[event.data.status],
    categories: [{ name: useTranslations(locale)(`eventType.${event.data.type}`) }],
  };
}
