import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionPath, entryPath } from '../../src/data/page-paths.ts';
import {
  COLLECTION_NAMES,
  collectionsIn,
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

describe('a collection added to the content model', () => {
  // An invented collection, in the table only: nothing else names it.
  const recordings: CollectionModel = {
    ...CONTENT_MODEL.publications,
    kind: 'recording',
    segment: 'recordings',
    navigation: ['header', 'browse'],
    inFeed: true,
    documentFiles: true,
    inOpenData: true,
  };
  const { docs, ...archive } = CONTENT_MODEL;
  // Placed before the documentation, as the header lists archive collections first.
  const model = { ...archive, recordings, docs };

  it('is linked from the places of the navigation its entry names, in the table order', () => {
    expect(collectionsIn('header', model)).toEqual([
      'events',
      'statements',
      'awards',
      'cities',
      'organisations',
      'publications',
      'recordings',
      'docs',
    ]);
    expect(collectionsIn('browse', model)).toContain('recordings');
    expect(collectionsIn('footer', model)).toEqual(['series', 'docs']);
  });

  it('is in the feeds, the document files and the open data as its flags say', () => {
    expect(collectionsWith('inFeed', model)).toEqual(['events', 'statements', 'recordings']);
    expect(collectionsWith('documentFiles', model)).toContain('recordings');
    expect(collectionsWith('inOpenData', model)).toContain('recordings');
    const quiet = { ...model, recordings: { ...recordings, inFeed: false, navigation: [] } };
    expect(collectionsWith('inFeed', quiet)).not.toContain('recordings');
    expect(collectionsIn('header', quiet)).not.toContain('recordings');
  });
});
