import { z } from 'astro/zod';
import { EVENT_TYPES } from './event.ts';
import { CountryCodeSchema } from './fields/country.ts';
import { expected } from './fields/expected.ts';
import { SlugSchema, TextSchema } from './fields/text.ts';
import { COLLECTION_NAMES } from './model.ts';
import type { CollectionName, ReferenceFactory } from './reference.ts';

/** A whole number written as an attribute, `year="2015"` or `year={2015}`, at least `minimum`. */
function wholeNumber(example: string, minimum = Number.MIN_SAFE_INTEGER) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    z
      .int({ error: expected(`a whole number, like ${example}`) })
      .min(minimum, { error: `must be ${minimum} or more` }),
  );
}

/** Which events an `<EventList>` shows; every condition given must hold. */
function createEventFilterSchema<Reference extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
) {
  return z.strictObject({
    country: CountryCodeSchema.optional().describe('Country, as an ISO code like MX.'),
    type: z.enum(EVENT_TYPES).optional().describe('Kind of event, like conference.'),
    year: wholeNumber('2015').optional().describe('Year the event started in, like 2015.'),
    series: reference('series').optional().describe('Folder name of a series, like iclc.'),
    city: reference('cities')
      .optional()
      .describe('Folder name of a city: events held or hosted there.'),
    limit: wholeNumber('5', 1).optional().describe('At most this many, newest first.'),
  });
}

/**
 * The components documentation pages can use, each with the attributes it takes. The
 * checker validates every component tag of every page against this table, with references
 * to entries checked (through former names in `aliases` too); the components read their
 * props through it. A new component is checked by adding it here and to
 * src/components/mdx/index.ts.
 */
export function createComponentSchemas<Reference extends z.ZodType>(
  reference: ReferenceFactory<Reference>,
) {
  return {
    ActionPoints: z.strictObject({
      statement: reference('statements').describe(
        'Folder name of the statement, like 2015-mexico-city-statement.',
      ),
    }),
    Callout: z.strictObject({
      type: z
        .enum(['note', 'tip', 'warning'])
        .optional()
        .describe('What kind of remark: a note (the default), a tip, or a warning.'),
      title: TextSchema.optional().describe('A title instead of Note, Tip or Warning.'),
    }),
    EventList: createEventFilterSchema(reference),
    FieldReference: z.strictObject({
      collection: z
        .enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]])
        .describe('The collection, as its folder is named.'),
    }),
    Figure: z.strictObject({
      caption: TextSchema.describe(
        'The caption, shown under the picture: what it shows, and whose.',
      ),
    }),
  };
}

/** The components' schemas as the site reads props: an id is any slug, found by the query layer. */
export const COMPONENT_SCHEMAS = createComponentSchemas(() => SlugSchema);

/** The name of a documentation component: `Callout`, `EventList`… */
export type ComponentName = keyof typeof COMPONENT_SCHEMAS;

/** The props of a component, as a page writes them. */
export type ComponentProps<Name extends ComponentName> = z.input<(typeof COMPONENT_SCHEMAS)[Name]>;

/** The props of a component, read: numbers as numbers, defaults filled in. */
export type ComponentValues<Name extends ComponentName> = z.output<
  (typeof COMPONENT_SCHEMAS)[Name]
>;

/** The names of the components documentation pages can use. */
export const COMPONENT_NAMES = Object.keys(COMPONENT_SCHEMAS) as ComponentName[];
