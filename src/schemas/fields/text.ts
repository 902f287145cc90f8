import { z } from 'astro/zod';
import { expected } from './expected.ts';

/** One line of human-readable text, never empty. */
export const TextSchema = z
  .string()
  .trim()
  .min(1, { error: 'is empty; write the text or remove the field' });

/** A URL segment of lower-case letters, digits and single hyphens, like `2015-mexico-city`. */
export const SlugSchema = z
  .string({ error: expected('a slug of lower-case letters, digits and hyphens') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `'${String(issue.input)}' is not a slug; use lower-case letters, digits and single hyphens, like 2015-mexico-city`,
  });

/**
 * Former URL segments of an entry. After a rename, the old addresses keep leading readers
 * (and links from elsewhere) to the entry, through redirect pages.
 */
export const AliasesSchema = z
  .array(SlugSchema)
  .default([])
  .describe(
    'Former URL segments of the entry, like an old folder name; each old address then redirects to the entry.',
  );
