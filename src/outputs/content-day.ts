import type { Archive } from '../data/archive.ts';
import type { Entry } from '../data/load-archive.ts';
import { CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';

/**
 * The day the content itself gives for an entry, which dates it in feeds and calendars
 * when git history is missing: the date field of its collection in the content model (an
 * event's first day), and for a statement without a date the first day of the event that
 * adopted it.
 */
export function contentDay(archive: Archive, entry: Entry): string | undefined {
  if (entry.collection === 'statements') {
    const { date, adoptedAt } = (entry as Entry<'statements'>).data;
    return date ?? (adoptedAt ? archive.get('events', adoptedAt.id).data.start : undefined);
  }
  const { dateField } = CONTENT_MODEL[entry.collection] as CollectionModel;
  const value = dateField ? (entry.data as Record<string, unknown>)[dateField] : undefined;
  return typeof value === 'string' ? value : undefined;
}
