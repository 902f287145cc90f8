import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import site from '../annals.config.ts';
import { AwardTranslationSchema, createAwardSchema } from './schemas/award.ts';
import { CitySchema, CityTranslationSchema } from './schemas/city.ts';
import { DocSchema, DocTranslationSchema } from './schemas/doc.ts';
import { createEventSchema, EventTranslationSchema } from './schemas/event.ts';
import { createOrganisationSchema, OrganisationTranslationSchema } from './schemas/organisation.ts';
import { createPublicationSchema, PublicationTranslationSchema } from './schemas/publication.ts';
import type { CollectionName } from './schemas/reference.ts';
import { SeriesSchema, SeriesTranslationSchema } from './schemas/series.ts';
import { createStatementSchema, StatementTranslationSchema } from './schemas/statement.ts';

// The benchmark points the build at a generated archive through ANNALS_CONTENT_DIR.
const contentDir = process.env.ANNALS_CONTENT_DIR || site.contentDir;
const translationLocales = site.locales
  .map((locale) => locale.code)
  .filter((code) => code !== site.defaultLocale);
// A brace list with one item is not a glob alternation, so a lone locale is written bare.
const localeGlob =
  translationLocales.length === 1 ? translationLocales[0] : `{${translationLocales.join(',')}}`;

/** Loads `content/<name>/<id>/index.<ext>`: an entry's facts and default-language text. */
function factsLoader(name: CollectionName, extension = 'md') {
  return glob({
    base: `${contentDir}/${name}`,
    pattern: `*/index.${extension}`,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
    retainBody: false,
  });
}

/** Loads `content/<name>/<id>/<locale>.<ext>` as entries with the id `<id>/<locale>`. */
function translationsLoader(name: CollectionName, extension = 'md') {
  return glob({
    base: `${contentDir}/${name}`,
    pattern: `*/${localeGlob}.${extension}`,
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
    retainBody: false,
  });
}

export const collections = {
  events: defineCollection({ loader: factsLoader('events'), schema: createEventSchema(reference) }),
  eventTranslations: defineCollection({
    loader: translationsLoader('events'),
    schema: EventTranslationSchema,
  }),
  series: defineCollection({ loader: factsLoader('series'), schema: SeriesSchema }),
  seriesTranslations: defineCollection({
    loader: translationsLoader('series'),
    schema: SeriesTranslationSchema,
  }),
  statements: defineCollection({
    loader: factsLoader('statements'),
    schema: createStatementSchema(reference),
  }),
  statementTranslations: defineCollection({
    loader: translationsLoader('statements'),
    schema: StatementTranslationSchema,
  }),
  awards: defineCollection({ loader: factsLoader('awards'), schema: createAwardSchema(reference) }),
  awardTranslations: defineCollection({
    loader: translationsLoader('awards'),
    schema: AwardTranslationSchema,
  }),
  cities: defineCollection({ loader: factsLoader('cities'), schema: CitySchema }),
  cityTranslations: defineCollection({
    loader: translationsLoader('cities'),
    schema: CityTranslationSchema,
  }),
  organisations: defineCollection({
    loader: factsLoader('organisations'),
    schema: createOrganisationSchema(reference),
  }),
  organisationTranslations: defineCollection({
    loader: translationsLoader('organisations'),
    schema: OrganisationTranslationSchema,
  }),
  publications: defineCollection({
    loader: factsLoader('publications'),
    schema: createPublicationSchema(reference),
  }),
  publicationTranslations: defineCollection({
    loader: translationsLoader('publications'),
    schema: PublicationTranslationSchema,
  }),
  docs: defineCollection({ loader: factsLoader('docs', 'mdx'), schema: DocSchema }),
  docTranslations: defineCollection({
    loader: translationsLoader('docs', 'mdx'),
    schema: DocTranslationSchema,
  }),
};
