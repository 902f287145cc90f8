import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the build writes files outside Astro's routes, as `virtual:annals/build-folders`. */
export interface BuildFolders {
  /** The site folder being built. */
  outDir: string;
  /** Where those files are kept between builds, in Astro's cache folder: a folder per kind. */
  store: string;
  /** A hash of the code that writes them (src/ and the lockfile): a change starts anew. */
  code: string;
}

const ID = 'virtual:annals/build-folders';

/** A hash of every file under `src/` and of the lockfile, read once per build. */
export function codeHash(rootDir: string): string {
  const hash = createHash('sha256');
  const src = join(rootDir, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(rootDir, 'package-lock.json')]) {
    hash.update(file.slice(rootDir.length)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Hands the build's folders to the endpoints that write the event calendars and the citation
 * files, as a module: `folders()` is read when the module loads, after Astro has settled its
 * configuration. In `astro dev` it is `null`, and those files are served by routes of their own.
 */
export function buildFoldersPlugin(folders: () => BuildFolders | undefined): Plugin {
  return {
    name: 'annals:build-folders',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) =>
      id === `\0${ID}` ? `export default ${JSON.stringify(folders() ?? null)};` : undefined,
  };
}
