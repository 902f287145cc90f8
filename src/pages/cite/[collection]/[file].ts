import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { citationFilePaths } from '../../../data/routes.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import {
  CITATION_MEDIA_TYPES,
  formatCitation,
  type CitationFormat,
} from '../../../outputs/citation/cite-formats.ts';
import { toCslItem, type CitableEntry } from '../../../outputs/citation/csl-item.ts';

export const getStaticPaths = citationFilePaths;

/** An entry's citation as a BibTeX, RIS or CSL-JSON file, for a reference manager. */
export const GET: APIRoute<{ entry: CitableEntry; format: CitationFormat }> = async ({ props }) => {
  const item = toCslItem(await getArchive(), props.entry, DEFAULT_LOCALE);
  return new Response(formatCitation(item, props.format), {
    headers: { 'Content-Type': CITATION_MEDIA_TYPES[props.format] },
  });
};
