import type { CollectionName } from '../schemas/reference.ts';
import { groupBy } from './group-by.ts';
import { loadCollection, type Entry } from './load-archive.ts';
import { REGIONS, type Region } from './regions.ts';

type Ref = { id: string };
const ids = (refs: readonly Ref[] | undefined) => (refs ?? []).map((ref) => ref.id);
const oneId = (ref: Ref | undefined) => (ref ? [ref.id] : []);
const byNewest =
  <T>(date: (item: T) => string) =>
  (a: T, b: T) =>
    date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0;

/** Where an event took place: its city, and the country and region, from the city if not given. */
export interface EventPlace {
  city?: Entry<'cities'>;
  country?: string;
  region?: Region;
}

/** Every entry of the archive, sorted for display, with the links between them both ways. */
export interface Archive {
  events: Entry<'events'>[];
  series: Entry<'series'>[];
  statements: Entry<'statements'>[];
  awards: Entry<'awards'>[];
  cities: Entry<'cities'>[];
  organisations: Entry<'organisations'>[];
  publications: Entry<'publications'>[];
  docs: Entry<'docs'>[];
  /** The entry of a collection with this id (a folder name, as references hold). */
  get<C extends CollectionName>(collection: C, id: string): Entry<C>;
  /**
   * The entry a documentation page names: by its folder name, or by a former name kept in
   * its `aliases`, so a page written before a rename still finds it. Undefined when none.
   */
  find<C extends CollectionName>(collection: C, name: string): Entry<C> | undefined;
  /** Where an event took place. */
  placeOf(event: Entry<'events'>): EventPlace;
  /** Entries that point at an entry, computed once: `linksTo.statements.get(eventId)`. */
  linksTo: {
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
  };
}

async function buildArchive(): Promise<Archive> {
  const [events, series, statements, awards, cities, organisations, publications, docs] =
    await Promise.all([
      loadCollection('events'),
      loadCollection('series'),
      loadCollection('statements'),
      loadCollection('awards'),
      loadCollection('cities'),
      loadCollection('organisations'),
      loadCollection('publications'),
      loadCollection('docs'),
    ]);
  events.sort(byNewest((event) => event.data.start));
  awards.sort(byNewest((award) => String(award.data.year)));
  statements.sort(byNewest((statement) => statement.data.date ?? ''));
  publications.sort(byNewest((publication) => publication.data.date));
  docs.sort((a, b) => a.data.order - b.data.order);

  const all: Record<CollectionName, Entry[]> = {
    events,
    series,
    statements,
    awards,
    cities,
    organisations,
    publications,
    docs,
  };
  const lookup = new Map(
    Object.values(all)
      .flat()
      .map((entry) => [`${entry.collection}/${entry.id}`, entry]),
  );
  const get = <C extends CollectionName>(collection: C, id: string): Entry<C> => {
    const entry = lookup.get(`${collection}/${id}`);
    // The content check has already refused dangling references, so this is a bug.
    if (!entry) throw new Error(`No ${collection} entry '${id}'`);
    return entry as Entry<C>;
  };
  const formerNames = new Map(
    Object.values(all)
      .flat()
      .flatMap((entry) =>
        ((entry.data as { aliases?: string[] }).aliases ?? []).map((alias) => [
          `${entry.collection}/${alias}`,
          entry,
        ]),
      ),
  );
  const find = <C extends CollectionName>(collection: C, name: string) =>
    (lookup.get(`${collection}/${name}`) ?? formerNames.get(`${collection}/${name}`)) as
      Entry<C> | undefined;
  const places = new Map<string, EventPlace>();
  const placeOf = (event: Entry<'events'>): EventPlace => {
    let place = places.get(event.id);
    if (!place) {
      const city = event.data.city && get('cities', event.data.city.id);
      const country = event.data.country ?? city?.data.country;
      place = { city, country, region: country ? REGIONS.regionOf(country) : undefined };
      places.set(event.id, place);
    }
    return place;
  };
  return {
    get,
    find,
    placeOf,
    events,
    series,
    statements,
    awards,
    cities,
    organisations,
    publications,
    docs,
    linksTo: {
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
      partsOfOrganisation: groupBy(organisations, (organisation) =>
        oneId(organisation.data.partOf),
      ),
    },
  };
}

let archive: Promise<Archive> | undefined;

/** The archive, loaded and joined once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
  archive ??= buildArchive();
  return archive;
}
