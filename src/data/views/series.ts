import type { Archive } from '../archive.ts';
import { seriesTimeline, type EditionLink } from '../edition-links.ts';
import type { Entry } from '../load-archive.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** Everything a series' page shows, in one locale. */
export interface SeriesView {
  page: EntryPageView;
  entry: Entry<'series'>;
  /** Its editions, newest first. */
  editions: Entry<'events'>[];
  /** Its editions from the first to the latest, as the page's timeline shows them. */
  timeline: EditionLink[];
}

/** What the page of series `entry` shows in `locale`. */
export function seriesView(archive: Archive, entry: Entry<'series'>, locale: string): SeriesView {
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    editions: archive.linksTo.eventsOfSeries.get(entry.id) ?? [],
    timeline: seriesTimeline(archive, entry, locale),
  };
}
