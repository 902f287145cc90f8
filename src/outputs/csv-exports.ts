import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { absoluteUrl, entryUrl } from '../data/urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { countryName } from '../i18n/place-names.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** Several ids in one cell, as references are lists: `uil;unesco`. */
const list = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id).join(';');

const byId = <T extends Entry>(entries: readonly T[]) =>
  [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Columns of `/data/events.csv`, one row per event, in the default language. */
export const EVENT_COLUMNS = [
  'id',
  'url',
  'title',
  'type',
  'series',
  'edition',
  'start',
  'end',
  'start_time',
  'end_time',
  'time_zone',
  'attendance',
  'status',
  'venue',
  'city',
  'country',
  'country_name',
  'organisers',
  'host_cities',
  'languages',
] as const;

/** Every event as a table row, sorted by id; the country is taken from the city when not given. */
export function createEventsCsv(archive: Archive): string {
  const rows = byId(archive.events).map((event): CsvValue[] => {
    const { data } = event;
    const { country } = archive.placeOf(event);
    return [
      event.id,
      absoluteUrl(entryUrl(event, DEFAULT_LOCALE)),
      data.title,
      data.type,
      data.series?.id,
      data.edition,
      data.start,
      data.end,
      data.startTime,
      data.endTime,
      data.timeZone,
      data.attendance,
      data.status,
      data.venue,
      data.city?.id,
      country,
      country && countryName(country, DEFAULT_LOCALE),
      list(data.organisers),
      list(data.hostCities),
      data.languages.join(';'),
    ];
  });
  return toCsv(EVENT_COLUMNS, rows);
}

/** Columns of `/data/award-winners.csv`, one row per winning city of each round. */
export const AWARD_WINNER_COLUMNS = [
  'award',
  'award_title',
  'year',
  'conferred_at',
  'city',
  'city_name',
  'country',
  'country_name',
  'citation',
] as const;

/** Every winner of every award round, rounds sorted by id, winners in the round's order. */
export function createAwardWinnersCsv(archive: Archive): string {
  const rows = byId(archive.awards).flatMap((award) =>
    award.data.winners.map((winner): CsvValue[] => {
      const city = archive.get('cities', winner.city.id);
      return [
        award.id,
        award.data.title,
        award.data.year,
        award.data.conferredAt?.id,
        city.id,
        city.data.name,
        city.data.country,
        countryName(city.data.country, DEFAULT_LOCALE),
        winner.citation,
      ];
    }),
  );
  return toCsv(AWARD_WINNER_COLUMNS, rows);
}
