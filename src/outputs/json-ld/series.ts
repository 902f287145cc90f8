import type { Archive } from '../../data/archive.ts';
import type { Entry } from '../../data/load-archive.ts';
import { eventDates } from './event.ts';
import { eventLocation } from './place.ts';
import { entryBasics, nodeId, nodeReference } from './references.ts';
import { sameAs } from './identifiers.ts';
import type { JsonLd } from './serialize.ts';

/** Each place once, in the order first met: a series often returns to the same one. */
const distinct = (places: JsonLd[]): JsonLd[] => [
  ...new Map(places.map((place) => [JSON.stringify(place), place])).values(),
];

/**
 * A series as schema.org `EventSeries`, the node its editions name as their `superEvent`.
 * Search engines read an `EventSeries` as an event, so it gets what they require of one:
 * it starts with its first edition and takes place where its editions did. A series with
 * no edition yet has neither, and no node: no event refers to it.
 */
export function toSeriesJsonLd(
  archive: Archive,
  series: Entry<'series'>,
  locale: string,
): JsonLd | undefined {
  // Newest first, as the archive sorts events.
  const editions = archive.linksTo.eventsOfSeries.get(series.id) ?? [];
  const first = editions.at(-1);
  if (!first) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    '@id': nodeId(series, locale),
    ...entryBasics(series, locale),
    startDate: eventDates(first.data).startDate,
    location: distinct(editions.flatMap<JsonLd>((event) => eventLocation(archive, event, locale))),
    subEvent: editions.map((event) => nodeReference(event, locale)),
    sameAs: sameAs(series.data),
  };
}
