import type { Archive } from '../../data/archive.ts';
import { recordedPageKeys } from '../../data/page-keys.ts';
import { CITABLE_COLLECTIONS } from '../../data/routes.ts';
import { CITATION_FILE_FORMATS } from '../../data/urls.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import type { KeyedFile } from '../keyed-files.ts';
import { formatCitation, type CitationFormat } from './cite-formats.ts';
import { citedBibtex, citedItem } from './cited-item.ts';
import { toCslItem, type CitableEntry } from './csl-item.ts';

/** One entry's citation in one format: its file in the built site and what it depends on. */
export interface CitationFile extends KeyedFile {
  entry: CitableEntry;
  format: CitationFormat;
}

/**
 * Every citable entry's citation files, at the addresses `citationFileUrl` gives. Their key is
 * what making the entry's citation reads (its event, organisers, place) and the entry itself,
 * one key for the three formats, each file's path naming its own.
 */
export function citationFiles(archive: Archive): CitationFile[] {
  const keyOf = recordedPageKeys(archive, (recording, entry: CitableEntry) =>
    toCslItem(recording, entry, DEFAULT_LOCALE),
  );
  return CITABLE_COLLECTIONS.flatMap((collection) =>
    archive[collection].flatMap((entry) => {
      const key = keyOf(entry, '', 'citation', [entry]);
      return CITATION_FILE_FORMATS.map((format) => ({
        file: `cite/${collection}/${entry.slug}.${format}`,
        key,
        entry,
        format,
      }));
    }),
  );
}

/**
 * The text of one citation file. It cites the entry in the default language, like the work a
 * reader cites, whatever the language of the page that links to it.
 */
export function citationFileText(archive: Archive, entry: CitableEntry, format: CitationFormat) {
  // The BibTeX is the one the entry's pages show, made once for both.
  if (format === 'bib') return citedBibtex(archive, entry);
  return formatCitation(citedItem(archive, entry, DEFAULT_LOCALE), format);
}
