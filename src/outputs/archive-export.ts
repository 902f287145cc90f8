import site from '../../annals.config.ts';
import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { absoluteUrl, entryUrl, siteHomeUrl } from '../data/urls.ts';
import { REGIONS } from '../data/regions.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { countryName, regionName } from '../i18n/place-names.ts';
import { EXPORT_VERSION, EXPORTED_COLLECTIONS } from './export-schema.ts';

/** Astro's image metadata, which an `image()` field holds once the build has processed it. */
function isImageMetadata(record: Record<string, unknown>): boolean {
  return (
    ['src', 'width', 'height', 'format'].every((key) => key in record) &&
    typeof record.src === 'string'
  );
}

/**
 * Plain JSON values of an entry's data: Astro's references (`{ collection, id }`) become the
 * id they name, as in the content files, images become the address of the published file,
 * and object keys are sorted so that the file only changes where the content does.
 */
export function toPlainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlainData);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.join() === 'collection,id' && typeof record.id === 'string') return record.id;
  if (isImageMetadata(record)) return absoluteUrl(String(record.src));
  return Object.fromEntries(
    keys.filter((key) => record[key] !== undefined).map((key) => [key, toPlainData(record[key])]),
  );
}

function exportEntry(entry: Entry) {
  const translations = [...entry.translations]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([locale, { data }]) => [
      locale,
      // The fingerprint of the source a translation was made from is for editors only.
      toPlainData({ ...data, translatedFrom: undefined }),
    ]);
  return {
    id: entry.id,
    url: absoluteUrl(entryUrl(entry, DEFAULT_LOCALE)),
    data: toPlainData(entry.data),
    translations: Object.fromEntries(translations),
  };
}

/** A name in every locale of the site, by locale code. */
function inEveryLocale(name: (locale: string) => string): Record<string, string> {
  return Object.fromEntries(LOCALES.map(({ code }) => [code, name(code)]));
}

/** The names of the countries the archive names, by code, in every locale. */
function countryNames(archive: Archive): Record<string, Record<string, string>> {
  const codes = new Set([
    ...archive.events.map((event) => archive.placeOf(event).country),
    ...archive.cities.map((city) => city.data.country),
    ...archive.organisations.map((organisation) => organisation.data.country),
  ]);
  return Object.fromEntries(
    [...codes]
      .filter((code): code is string => Boolean(code))
      .sort()
      .map((code) => [code, inEveryLocale((locale) => countryName(code, locale))]),
  );
}

/** The whole archive as one JSON document (`/data/archive.json`), entries sorted by id. */
export function createArchiveExport(archive: Archive): string {
  const collections = EXPORTED_COLLECTIONS.map((collection) => [
    collection,
    [...archive[collection]]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(exportEntry),
  ]);
  const document = {
    schemaVersion: EXPORT_VERSION,
    site: {
      url: siteHomeUrl(),
      title: site.title,
      defaultLocale: site.defaultLocale,
      locales: site.locales.map((locale) => locale.code),
    },
    countries: countryNames(archive),
    regions: REGIONS.regions.map((region) => ({
      key: region.key,
      name: inEveryLocale((locale) => regionName(region, locale)),
      countries: region.countries,
    })),
    ...Object.fromEntries(collections),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
