import { identifierUrls, type EntryIdentifiers } from '../../data/identifier-links.ts';
import type { JsonLd } from './serialize.ts';

/** What schema.org's `sameAs` lists: the records other systems keep on the same thing. */
export const sameAs = (data: EntryIdentifiers, ...more: (string | undefined)[]) => [
  ...more,
  ...identifierUrls(data),
];

/** A document's identifiers that are not addresses, as schema.org `PropertyValue`s. */
export function documentIdentifiers(data: { isbn?: string; doi?: string; ark?: string }): JsonLd[] {
  const values: [string, string | undefined][] = [
    ['ISBN', data.isbn],
    ['DOI', data.doi],
    ['ARK', data.ark],
  ];
  return values
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([propertyID, value]) => ({ '@type': 'PropertyValue', propertyID, value }));
}
