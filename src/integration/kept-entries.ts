import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { writtenAt } from './dev-data-store.ts';

/**
 * The entry files Astro's store holds as written, not as their schema gives them, because
 * the check had errors when Astro synced them (defer-to-checker.ts): by absolute path. On
 * `globalThis` for the reason content-errors.ts gives for its own: the content loader, which
 * notes them, and the pages' module instances, which wait for them to be synced again
 * (dev-content-gate.ts), are different module instances.
 */
const KEPT_AS_WRITTEN = Symbol.for('annals.entriesKeptAsWritten');
type KeptEntries = { files: Set<string>; lastResyncedAt: number };
type WithKept = typeof globalThis & { [KEPT_AS_WRITTEN]?: KeptEntries };

const keptAsWritten = () =>
  ((globalThis as WithKept)[KEPT_AS_WRITTEN] ??= { files: new Set(), lastResyncedAt: 0 });

/**
 * Notes what Astro's last sync of the file at `path` did with its entry: kept it as written,
 * or parsed it with its schema. `gone` forgets a file deleted since, which Astro removes from
 * its store without a sync.
 */
export function noteEntrySync(path: string, outcome: 'kept' | 'parsed' | 'gone'): void {
  const entries = keptAsWritten();
  if (outcome === 'kept') entries.files.add(path);
  else if (entries.files.delete(path) && outcome === 'parsed') entries.lastResyncedAt = Date.now();
}

/**
 * The entry files Astro's store still holds as written, and when the last of the others was
 * synced again from its schema (0 if none was): Astro writes its store after that.
 */
export function entriesKeptAsWritten(): { files: string[]; lastResyncedAt: number } {
  const { files, lastResyncedAt } = keptAsWritten();
  return { files: [...files], lastResyncedAt };
}

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

/** Whether Astro's store holds no entry as written, and was written since the last resync. */
async function storeHoldsSchemaData(storeFile: string): Promise<boolean> {
  const { files, lastResyncedAt } = entriesKeptAsWritten();
  // A file deleted or moved since is never synced again, and no longer counts.
  const gone = files.filter((path) => !existsSync(path));
  for (const path of gone) noteEntrySync(path, 'gone');
  if (gone.length < files.length) return false;
  return (await writtenAt(storeFile)) >= lastResyncedAt - FILE_CLOCK_SLACK_MS;
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
