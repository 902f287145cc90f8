import type { EventFacet } from '../data/event-listings.ts';
import { REGIONS } from '../data/regions.ts';
import { countryName, regionName } from './place-names.ts';
import type { Translate } from './translate.ts';

/** How a reader names one value of an event facet: "2015", "Conference", "Mexico", "Europe". */
export function facetValueLabel(
  facet: EventFacet,
  key: string,
  locale: string,
  t: Translate,
): string {
  switch (facet) {
    case 'year':
      return key;
    case 'type':
      return t(`eventType.${key}` as Parameters<Translate>[0]);
    case 'country':
      return countryName(key.toUpperCase(), locale);
    case 'region': {
      const region = REGIONS.byKey(key);
      return region ? regionName(region, locale) : key;
    }
  }
}
