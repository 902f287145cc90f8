import { z } from 'astro/zod';
import { CountryCodeSchema } from './fields/country.ts';
import { PartialDateSchema } from './fields/dates.ts';
import { createLogoSchema, type ImageFactory } from './fields/image.ts';
import { AliasesSchema, SlugSchema, TextSchema } from './fields/text.ts';
import { SOURCES_EXAMPLE, SourceSchema } from './fields/web.ts';
import { CoordinatesSchema } from './fields/coordinates.ts';
import { GeoNamesIdSchema, wikidataField } from './fields/identifiers.ts';
import { translationMeta } from './fields/translation-meta.ts';

/** Text of a city that is written once per language. */
const cityText = {
  name: TextSchema.describe('Name of the city.'),
  summary: TextSchema.optional().describe('One or two sentences on the city as a learning city.'),
};

/** Front matter of a city's `index.md`. */
export function createCitySchema<Image extends z.ZodType>(image: ImageFactory<Image>) {
  return z.strictObject({
    ...cityText,
    slug: SlugSchema.optional().describe(
      'URL segment, when it should differ from the folder name.',
    ),
    aliases: AliasesSchema,
    country: CountryCodeSchema.describe('Country, as an ISO 3166-1 alpha-2 code like MX.'),
    memberSince: PartialDateSchema.optional().describe(
      'When it joined the network: YYYY, YYYY-MM or YYYY-MM-DD.',
    ),
    logo: createLogoSchema(image).optional().describe("The city's logo, shown on its page."),
    coordinates: CoordinatesSchema.optional().describe(
      'Where the city is, in decimal degrees, as GeoNames gives it; it puts the city and its events on the maps of the open data. `npm run coordinates` fills it from `geonames`.',
    ),
    geonames: GeoNamesIdSchema.optional().describe(
      'The GeoNames id of the city, the number in its geonames.org address, like 2964574 for Dublin.',
    ),
    ...wikidataField,
    sources: z.array(SourceSchema).default([]).describe('Where the facts of this entry come from.'),
  });
}

/** Front matter of a city translation. */
export const CityTranslationSchema = z.strictObject({ ...cityText, ...translationMeta });

/**
 * An example of each field, as an editor would write it: the Editors' guide shows them
 * under each field, and a test parses each with its field's schema.
 */
export const CITY_EXAMPLES = {
  name: 'Lisbon',
  summary: 'Capital of Portugal and host of the regional meeting of 2025.',
  slug: 'lisboa',
  aliases: ['lisboa-pt'],
  country: 'PT',
  memberSince: '2025-03',
  logo: { src: './logo.png', alt: 'City of Lisbon' },
  coordinates: { latitude: 38.71667, longitude: -9.13333 },
  geonames: 2267057,
  wikidata: 'Q597',
  sources: SOURCES_EXAMPLE,
};
