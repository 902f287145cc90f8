import type { CollectionName } from '../schemas/reference.ts';
import type { Archive } from './archive.ts';
import type { Entry } from './load-archive.ts';

type Ref = { id: string } | undefined;
const get = <C extends CollectionName>(archive: Archive, collection: C, refs: readonly Ref[]) =>
  refs.flatMap((ref) => (ref ? [archive.get(collection, ref.id)] : []));

/**
 * The entries an entry's own fields name: an event's series, cities and organisers, a
 * statement's events, an award's event and winning cities, a publication's publishers and
 * events, an organisation's parent. Wherever an entry is shown, these are what it shows of
 * others (a city's name next to an event, a statement's place from its event).
 */
export function referencesOf(archive: Archive, entry: Entry): Entry[] {
  const data = entry.data as Record<string, unknown>;
  switch (entry.collection) {
    case 'events': {
      const event = entry as Entry<'events'>;
      return [
        ...get(archive, 'series', [event.data.series]),
        ...get(archive, 'cities', [event.data.city, ...event.data.hostCities]),
        ...get(archive, 'organisations', event.data.organisers),
      ];
    }
    case 'statements': {
      const statement = entry as Entry<'statements'>;
      return get(archive, 'events', [statement.data.adoptedAt, ...statement.data.relatedEvents]);
    }
    case 'awards': {
      const award = entry as Entry<'awards'>;
      return [
        ...get(archive, 'events', [award.data.conferredAt]),
        ...get(
          archive,
          'cities',
          award.data.winners.map((winner) => winner.city),
        ),
      ];
    }
    case 'publications': {
      const publication = entry as Entry<'publications'>;
      return [
        ...get(archive, 'organisations', publication.data.publishers),
        ...get(archive, 'events', publication.data.events),
      ];
    }
    case 'organisations':
      return get(archive, 'organisations', [data.partOf as Ref]);
    default:
      return [];
  }
}

/**
 * An entry with what showing it reads: its references, and theirs (a statement shows the
 * country of its event, which the event's city may give). Two steps of references are few
 * entries whatever the size of the archive; a third step is never shown.
 */
export function shownWith(archive: Archive, entries: readonly Entry[]): Entry[] {
  const first = entries.flatMap((entry) => referencesOf(archive, entry));
  const second = first.flatMap((entry) => referencesOf(archive, entry));
  return [...entries, ...first, ...second];
}

const linked = <T>(map: ReadonlyMap<string, T[]>, id: string | undefined): T[] =>
  (id && map.get(id)) || [];

/** The entries that point at an entry and that its page lists, per collection. */
function listedOn(archive: Archive, entry: Entry): Entry[] {
  const { linksTo } = archive;
  switch (entry.collection) {
    case 'events':
      // The statements, award rounds and publications of the event (EventMore).
      return [
        ...linked(linksTo.statementsOfEvent, entry.id),
        ...linked(linksTo.awardsOfEvent, entry.id),
        ...linked(linksTo.publicationsOfEvent, entry.id),
      ];
    case 'series': {
      // Its editions, and the statements of each (SeriesStatements).
      const editions = linked(linksTo.eventsOfSeries, entry.id);
      return [...editions, ...editions.flatMap((e) => linked(linksTo.statementsOfEvent, e.id))];
    }
    case 'cities':
      return [...linked(linksTo.eventsOfCity, entry.id), ...linked(linksTo.awardsOfCity, entry.id)];
    case 'organisations':
      return [
        ...linked(linksTo.partsOfOrganisation, entry.id),
        ...linked(linksTo.eventsOfOrganisation, entry.id),
        ...linked(linksTo.publicationsOfOrganisation, entry.id),
      ];
    case 'statements': {
      // The other statements of the series its event belongs to (statement-view.ts).
      const event = (entry as Entry<'statements'>).data.adoptedAt;
      const series = event && archive.get('events', event.id).data.series;
      const editions = linked(linksTo.eventsOfSeries, series?.id);
      return [...editions, ...editions.flatMap((e) => linked(linksTo.statementsOfEvent, e.id))];
    }
    default:
      return [];
  }
}

/**
 * Every entry the page of `entry` reads: the entry, the entries its page lists, and what
 * showing each of them reads. Documentation pages are not covered: their MDX components
 * may name any entry, so they depend on the whole archive (see `archiveInputs`).
 */
export function entryPageInputs(archive: Archive, entry: Entry): Entry[] {
  return shownWith(archive, [entry, ...listedOn(archive, entry)]);
}
