import type { APIRoute } from 'astro';
import { getArchive, type Archive } from '../../../data/archive.ts';
import { citationFilePaths } from '../../../data/routes.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import {
  CITATION_MEDIA_TYPES,
  formatCitation,
  type CitationFormat,
} from '../../../outputs/citation/cite-formats.ts';
import { toCslItem, type CitableEntry } from '../../../outputs/citation/csl-item.ts';

/** What a citation file reads of the archive, for its text and for its key alike. */
const readCitation = (archive: Archive, entry: CitableEntry) =>
  toCslItem(archive, entry, DEFAULT_LOCALE);

export const getStaticPaths = () => citationFilePaths(readCitation);

/** An entry's citation as a BibTeX, RIS or CSL-JSON file, for a reference manager. */
export const GET: APIRoute<{ entry: CitableEntry; format: CitationFormat }> = async ({ props }) => {
  const item = readCitation(await getArchive(), props.entry);
  return new Response(formatCitation(item, props.format), {
    headers: { 'Content-Type': CITATION_MEDIA_TYPES[props.format] },
  });
};
