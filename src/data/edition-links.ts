import type { Archive } from './archive.ts';
import { chronologicalEditions } from './editions.ts';
import { entryLabel } from './entry-label.ts';
import type { Entry } from './load-archive.ts';
import type { LocalText } from './localize.ts';
import { entryUrl } from './urls.ts';

/** A link to an edition of a series, with its title and year. */
export interface EditionLink {
  href: string;
  title: LocalText;
  year: string;
  /** Its first day, for `<time datetime>`. */
  start: string;
}

const toLink = (event: Entry<'events'>, locale: string): EditionLink => ({
  href: entryUrl(event, locale),
  title: entryLabel(event, locale),
  year: event.data.start.slice(0, 4),
  start: event.data.start,
});

/** The editions of a series, from the first to the latest, as links. */
export function seriesTimeline(
  archive: Archive,
  series: Entry<'series'>,
  locale: string,
): EditionLink[] {
  const editions = archive.linksTo.eventsOfSeries.get(series.id) ?? [];
  return chronologicalEditions(editions).map((event) => toLink(event, locale));
}

/** The editions before and after an event of a series; empty for an event in none. */
export function editionLinks(
  archive: Archive,
  event: Entry<'events'>,
  locale: string,
): { previous?: EditionLink; next?: EditionLink } {
  const { previous, next } = archive.editionsAround(event);
  return {
    previous: previous && toLink(previous, locale),
    next: next && toLink(next, locale),
  };
}
