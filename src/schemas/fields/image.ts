import { z } from 'astro/zod';
import { expected } from './expected.ts';
import { TextSchema } from './text.ts';

/**
 * Builds the schema of an image file that sits next to the entry. Astro's `image()` is
 * passed in the build, so the image goes through its pipeline; the checker passes one that
 * checks the name. Schemas take it as a parameter, like `reference`, to stay free of Astro.
 */
export type ImageFactory<Image extends z.ZodType = z.ZodType> = () => Image;

/** Alt text: required, because a reader who cannot see an image learns nothing from it. */
const AltTextSchema = z
  .string({
    error: expected('alt text saying what the image shows, like The mayor opens the conference'),
  })
  .trim()
  .min(1, { error: 'is empty; say what the image shows, for readers who cannot see it' });

/** A photograph or other picture of an entry, with its text alternative. */
export function createPictureSchema<Image extends z.ZodType>(image: ImageFactory<Image>) {
  return z.strictObject({
    src: image().describe(
      'The image file, in the entry folder next to index.md, like ./opening.jpg.',
    ),
    alt: AltTextSchema.describe('What the image shows, for readers who cannot see it.'),
    caption: TextSchema.optional().describe('Caption shown under the image.'),
    credit: TextSchema.optional().describe(
      'Who made the image and under which licence, like Photo: UIL, CC BY-SA 4.0.',
    ),
  });
}

/** The logo of a city or organisation. */
export function createLogoSchema<Image extends z.ZodType>(image: ImageFactory<Image>) {
  return z.strictObject({
    src: image().describe('The logo file, in the entry folder next to index.md, like ./logo.png.'),
    alt: AltTextSchema.describe('The text of the logo, or whose logo it is.'),
  });
}
