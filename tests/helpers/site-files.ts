import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** URL paths of every HTML page of a built site: `/en/events/x/`, `/404.html`. */
export async function listPages(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      `/${relative(siteDir, join(siteDir, file)).split('\\').join('/')}`.replace(
        /index\.html$/,
        '',
      ),
    )
    .sort();
}
