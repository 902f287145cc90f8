import { DEFAULT_LOCALE, getLocale } from '../../i18n/locales.ts';
import type { Archive } from '../archive.ts';
import { editionLinks, type EditionLink } from '../edition-links.ts';
import { cityLocator, type LocatorPlace } from '../map-view.ts';
import { getBuildDay } from '../build-day.ts';
import type { Entry } from '../load-archive.ts';
import { localize, type LocalText } from '../localize.ts';
import type { Region } from '../regions.ts';
import { isUpcoming } from '../upcoming-events.ts';
import { eventCalendarUrl, eventListingUrl } from '../urls.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

type Session = Entry<'events'>['data']['sessions'][number];
type Link = Entry<'events'>['data']['links'][number];

/** Everything an event's page shows, in one locale. */
export interface EventView {
  page: EntryPageView;
  entry: Entry<'events'>;
  /** The step between the events listing and the event: its year's listing. */
  yearCrumb: { label: string; href: string };
  series?: Entry<'series'>;
  city?: Entry<'cities'>;
  country?: string;
  region?: Region;
  organisers: Entry<'organisations'>[];
  hostCities: Entry<'cities'>[];
  /** The theme in the locale, or in the default language. */
  theme?: LocalText;
  /** Not yet over on the build day: the page invites readers to take part. */
  isUpcoming: boolean;
  calendarUrl: string;
  /** Registration and livestream links, offered while the event is upcoming. */
  takePartLinks: Link[];
  /** The programme, each session's title in the locale or the default language. */
  sessions: (Session & { localTitle: LocalText })[];
  statements: Entry<'statements'>[];
  awards: Entry<'awards'>[];
  publications: Entry<'publications'>[];
  /** Its city on a small world map; undefined when the city has no coordinates. */
  locator?: LocatorPlace;
  /** The editions of its series before and after it. */
  editions: { previous?: EditionLink; next?: EditionLink };
}

/** Session titles in `locale` where translated, else in the default language. */
function localSessions(entry: Entry<'events'>, locale: string): EventView['sessions'] {
  const translated = entry.translations.get(locale)?.data.sessions ?? {};
  const lang = getLocale(locale).lang;
  const defaultLang = getLocale(DEFAULT_LOCALE).lang;
  return entry.data.sessions.map((session) => {
    const title = translated[session.id];
    return {
      ...session,
      localTitle: title ? { text: title, lang } : { text: session.title, lang: defaultLang },
    };
  });
}

/**
 * What the page of event `entry` shows in `locale`, as of `today` (the build day unless a
 * test gives one): its place, series, organisers, the entries linked to it, and whether it
 * is still to come.
 */
export function eventView(
  archive: Archive,
  entry: Entry<'events'>,
  locale: string,
  today: string = getBuildDay(),
): EventView {
  const event = entry.data;
  const year = event.start.slice(0, 4);
  const { city, country, region } = archive.placeOf(entry);
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    yearCrumb: { label: year, href: eventListingUrl(locale, { facet: 'year', key: year }) },
    series: event.series && archive.get('series', event.series.id),
    city,
    country,
    region,
    organisers: event.organisers.map((ref) => archive.get('organisations', ref.id)),
    hostCities: event.hostCities.map((ref) => archive.get('cities', ref.id)),
    theme: localize(entry, locale).text('theme'),
    isUpcoming: isUpcoming(event, today),
    calendarUrl: eventCalendarUrl(entry, locale),
    takePartLinks: event.links.filter(
      (link) => link.kind === 'registration' || link.kind === 'livestream',
    ),
    sessions: localSessions(entry, locale),
    statements: archive.linksTo.statementsOfEvent.get(entry.id) ?? [],
    awards: archive.linksTo.awardsOfEvent.get(entry.id) ?? [],
    publications: archive.linksTo.publicationsOfEvent.get(entry.id) ?? [],
    locator: cityLocator(city, locale),
    editions: editionLinks(archive, entry, locale),
  };
}
