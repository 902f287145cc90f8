import type { z } from 'astro/zod';
import {
  AwardTranslationSchema,
  createAwardSchema,
  AWARD_EXAMPLES,
  AWARD_TRANSLATION_EXAMPLES,
} from './award.ts';
import { CityTranslationSchema, createCitySchema, CITY_EXAMPLES } from './city.ts';
import { DocSchema, DocTranslationSchema, DOC_EXAMPLES } from './doc.ts';
import {
  createEventSchema,
  EventTranslationSchema,
  EVENT_EXAMPLES,
  EVENT_TRANSLATION_EXAMPLES,
} from './event.ts';
import type { ImageFactory } from './fields/image.ts';
import {
  createOrganisationSchema,
  OrganisationTranslationSchema,
  ORGANISATION_EXAMPLES,
} from './organisation.ts';
import {
  createPublicationSchema,
  PublicationTranslationSchema,
  PUBLICATION_EXAMPLES,
} from './publication.ts';
import type { ReferenceFactory } from './reference.ts';
import { SeriesSchema, SeriesTranslationSchema, SERIES_EXAMPLES } from './series.ts';
import {
  createStatementSchema,
  StatementTranslationSchema,
  STATEMENT_EXAMPLES,
} from './statement.ts';

/**
 * The facts schema of each collection, built with a given schema of references and of images:
 * Astro's `reference()` and `image()` in the build, the checker's in `npm run check`. The
 * table's factories are generic in both, and a type can instantiate a generic function only
 * by its name, so Astro's collections (`src/content.config.ts`) take their types from here.
 * The table below must build exactly these (its `satisfies`).
 */
export interface FactsSchemas<Reference extends z.ZodType, Image extends z.ZodType> {
  events: ReturnType<typeof createEventSchema<Reference, Image>>;
  series: typeof SeriesSchema;
  statements: ReturnType<typeof createStatementSchema<Reference>>;
  awards: ReturnType<typeof createAwardSchema<Reference>>;
  cities: ReturnType<typeof createCitySchema<Image>>;
  organisations: ReturnType<typeof createOrganisationSchema<Reference, Image>>;
  publications: ReturnType<typeof createPublicationSchema<Reference>>;
  docs: typeof DocSchema;
}

/** Names of the content collections, which are also their folder names under `content/`. */
export type CollectionName = keyof FactsSchemas<z.ZodType, z.ZodType>;

/** The facts schema factory of collection `C`, as `FactsSchemas` types it. */
type FactsSchemaFactory<C extends CollectionName> = <
  Reference extends z.ZodType,
  Image extends z.ZodType,
>(
  reference: ReferenceFactory<Reference>,
  image: ImageFactory<Image>,
) => FactsSchemas<Reference, Image>[C];

/** How one collection is stored under `content/`, validated, and published. */
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
  /** What editors call one entry: `npm run new -- event`, "+ add a new event". */
  kind: string;
  /**
   * URL segment of its pages: `/fr/<segment>/<slug>/`. It is also the folder of its routes
   * under src/pages/[lang]/, so the two change together (tests/unit/content-model.test.ts).
   */
  segment: string;
  /** The field that names an entry: its `name` (a place, a body) or its `title`. */
  labelField: 'name' | 'title';
  /**
   * The date field of a dated collection: listings show it newest first, and a new entry's
   * folder name starts with its year (`2025-regional-meeting`).
   */
  dateField?: string;
  /** The number field that orders an undated collection, lowest first (documentation pages). */
  orderField?: string;
  /** Fields the checker warns about when left out, as readers would see a gap. */
  expectedFields: readonly ('summary' | 'sources')[];
  /** Whether entries list official documents whose files the site serves from their folder. */
  documentFiles: boolean;
  /** Whether new and changed entries appear in the locales' RSS feeds. */
  inFeed: boolean;
  /** Whether its entries are in the open data export (`/data/archive.json`). */
  inOpenData: boolean;
  /**
   * Where the site links to its index page, in the table's order: the header's main menu, the
   * footer, and the short lists of the 404 page and of the search page without script.
   */
  navigation: readonly NavigationPlace[];
  /**
   * The fields `npm run new` asks for, in order: the required ones and those most entries
   * have. The rest are written in the file afterwards; the Editors' guide lists them.
   */
  promptedFields: readonly string[];
  /** An example of each field of `index.<ext>`, which the Editors' guide shows. */
  fieldExamples: Readonly<Record<string, unknown>>;
  /** Examples of the fields only translation files have, if it has any. */
  translationExamples?: Readonly<Record<string, unknown>>;
}

