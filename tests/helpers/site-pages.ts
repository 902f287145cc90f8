import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listSiteFiles, urlPathOf } from './site-files.ts';

export interface SitePage {
  /** Path of the file, relative to the site folder: `en/events/index.html`. */
  file: string;
  /** URL path the page is served at: `/en/events/`. */
  urlPath: string;
  root: HTMLElement;
}

/** Every HTML page of a built site, parsed. */
export async function readSitePages(siteDir: string): Promise<SitePage[]> {
  const files = (await listSiteFiles(siteDir)).filter((file) => file.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => ({
      file,
      urlPath: urlPathOf(file),
      root: parse(await readFile(join(siteDir, file), 'utf8')),
    })),
  );
}
