import site from '../../../annals.config.ts';
import type { Archive } from '../../data/archive.ts';
import { entryLabel } from '../../data/entry-label.ts';
import type { Entry } from '../../data/load-archive.ts';
import { localize } from '../../data/localize.ts';
import { absoluteUrl, localeHomeUrl } from '../../data/urls.ts';
import { DEFAULT_LOCALE, getLocale } from '../../i18n/locales.ts';
import { entryBasics, entryReference, nodeReference } from './references.ts';
import { documentIdentifiers, sameAs } from './identifiers.ts';
import type { JsonLd } from './serialize.ts';

const CONTEXT = 'https://schema.org';

/** The language of the text a node gives for an entry: the locale's, or the fallback's. */
const textLanguage = (entry: Entry, locale: string) => entryLabel(entry, locale).lang;

/** A statement as a `CreativeWork` about the event that adopted it, with its official versions. */
export function toStatementJsonLd(
  archive: Archive,
  statement: Entry<'statements'>,
  locale: string,
): JsonLd {
  const { adoptedAt, date, documents } = statement.data;
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    ...entryBasics(statement, locale),
    inLanguage: textLanguage(statement, locale),
    about: adoptedAt ? nodeReference(archive.get('events', adoptedAt.id), locale) : undefined,
    datePublished: date,
    encoding: documents
      .filter((document) => document.url)
      .map((document) => ({
        '@type': 'MediaObject',
        name: document.title,
        contentUrl: document.url,
        inLanguage: document.language,
      })),
    identifier: documentIdentifiers(statement.data),
    sameAs: sameAs(statement.data),
  };
}

/** An award round as the `ItemList` of its winning cities, in the order the round lists them. */
export function toAwardJsonLd(archive: Archive, award: Entry<'awards'>, locale: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    ...entryBasics(award, locale),
    inLanguage: textLanguage(award, locale),
    numberOfItems: award.data.winners.length,
    itemListElement: award.data.winners.map((winner, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: entryReference('City', archive.get('cities', winner.city.id), locale),
    })),
    sameAs: sameAs(award.data),
  };
}

/** An organisation as schema.org `Organization`. */
export function toOrganisationJsonLd(
  archive: Archive,
  organisation: Entry<'organisations'>,
  locale: string,
): JsonLd {
  const { partOf, website, country } = organisation.data;
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    ...entryBasics(organisation, locale),
    alternateName: localize(organisation, locale).text('shortName')?.text,
    sameAs: sameAs(organisation.data, website),
    parentOrganization: partOf
      ? entryReference('Organization', archive.get('organisations', partOf.id), locale)
      : undefined,
    address: country ? { '@type': 'PostalAddress', addressCountry: country } : undefined,
  };
}

/** The site as schema.org `WebSite`, on the home page of each locale. */
export function toWebSiteJsonLd(locale: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.title[locale] ?? site.title[DEFAULT_LOCALE],
    description: site.description[locale] ?? site.description[DEFAULT_LOCALE],
    url: absoluteUrl(localeHomeUrl(locale)),
    inLanguage: getLocale(locale).lang,
  };
}
