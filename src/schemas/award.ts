import { z } from 'astro/zod';
import { IsoDateSchema } from './fields/dates.ts';
import { expected } from './fields/expected.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import type { ReferenceFactory } from './reference.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { wikidataField } from './fields/identifiers.ts';

/** Text of an award cohort that is written once per language. */
const awardText = {
  title: TextSchema.describe(
    'Name of the award and its round, like UNESCO Learning City Award 2015.',
  ),
  summary: TextSchema.optional().describe('One or two sentences on the round.'),
};

/** Front matter of an award cohort's `index.md`: one round of an award. */
export function createAwardSchema<Reference extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
) {
  const WinnerSchema = z.strictObject({
    city: reference('cities').describe('The winning city.'),
    citation: TextSchema.optional().describe('Why it won, in the default language.'),
  });
  return z.strictObject({
    ...awardText,
    slug: SlugSchema.optional().describe(
      'URL segment, when it should differ from the folder name.',
    ),
    aliases: AliasesSchema,
    year: z
      .int({ error: expected('a year, like 2015') })
      .min(1900, { error: 'expected a four-digit year, like 2015' })
      .max(2200, { error: 'expected a four-digit year, like 2015' })
      .describe('Year of the round.'),
    conferredAt: reference('events')
      .optional()
      .describe('The event where the award was conferred.'),
    conferredOn: IsoDateSchema.optional().describe('Day it was conferred.'),
    announcedOn: IsoDateSchema.optional().describe('Day the winners were announced.'),
    winners: z
      .array(WinnerSchema)
      .min(1, { error: 'needs at least one winner' })
      .describe('The winning cities.'),
    ...wikidataField,
    sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
  });
}

/** Front matter of an award cohort translation. */
export const AwardTranslationSchema = z.strictObject({
  ...awardText,
  citations: z
    .record(SlugSchema, TextSchema)
    .optional()
    .describe('Citations in this language, keyed by the winning city.'),
  ...translationMeta,
});

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const AWARD_EXAMPLES = {
  title: 'Regional Learning City Prize 2025',
  summary: 'The first round of the prize, conferred on two cities.',
  slug: 'prize-2025',
  aliases: ['2025-regional-prize'],
  year: 2025,
  conferredAt: '2025-regional-meeting-lisbon',
  conferredOn: '2025-05-13',
  announcedOn: '2025-04-01',
  winners: [{ city: 'porto', citation: 'For what it does, in a sentence.' }],
  wikidata: 'Q124567893',
  sources: SOURCES_EXAMPLE,
};

/** Examples of the fields only its translation files have. */
export const AWARD_TRANSLATION_EXAMPLES = {
  citations: { porto: 'Pour ce qu’elle fait, en une phrase.' },
};
