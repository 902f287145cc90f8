import type { Entry } from '../../data/load-archive.ts';
import { entryBasics } from './references.ts';
import { sameAs } from './identifiers.ts';
import type { JsonLd } from './serialize.ts';

/** A city as schema.org `City`: where it is, and the records GeoNames and Wikidata keep on it. */
export function toCityJsonLd(city: Entry<'cities'>, locale: string): JsonLd {
  const { coordinates, country } = city.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'City',
    ...entryBasics(city, locale),
    address: { '@type': 'PostalAddress', addressCountry: country },
    geo: coordinates && { '@type': 'GeoCoordinates', ...coordinates },
    sameAs: sameAs(city.data),
  };
}
