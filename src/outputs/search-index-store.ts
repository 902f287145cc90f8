import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linkTree } from './link-tree.ts';
import { SEARCH_BUNDLE_DIR } from './search-bundles.ts';

/** The file in the store that holds the key of the index kept there. */
const KEY_FILE = 'key';

/** The key of the search index kept in `store` by an earlier build, if there is one. */
export async function readStoredKey(store: string): Promise<string | undefined> {
  try {
    return await readFile(join(store, KEY_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/** Puts the search index kept in `store` into the built site `siteDir`, in place of any. */
export async function restoreIndex(store: string, siteDir: string): Promise<void> {
  const target = join(siteDir, SEARCH_BUNDLE_DIR);
  await rm(target, { recursive: true, force: true });
  await linkTree(join(store, SEARCH_BUNDLE_DIR), target);
}

/**
 * Keeps the search index just written into `siteDir` in `store`, under `key`, in place of
 * the one kept before. The key is written last, so an interrupted copy is never taken for
 * a whole one.
 */
export async function keepIndex(store: string, siteDir: string, key: string): Promise<void> {
  await rm(store, { recursive: true, force: true });
  await linkTree(join(siteDir, SEARCH_BUNDLE_DIR), join(store, SEARCH_BUNDLE_DIR));
  await writeFile(join(store, KEY_FILE), key);
}
