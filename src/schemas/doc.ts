import { z } from 'astro/zod';
import { expected } from './fields/expected.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { translationMeta } from './fields/translation-meta.ts';

/** Text of a documentation page that is written once per language. */
const docText = {
  title: TextSchema.describe('Title of the page.'),
  description: TextSchema.optional().describe('One sentence on what the page explains.'),
};

/** Front matter of a documentation page's `index.mdx`. */
export const DocSchema = z.strictObject({
  ...docText,
  slug: SlugSchema.optional().describe('URL segment, when it should differ from the folder name.'),
  aliases: AliasesSchema,
  order: z
    .int({ error: expected('a whole number, like 10') })
    .describe('Position in the sidebar: lower numbers come first.'),
});

/** Front matter of a documentation page translation. */
export const DocTranslationSchema = z.strictObject({ ...docText, ...translationMeta });

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const DOC_EXAMPLES = {
  title: 'Adding an event',
  description: 'How to add an event, from the first question to the published page.',
  slug: 'adding-an-event',
  aliases: ['new-events'],
  order: 10,
};
