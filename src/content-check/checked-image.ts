import { z } from 'astro/zod';
import { expected } from '../schemas/fields/expected.ts';
import type { ImageFactory } from '../schemas/fields/image.ts';

/** An image path as the checker read it; the `imagesExist` rule then looks for the file. */
export class CheckedImage {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
}

/** A relative path inside the entry folder to a file Astro's image pipeline can read. */
const IMAGE_FILE = /^(\.\/)?([\w-][\w.-]*\/)*[\w-][\w.-]*\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

/**
 * The checker's stand-in for Astro's `image()`: the same values, checked for form here and
 * for existence by a rule that knows where the entry is.
 */
export const checkedImage: ImageFactory = () =>
  z
    .string({ error: expected('the name of an image file next to index.md, like ./opening.jpg') })
    .regex(IMAGE_FILE, {
      error: (issue) =>
        `'${String(issue.input)}' is not an image file in the entry folder; put a .jpg, .png, .webp, .avif, .gif or .svg file next to index.md and write its name, like ./opening.jpg`,
    })
    .transform((path) => new CheckedImage(path));
