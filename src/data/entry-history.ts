import { getFirstCommitTimes, getLastCommitTimes } from './git-history.ts';
import type { Entry } from './load-archive.ts';

/** When an entry was first published and last changed, as feeds and calendars date it. */
export interface EntryHistory {
  published: Date;
  updated: Date;
}

/** Midnight UTC of a day written YYYY, YYYY-MM or YYYY-MM-DD. */
export function dayToDate(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/**
 * When an entry appeared and last changed in `locale`: the first commit of its `index.md`,
 * and the last commit of it or of that locale's translation. Without git history (a shallow
 * clone, an export of the files) both fall back to `fallbackDay`, a date the content itself
 * gives, never the time of the build: two builds of the same content stay identical.
 * Undefined when neither is known.
 */
export function getEntryHistory(
  entry: Entry,
  locale: string,
  fallbackDay: string | undefined,
): EntryHistory | undefined {
  const files = [entry.source.filePath, entry.translations.get(locale)?.source.filePath];
  const first = files[0] ? getFirstCommitTimes()?.get(files[0]) : undefined;
  const last = Math.max(...files.map((file) => (file && getLastCommitTimes()?.get(file)) || 0));
  if (first !== undefined && last > 0) {
    return { published: new Date(first * 1000), updated: new Date(last * 1000) };
  }
  if (!fallbackDay) return undefined;
  const day = dayToDate(fallbackDay);
  return { published: day, updated: day };
}
