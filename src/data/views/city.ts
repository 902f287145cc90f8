import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';
import { cityLocator, type LocatorPlace } from '../map-view.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** Everything a city's page shows, in one locale. */
export interface CityView {
  page: EntryPageView;
  entry: Entry<'cities'>;
  /** Award rounds the city won, newest first. */
  awards: Entry<'awards'>[];
  /** Events held there, as venue or host, newest first. */
  events: Entry<'events'>[];
  /** The city on a small world map; undefined without coordinates. */
  locator?: LocatorPlace;
}

/** What the page of city `entry` shows in `locale`. */
export function cityView(archive: Archive, entry: Entry<'cities'>, locale: string): CityView {
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    awards: archive.linksTo.awardsOfCity.get(entry.id) ?? [],
    events: archive.linksTo.eventsOfCity.get(entry.id) ?? [],
    locator: cityLocator(entry, locale),
  };
}
