import { EVENT_TYPES } from '../schemas/event.ts';
import type { Archive } from './archive.ts';
import { groupBy } from './group-by.ts';
import type { Entry } from './load-archive.ts';
import { REGIONS } from './regions.ts';

/** The ways the events archive can be browsed, each with a listing page per value. */
export const EVENT_FACETS = ['year', 'type', 'country', 'region'] as const;
export type EventFacet = (typeof EVENT_FACETS)[number];

/** The events that share one value of a facet: the events of 2015, or of Mexico. */
export interface EventGroup {
  facet: EventFacet;
  /** URL segment of the value: `2015`, `conference`, `mx`, `europe`. */
  key: string;
  /** Newest first. */
  events: Entry<'events'>[];
}

/** The facet values of an event. */
function keysOf(archive: Archive, event: Entry<'events'>, facet: EventFacet): string[] {
  const place = archive.placeOf(event);
  switch (facet) {
    case 'year':
      return [event.data.start.slice(0, 4)];
    case 'type':
      return [event.data.type];
    case 'country':
      return place.country ? [place.country.toLowerCase()] : [];
    case 'region':
      return place.region ? [place.region.key] : [];
  }
}

const regionKeys = REGIONS.regions.map((region) => region.key);

/** The order values of a facet are listed in: years newest first, the others as defined. */
function orderOf(facet: EventFacet): ((a: string, b: string) => number) | undefined {
  if (facet === 'year') return (a, b) => Number(b) - Number(a);
  if (facet === 'type')
    return (a, b) => EVENT_TYPES.indexOf(a as never) - EVENT_TYPES.indexOf(b as never);
  return (a, b) => (a < b ? -1 : 1);
}

/**
 * Every value of a facet that some event has, with its events, in display order. Every
 * region of the site has its listing, in the order of the configuration, even while no
 * event took place there: a region's address lasts as long as the region.
 */
export function groupEvents(archive: Archive, facet: EventFacet): EventGroup[] {
  const groups = groupBy(archive.events, (event) => keysOf(archive, event, facet));
  const keys = facet === 'region' ? regionKeys : [...groups.keys()].sort(orderOf(facet));
  return keys.map((key) => ({ facet, key, events: groups.get(key) ?? [] }));
}
