import { z } from 'astro/zod';
import { PartialDateSchema } from './fields/dates.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { DocumentSchema, SourceSchema } from './fields/web.ts';
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
