import { createHash } from 'node:crypto';
import site from '../../annals.config.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import { COLLECTION_NAMES } from '../schemas/model.ts';
import type { Archive } from './archive.ts';
import { getBuildDay } from './build-day.ts';
import { getFirstCommitTimes, getLastCommitTimes } from './git-history.ts';
import type { Entry } from './load-archive.ts';
import { hasBody } from './localize.ts';
import type { PageReads } from './record-reads.ts';
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
 * One line naming what an entry is without its body: its fields and its translations' fields,
 * as the schemas gave them, and whether each file has a body. A page that lists the entry or
 * links to it reads these; an edit of its body's text leaves the line as it was.
 */
export function entryFactsDigest(entry: Entry): string {
  const translations = [...entry.translations]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([locale, { data, source }]) => [locale, data, hasBody(source)]);
  const facts = [entry.data, hasBody(entry.source), translations];
  return `${entry.collection}/${entry.id} ${sha(JSON.stringify(facts))}`;
}

/** A digest per entry object, which lives as long as one build. */
function kept(digestOf: (entry: Entry) => string) {
  const digests = new WeakMap<Entry, string>();
  return (entry: Entry) => {
    let digest = digests.get(entry);
    if (digest === undefined) {
      digest = digestOf(entry);
      digests.set(entry, digest);
    }
    return digest;
  };
}

const knownDigest = kept(entryDigest);
const knownFactsDigest = kept(entryFactsDigest);

/**
 * An entry's line in a key: its files' digests, or only its facts when the page did not take
 * its body; and for an event whose page asked, whether it is upcoming on the build day. Keys
 * hold that state, never the day itself: a new day changes only the pages that show an event
 * it ends as upcoming.
 */
function entryLine(entry: Entry, today: string, withDay: boolean, withBody: boolean): string {
  const digest = withBody ? knownDigest(entry) : knownFactsDigest(entry);
  if (!withDay || entry.collection !== 'events') return digest;
  return `${digest} ${isUpcoming((entry as Entry<'events'>).data, today) ? 'upcoming' : 'past'}`;
}

/**
 * The entries a key covers: as `readsOf` recorded them, with the events whose being upcoming
 * the page asked and the entries whose body it took; or a bare list, whose every event counts
 * with its state and every entry with its body.
 */
export type KeyInputs = Iterable<Entry> | PageReads;

const inputKeys = new WeakMap<object, { today: string; key: string }>();

/** One hash of what a page read, kept per set: a page in six locales reads one set. */
function inputsKey(inputs: KeyInputs): string {
  const today = getBuildDay();
  const known = inputKeys.get(inputs);
  if (known?.today === today) return known.key;
  const { entries, dayReads, bodyReads } =
    'dayReads' in inputs ? inputs : { entries: inputs, dayReads: null, bodyReads: null };
  const lines = new Set(
    Array.from(entries, (entry) =>
      entryLine(
        entry,
        today,
        !dayReads || dayReads.has(entry.data),
        !bodyReads || bodyReads.has(entry),
      ),
    ),
  );
  const key = sha(JSON.stringify([...lines].sort()));
  inputKeys.set(inputs, { today, key });
  return key;
}

/**
 * Inputs of a page that shows `entries` by their fields, never their bodies (a redirect page
 * naming its entry): each counts with its facts and, for an event, whether it is upcoming.
 */
export const withoutBodies = (entries: readonly Entry[]): PageReads => ({
  entries: new Set(entries),
  dayReads: new Set(entries.map((entry) => entry.data)),
  bodyReads: new Set(),
});

/**
 * The `cacheKey` of a page in `locale` that reads `inputs` (as `readsOf` noted them) and
 * `extra` (whatever else it shows: its place in a listing, its files' history). It changes
 * when the site configuration or an interface string changes, when any of the entries' files
 * changes, when an event it asked about crosses from upcoming to past, and when the set of
 * entries changes (an entry listed or no longer listed).
 */
export function pageCacheKey(locale: string, inputs: KeyInputs, extra: unknown = null): string {
  return sha(JSON.stringify([sharedKey(), locale, inputsKey(inputs), extra]));
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
    const all = COLLECTION_NAMES.flatMap((name): Entry[] => archive[name]);
    const history = [getFirstCommitTimes(), getLastCommitTimes()].map((times) =>
      times ? [...times].sort() : null,
    );
    key = pageCacheKey('', all, history);
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
