import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * The list of published page paths, one per line, kept in the content folder it belongs to
 * (`content/published-urls.txt`): the pages of that archive that readers may have linked to.
 */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** Where the list of published pages of a content folder is kept. */
export function publishedUrlsFile(contentDir: string): string {
  return join(contentDir, PUBLISHED_URLS_FILE);
}

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

/**
 * The paths of a list of published pages. A content folder without a list (a new archive
 * before its first `npm run urls`) has promised no page yet.
 */
export async function readPublishedPaths(file: string): Promise<string[]> {
  if (!existsSync(file)) return [];
  const text = await readFile(file, 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * What an editor reads for each published page that a build no longer has: the path, and
 * the two ways to mend it.
 */
export function unbuiltPageMessages(published: readonly string[], built: readonly string[]) {
  const builtPaths = new Set(built);
  return published
    .filter((path) => !builtPaths.has(path))
    .map(
      (path) =>
        `${path}: this URL was published and is no longer built; list the old name in \`aliases\` of the entry that replaced it, or run \`npm run urls\` if you removed it on purpose`,
    );
}
