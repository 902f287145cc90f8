import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';

/**
 * The day the content itself gives for an entry, which dates it in feeds and calendars
 * when git history is missing: an event's first day, a statement's date or else the first
 * day of the event that adopted it.
 */
export function contentDay(archive: Archive, entry: Entry<'events' | 'statements'>) {
  if (entry.collection === 'events') return (entry as Entry<'events'>).data.start;
  const { date, adoptedAt } = (entry as Entry<'statements'>).data;
  return date ?? (adoptedAt ? archive.get('events', adoptedAt.id).data.start : undefined);
}
