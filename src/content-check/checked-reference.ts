import { z } from 'astro/zod';
import type { CollectionName, ReferenceFactory } from '../schemas/reference.ts';
import { closestMatch } from './closest-match.ts';

/**
 * The checker's stand-in for Astro's `reference()`: it accepts the same values and also
 * verifies that the named entry exists, so a dangling reference names both files.
 */
export function createCheckedReference(
  ids: Record<CollectionName, Set<string>>,
  contentDir: string,
): ReferenceFactory {
  return (collection) =>
    z.preprocess(
      (value) => (typeof value === 'number' ? String(value) : value),
      z
        .string({ error: `expected the folder name of an entry in ${contentDir}/${collection}` })
        .superRefine((id, context) => {
          if (ids[collection].has(id)) return;
          const suggestion = closestMatch(id, ids[collection]);
          const hint = suggestion
            ? `did you mean '${suggestion}'?`
            : `write the folder name of an entry in ${contentDir}/${collection}, or create that entry`;
          context.addIssue({
            code: 'custom',
            input: id,
            message: `refers to ${contentDir}/${collection}/${id}/index.md, which does not exist; ${hint}`,
          });
        }),
    );
}
