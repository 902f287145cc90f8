import type { z } from 'astro/zod';

/** Names of the content collections, which are also their folder names under `content/`. */
export type CollectionName =
  | 'events'
  | 'series'
  | 'statements'
  | 'awards'
  | 'cities'
  | 'organisations'
  | 'publications'
  | 'docs';

/**
 * Builds the schema of a reference to another collection. Astro's `reference()` is passed
 * in the build; the standalone checker passes one that also verifies the target exists.
 * Schemas take it as a parameter so that they never import `astro:content`.
 */
export type ReferenceFactory<Reference extends z.ZodType = z.ZodType> = (
  collection: CollectionName,
) => Reference;
