import { citationView } from '../../outputs/citation/citation-view.ts';
import { toCityJsonLd } from '../../outputs/json-ld/city.ts';
import {
  toAwardJsonLd,
  toOrganisationJsonLd,
  toStatementJsonLd,
} from '../../outputs/json-ld/entries.ts';
import { toEventJsonLd } from '../../outputs/json-ld/event.ts';
import { toPublicationJsonLd } from '../../outputs/json-ld/publication.ts';
import { toSeriesJsonLd } from '../../outputs/json-ld/series.ts';
import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';
import { awardView } from './award.ts';
import { cityView } from './city.ts';
import { docView } from './doc.ts';
import { eventView } from './event.ts';
import { organisationView } from './organisation.ts';
import { publicationView } from './publication.ts';
import { seriesView } from './series.ts';
import { statementView } from './statement.ts';

// Everything each kind of entry page computes from the archive, in one function per page:
// the route renders what it returns, and `entryPaths` runs the same function over a
// recording archive for the page's cache key, so the key covers all the page reads.

/** An event's page: its view, its citation and its JSON-LD. */
export const eventPage = (archive: Archive, entry: Entry<'events'>, locale: string) => ({
  view: eventView(archive, entry, locale),
  citation: citationView(archive, entry, locale),
  jsonLd: toEventJsonLd(archive, entry, locale),
});

/** A statement's page: its view, its citation and its JSON-LD. */
export const statementPage = (archive: Archive, entry: Entry<'statements'>, locale: string) => ({
  view: statementView(archive, entry, locale),
  citation: citationView(archive, entry, locale),
  jsonLd: toStatementJsonLd(archive, entry, locale),
});

/** An award round's page: its view, its citation and its JSON-LD. */
export const awardPage = (archive: Archive, entry: Entry<'awards'>, locale: string) => ({
  view: awardView(archive, entry, locale),
  citation: citationView(archive, entry, locale),
  jsonLd: toAwardJsonLd(archive, entry, locale),
});

/** A publication's page: its view, its citation and its JSON-LD. */
export const publicationPage = (
  archive: Archive,
  entry: Entry<'publications'>,
  locale: string,
) => ({
  view: publicationView(archive, entry, locale),
  citation: citationView(archive, entry, locale),
  jsonLd: toPublicationJsonLd(archive, entry, locale),
});

/** A series' page: its view and its JSON-LD. */
export const seriesPage = (archive: Archive, entry: Entry<'series'>, locale: string) => ({
  view: seriesView(archive, entry, locale),
  jsonLd: toSeriesJsonLd(archive, entry, locale),
});

/** An organisation's page: its view and its JSON-LD. */
export const organisationPage = (
  archive: Archive,
  entry: Entry<'organisations'>,
  locale: string,
) => ({
  view: organisationView(archive, entry, locale),
  jsonLd: toOrganisationJsonLd(archive, entry, locale),
});

/** A city's page: its view and its JSON-LD. */
export const cityPage = (archive: Archive, entry: Entry<'cities'>, locale: string) => ({
  view: cityView(archive, entry, locale),
  jsonLd: toCityJsonLd(entry, locale),
});

/** A documentation page: its view (its MDX components read the archive themselves). */
export const docPage = (archive: Archive, entry: Entry<'docs'>, locale: string) => ({
  view: docView(archive, entry, locale),
});
