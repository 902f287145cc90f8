import { COLLECTION_NAMES, CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { chronologicalEditions, editionNeighbours, type EditionNeighbours } from './editions.ts';
import { groupBy } from './group-by.ts';
import type { Entry } from './load-archive.ts';
import type { Region, RegionScheme } from './region-scheme.ts';

type Ref = { id: string };
const ids = (refs: readonly Ref[] | undefined) => (refs ?? []).map((ref) => ref.id);
const oneId = (ref: Ref | undefined) => (ref ? [ref.id] : []);

/** The entries of every collection, as loaded: one list per collection of the content model. */
export type EntriesByCollection = { [C in CollectionName]: Entry<C>[] };

/** Where an event took place: its city, and the country and region, from the city if not given. */
export interface EventPlace {
  city?: Entry<'cities'>;
  country?: string;
  region?: Region;
}

/** Entries that point at an entry, computed once: `linksTo.statementsOfEvent.get(eventId)`. */
export interface ArchiveLinks {
  /** Events per series, per city (venue or host), per organisation. */
  eventsOfSeries: Map<string, Entry<'events'>[]>;
  eventsOfCity: Map<string, Entry<'events'>[]>;
  eventsOfOrganisation: Map<string, Entry<'events'>[]>;
  /** Statements adopted at or related to an event. */
  statementsOfEvent: Map<string, Entry<'statements'>[]>;
  /** Award rounds conferred at an event, and those a city won. */
  awardsOfEvent: Map<string, Entry<'awards'>[]>;
  awardsOfCity: Map<string, Entry<'awards'>[]>;
  /** Publications about or launched at an event, and those an organisation published. */
  publicationsOfEvent: Map<string, Entry<'publications'>[]>;
  publicationsOfOrganisation: Map<string, Entry<'publications'>[]>;
  /** Organisations that are part of an organisation. */
  partsOfOrganisation: Map<string, Entry<'organisations'>[]>;
}

/** Every entry of the archive, sorted for display, with the links between them both ways. */
export interface Archive extends Readonly<EntriesByCollection> {
  /** The entry of a collection with this id (a folder name, as references hold). */
  get<C extends CollectionName>(collection: C, id: string): Entry<C>;
  /**
   * The entry a documentation page names: by its folder name, or by a former name kept in
   * its `aliases`, so a page written before a rename still finds it. Undefined when none.
   */
  find<C extends CollectionName>(collection: C, name: string): Entry<C> | undefined;
  /** Where an event took place. */
  placeOf(event: Entry<'events'>): EventPlace;
  /**
   * The editions of its series just before and after an event. A page that links them reads
   * these two, not the whole series, so editing another edition leaves its key alone.
   */
  editionsAround(event: Entry<'events'>): EditionNeighbours<Entry<'events'>>;
  /** Entries that point at an entry, computed once. */
  linksTo: ArchiveLinks;
}

/** A field's value for sorting: a date (ISO text, or a year) or a number; missing sorts first. */
const sortValue = (entry: Entry, field: string) =>
  (entry.data as Record<string, unknown>)[field] as string | number | undefined;

function compareBy(field: string, newestFirst: boolean) {
  return (a: Entry, b: Entry) => {
    const [x, y] = [sortValue(a, field) ?? '', sortValue(b, field) ?? ''];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return newestFirst ? -order : order;
  };
}

/**
 * One collection's entries in display order, as the content model says: dated collections
 * newest first, documentation by its `order`, the rest by folder name, as loaded.
 */
function sortForDisplay<C extends CollectionName>(collection: C, entries: Entry<C>[]): Entry<C>[] {
  const { dateField, orderField } = CONTENT_MODEL[collection] as CollectionModel;
  if (dateField) return entries.toSorted(compareBy(dateField, true));
  if (orderField) return entries.toSorted(compareBy(orderField, false));
  return entries;
}

/** Entries by `<collection>/<name>`, under their folder name and under each of their aliases. */
function indexEntries(all: readonly Entry[]) {
  const key = (collection: string, name: string) => `${collection}/${name}`;
  const byId = new Map(all.map((entry) => [key(entry.collection, entry.id), entry]));
  const byAlias = new Map(
    all.flatMap((entry) =>
      ((entry.data as { aliases?: string[] }).aliases ?? []).map(
        (alias) => [key(entry.collection, alias), entry] as const,
      ),
    ),
  );
  return {
    byId: (collection: string, id: string) => byId.get(key(collection, id)),
    byName: (collection: string, name: string) =>
      byId.get(key(collection, name)) ?? byAlias.get(key(collection, name)),
  };
}

/** The links between entries, from the side that holds the reference to the side it names. */
function linkEntries(sorted: EntriesByCollection): ArchiveLinks {
  const { events, statements, awards, publications, organisations } = sorted;
  return {
    eventsOfSeries: groupBy(events, (event) => oneId(event.data.series)),
    eventsOfCity: groupBy(events, (event) => [
      ...oneId(event.data.city),
      ...ids(event.data.hostCities),
    ]),
    eventsOfOrganisation: groupBy(events, (event) => ids(event.data.organisers)),
    statementsOfEvent: groupBy(statements, (statement) => [
      ...oneId(statement.data.adoptedAt),
      ...ids(statement.data.relatedEvents),
    ]),
    awardsOfEvent: groupBy(awards, (award) => oneId(award.data.conferredAt)),
    awardsOfCity: groupBy(awards, (award) => award.data.winners.map((winner) => winner.city.id)),
    publicationsOfEvent: groupBy(publications, (publication) => ids(publication.data.events)),
    publicationsOfOrganisation: groupBy(publications, (publication) =>
      ids(publication.data.publishers),
    ),
    partsOfOrganisation: groupBy(organisations, (organisation) => oneId(organisation.data.partOf)),
  };
}

/**
 * Joins loaded entries into the archive: sorts each collection for display, indexes entries
 * by id and former name, places events from their city, and computes the links both ways.
 * It reads nothing but its arguments, so tests join hand-made entries without building a
 * site (tests/helpers/archive-entries.ts); `getArchive()` joins what Astro loaded.
 */
export function joinArchive(loaded: EntriesByCollection, regions: RegionScheme): Archive {
  const sorted = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, sortForDisplay(name, loaded[name])]),
  ) as EntriesByCollection;
  const index = indexEntries(Object.values(sorted).flat());
  const get = <C extends CollectionName>(collection: C, id: string): Entry<C> => {
    const entry = index.byId(collection, id);
    // The content check has already refused dangling references, so this is a bug.
    if (!entry) throw new Error(`No ${collection} entry '${id}'`);
    return entry as Entry<C>;
  };
  const places = new Map<string, EventPlace>();
  const placeOf = (event: Entry<'events'>): EventPlace => {
    let place = places.get(event.id);
    if (!place) {
      const city = event.data.city && get('cities', event.data.city.id);
      const country = event.data.country ?? city?.data.country;
      place = { city, country, region: country ? regions.regionOf(country) : undefined };
      places.set(event.id, place);
    }
    return place;
  };
  const linksTo = linkEntries(sorted);
  // Each series' editions are ordered once, not once per event page (sorting them again in
  // `editionNeighbours` is then one pass: V8 sorts ordered input in linear time).
  const chronological = new Map<string, Entry<'events'>[]>();
  const editionsAround = (event: Entry<'events'>): EditionNeighbours<Entry<'events'>> => {
    const series = event.data.series?.id;
    if (!series) return {};
    let ordered = chronological.get(series);
    if (!ordered) {
      ordered = chronologicalEditions(linksTo.eventsOfSeries.get(series) ?? []);
      chronological.set(series, ordered);
    }
    return editionNeighbours(ordered, event.id);
  };
  return {
    ...sorted,
    get,
    find: <C extends CollectionName>(collection: C, name: string) =>
      index.byName(collection, name) as Entry<C> | undefined,
    placeOf,
    editionsAround,
    linksTo,
  };
}
