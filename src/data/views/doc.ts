import site from '../../../annals.config.ts';
import type { Archive } from '../archive.ts';
import { getLastUpdated } from '../git-history.ts';
import type { Entry } from '../load-archive.ts';
import { entryPageView, type EntryPageView } from './entry-page.ts';

/** Everything a documentation page shows, in one locale. */
export interface DocView {
  page: EntryPageView;
  entry: Entry<'docs'>;
  /** Every documentation page in reading order, for the sidebar and previous/next links. */
  docs: Entry<'docs'>[];
  /** The day the shown file last changed in git, when known. */
  lastUpdated?: string;
  /** Where editors change the shown file, when the site has an edit address. */
  editUrl?: string;
}

/** What documentation page `entry` shows in `locale`. */
export function docView(archive: Archive, entry: Entry<'docs'>, locale: string): DocView {
  const page = entryPageView(archive, entry, locale);
  // The file shown is the translation's when it has a body, so edit and date follow it.
  const shownFile = page.body.filePath ?? entry.source.filePath ?? '';
  return {
    page,
    entry,
    docs: archive.docs,
    lastUpdated: getLastUpdated(shownFile),
    editUrl: site.editUrl ? `${site.editUrl}${shownFile}` : undefined,
  };
}
