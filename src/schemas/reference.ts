import type { z } from 'astro/zod';
import type { CollectionName } from './model.ts';

// The names are written in the content-model table (model.ts); the code takes them from either.
export type { CollectionName };

/**
 * Builds the schema of a reference to another collection. Astro's `reference()` is passed
 * in the build; the standalone checker passes one that also verifies the target exists.
 * Schemas take it as a parameter so that they never import `astro:content`.
 */
export type ReferenceFactory<Reference extends z.ZodType = z.ZodType> = (
  collection: CollectionName,
) => Reference;
