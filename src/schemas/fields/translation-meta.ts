import { z } from 'astro/zod';

/** Fields every translation file may carry besides its text. */
export const translationMeta = {
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{8}$/, {
      error: (issue) =>
        `'${String(issue.input)}' is not a source fingerprint; let \`npm run translations -- --stamp <file>\` write it`,
    })
    .optional()
    .describe(
      'Fingerprint of the source text this translation was made from, written by `npm run translations -- --stamp`. When it no longer matches index.md, the translation is listed as outdated.',
    ),
};
