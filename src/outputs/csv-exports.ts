import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { countryName } from '../i18n/place-names.ts';
import { column, tableOf, type CsvColumn } from './csv-columns.ts';

/** Several ids in one cell, as references are lists: `uil;unesco`. */
const list = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id).join(';');

const byId = <T extends Entry>(entries: readonly T[]) =>
  [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const pageUrl = (entry: Entry) => absoluteUrl(entryUrl(entry, DEFAULT_LOCALE));

/**
 * The columns every table that names a city ends with: where it is, and its identifiers;
 * `prefix` names them after the city in a table of something else (`city_geonames`).
 */
function cityColumns<Row>(
  city: (row: Row) => Entry<'cities'> | undefined,
  prefix = 'city_',
): CsvColumn<Row>[] {
  const data = (row: Row) => city(row)?.data;
  return [
    column(`${prefix}geonames`, 'GeoNames id of the city.', (r) => data(r)?.geonames, 'integer'),
    column(`${prefix}wikidata`, 'Wikidata item of the city.', (r) => data(r)?.wikidata),
    column(
      'latitude',
      'Latitude of the city, in WGS 84 decimal degrees.',
      (r) => data(r)?.coordinates?.latitude,
      'number',
    ),
    column(
      'longitude',
      'Longitude of the city, in WGS 84 decimal degrees.',
      (r) => data(r)?.coordinates?.longitude,
      'number',
    ),
  ];
}

interface EventRow {
  event: Entry<'events'>;
  city?: Entry<'cities'>;
  country?: string;
}

/** Columns of `/data/events.csv`, one row per event, in the default language. */
export const EVENT_TABLE: readonly CsvColumn<EventRow>[] = [
  column('id', 'Permanent id of the event.', (r) => r.event.id),
  column('url', 'Its page in the default language.', (r) => pageUrl(r.event), 'string', 'uri'),
  column('title', 'Name of the event.', (r) => r.event.data.title),
  column('type', 'Kind of event.', (r) => r.event.data.type),
  column('series', 'Id of the series it belongs to.', (r) => r.event.data.series?.id),
  column('edition', 'Edition within the series.', (r) => r.event.data.edition, 'integer'),
  column('start', 'First day, in the local calendar.', (r) => r.event.data.start, 'date'),
  column('end', 'Last day, when it lasted several days.', (r) => r.event.data.end, 'date'),
  column('start_time', 'Start time, in time_zone.', (r) => r.event.data.startTime, 'time', '%H:%M'),
  column('end_time', 'End time, in time_zone.', (r) => r.event.data.endTime, 'time', '%H:%M'),
  column('time_zone', 'IANA time zone of the times.', (r) => r.event.data.timeZone),
  column('attendance', 'in-person, online or hybrid.', (r) => r.event.data.attendance),
  column('status', 'Whether it went ahead.', (r) => r.event.data.status),
  column('venue', 'Name of the building or site.', (r) => r.event.data.venue),
  column('city', 'Id of the city it took place in.', (r) => r.city?.id),
  column('country', 'ISO 3166-1 alpha-2 code of its country.', (r) => r.country),
  column(
    'country_name',
    'Name of its country.',
    (r) => r.country && countryName(r.country, DEFAULT_LOCALE),
  ),
  column('organisers', 'Ids of its organisers, separated by ;.', (r) =>
    list(r.event.data.organisers),
  ),
  column('host_cities', 'Ids of its host cities, separated by ;.', (r) =>
    list(r.event.data.hostCities),
  ),
  column('languages', 'Its working languages, separated by ;.', (r) =>
    r.event.data.languages.join(';'),
  ),
  column('wikidata', 'Wikidata item of the event.', (r) => r.event.data.wikidata),
  ...cityColumns<EventRow>((r) => r.city),
];

/** Every event as a table row, sorted by id; the country is taken from the city when not given. */
export function createEventsCsv(archive: Archive): string {
  return tableOf(
    EVENT_TABLE,
    byId(archive.events).map((event) => ({ event, ...archive.placeOf(event) })),
  );
}

interface WinnerRow {
  award: Entry<'awards'>;
  city: Entry<'cities'>;
  citation?: string;
}

/** Columns of `/data/award-winners.csv`, one row per winning city of each round. */
export const AWARD_WINNER_TABLE: readonly CsvColumn<WinnerRow>[] = [
  column('award', 'Id of the award round.', (r) => r.award.id),
  column('award_title', 'Name of the award round.', (r) => r.award.data.title),
  column('year', 'Year of the round.', (r) => r.award.data.year, 'integer'),
  column(
    'conferred_at',
    'Id of the event it was conferred at.',
    (r) => r.award.data.conferredAt?.id,
  ),
  column('city', 'Id of the winning city.', (r) => r.city.id),
  column('city_name', 'Name of the winning city.', (r) => r.city.data.name),
  column('country', 'ISO 3166-1 alpha-2 code of its country.', (r) => r.city.data.country),
  column('country_name', 'Name of its country.', (r) =>
    countryName(r.city.data.country, DEFAULT_LOCALE),
  ),
  column('citation', 'Why it won.', (r) => r.citation),
  ...cityColumns<WinnerRow>((r) => r.city),
];

/** Every winner of every award round, rounds sorted by id, winners in the round's order. */
export function createAwardWinnersCsv(archive: Archive): string {
  const rows = byId(archive.awards).flatMap((award) =>
    award.data.winners.map((winner) => ({
      award,
      city: archive.get('cities', winner.city.id),
      citation: winner.citation,
    })),
  );
  return tableOf(AWARD_WINNER_TABLE, rows);
}

/** Columns of `/data/cities.csv`, one row per city: where it is and what it is known as. */
export const CITY_TABLE: readonly CsvColumn<Entry<'cities'>>[] = [
  column('id', 'Permanent id of the city.', (city) => city.id),
  column('url', 'Its page in the default language.', pageUrl, 'string', 'uri'),
  column('name', 'Name of the city.', (city) => city.data.name),
  column('country', 'ISO 3166-1 alpha-2 code of its country.', (city) => city.data.country),
  column('country_name', 'Name of its country.', (city) =>
    countryName(city.data.country, DEFAULT_LOCALE),
  ),
  column(
    'member_since',
    'When it joined the network: YYYY, YYYY-MM or YYYY-MM-DD.',
    (city) => city.data.memberSince,
  ),
  ...cityColumns<Entry<'cities'>>((city) => city, ''),
];

/** Every city as a table row, sorted by id. */
export function createCitiesCsv(archive: Archive): string {
  return tableOf(CITY_TABLE, byId(archive.cities));
}

/** The header of each table, as the Data page lists the columns. */
export const EVENT_COLUMNS = EVENT_TABLE.map((col) => col.name);
export const AWARD_WINNER_COLUMNS = AWARD_WINNER_TABLE.map((col) => col.name);
export const CITY_COLUMNS = CITY_TABLE.map((col) => col.name);