/** A place of the site's navigation that links to collections' index pages. */
export type NavigationPlace = 'header' | 'footer' | 'browse';

/** The fields whose absence the checker warns about, in a factual entry with a summary. */
const FACTUAL = ['summary', 'sources'] as const;

/**
 * Every collection of the content model, and everything the site needs to know about one.
 * The checker, the Astro collections, the query layer, the outputs, the navigation and the
 * editor tools read this table rather than list collections themselves. "Adding a
 * collection" in the README lists what else a new one needs (its schema, pages, UI strings).
 */
export const CONTENT_MODEL = {
  events: {
    extension: '.md',
    createFactsSchema: createEventSchema,
    translationSchema: EventTranslationSchema,
    kind: 'event',
    segment: 'events',
    labelField: 'title',
    dateField: 'start',
    expectedFields: FACTUAL,
    documentFiles: false,
    inFeed: true,
    inOpenData: true,
    navigation: ['header', 'browse'],
    promptedFields: [
      'title',
      'type',
      'start',
      'end',
      'attendance',
      'city',
      'timeZone',
      'hostCities',
      'organisers',
      'series',
      'summary',
      'sources',
    ],
    fieldExamples: EVENT_EXAMPLES,
    translationExamples: EVENT_TRANSLATION_EXAMPLES,
  },
  series: {
    extension: '.md',
    createFactsSchema: () => SeriesSchema,
    translationSchema: SeriesTranslationSchema,
    kind: 'series',
    segment: 'series',
    labelField: 'name',
    expectedFields: ['summary'],
    documentFiles: false,
    inFeed: false,
    inOpenData: true,
    navigation: ['footer'],
    promptedFields: ['name', 'shortName', 'summary', 'sources'],
    fieldExamples: SERIES_EXAMPLES,
  },
  statements: {
    extension: '.md',
    createFactsSchema: createStatementSchema,
    translationSchema: StatementTranslationSchema,
    kind: 'statement',
    segment: 'statements',
    labelField: 'title',
    dateField: 'date',
    expectedFields: FACTUAL,
    documentFiles: true,
    inFeed: true,
    inOpenData: true,
    navigation: ['header', 'browse'],
    promptedFields: ['title', 'kind', 'adoptedAt', 'date', 'summary', 'sources'],
    fieldExamples: STATEMENT_EXAMPLES,
  },
  awards: {
    extension: '.md',
    createFactsSchema: createAwardSchema,
    translationSchema: AwardTranslationSchema,
    kind: 'award',
    segment: 'awards',
    labelField: 'title',
    dateField: 'year',
    expectedFields: FACTUAL,
    documentFiles: false,
    inFeed: false,
    inOpenData: true,
    navigation: ['header', 'browse'],
    promptedFields: ['title', 'year', 'conferredAt', 'winners', 'summary', 'sources'],
    fieldExamples: AWARD_EXAMPLES,
    translationExamples: AWARD_TRANSLATION_EXAMPLES,
  },
  cities: {
    extension: '.md',
    createFactsSchema: <Image extends z.ZodType>(
      _reference: ReferenceFactory,
      image: ImageFactory<Image>,
    ) => createCitySchema(image),
    translationSchema: CityTranslationSchema,
    kind: 'city',
    segment: 'cities',
    labelField: 'name',
    // Known by their name and country: a summary warning would be noise on most of them.
    expectedFields: ['sources'],
    documentFiles: false,
    inFeed: false,
    inOpenData: true,
    navigation: ['header', 'browse'],
    promptedFields: ['name', 'country', 'memberSince', 'summary', 'sources'],
    fieldExamples: CITY_EXAMPLES,
  },
  organisations: {
    extension: '.md',
    createFactsSchema: createOrganisationSchema,
    translationSchema: OrganisationTranslationSchema,
    kind: 'organisation',
    segment: 'organisations',
    labelField: 'name',
    expectedFields: ['sources'],
    documentFiles: false,
    inFeed: false,
    inOpenData: true,
    navigation: ['header'],
    promptedFields: ['name', 'shortName', 'kind', 'country', 'website', 'summary', 'sources'],
    fieldExamples: ORGANISATION_EXAMPLES,
  },
  publications: {
    extension: '.md',
    createFactsSchema: createPublicationSchema,
    translationSchema: PublicationTranslationSchema,
    kind: 'publication',
    segment: 'publications',
    labelField: 'title',
    dateField: 'date',
    expectedFields: FACTUAL,
    documentFiles: true,
    inFeed: false,
    inOpenData: true,
    navigation: ['header'],
    promptedFields: ['title', 'kind', 'date', 'publishers', 'events', 'summary', 'sources'],
    fieldExamples: PUBLICATION_EXAMPLES,
  },
  docs: {
    extension: '.mdx',
    createFactsSchema: () => DocSchema,
    translationSchema: DocTranslationSchema,
    kind: 'doc',
    segment: 'docs',
    labelField: 'title',
    orderField: 'order',
    // The guide documents the site itself: it has no facts to source and is not archive data.
    expectedFields: [],
    documentFiles: false,
    inFeed: false,
    inOpenData: false,
    navigation: ['header', 'footer'],
    promptedFields: ['title', 'description', 'order'],
    fieldExamples: DOC_EXAMPLES,
  },
} satisfies {
  [C in CollectionName]: CollectionModel & { createFactsSchema: FactsSchemaFactory<C> };
};

