import { defineCollection, reference } from 'astro:content';
import type { BaseSchema, SchemaContext } from 'astro/content/config';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import site from '../annals.config.ts';
import { deferToChecker } from './integration/defer-to-checker.ts';
import {
  COLLECTION_NAMES,
  CONTENT_MODEL,
  type CollectionModel,
  type FactsSchemas,
} from './schemas/model.ts';
import type { CollectionName, ReferenceFactory } from './schemas/reference.ts';
import { translationLocales } from './schemas/site-config.ts';

// The benchmark points the build at a generated archive through ANNALS_CONTENT_DIR.
const contentDir = process.env.ANNALS_CONTENT_DIR || site.contentDir;
const translationLocaleCodes = translationLocales(site);
// A brace list with one item is not a glob alternation, so a lone locale is written bare.
const localeGlob =
  translationLocaleCodes.length === 1
    ? translationLocaleCodes[0]
    : `{${translationLocaleCodes.join(',')}}`;

/**
 * Loads `content/<name>/<id>/index.<ext>`, the extension the content model gives: an entry's
 * facts and default-language text. Markdown bodies are dropped once rendered; MDX is
 * rendered later, so its body is kept to tell whether there is one.
 */
function factsLoader(name: CollectionName) {
  const { extension } = CONTENT_MODEL[name];
  return deferToChecker(
    glob({
      base: `${contentDir}/${name}`,
      pattern: `*/index${extension}`,
      generateId: ({ entry }) => entry.split('/')[0] ?? entry,
      retainBody: extension === '.mdx',
    }),
  );
}

/**
 * Every translation file of every collection, with the id `<collection>/<id>/<locale>`. One
 * collection rather than one per kind: the checker has already validated each against its
 * translation schema, and the query layer parses them with it again for their types.
 */
const translationsLoader = glob({
  base: contentDir,
  pattern: `*/*/${localeGlob}.{md,mdx}`,
  generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  // Kept to tell whether a translation has a body of its own (MDX is not rendered here).
  retainBody: true,
});

/**
 * Astro's `reference()` as the schemas see it: the reference of one collection. Written out
 * because Astro types `reference()` from the collections below, which would make their
 * type depend on itself.
 */
type AstroReference = ReferenceFactory<
  z.ZodPipe<
    z.ZodString,
    z.ZodTransform<
      { [Name in CollectionName]: { collection: Name; id: string } }[CollectionName],
      string
    >
  >
>;

/** The facts schema of a collection, with Astro's references and images. */
type FactsSchema<Name extends CollectionName> = Extract<
  FactsSchemas<ReturnType<AstroReference>, ReturnType<SchemaContext['image']>>[Name],
  BaseSchema
>;

/** The Astro collection of one entry of the content model: its loader and facts schema. */
function factsCollection<Name extends CollectionName>(name: Name) {
  // Each factory's own signature is in FactsSchema; the table's type can call any of them.
  const { createFactsSchema }: CollectionModel = CONTENT_MODEL[name];
  return defineCollection<FactsSchema<Name>, ReturnType<typeof factsLoader>>({
    loader: factsLoader(name),
    schema: ({ image }: SchemaContext) =>
      createFactsSchema(reference as AstroReference, image) as FactsSchema<Name>,
  });
}

/**
 * One collection per entry of the content model, and the translations. The mapped type keeps
 * each collection's own schema type (an entry's `data` is its schema's output), so a
 * collection added to the table needs no line here.
 */
export const collections = {
  translations: defineCollection({ loader: translationsLoader }),
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, factsCollection(name)])) as {
    [Name in CollectionName]: ReturnType<typeof factsCollection<Name>>;
  }),
};
