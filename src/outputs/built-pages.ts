import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEARCHED_MARK } from './search-bundles.ts';

/** What the steps after rendering need to know of one built page. */
export interface BuiltPage {
  /** Its path in the built site: `fr/events/x/index.html`. */
  file: string;
  /** A SHA-256 of its HTML: the search index is kept while no indexed page's digest changes. */
  digest: string;
  /** Whether it has something for Pagefind to index (`data-pagefind-body`). */
  searched: boolean;
  /** The Content Security Policy Astro wrote into its head, for `_headers`. */
  policy: string | undefined;
}

/** The policy Astro writes into each page's head. */
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Pages read at once: enough to keep the disk busy, few enough for any open-files limit. */
const AT_ONCE = 64;

/**
 * The record of the last reading, in Astro's cache folder: the site's folder, and each page
 * with the size and modification time it had then, its digest, whether it is searched, and
 * its policy as an index into `policies` (pages share a handful, which would otherwise fill
 * the file).
 */
interface ReadingRecord {
  siteDir: string;
  pages: Record<
    string,
    [size: number, modified: number, digest: string, searched: 0 | 1, policy: number]
  >;
  policies: string[];
}

/** What one page says, from its HTML. */
export function readPage(file: string, html: string): BuiltPage {
  return {
    file,
    digest: createHash('sha256').update(html).digest('base64url'),
    searched: html.includes(SEARCHED_MARK),
    policy: META_POLICY.exec(html)?.[1],
  };
}

/** The record of the last reading of `siteDir`, if there is one. */
function readRecord(recordFile: string | undefined, siteDir: string): ReadingRecord | undefined {
  if (!recordFile) return undefined;
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as ReadingRecord;
    return record.siteDir === siteDir ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The page as the record has it, if its file still has the size and time recorded. */
function recorded(
  record: ReadingRecord | undefined,
  file: string,
  size: number,
  modified: number,
): BuiltPage | undefined {
  const entry = record?.pages[file];
  if (!entry || entry[0] !== size || entry[1] !== modified) return undefined;
  return { file, digest: entry[2], searched: entry[3] === 1, policy: record.policies[entry[4]] };
}

/**
 * Every HTML page of the built site `siteDir`, in the order of their paths, with what the
 * search index and `_headers` need of it. With a `recordFile`, a page whose file has the size
 * and modification time recorded there by the last build is not read again: a rebuild that
 * changed a few pages reads those few, not the whole site (twice, as it did, once for the
 * search index's key and once for the policies). The record is then written anew.
 */
export async function readBuiltPages(siteDir: string, recordFile?: string): Promise<BuiltPage[]> {
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .sort();
  const record = readRecord(recordFile, siteDir);
  const stamps: [number, number][] = [];
  const pages: BuiltPage[] = [];
  // One string per distinct policy. A policy read from a page is a slice of the page's HTML,
  // which V8 keeps whole while the slice lives: kept as read, the policies of a 10,000-event
  // site held every page's HTML, about 3 GB, until the end of the build.
  const policies = new Map<string, string>();
  const oncePerPolicy = (page: BuiltPage): BuiltPage => {
    if (page.policy === undefined) return page;
    if (!policies.has(page.policy)) policies.set(page.policy, page.policy);
    return { ...page, policy: policies.get(page.policy) };
  };
  let next = 0;
  const worker = async () => {
    for (let at = next++; at < files.length; at = next++) {
      const file = files[at]!;
      const path = join(siteDir, file);
      const { size, mtimeMs } = await stat(path);
      stamps[at] = [size, mtimeMs];
      pages[at] =
        recorded(record, file, size, mtimeMs) ??
        oncePerPolicy(readPage(file, await readFile(path, 'utf8')));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  if (recordFile) await writeFile(recordFile, JSON.stringify(toRecord(siteDir, pages, stamps)));
  return pages;
}

function toRecord(
  siteDir: string,
  pages: readonly BuiltPage[],
  stamps: readonly [number, number][],
): ReadingRecord {
  const policies: string[] = [];
  const policyIndex = new Map<string | undefined, number>();
  const entries = pages.map((page, at) => {
    let policy = policyIndex.get(page.policy) ?? -1;
    if (page.policy !== undefined && policy < 0) {
      policy = policies.push(page.policy) - 1;
      policyIndex.set(page.policy, policy);
    }
    const [size, modified] = stamps[at]!;
    const entry: ReadingRecord['pages'][string] = [
      size,
      modified,
      page.digest,
      page.searched ? 1 : 0,
      policy,
    ];
    return [page.file, entry];
  });
  return { siteDir, pages: Object.fromEntries(entries), policies };
}
