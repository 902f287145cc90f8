import { getCountry } from 'countries-and-timezones';
import { TimeZoneSchema } from '../schemas/fields/dates.ts';
import type { EditorContext } from './editor-context.ts';

/**
 * The time zones of a country, as IANA names this runtime knows (Intl has no map from
 * countries to zones; the maintained countries-and-timezones package does).
 */
export function timeZonesOf(country: string | undefined): string[] {
  const zones = (country && getCountry(country)?.timezones) || [];
  return zones.filter((zone) => TimeZoneSchema.safeParse(zone).success);
}

/** The country of an entry being written: its own `country`, else that of its `city`. */
export function countryOfDraft(
  context: EditorContext,
  answers: Record<string, unknown>,
): string | undefined {
  if (typeof answers.country === 'string') return answers.country;
  const city = context.entries.find(
    (entry) => entry.collection === 'cities' && !entry.locale && entry.id === answers.city,
  );
  return typeof city?.data.country === 'string' ? city.data.country : undefined;
}
