import { countryName } from '../i18n/place-names.ts';
import type { Archive } from './archive.ts';
import { entryLabel } from './entry-label.ts';
import type { Entry } from './load-archive.ts';
import { localize } from './localize.ts';

/** Fields that hold another name of an entry: the short name of an organisation or series, an event's venue. */
const OTHER_NAMES = ['shortName', 'venue'] as const;

/**
 * The names a reader may search for in a locale, as that locale shows them: the title or
 * name of every entry of the archive (documentation pages aside, which readers search only on
 * purpose), short names and venues, and the name of every country an entry is in.
 */
export function searchNames(archive: Archive, locale: string): string[] {
  const entries: Entry[] = [
    ...archive.events,
    ...archive.series,
    ...archive.statements,
    ...archive.awards,
    ...archive.cities,
    ...archive.organisations,
    ...archive.publications,
  ];
  const names: string[] = [];
  const countries = new Set<string>();
  for (const entry of entries) {
    const local = localize(entry, locale);
    names.push(entryLabel(entry, locale).text);
    for (const field of OTHER_NAMES) {
      const name = local.text(field)?.text;
      if (name) names.push(name);
    }
    const country = (entry.data as { country?: unknown }).country;
    if (typeof country === 'string') countries.add(country);
  }
  for (const code of [...countries].sort()) names.push(countryName(code, locale));
  return names;
}
