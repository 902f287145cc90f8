import { suggestSlug } from '../content-check/discover.ts';
import { labelField } from '../data/entry-label.ts';
import { CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';

/** Longest folder name the editor proposes; a longer title is cut at a word. */
const MAX_ID_LENGTH = 60;

/** A slug of at most MAX_ID_LENGTH characters, cut at a hyphen. */
function toSlug(text: string): string {
  const slug = suggestSlug(text);
  if (slug.length <= MAX_ID_LENGTH) return slug;
  return slug.slice(0, MAX_ID_LENGTH + 1).replace(/-[^-]*$/, '');
}

/**
 * The folder name proposed for a new entry: its title or name as a slug, after the year for
 * dated collections, like `2025-regional-meeting-lisbon`. Empty when the title has no
 * Latin letters or digits to make one from; the editor then names the folder.
 */
export function suggestEntryId(collection: CollectionName, data: Record<string, unknown>): string {
  const label = String(data[labelField(collection)] ?? '');
  const dateField = (CONTENT_MODEL[collection] as CollectionModel).dateField;
  const year = dateField ? /^\d{4}/.exec(String(data[dateField] ?? ''))?.[0] : undefined;
  const slug = toSlug(label);
  if (!slug || !year) return slug;
  // The year goes first, once: `Learning City Award 2025` becomes `2025-learning-city-award`.
  const rest = slug.split('-').filter((word) => word !== year);
  return toSlug([year, ...rest].join(' '));
}
