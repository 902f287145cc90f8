import { z } from 'astro/zod';
import { CountryCodeSchema } from '../schemas/fields/country.ts';
import { EVENT_TYPES } from '../schemas/event.ts';
import { SlugSchema } from '../schemas/fields/text.ts';
import type { Archive } from './archive.ts';
import type { Entry } from './load-archive.ts';

/** Which events a list in a documentation page shows; every condition given must hold. */
export const EventFilterSchema = z.strictObject({
  country: CountryCodeSchema.optional().describe('Country, as an ISO code like MX.'),
  type: z.enum(EVENT_TYPES).optional().describe('Kind of event, like conference.'),
  year: z.coerce.number().int().optional().describe('Year the event started in, like 2015.'),
  series: SlugSchema.optional().describe('Folder name of a series, like iclc.'),
  city: SlugSchema.optional().describe('Folder name of a city: events held or hosted there.'),
  limit: z.coerce.number().int().positive().optional().describe('At most this many, newest first.'),
});
export type EventFilter = z.input<typeof EventFilterSchema>;

/**
 * The events that match a filter, newest first. Throws a message naming the wrong value,
 * so a mistyped filter stops the build instead of showing an empty list.
 */
export function eventsMatching(archive: Archive, input: EventFilter): Entry<'events'>[] {
  const result = EventFilterSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`<EventList ${issue.path.join('.')}=…>: ${issue.message}`);
  }
  const filter = result.data;
  // A series or city is named by its folder name, or by a former one in its `aliases`.
  const named = <C extends 'series' | 'cities'>(field: 'series' | 'city', collection: C) => {
    const name = filter[field];
    if (!name) return undefined;
    const entry = archive.find(collection, name);
    if (!entry)
      throw new Error(`<EventList ${field}="${name}">: no entry content/${collection}/${name}`);
    return entry.id;
  };
  const seriesId = named('series', 'series');
  const cityId = named('city', 'cities');
  const matches = archive.events.filter((event) => {
    const place = archive.placeOf(event);
    const cities = [event.data.city?.id, ...event.data.hostCities.map((city) => city.id)];
    return (
      (!filter.country || place.country === filter.country) &&
      (!filter.type || event.data.type === filter.type) &&
      (!filter.year || event.data.start.startsWith(String(filter.year))) &&
      (!seriesId || event.data.series?.id === seriesId) &&
      (!cityId || cities.includes(cityId))
    );
  });
  return filter.limit ? matches.slice(0, filter.limit) : matches;
}
