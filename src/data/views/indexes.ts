import { getLocale } from '../../i18n/locales.ts';
import { countryName, regionName } from '../../i18n/place-names.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { Archive } from '../archive.ts';
import { getCitiesByRegion } from '../cities-by-region.ts';
import { entryLabel } from '../entry-label.ts';
import { groupEvents } from '../event-listings.ts';
import type { Entry } from '../load-archive.ts';
import { localize, type LocalText } from '../localize.ts';
import type { Region } from '../regions.ts';

/** One region of the cities index: its countries, each with its cities, in reading order. */
export interface CitiesIndexRegion {
  region?: Region;
  /** The region's name in the locale, or the locale's word for "no region". */
  name: string;
  /** Whether events took place there, so the region has an events listing to link to. */
  hasEvents: boolean;
  countries: { country: string; name: string; cities: Entry<'cities'>[] }[];
}

/** The cities index of `locale`: regions in the site's order, countries and cities alphabetical. */
export function citiesIndexView(archive: Archive, locale: string): CitiesIndexRegion[] {
  const t = useTranslations(locale);
  const collator = new Intl.Collator(getLocale(locale).lang);
  const regionsWithEvents = new Set(
    groupEvents(archive, 'region')
      .filter((group) => group.events.length > 0)
      .map((group) => group.key),
  );
  return getCitiesByRegion(archive).map(({ region, countries }) => ({
    region,
    name: region ? regionName(region, locale) : t('region.none'),
    hasEvents: region !== undefined && regionsWithEvents.has(region.key),
    countries: countries
      .map(({ country, cities }) => ({
        country,
        name: countryName(country, locale),
        cities: cities.toSorted((a, b) =>
          collator.compare(entryLabel(a, locale).text, entryLabel(b, locale).text),
        ),
      }))
      .toSorted((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** Every series with the number of its editions, for the series index. */
export function seriesIndexView(archive: Archive): { entry: Entry<'series'>; editions: number }[] {
  return archive.series.map((entry) => ({
    entry,
    editions: archive.linksTo.eventsOfSeries.get(entry.id)?.length ?? 0,
  }));
}

/** Every documentation page in reading order, with its description in `locale`. */
export function docsIndexView(
  archive: Archive,
  locale: string,
): { entry: Entry<'docs'>; description?: LocalText }[] {
  return archive.docs.map((entry) => ({
    entry,
    description: localize(entry, locale).text('description'),
  }));
}
