import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import site from '../annals.config.ts';
import { deferToChecker } from './integration/defer-to-checker.ts';
import { createAwardSchema } from './schemas/award.ts';
import { createCitySchema } from './schemas/city.ts';
import { DocSchema } from './schemas/doc.ts';
import { createEventSchema } from './schemas/event.ts';
import { createOrganisationSchema } from './schemas/organisation.ts';
import { createPublicationSchema } from './schemas/publication.ts';
import type { CollectionName } from './schemas/reference.ts';
import { SeriesSchema } from './schemas/series.ts';
import { translationLocales } from './schemas/site-config.ts';
import { createStatementSchema } from './schemas/statement.ts';

// The benchmark points the build at a generated archive through ANNALS_CONTENT_DIR.
const contentDir = process.env.ANNALS_CONTENT_DIR || site.contentDir;
const translationLocaleCodes = translationLocales(site);
// A brace list with one item is not a glob alternation, so a lone locale is written bare.
const localeGlob =
  translationLocaleCodes.length === 1
    ? translationLocaleCodes[0]
    : `{${translationLocaleCodes.join(',')}}`;

/**
 * Loads `content/<name>/<id>/index.<ext>`: an entry's facts and default-language text.
 * Markdown bodies are dropped once rendered; MDX is rendered later, so its body is kept to
 * tell whether there is one.
 */
function factsLoader(name: CollectionName, extension = 'md') {
  return deferToChecker(
    glob({
      base: `${contentDir}/${name}`,
      pattern: `*/index.${extension}`,
      generateId: ({ entry }) => entry.split('/')[0] ?? entry,
      retainBody: extension === 'mdx',
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

export const collections = {
  translations: defineCollection({ loader: translationsLoader }),
  events: defineCollection({
    loader: factsLoader('events'),
    schema: ({ image }) => createEventSchema(reference, image),
  }),
  series: defineCollection({ loader: factsLoader('series'), schema: SeriesSchema }),
  statements: defineCollection({
    loader: factsLoader('statements'),
    schema: createStatementSchema(reference),
  }),
  awards: defineCollection({ loader: factsLoader('awards'), schema: createAwardSchema(reference) }),
  cities: defineCollection({
    loader: factsLoader('cities'),
    schema: ({ image }) => createCitySchema(image),
  }),
  organisations: defineCollection({
    loader: factsLoader('organisations'),
    schema: ({ image }) => createOrganisationSchema(reference, image),
  }),
  publications: defineCollection({
    loader: factsLoader('publications'),
    schema: createPublicationSchema(reference),
  }),
  docs: defineCollection({ loader: factsLoader('docs', 'mdx'), schema: DocSchema }),
};
