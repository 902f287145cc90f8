import site from '../../../annals.config.ts';
import type { Archive } from '../../data/archive.ts';
import { entryLabel } from '../../data/entry-label.ts';
import type { Entry } from '../../data/load-archive.ts';
import { absoluteUrl, entryUrl } from '../../data/urls.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';

/** The entries a reader can cite: each has a page, a title and a date. */
export type CitableEntry =
  Entry<'statements'> | Entry<'publications'> | Entry<'events'> | Entry<'awards'>;

/** A CSL date: year, month and day as far as they are known, or a span of two such dates. */
export interface CslDate {
  'date-parts': number[][];
}

/** An institution or person named as written, not split into given and family names. */
export interface CslName {
  literal: string;
}

/** One item of CSL-JSON, with the variables Annals fills (CSL 1.0.2 names). */
export interface CslItem {
  id: string;
  type: 'document' | 'report' | 'book';
  title: string;
  URL: string;
  language: string;
  issued?: CslDate;
  author?: CslName[];
  editor?: CslName[];
  publisher?: string;
  event?: string;
  'event-date'?: CslDate;
  'event-place'?: string;
  ISBN?: string;
  number?: string;
}

/** `2015`, `2015-09` or `2015-09-28` as CSL date parts: `[2015, 9, 28]`. */
export function toDateParts(date: string): number[] {
  return date.split('-').map(Number);
}

const cslDate = (...dates: (string | undefined)[]): CslDate | undefined => {
  const known = dates.filter((date): date is string => Boolean(date));
  return known.length ? { 'date-parts': known.map(toDateParts) } : undefined;
};

const names = (entries: Entry[], locale: string): CslName[] | undefined =>
  entries.length
    ? entries.map((entry) => ({ literal: entryLabel(entry, locale).text }))
    : undefined;

/** What an entry cites of the event it came from: who organised it, its name and its place. */
function eventFacts(archive: Archive, eventId: string | undefined, locale: string) {
  if (!eventId) return {};
  const event = archive.get('events', eventId);
  const city = archive.placeOf(event).city;
  return {
    author: names(
      event.data.organisers.map((ref) => archive.get('organisations', ref.id)),
      locale,
    ),
    event: entryLabel(event, locale).text,
    'event-place': city ? entryLabel(city, locale).text : undefined,
  };
}

/** The fields of an item that depend on the kind of entry. */
function kindFields(archive: Archive, entry: CitableEntry, locale: string): Partial<CslItem> {
  switch (entry.collection) {
    case 'statements': {
      const { adoptedAt, date } = entry.data;
      // A statement without its own date was adopted on the first day of its event.
      const start = adoptedAt && archive.get('events', adoptedAt.id).data.start;
      const facts = eventFacts(archive, adoptedAt?.id, locale);
      return { type: 'document', issued: cslDate(date ?? start), ...facts };
    }
    case 'awards': {
      const { conferredOn, announcedOn, year, conferredAt } = entry.data;
      const facts = eventFacts(archive, conferredAt?.id, locale);
      const issued = cslDate(conferredOn ?? announcedOn ?? String(year));
      return { type: 'document', issued, ...facts };
    }
    case 'events': {
      const { author, 'event-place': place } = eventFacts(archive, entry.id, locale);
      const { start, end } = entry.data;
      return {
        type: 'document',
        issued: cslDate(start),
        author,
        event: entryLabel(entry, locale).text,
        'event-date': cslDate(start, end && end !== start ? end : undefined),
        'event-place': place,
      };
    }
    case 'publications': {
      const { kind, date, publishers, editors, isbn, documentCode } = entry.data;
      const publisherEntries = publishers.map((ref) => archive.get('organisations', ref.id));
      return {
        type: kind === 'report' ? 'report' : 'book',
        issued: cslDate(date),
        // A corporate author when no person is named, as APA and Chicago cite reports.
        author: editors.length ? undefined : names(publisherEntries, locale),
        editor: editors.length ? editors.map((literal) => ({ literal })) : undefined,
        publisher:
          publisherEntries.map((entry) => entryLabel(entry, locale).text).join('; ') || undefined,
        ISBN: isbn,
        number: documentCode,
      };
    }
  }
}

/** Drops the variables that are not known, so the item carries no `undefined`. */
const defined = <T extends object>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as T;

/**
 * An entry as one CSL-JSON item, in a locale's text (falling back to the default language)
 * and with that locale's page as its URL. The organisers of the event it came from stand as
 * its authors, the way a declaration or a conference is cited after the body that issued it;
 * a publication is cited after its editors, or its publishers when it names none.
 */
export function toCslItem(archive: Archive, entry: CitableEntry, locale: string): CslItem {
  const label = entryLabel(entry, locale);
  const siteTitle = site.title[locale] ?? site.title[DEFAULT_LOCALE];
  return defined({
    id: `${entry.collection}/${entry.slug}`,
    title: label.text,
    URL: absoluteUrl(entryUrl(entry, locale)),
    language: label.lang,
    publisher: siteTitle,
    ...kindFields(archive, entry, locale),
  } as CslItem);
}
