import { access } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { entriesKeptAsWritten, noteEntrySync } from './content-errors.ts';
import { writtenAt } from './dev-data-store.ts';

/**
 * How long a page waits at most for Astro to sync again the entries it kept as written. On
 * a busy machine Astro's sync of a save can take seconds (the first one after `astro dev`
 * starts may wait for Vite to bundle its dependencies again); past this, the page renders.
 */
const SYNC_WAIT_MS = 30_000;
const SYNC_POLL_MS = 50;

/**
 * A file's time is taken from the kernel's coarse clock, which can lag `Date.now()` by a tick
 * (up to 10 ms): a store written just after an entry was synced may look a little earlier.
 */
const FILE_CLOCK_SLACK_MS = 20;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Whether Astro's store holds no entry as written, and was written since the last resync. */
async function storeHoldsSchemaData(storeFile: string): Promise<boolean> {
  const { files, lastResyncedAt } = entriesKeptAsWritten();
  const present = await Promise.all(files.map(exists));
  // A file deleted or moved since is never synced again, and no longer counts.
  files.forEach((path, at) => present[at] || noteEntrySync(path, 'gone'));
  return (
    !present.includes(true) && (await writtenAt(storeFile)) >= lastResyncedAt - FILE_CLOCK_SLACK_MS
  );
}

/**
 * Resolves once Astro's store, as pages read it from `storeFile`, holds no entry kept as
 * written for the checker, or when the wait is up. A page of a check that passes waits here,
 * since an entry kept as written has the fields as js-yaml read them (a Date where the schema
 * gives text), and a page's code would fail on it with a stack trace.
 */
export async function keptEntriesSynced(storeFile: string, waitMs = SYNC_WAIT_MS): Promise<void> {
  const started = Date.now();
  while (!(await storeHoldsSchemaData(storeFile)) && Date.now() - started < waitMs) {
    await sleep(SYNC_POLL_MS);
  }
}
