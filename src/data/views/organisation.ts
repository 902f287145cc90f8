import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** Everything an organisation's page shows, in one locale. */
export interface OrganisationView {
  page: EntryPageView;
  entry: Entry<'organisations'>;
  partOf?: Entry<'organisations'>;
  parts: Entry<'organisations'>[];
  /** Events it organised, newest first. */
  events: Entry<'events'>[];
  /** Publications it published, newest first. */
  publications: Entry<'publications'>[];
}

/** What the page of organisation `entry` shows in `locale`. */
export function organisationView(
  archive: Archive,
  entry: Entry<'organisations'>,
  locale: string,
): OrganisationView {
  const { partOf } = entry.data;
  return {
    page: entryPageView(archive, entry, locale),
    entry,
    partOf: partOf && archive.get('organisations', partOf.id),
    parts: archive.linksTo.partsOfOrganisation.get(entry.id) ?? [],
    events: archive.linksTo.eventsOfOrganisation.get(entry.id) ?? [],
    publications: archive.linksTo.publicationsOfOrganisation.get(entry.id) ?? [],
  };
}
