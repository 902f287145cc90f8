import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';

/** Every file of a built site, relative to its folder, written with `/`, in sorted order. */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}${sep}${entry.name}`.slice(siteDir.length + 1))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** The URL path a built file is served at: `en/x/index.html` is `/en/x/`. */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a URL path is served from: `/en/x/` is `en/x/index.html`. */
export function fileOfUrlPath(urlPath: string): string {
  return (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).slice(1);
}
