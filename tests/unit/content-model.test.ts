import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionPath, entryPath } from '../../src/data/page-paths.ts';
import {
  COLLECTION_NAMES,
  collectionsWith,
  CONTENT_MODEL,
  type CollectionModel,
} from '../../src/schemas/model.ts';

const PAGES = new URL('../../src/pages/[lang]/', import.meta.url);

describe('the content model', () => {
  it.each(COLLECTION_NAMES)('gives %s a URL segment that has its pages', (collection) => {
    const { segment } = CONTENT_MODEL[collection];
    expect(existsSync(new URL(`${segment}/[slug].astro`, PAGES))).toBe(true);
    expect(collectionPath('/base/', collection, 'fr')).toBe(`/base/fr/${segment}/`);
    expect(entryPath('/base/', { collection, slug: 'x' }, 'fr')).toBe(`/base/fr/${segment}/x/`);
  });

  it('lists the collections of a flag in its order', () => {
    expect(collectionsWith('inFeed')).toEqual(['events', 'statements']);
    expect(collectionsWith('documentFiles')).toEqual(['statements', 'publications']);
    expect(collectionsWith('inOpenData')).not.toContain('docs');
  });

  it.each(COLLECTION_NAMES)('orders %s by a field of its schema', (collection) => {
    const model: CollectionModel = CONTENT_MODEL[collection];
    const anything = () => z.string();
    const shape = model.createFactsSchema(anything, anything).shape;
    for (const field of [model.dateField, model.orderField].filter(Boolean)) {
      expect(Object.keys(shape)).toContain(field);
    }
  });
});
