import { COLLECTION_NAMES, CONTENT_MODEL } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';

/**
 * What `npm run new -- <kind>` creates: one word per collection, as editors say it (`kind`
 * in the content model).
 */
export const NEW_KINDS: Record<string, CollectionName> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [CONTENT_MODEL[name].kind, name]),
);

/** The kind word for a collection, or the collection for a kind word or folder name. */
export function collectionOfKind(word: string): CollectionName | undefined {
  const lower = word.toLowerCase().replace('organization', 'organisation');
  return NEW_KINDS[lower] ?? Object.values(NEW_KINDS).find((name) => name === lower);
}

export function kindOfCollection(collection: CollectionName): string {
  return CONTENT_MODEL[collection].kind;
}

/** The fields the interactive mode asks for, in order (`promptedFields` in the content model). */
export function promptedFields(collection: CollectionName): readonly string[] {
  return CONTENT_MODEL[collection].promptedFields;
}

/**
 * Lists of groups that a flag or a prompt fills one key at a time: `--source URL` adds
 * `{ url: URL }` to `sources`, `--winner cork` adds `{ city: cork }` to `winners`.
 */
export const LIST_SHORTHANDS: Record<string, { flag: string; key: string }> = {
  sources: { flag: 'source', key: 'url' },
  winners: { flag: 'winner', key: 'city' },
};
