import { z } from 'astro/zod';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { wikidataField } from './fields/identifiers.ts';

/** Text of a series that is written once per language. */
const seriesText = {
  name: TextSchema.describe(
    'Name of the series, like International Conference on Learning Cities.',
  ),
  shortName: TextSchema.optional().describe('Acronym or short name, like ICLC.'),
  summary: TextSchema.optional().describe('One or two sentences on the series.'),
};

/** Front matter of a series' `index.md`: events that recur under one name, with editions. */
export const SeriesSchema = z.strictObject({
  ...seriesText,
  slug: SlugSchema.optional().describe('URL segment, when it should differ from the folder name.'),
  aliases: AliasesSchema,
  ...wikidataField,
  sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
});

/** Front matter of a series translation. */
export const SeriesTranslationSchema = z.strictObject({ ...seriesText, ...translationMeta });

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const SERIES_EXAMPLES = {
  name: 'International Conference on Learning Cities',
  shortName: 'ICLC',
  summary: 'The conferences of the network.',
  slug: 'iclc',
  aliases: ['icl-conferences'],
  wikidata: 'Q124567891',
  sources: SOURCES_EXAMPLE,
};
