import type { EVENT_TYPES } from '../schemas/event.ts';
import type { Archive } from './archive.ts';
import { entryLabel } from './entry-label.ts';
import type { LocalText } from './localize.ts';
import { getTimeline } from './timeline.ts';
import { entryUrl, eventListingUrl } from './urls.ts';

/** A linked name with a number: a series and its events, an award round and its winners. */
export interface CountedLink {
  href: string;
  name: LocalText;
  count: number;
}

/** One row of the timeline page, ready to render. */
export interface TimelineRow {
  year: string;
  /** The year's events listing; none for a year with award rounds only. */
  href?: string;
  events: number;
  /** Width of the year's bar, 0 to 20 twentieths of the busiest year's. */
  bar: number;
  types: { type: (typeof EVENT_TYPES)[number]; count: number }[];
  series: CountedLink[];
  awards: CountedLink[];
}

/** The archive year by year, oldest first, with links in the locale. */
export function timelineView(archive: Archive, locale: string): TimelineRow[] {
  return getTimeline(archive.events, archive.awards).map((row) => ({
    year: row.year,
    href: row.events > 0 ? eventListingUrl(locale, { facet: 'year', key: row.year }) : undefined,
    events: row.events,
    bar: row.bar,
    types: [...row.byType].map(([type, count]) => ({
      type: type as (typeof EVENT_TYPES)[number],
      count,
    })),
    series: [...row.bySeries].map(([id, count]) => {
      const series = archive.get('series', id);
      return { href: entryUrl(series, locale), name: entryLabel(series, locale), count };
    }),
    awards: row.awards.map(({ award, winners }) => ({
      href: entryUrl(award, locale),
      name: entryLabel(award, locale),
      count: winners,
    })),
  }));
}
