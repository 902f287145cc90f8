import { z } from 'astro/zod';
import type { ImageFactory } from '../schemas/fields/image.ts';
import { collectionsWith, CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName, ReferenceFactory } from '../schemas/reference.ts';

/**
 * Version of the open-data format. It is part of the schema's address
 * (`/data/schema/v1/…`): a change that could break a reader (a field removed, renamed or
 * retyped) gets a new version; new optional fields do not.
 */
export const EXPORT_VERSION = 1;

/** Where the JSON Schema of the export is published, under `/data/`. */
export const ARCHIVE_SCHEMA_FILE = `schema/v${EXPORT_VERSION}/archive.schema.json`;

/** The collections in the archive export: those the content model marks `inOpenData`. */
export const EXPORTED_COLLECTIONS = collectionsWith('inOpenData');

/** In the export, a reference is the plain id of the entry it names. */
const idReference: ReferenceFactory = (collection) =>
  z.string().describe(`Id of an entry of \`${collection}\` in this file.`);

/** In the export, an image is the address of the image file the site publishes. */
const imageFileName: ImageFactory = () =>
  z.url().describe('Address of the image file on the site.');

function exportedEntrySchema(collection: CollectionName) {
  const model: CollectionModel = CONTENT_MODEL[collection];
  const translation = (model.translationSchema as z.ZodObject).omit({ translatedFrom: true });
  return z.strictObject({
    id: z
      .string()
      .describe('Permanent id of the entry, its folder name; references between entries use it.'),
    url: z.url().describe('Address of the entry’s page in the default language.'),
    data: model
      .createFactsSchema(idReference, imageFileName)
      .describe('The facts of the entry, and its text in the default language.'),
    translations: z
      .record(z.string(), translation)
      .describe('The text of the entry per locale code, for each language it is translated into.'),
  });
}

/** The archive export, `/data/archive.json`: every entry, its facts and its translations. */
export const ArchiveExportSchema = z.strictObject({
  schemaVersion: z.literal(EXPORT_VERSION).describe('Version of this format.'),
  site: z
    .strictObject({
      url: z.url().describe('Address the archive is published at, with its base path.'),
      title: z.record(z.string(), z.string()).describe('Name of the archive per locale code.'),
      defaultLocale: z.string().describe('Locale code of the default-language text.'),
      locales: z.array(z.string()).describe('Locale codes the archive is published in.'),
    })
    .describe('The archive this file was exported from.'),
  countries: z
    .record(z.string(), z.record(z.string(), z.string()))
    .describe(
      'Name of each country the entries name, by ISO 3166-1 alpha-2 code, per locale code, as the site writes it.',
    ),
  regions: z
    .array(
      z.strictObject({
        key: z
          .string()
          .describe('Key of the region, the last part of its events listing’s address.'),
        name: z.record(z.string(), z.string()).describe('Name of the region per locale code.'),
        countries: z
          .array(z.string())
          .describe('ISO 3166-1 alpha-2 codes of the countries in the region.'),
      }),
    )
    .describe('The regions the site groups countries into, in the order it lists them.'),
  ...Object.fromEntries(
    EXPORTED_COLLECTIONS.map((collection) => [
      collection,
      z
        .array(exportedEntrySchema(collection))
        .describe(`Every entry of \`${collection}\`, sorted by id.`),
    ]),
  ),
});

/**
 * The JSON Schema (draft 2020-12) of the archive export, generated from the same zod schemas
 * that check the content, so the two cannot drift apart; each field keeps its description.
 * `id` is the address it is published at.
 */
export function createArchiveJsonSchema(id: string) {
  return {
    ...z.toJSONSchema(ArchiveExportSchema, {
      target: 'draft-2020-12',
      io: 'output',
      // Refinements (a date that exists, an ISBN's check digit) have no JSON Schema form.
      unrepresentable: 'any',
    }),
    $id: id,
    title: 'Annals archive export',
    description:
      'Every entry of an Annals archive: its facts, its text in the default language, and its translations.',
  };
}
