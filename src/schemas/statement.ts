import { z } from 'astro/zod';
import { PartialDateSchema } from './fields/dates.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { DocumentSchema, SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import type { ReferenceFactory } from './reference.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { documentIdentifierFields } from './fields/identifiers.ts';

export const STATEMENT_KINDS = [
  'declaration',
  'statement',
  'manifesto',
  'call-to-action',
  'framework',
] as const;

/** Text of a statement that is written once per language. */
const statementText = {
  title: TextSchema.describe('Title of the statement.'),
  summary: TextSchema.optional().describe('One or two sentences on what it commits to.'),
  actionPoints: z
    .array(TextSchema)
    .optional()
    .describe('Its action points or commitments, in order, one line each.'),
};

/** Front matter of a statement's `index.md`. */
export function createStatementSchema<Reference extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
) {
  return z.strictObject({
    ...statementText,
    slug: SlugSchema.optional().describe(
      'URL segment, when it should differ from the folder name.',
    ),
    aliases: AliasesSchema,
    kind: z.enum(STATEMENT_KINDS).describe('Kind of outcome document.'),
    adoptedAt: reference('events').optional().describe('The event that adopted it.'),
    date: PartialDateSchema.optional().describe(
      'When it was adopted or published: YYYY, YYYY-MM or YYYY-MM-DD.',
    ),
    relatedEvents: z
      .array(reference('events'))
      .default([])
      .describe('Other events it is linked to.'),
    documents: z.array(DocumentSchema).default([]).describe('Official versions, one per language.'),
    ...documentIdentifierFields,
    sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
  });
}

/** Front matter of a statement translation. */
export const StatementTranslationSchema = z.strictObject({ ...statementText, ...translationMeta });

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const STATEMENT_EXAMPLES = {
  title: 'Lisbon Call for Learning Cities',
  summary: 'Asks member cities to measure learning in the same way.',
  actionPoints: ['Agree on common measures of learning', 'Report on them every two years'],
  slug: 'lisbon-call',
  aliases: ['2025-lisbon-call-for-action'],
  kind: 'call-to-action',
  adoptedAt: '2025-regional-meeting-lisbon',
  date: '2025-05',
  relatedEvents: ['2025-webinar-measuring-learning'],
  documents: [{ language: 'pt', title: 'Apelo de Lisboa', url: 'https://example.org/apelo.pdf' }],
  wikidata: 'Q124567892',
  isbn: '978-92-820-1238-3',
  doi: '10.1234/lisbon-call',
  ark: 'ark:/48223/pf0000234986',
  sources: SOURCES_EXAMPLE,
};
