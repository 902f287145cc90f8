import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import site from '../annals.config.ts';
import { deferToChecker } from './integration/defer-to-checker.ts';
import { CONTENT_MODEL } from './schemas/model.ts';
import type { CollectionName } from './schemas/reference.ts';
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

const { events, series, statements, awards, cities, organisations, publications, docs } =
  CONTENT_MODEL;

/**
 * One collection per entry of the content model, with its facts schema built with Astro's
 * `reference()` and `image()`. Each is written out so that Astro keeps each schema's own
 * types (a loop would leave `CollectionEntry<'events'>['data']` untyped); `satisfies` makes
 * a collection added to the model and missing here a type error.
 */
export const collections = {
  translations: defineCollection({ loader: translationsLoader }),
  events: defineCollection({
    loader: factsLoader('events'),
    schema: ({ image }) => events.createFactsSchema(reference, image),
  }),
  series: defineCollection({ loader: factsLoader('series'), schema: series.createFactsSchema() }),
  statements: defineCollection({
    loader: factsLoader('statements'),
    schema: statements.createFactsSchema(reference),
  }),
  awards: defineCollection({
    loader: factsLoader('awards'),
    schema: awards.createFactsSchema(reference),
  }),
  cities: defineCollection({
    loader: factsLoader('cities'),
    schema: ({ image }) => cities.createFactsSchema(reference, image),
  }),
  organisations: defineCollection({
    loader: factsLoader('organisations'),
    schema: ({ image }) => organisations.createFactsSchema(reference, image),
  }),
  publications: defineCollection({
    loader: factsLoader('publications'),
    schema: publications.createFactsSchema(reference),
  }),
  docs: defineCollection({ loader: factsLoader('docs'), schema: docs.createFactsSchema() }),
} satisfies Record<CollectionName | 'translations', unknown>;
