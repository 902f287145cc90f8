import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A built page that Pagefind indexes: its address and its HTML as written. */
export interface SearchPage {
  /** The page's address, as Pagefind gives it for the built file: `/fr/events/x/`. */
  url: string;
  html: string;
}

/** Files read ahead of the one being handled: reading overlaps Pagefind's work on the last. */
const READ_AHEAD = 8;

/** A page's address as Pagefind gives it for a built file: `/fr/events/x/`. */
export function pageUrl(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * The built pages `files` of `siteDir` (paths in it, of the pages that have something to index,
 * as `readBuiltPages` tells them), one by one in the order given, each read while the ones
 * before it are handled. The order is the index's: two builds give it the same.
 */
export async function* searchPages(
  siteDir: string,
  files: readonly string[],
): AsyncGenerator<SearchPage> {
  const reads: Promise<string>[] = [];
  let next = 0;
  const readNext = () => {
    const file = files[next++];
    if (file === undefined) return;
    const read = readFile(join(siteDir, file), 'utf8');
    // A failed read is thrown when its turn comes, not as an unhandled rejection before.
    read.catch(() => undefined);
    reads.push(read);
  };
  for (let at = 0; at < READ_AHEAD; at += 1) readNext();
  for (const file of files) {
    const html = await reads.shift()!;
    readNext();
    yield { url: pageUrl(file), html };
  }
}
