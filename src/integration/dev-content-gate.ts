import { saveTakenIn, toContentError } from './content-errors.ts';
import { devDataStoreFile } from './dev-data-store.ts';
import { keptEntriesSynced } from './kept-entries.ts';

/**
 * In `astro dev`: throws the content errors of the last check, for Astro's overlay, after
 * waiting for a save the server is still taking in, so a page is never rendered from content
 * the checker has not seen. Astro runs a route's `getStaticPaths()` before any middleware
 * (a missing favicon does too), so both the middleware and the archive's loader ask here:
 * otherwise entries Astro kept as written for the checker (defer-to-checker.ts) would reach a
 * page's code and end in a stack trace instead of the checker's `file:line` message. Once
 * the check passes, a page also waits for Astro to have synced those entries again: the
 * wait for a save (watch-content.ts) ends when Astro writes its store, or after a time that
 * a busy machine can outlast.
 */
export async function refuseCheckedContent(): Promise<void> {
  await saveTakenIn();
  // Imported at each call: the integration regenerates the module after each check, and a
  // module imported once at the top would keep the first check's errors.
  const { default: lastCheck } = await import('virtual:annals/content-errors');
  const error = toContentError(lastCheck);
  if (error) throw error;
  await keptEntriesSynced(devDataStoreFile(lastCheck.rootDir));
}
