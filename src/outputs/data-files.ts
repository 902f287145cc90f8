import type { UiKey } from '../i18n/ui-strings.ts';
import { AWARD_WINNER_COLUMNS, CITY_COLUMNS, EVENT_COLUMNS } from './csv-exports.ts';
import { ARCHIVE_SCHEMA_FILE } from './export-schema.ts';

/** One open-data file under `/data/`, as the Data page lists it. */
export interface DataFile {
  /** Path under `/data/`. */
  file: string;
  /** Media type, for the link's `type`. */
  type: string;
  /** The interface string that says what it holds. */
  description: UiKey;
  /** The columns of a table. */
  columns?: readonly string[];
}

/** The open-data files, language-independent, in the order the Data page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  { file: 'archive.json', type: 'application/json', description: 'data.archiveJson' },
  {
    file: ARCHIVE_SCHEMA_FILE,
    type: 'application/schema+json',
    description: 'data.schema',
  },
  { file: 'events.csv', type: 'text/csv', description: 'data.eventsCsv', columns: EVENT_COLUMNS },
  {
    file: 'award-winners.csv',
    type: 'text/csv',
    description: 'data.winnersCsv',
    columns: AWARD_WINNER_COLUMNS,
  },
  { file: 'cities.csv', type: 'text/csv', description: 'data.citiesCsv', columns: CITY_COLUMNS },
  { file: 'cities.geojson', type: 'application/geo+json', description: 'data.citiesGeoJson' },
  { file: 'events.geojson', type: 'application/geo+json', description: 'data.eventsGeoJson' },
  { file: 'datapackage.json', type: 'application/json', description: 'data.package' },
];
