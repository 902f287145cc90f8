import { z } from 'astro/zod';
import { expected } from './expected.ts';

const FIGURE_SHAPE_HINT =
  'a whole number, like 650, or a count with a qualifier, like { count: 650, qualifier: more-than }';

/**
 * A headline figure. Sources often give rounded numbers ("over 650 participants"); the
 * qualifier keeps that honesty and is translated on the page. A bare number is exact.
 */
export const FigureSchema = z.preprocess(
  (value) => (typeof value === 'number' ? { count: value } : value),
  z.strictObject(
    {
      count: z.int().nonnegative({ error: 'cannot be negative' }).describe('The number itself.'),
      qualifier: z
        .enum(['more-than', 'about', 'fewer-than'])
        .optional()
        .describe('How the source qualifies the number: more-than, about or fewer-than.'),
    },
    { error: expected(FIGURE_SHAPE_HINT) },
  ),
);

export type Figure = z.output<typeof FigureSchema>;
