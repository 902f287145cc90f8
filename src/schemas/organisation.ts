import { z } from 'astro/zod';
import { CountryCodeSchema } from './fields/country.ts';
import { createLogoSchema, type ImageFactory } from './fields/image.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { HttpUrlSchema, SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import type { ReferenceFactory } from './reference.ts';
import { translationMeta } from './fields/translation-meta.ts';
import { RorIdSchema, wikidataField } from './fields/identifiers.ts';

export const ORGANISATION_KINDS = [
  'intergovernmental',
  'government',
  'local-government',
  'network',
  'university',
  'non-governmental',
  'other',
] as const;

/** Text of an organisation that is written once per language. */
const organisationText = {
  name: TextSchema.describe('Full name of the organisation.'),
  shortName: TextSchema.optional().describe('Acronym or short name, like UIL.'),
  summary: TextSchema.optional().describe('One or two sentences on what it does.'),
};

/** Front matter of an organisation's `index.md`. */
export function createOrganisationSchema<Reference extends z.ZodType, Image extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
  image: ImageFactory<Image>,
) {
  return z.strictObject({
    ...organisationText,
    slug: SlugSchema.optional().describe(
      'URL segment, when it should differ from the folder name.',
    ),
    aliases: AliasesSchema,
    kind: z.enum(ORGANISATION_KINDS).describe('Kind of organisation.'),
    partOf: reference('organisations').optional().describe('The organisation it belongs to.'),
    country: CountryCodeSchema.optional().describe('Country of its seat, as an ISO code.'),
    website: HttpUrlSchema.optional().describe('Its website.'),
    logo: createLogoSchema(image).optional().describe('Its logo, shown on its page.'),
    ror: RorIdSchema.optional().describe(
      'Its id in the Research Organization Registry, like 03yrm5c26, without https://ror.org/.',
    ),
    ...wikidataField,
    sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
  });
}

/** Front matter of an organisation translation. */
export const OrganisationTranslationSchema = z.strictObject({
  ...organisationText,
  ...translationMeta,
});

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const ORGANISATION_EXAMPLES = {
  name: 'UNESCO Institute for Lifelong Learning',
  shortName: 'UIL',
  summary: 'Coordinates the UNESCO Global Network of Learning Cities.',
  slug: 'uil',
  aliases: ['unesco-uil'],
  kind: 'intergovernmental',
  partOf: 'unesco',
  country: 'DE',
  website: 'https://www.uil.unesco.org',
  logo: { src: './logo.svg', alt: 'UNESCO Institute for Lifelong Learning' },
  ror: '03yrm5c26',
  wikidata: 'Q124567894',
  sources: SOURCES_EXAMPLE,
};
