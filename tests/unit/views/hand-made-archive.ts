import type { Archive } from '../../../src/data/archive.ts';
import type { Entry } from '../../../src/data/load-archive.ts';
import type { CollectionName } from '../../../src/schemas/reference.ts';

type Data = Record<string, unknown>;

/**
 * A hand-made entry: its facts, and its translations by locale (fields only, no body). Its
 * body is `<p>{body}</p>`, or none.
 */
export function entry<C extends CollectionName>(
  collection: C,
  id: string,
  data: Data,
  translations: Record<string, Data> = {},
  body = '',
): Entry<C> {
  const rendered = (html: string) => ({ rendered: { html, metadata: {} }, body: html });
  return {
    collection,
    id,
    slug: id,
    data,
    source: { id, filePath: `${collection}/${id}/index.md`, ...rendered(body && `<p>${body}</p>`) },
    translations: new Map(
      Object.entries(translations).map(([locale, fields]) => [
        locale,
        { data: fields, source: { id: `${collection}/${id}/${locale}`, ...rendered('') } },
      ]),
    ),
  } as unknown as Entry<C>;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((ref: { id: string }) => ref.id)
    : value
      ? [(value as { id: string }).id]
      : [];

/**
 * A small archive over hand-made entries, given in display order (newest first), joined the
 * way `getArchive()` joins: only what the views read. A view that reached past it (say, to
 * `getArchive()`) would find no entries here.
 */
export function handMadeArchive(entries: readonly Entry[]): Archive {
  const of = <C extends CollectionName>(collection: C) =>
    entries.filter((item) => item.collection === collection) as Entry<C>[];
  const get = <C extends CollectionName>(collection: C, id: string) => {
    const found = entries.find((item) => item.collection === collection && item.id === id);
    if (!found) throw new Error(`No ${collection} entry '${id}'`);
    return found as Entry<C>;
  };
  /** Entries of `collection` whose `fields` name `id`, as a lookup by id. */
  const pointing = <C extends CollectionName>(collection: C, ...fields: string[]) => ({
    get: (id: string) =>
      of(collection).filter((item) =>
        fields.some((field) => ids((item.data as Data)[field]).includes(id)),
      ),
  });
  return {
    events: of('events'),
    series: of('series'),
    statements: of('statements'),
    awards: of('awards'),
    cities: of('cities'),
    organisations: of('organisations'),
    publications: of('publications'),
    docs: of('docs'),
    get,
    find: (collection: CollectionName, name: string) =>
      entries.find((item) => item.collection === collection && item.id === name) as never,
    placeOf(event: Entry<'events'>) {
      const city = event.data.city && get('cities', event.data.city.id);
      return { city, country: event.data.country ?? city?.data.country };
    },
    linksTo: {
      eventsOfSeries: pointing('events', 'series'),
      eventsOfCity: pointing('events', 'city', 'hostCities'),
      eventsOfOrganisation: pointing('events', 'organisers'),
      statementsOfEvent: pointing('statements', 'adoptedAt', 'relatedEvents'),
      awardsOfEvent: pointing('awards', 'conferredAt'),
      awardsOfCity: {
        get: (id: string) =>
          of('awards').filter((award) =>
            award.data.winners.some((winner) => winner.city.id === id),
          ),
      },
      publicationsOfEvent: pointing('publications', 'events'),
      publicationsOfOrganisation: pointing('publications', 'publishers'),
      partsOfOrganisation: pointing('organisations', 'partOf'),
    },
  } as unknown as Archive;
}
