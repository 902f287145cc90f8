import site from '../../annals.config.ts';
import type { Archive } from '../data/archive.ts';
import { siteHomeUrl } from '../data/urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { tableSchemaOf, type CsvColumn } from './csv-columns.ts';
import { AWARD_WINNER_TABLE, CITY_TABLE, EVENT_TABLE } from './csv-exports.ts';
import { ARCHIVE_SCHEMA_FILE, EXPORT_VERSION } from './export-schema.ts';

/** A CSV file of the package, described by the same columns that write it. */
function tableResource<Row>(
  name: string,
  description: string,
  columns: readonly CsvColumn<Row>[],
  primaryKey?: string[],
) {
  return {
    name,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: tableSchemaOf(columns, primaryKey),
  };
}

/** A JSON file of the package. */
const jsonResource = (name: string, path: string, mediatype: string, description: string) => ({
  name,
  path,
  profile: 'data-resource',
  description,
  format: path.split('.').at(-1),
  mediatype,
  encoding: 'utf-8',
});

/** The package's name: lower-case letters, digits and `-._/`, as Data Package requires. */
const packageName = () =>
  new URL(siteHomeUrl()).host.toLowerCase().replaceAll(/[^a-z0-9._-]/g, '-');

/**
 * `/data/datapackage.json`: a Frictionless Data Package that describes the open-data files,
 * so that tools read the CSV columns with their types. Each table's fields come from the
 * columns that write it. GeoNames is named as a source when cities carry its data.
 */
export function createDataPackage(archive: Archive): string {
  const fromGeoNames = archive.cities.some((city) => city.data.geonames !== undefined);
  const data = {
    profile: 'data-package',
    name: packageName(),
    title: site.title[DEFAULT_LOCALE],
    description: site.description[DEFAULT_LOCALE],
    homepage: siteHomeUrl(),
    // Only the licence the network has chosen: the archive does not presume one.
    ...(site.dataLicense && { licenses: [site.dataLicense] }),
    ...(fromGeoNames && {
      sources: [
        { title: 'GeoNames (city ids and coordinates)', path: 'https://www.geonames.org/' },
      ],
    }),
    resources: [
      jsonResource(
        'archive',
        'archive.json',
        'application/json',
        `Every entry with its facts and translations; its JSON Schema is ${ARCHIVE_SCHEMA_FILE}.`,
      ),
      jsonResource(
        'archive-schema',
        ARCHIVE_SCHEMA_FILE,
        'application/schema+json',
        `The JSON Schema of archive.json, version ${EXPORT_VERSION}.`,
      ),
      tableResource('events', 'One row per event, in the default language.', EVENT_TABLE, ['id']),
      tableResource(
        'award-winners',
        'One row per winning city of each award round.',
        AWARD_WINNER_TABLE,
        ['award', 'city'],
      ),
      tableResource('cities', 'One row per city.', CITY_TABLE, ['id']),
      jsonResource(
        'cities-map',
        'cities.geojson',
        'application/geo+json',
        'Cities with coordinates, as points.',
      ),
      jsonResource(
        'events-map',
        'events.geojson',
        'application/geo+json',
        'Events at the point of their city, when it has coordinates.',
      ),
    ],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
