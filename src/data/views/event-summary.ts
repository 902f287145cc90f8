import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';
import type { EventGroup } from '../event-listings.ts';
import { countryLocator, type LocatorPlace } from '../map-view.ts';
import type { Page } from '../paginate.ts';

/** An event as a list shows it: linked, with its dates, type, place and languages. */
export interface EventSummaryView {
  entry: Entry<'events'>;
  city?: Entry<'cities'>;
  /** ISO 3166 code of its country, from the event or its city. */
  country?: string;
}

/** The summaries of `events`, in their order. */
export function eventSummaries(
  archive: Archive,
  events: readonly Entry<'events'>[],
): EventSummaryView[] {
  return events.map((entry) => {
    const { city, country } = archive.placeOf(entry);
    return { entry, city, country };
  });
}

/** One page of an events listing, its events as summaries. */
export function eventListingPage(
  archive: Archive,
  page: Page<Entry<'events'>>,
): Page<EventSummaryView> {
  return { ...page, items: eventSummaries(archive, page.items) };
}

/** One page of a country's events listing: its events' summaries, and the country's cities on a map. */
export function countryListingPage(
  archive: Archive,
  { group, page }: { group: EventGroup; page: Page<Entry<'events'>> },
  locale: string,
): { view: Page<EventSummaryView>; locator?: LocatorPlace } {
  return {
    view: eventListingPage(archive, page),
    locator: countryLocator(archive, group.key, locale),
  };
}
