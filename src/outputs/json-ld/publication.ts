import type { Archive } from '../../data/archive.ts';
import { entryLabel } from '../../data/entry-label.ts';
import type { Entry } from '../../data/load-archive.ts';
import { documentIdentifiers, sameAs } from './identifiers.ts';
import { entryBasics, entryReference } from './references.ts';
import type { JsonLd } from './serialize.ts';

/**
 * A publication as schema.org `Book` when it has an ISBN (the property is the Book's), else
 * as a `CreativeWork`; with its publishers, and its ISBN, DOI and ARK.
 */
export function toPublicationJsonLd(
  archive: Archive,
  publication: Entry<'publications'>,
  locale: string,
): JsonLd {
  const { data } = publication;
  return {
    '@context': 'https://schema.org',
    '@type': data.isbn ? 'Book' : 'CreativeWork',
    ...entryBasics(publication, locale),
    inLanguage: entryLabel(publication, locale).lang,
    datePublished: data.date,
    isbn: data.isbn,
    publisher: data.publishers.map((ref) =>
      entryReference('Organization', archive.get('organisations', ref.id), locale),
    ),
    identifier: documentIdentifiers(data),
    sameAs: sameAs(data),
  };
}