export const COLLECTION_NAMES = Object.keys(CONTENT_MODEL) as CollectionName[];

/** The flags of the table that are true or false per collection. */
type CollectionFlag = 'documentFiles' | 'inFeed' | 'inOpenData';

/** The collections whose `flag` is true, as a type: `CollectionsWith<'inFeed'>`. */
export type CollectionsWith<Flag extends CollectionFlag> = {
  [C in CollectionName]: (typeof CONTENT_MODEL)[C][Flag] extends true ? C : never;
}[CollectionName];

/** A content-model table: the site's own, or one with a collection added (in tests). */
type ContentModel = Readonly<Record<string, CollectionModel>>;

/** The collections whose `flag` is true, in the table's order. */
export function collectionsWith<Flag extends CollectionFlag>(
  flag: Flag,
  model: ContentModel = CONTENT_MODEL,
): CollectionsWith<Flag>[] {
  return Object.keys(model).filter((name) => model[name]?.[flag]) as CollectionsWith<Flag>[];
}

/** The collections that a place of the navigation links to, in the table's order. */
export function collectionsIn(
  place: NavigationPlace,
  model: ContentModel = CONTENT_MODEL,
): CollectionName[] {
  return Object.keys(model).filter((name) =>
    model[name]?.navigation.includes(place),
  ) as CollectionName[];
}

/**
 * The fields of a facts file of collection `C` as its schema reads them. References and
 * images are `unknown` here: what they become depends on who reads them (Astro's
 * `reference()` and `image()` in the build, ids and paths in the checker).
 */
export type FactsData<C extends CollectionName> = z.output<
  ReturnType<(typeof CONTENT_MODEL)[C]['createFactsSchema']>
>;

/** The fields of a translation file of collection `C` as its schema reads them. */
export type TranslationData<C extends CollectionName> = z.output<
  (typeof CONTENT_MODEL)[C]['translationSchema']
>;
