import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where `astro dev` writes its content store. Pages read entries from a module made of this
 * file, which Astro renews each time it writes it: an entry synced is on a page only then.
 */
export const devDataStoreFile = (rootDir: string) => join(rootDir, '.astro', 'data-store.json');

/** When the file at `path` was last written, or 0 if there is none. */
export const writtenAt = (path: string) =>
  stat(path).then(
    (stats) => stats.mtimeMs,
    () => 0,
  );
