import { z } from 'astro/zod';
import { expected } from './expected.ts';

const SHAPE_HINT = '{ latitude: 53.9, longitude: -8.95 } or [53.9, -8.95], in decimal degrees';

const degrees = (name: string, limit: number) =>
  z
    .number({ error: expected(`the ${name} in decimal degrees, like 53.9`) })
    .min(-limit, { error: `must be between -${limit} and ${limit} degrees` })
    .max(limit, { error: `must be between -${limit} and ${limit} degrees` });

/**
 * Where a place is, in decimal degrees (WGS 84, as GeoNames and GeoJSON give it). Written as
 * a group of two fields, or as the pair [latitude, longitude] in that order, as maps show it.
 */
export const CoordinatesSchema = z.preprocess(
  (value) =>
    Array.isArray(value) && value.length === 2
      ? { latitude: value[0], longitude: value[1] }
      : value,
  z.strictObject(
    {
      latitude: degrees('latitude', 90).describe(
        'Degrees north of the equator; south is negative.',
      ),
      longitude: degrees('longitude', 180).describe('Degrees east of Greenwich; west is negative.'),
    },
    { error: expected(SHAPE_HINT) },
  ),
);

export type Coordinates = z.output<typeof CoordinatesSchema>;
