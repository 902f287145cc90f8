import type { Archive } from './archive.ts';

/** The few numbers the home page leads with. */
export interface HeadlineNumbers {
  events: number;
  cities: number;
  countries: number;
  firstYear?: string;
  lastYear?: string;
}

/** Counts the archive once: events, cities, the countries either appear in, and years covered. */
export function getHeadlineNumbers(archive: Archive): HeadlineNumbers {
  const countries = new Set<string>();
  for (const city of archive.cities) countries.add(city.data.country);
  for (const event of archive.events) {
    const country = archive.placeOf(event).country;
    if (country) countries.add(country);
  }
  const years = archive.events.map((event) => event.data.start.slice(0, 4)).sort();
  return {
    events: archive.events.length,
    cities: archive.cities.length,
    countries: countries.size,
    firstYear: years[0],
    lastYear: years.at(-1),
  };
}
