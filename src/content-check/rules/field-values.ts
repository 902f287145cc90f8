import { CheckedImage } from '../checked-image.ts';

/** Where a value sits in an entry's front matter: `['links', 0, 'url']`. */
export type FieldPath = (string | number)[];

/**
 * Every single value of an entry's front matter (text, number, image) with the path of the
 * field that holds it, for rules that look at every field alike: links, marks, images.
 */
export function fieldValues(value: unknown, path: FieldPath = []): [unknown, FieldPath][] {
  if (value === null || typeof value !== 'object' || value instanceof CheckedImage) {
    return [[value, path]];
  }
  return Object.entries(value).flatMap(([key, item]) =>
    fieldValues(item, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}
