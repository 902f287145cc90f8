import type { Archive } from '../../data/archive.ts';
import { entryLabel } from '../../data/entry-label.ts';
import type { Entry } from '../../data/load-archive.ts';
import { absoluteUrl, entryUrl } from '../../data/urls.ts';
import { countryName } from '../../i18n/place-names.ts';
import { onlineLink } from '../online-link.ts';
import type { JsonLd } from './serialize.ts';

/** Where an online event takes place: where it is joined, else its own page. */
function onlineUrl(event: Entry<'events'>, locale: string): string {
  return onlineLink(event) ?? absoluteUrl(entryUrl(event, locale));
}

/** The physical place of an event: a Place with a PostalAddress, when one is known. */
export function physicalPlace(
  archive: Archive,
  event: Entry<'events'>,
  locale: string,
): JsonLd | undefined {
  const { city, country } = archive.placeOf(event);
  const cityName = city && entryLabel(city, locale).text;
  const name = event.data.venue ?? cityName;
  if (!name && !country) return undefined;
  return {
    '@type': 'Place',
    name: name ?? (country && countryName(country, locale)),
    address: {
      '@type': 'PostalAddress',
      streetAddress: event.data.address,
      addressLocality: cityName,
      addressCountry: country,
    },
  };
}

/**
 * The schema.org `location` of an event: a Place for one in person, a VirtualLocation for
 * one online, both for a hybrid one. An event that moved online gets the VirtualLocation
 * and keeps the Place it was planned for.
 */
export function eventLocation(
  archive: Archive,
  event: Entry<'events'>,
  locale: string,
): JsonLd | JsonLd[] {
  const place = physicalPlace(archive, event, locale);
  const virtual = { '@type': 'VirtualLocation', url: onlineUrl(event, locale) };
  const { attendance, status } = event.data;
  if (attendance === 'in-person' && status !== 'moved-online' && place) return place;
  if (attendance === 'online' || !place) return virtual;
  return [place, virtual];
}
