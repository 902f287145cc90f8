import type { ComponentValues } from '../schemas/mdx-components.ts';
import type { Archive } from './archive.ts';
import type { Entry } from './load-archive.ts';

/** Which events a list in a documentation page shows, read; every condition given must hold. */
export type EventFilter = ComponentValues<'EventList'>;

/** The events that match a filter whose series and city are current folder names, newest first. */
export function eventsMatching(archive: Archive, filter: EventFilter): Entry<'events'>[] {
  const matches = archive.events.filter((event) => {
    const place = archive.placeOf(event);
    const cities = [event.data.city?.id, ...event.data.hostCities.map((city) => city.id)];
    return (
      (!filter.country || place.country === filter.country) &&
      (!filter.type || event.data.type === filter.type) &&
      (!filter.year || event.data.start.startsWith(String(filter.year))) &&
      (!filter.series || event.data.series?.id === filter.series) &&
      (!filter.city || cities.includes(filter.city))
    );
  });
  return filter.limit ? matches.slice(0, filter.limit) : matches;
}
