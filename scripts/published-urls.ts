import { readdir, readFile } from 'node:fs/promises';
import { sep } from 'node:path';

/** The committed list of published page paths, one per line, relative to the project root. */
export const PUBLISHED_URLS_FILE = 'tests/published-urls.txt';

/**
 * The path of every page of a built site, sorted: `/en/events/x/` for `en/events/x/index.html`.
 * Pages only (redirect pages included): calendars, feeds and data files follow from them,
 * and asset names carry content hashes that change with every style edit.
 */
export async function listPublishedPaths(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `${entry.parentPath}${sep}${entry.name}`.slice(siteDir.length))
    .map((path) =>
      path
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

/** The paths of the committed list. */
export async function readPublishedPaths(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}
