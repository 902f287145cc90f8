import type { Archive } from '../archive.ts';
import { documentsView, type DocumentsView } from '../documents.ts';
import type { Entry } from '../load-archive.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** Everything a publication's page shows, in one locale. */
export interface PublicationView {
  page: EntryPageView;
  entry: Entry<'publications'>;
  publishers: Entry<'organisations'>[];
  /** Events it is about or was launched at, in the order the entry gives. */
  events: Entry<'events'>[];
  documents: DocumentsView;
}

/** What the page of publication `entry` shows in `locale`. */
export function publicationView(
  archive: Archive,
  entry: Entry<'publications'>,
  locale: string,
): PublicationView {
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    publishers: entry.data.publishers.map((ref) => archive.get('organisations', ref.id)),
    events: entry.data.events.map((ref) => archive.get('events', ref.id)),
    documents: documentsView(entry),
  };
}
