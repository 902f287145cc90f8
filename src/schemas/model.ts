import type { z } from 'astro/zod';
import { AwardTranslationSchema, createAwardSchema } from './award.ts';
import { CityTranslationSchema, createCitySchema } from './city.ts';
import { DocSchema, DocTranslationSchema } from './doc.ts';
import { createEventSchema, EventTranslationSchema } from './event.ts';
import type { ImageFactory } from './fields/image.ts';
import { createOrganisationSchema, OrganisationTranslationSchema } from './organisation.ts';
import { createPublicationSchema, PublicationTranslationSchema } from './publication.ts';
import type { CollectionName, ReferenceFactory } from './reference.ts';
import { SeriesSchema, SeriesTranslationSchema } from './series.ts';
import { createStatementSchema, StatementTranslationSchema } from './statement.ts';

/** How one collection is stored under `content/` and validated. */
export interface CollectionModel {
  /** File extension of its entries: archive entries are Markdown, documentation is MDX. */
  extension: '.md' | '.mdx';
  /**
   * Schema of `index.<ext>`: the facts and the default-language text, built with the
   * build's or the checker's way of reading references and images.
   */
  createFactsSchema: (reference: ReferenceFactory, image: ImageFactory) => z.ZodObject;
  /** Schema of `<locale>.<ext>`: the text of one translation, and nothing else. */
  translationSchema: z.ZodObject;
}

/**
 * Every collection of the content model. The checker, the Astro collections and the editor
 * tools all read this table, so a collection is added in one place.
 */
export const CONTENT_MODEL = {
  events: {
    extension: '.md',
    createFactsSchema: createEventSchema,
    translationSchema: EventTranslationSchema,
  },
  series: {
    extension: '.md',
    createFactsSchema: () => SeriesSchema,
    translationSchema: SeriesTranslationSchema,
  },
  statements: {
    extension: '.md',
    createFactsSchema: createStatementSchema,
    translationSchema: StatementTranslationSchema,
  },
  awards: {
    extension: '.md',
    createFactsSchema: createAwardSchema,
    translationSchema: AwardTranslationSchema,
  },
  cities: {
    extension: '.md',
    createFactsSchema: (_reference, image) => createCitySchema(image),
    translationSchema: CityTranslationSchema,
  },
  organisations: {
    extension: '.md',
    createFactsSchema: createOrganisationSchema,
    translationSchema: OrganisationTranslationSchema,
  },
  publications: {
    extension: '.md',
    createFactsSchema: createPublicationSchema,
    translationSchema: PublicationTranslationSchema,
  },
  docs: {
    extension: '.mdx',
    createFactsSchema: () => DocSchema,
    translationSchema: DocTranslationSchema,
  },
} satisfies Record<CollectionName, CollectionModel>;

export const COLLECTION_NAMES = Object.keys(CONTENT_MODEL) as CollectionName[];
