import { z } from 'astro/zod';
import { PartialDateSchema } from './fields/dates.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { DocumentSchema, SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import type { ReferenceFactory } from './reference.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { documentIdentifierFields } from './fields/identifiers.ts';

export const PUBLICATION_KINDS = [
  'report',
  'guide',
  'handbook',
  'case-studies',
  'framework',
  'other',
] as const;

/** Text of a publication that is written once per language. */
const publicationText = {
  title: TextSchema.describe('Title of the publication.'),
  summary: TextSchema.optional().describe('One or two sentences on what it contains.'),
};

/** Front matter of a publication's `index.md`. */
export function createPublicationSchema<Reference extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
) {
  return z.strictObject({
    ...publicationText,
    slug: SlugSchema.optional().describe(
      'URL segment, when it should differ from the folder name.',
    ),
    aliases: AliasesSchema,
    kind: z.enum(PUBLICATION_KINDS).optional().describe('Kind of publication.'),
    date: PartialDateSchema.describe('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.'),
    publishers: z
      .array(reference('organisations'))
      .default([])
      .describe('Organisations that published it.'),
    editors: z.array(TextSchema).default([]).describe('Editors, as the publication names them.'),
    ...documentIdentifierFields,
    documentCode: TextSchema.optional().describe(
      "The publisher's document code, like UIL/2015/ME/H/5.",
    ),
    events: z
      .array(reference('events'))
      .default([])
      .describe('Events it was launched at or reports on.'),
    documents: z.array(DocumentSchema).default([]).describe('Versions, one per language.'),
    sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
  });
}

/** Front matter of a publication translation. */
export const PublicationTranslationSchema = z.strictObject({
  ...publicationText,
  ...translationMeta,
});

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const PUBLICATION_EXAMPLES = {
  title: 'Report of the Regional Meeting in Lisbon',
  summary: 'What the cities reported, and what they agreed.',
  slug: 'lisbon-report',
  aliases: ['2025-lisbon-meeting-report'],
  kind: 'report',
  date: '2025-09',
  publishers: ['uil'],
  editors: ['A. N. Editor'],
  wikidata: 'Q124567895',
  isbn: '978-3-16-148410-0',
  doi: '10.1234/lisbon-report',
  ark: 'ark:/48223/pf0000234987',
  documentCode: 'ABC/2025/1',
  events: ['2025-regional-meeting-lisbon'],
  documents: [{ language: 'en', url: 'https://example.org/report.pdf' }],
  sources: SOURCES_EXAMPLE,
};
