import type { APIRoute } from 'astro';
import folders from 'virtual:annals/build-folders';
import { getArchive } from '../data/archive.ts';
import { keyedFolders, writeKeyedFiles } from '../outputs/keyed-files.ts';
import { citationFiles, citationFileText } from '../outputs/citation/citation-files.ts';

/**
 * Writes every entry's citation files (`/cite/statements/x.bib`, `.ris`, `.json`) in one go,
 * straight from the archive, as src/pages/event-calendars.ts writes the calendars: rendered
 * as one endpoint route per file, the 3,500 files of 1,000 events cost seconds of Astro's
 * per-page work. A file whose key is unchanged since the last build is copied from the store.
 * The response is empty, so Astro writes no file for this address itself; in `astro dev`
 * `src/pages/cite/[collection]/[file].ts` serves the files instead.
 */
export const GET: APIRoute = async () => {
  if (folders) {
    const archive = await getArchive();
    writeKeyedFiles(
      citationFiles(archive),
      ({ entry, format }) => citationFileText(archive, entry, format),
      keyedFolders(folders, 'citations'),
    );
  }
  return new Response(null);
};
