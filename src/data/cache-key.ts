import { createHash } from 'node:crypto';
import site from '../../annals.config.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import type { Archive } from './archive.ts';
import { getBuildDay } from './build-day.ts';
import { getFirstCommitTimes, getLastCommitTimes } from './git-history.ts';
import type { Entry } from './load-archive.ts';
import { isUpcoming } from './upcoming-events.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What Astro's `digest` of a content file is, or its text where a loader gave none. */
function fileDigest(file: { digest?: string | number; data: unknown; body?: string }): string {
  return file.digest === undefined
    ? sha(JSON.stringify([file.data, file.body ?? null]))
    : String(file.digest);
}

/**
 * One line naming an entry's files as they are now: Astro's digest of its `index.md` and of
 * each translation, by locale. Any edit of any of its files changes the line.
 */
export function entryDigest(entry: Entry): string {
  const translations = [...entry.translations]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([locale, translation]) => `${locale}=${fileDigest(translation.source)}`);
  return [`${entry.collection}/${entry.id}`, fileDigest(entry.source), ...translations].join(' ');
}

let sharedInputs: string | undefined;

/** The site configuration and every locale's interface strings, hashed once per build. */
function sharedKey(): string {
  sharedInputs ??= sha(JSON.stringify([site, [...UI_STRINGS]]));
  return sharedInputs;
}

/**
 * The `cacheKey` of a page in `locale` that reads `entries` (as `entryPageInputs` lists them)
 * and `extra` (whatever else it shows: the order of a listing, its page count). It changes
 * when the site configuration or an interface string changes, when any of the entries'
 * files changes, and when one of the events crosses from upcoming to past.
 */
export function pageCacheKey(
  locale: string,
  entries: readonly Entry[],
  extra: unknown = null,
): string {
  // Keys hold whether each event is upcoming, never the day itself: a new day changes only
  // the pages of the events it ends.
  const today = getBuildDay();
  const lines = new Set(
    entries.map((entry) =>
      entry.collection === 'events'
        ? `${entryDigest(entry)} ${isUpcoming((entry as Entry<'events'>).data, today) ? 'upcoming' : 'past'}`
        : entryDigest(entry),
    ),
  );
  return sha(JSON.stringify([sharedKey(), locale, [...lines].sort(), extra]));
}

const archiveKeys = new WeakMap<Archive, string>();

/**
 * What a page that reads the whole archive depends on: every entry, whether each event is
 * upcoming, and when each file was committed (feeds, calendars and documentation pages date
 * themselves from git history). Computed once per build.
 */
function archiveKey(archive: Archive): string {
  let key = archiveKeys.get(archive);
  if (!key) {
    const { events, series, statements, awards, cities, organisations, publications, docs } =
      archive;
    const all = [events, series, statements, awards, cities, organisations, publications, docs];
    const history = [getFirstCommitTimes(), getLastCommitTimes()].map((times) =>
      times ? [...times].sort() : null,
    );
    key = pageCacheKey('', all.flat(), history);
    archiveKeys.set(archive, key);
  }
  return key;
}

/** The `cacheKey` of a page in `locale` that reads the whole archive (a home, an export). */
export function archivePageKey(archive: Archive, locale: string, extra: unknown = null): string {
  return sha(JSON.stringify([archiveKey(archive), locale, extra]));
}

/**
 * When an entry's files were first and last committed, for its calendar (DTSTAMP, LAST-MODIFIED
 * come from git history): a commit that leaves the text alone still changes them.
 */
export function entryHistoryKey(entry: Entry): unknown[] {
  const files = [entry.source, ...[...entry.translations.values()].map((t) => t.source)];
  return files.map((file) => {
    const path = file.filePath ?? '';
    return [
      path,
      getFirstCommitTimes()?.get(path) ?? null,
      getLastCommitTimes()?.get(path) ?? null,
    ];
  });
}
