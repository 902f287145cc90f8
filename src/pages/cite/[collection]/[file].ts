import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { citationFilePaths } from '../../../data/routes.ts';
import { citationFileText } from '../../../outputs/citation/citation-files.ts';
import {
  CITATION_MEDIA_TYPES,
  type CitationFormat,
} from '../../../outputs/citation/cite-formats.ts';
import type { CitableEntry } from '../../../outputs/citation/csl-item.ts';

// Only `astro dev` serves the citation files from here: a build writes them all in one go
// (src/pages/citation-files.ts), thousands of endpoint routes being slow to render.
export const getStaticPaths = () => (import.meta.env.DEV ? citationFilePaths() : []);

/** An entry's citation as a BibTeX, RIS or CSL-JSON file, for a reference manager. */
export const GET: APIRoute<{ entry: CitableEntry; format: CitationFormat }> = async ({ props }) =>
  new Response(citationFileText(await getArchive(), props.entry, props.format), {
    headers: { 'Content-Type': CITATION_MEDIA_TYPES[props.format] },
  });
