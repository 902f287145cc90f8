import { describe, expect, it } from 'vitest';
import {
  citiesIndexView,
  docsIndexView,
  seriesIndexView,
} from '../../../src/data/views/indexes.ts';
import { docView } from '../../../src/data/views/doc.ts';
import { entry, handMadeArchive } from './hand-made-archive.ts';
import { sampleArchive } from './sample-archive.ts';

describe('citiesIndexView', () => {
  const city = (id: string, name: string, country: string, fr?: string) =>
    entry('cities', id, { name, country }, fr ? { fr: { name: fr } } : {});
  const archive = handMadeArchive([
    city('zeta', 'Zeta', 'PT'),
    city('alpha', 'Alpha', 'PT', 'Zulu'),
    city('oslo', 'Oslo', 'NO'),
    city('madrid', 'Madrid', 'ES'),
  ]);

  it('sorts cities by their name in the locale, and puts countries of no region last', () => {
    const french = citiesIndexView(archive, 'fr');
    expect(french.map((region) => region.name).at(-1)).toBe('Autres');
    const europe = french.find((region) => region.region?.key === 'europe-north-america');
    expect(europe?.countries.map((country) => country.country)).toEqual(['ES', 'PT']);
    expect(europe?.countries[1]?.cities.map((item) => item.id)).toEqual(['zeta', 'alpha']);
    const english = citiesIndexView(archive, 'en');
    const portugal = english[0]?.countries.find((country) => country.country === 'PT');
    expect(portugal?.cities.map((item) => item.id)).toEqual(['alpha', 'zeta']);
  });

  it('links a region to its events listing only when events took place there', () => {
    expect(citiesIndexView(archive, 'en').map((region) => region.hasEvents)).toEqual([
      false,
      false,
    ]);
  });
});

describe('seriesIndexView and docsIndexView', () => {
  it('count the editions of each series', () => {
    expect(seriesIndexView(sampleArchive())).toMatchObject([
      { entry: { id: 'conferences' }, editions: 2 },
    ]);
  });

  it('describe each documentation page in the locale, falling back to the default language', () => {
    const archive = handMadeArchive([
      entry('docs', 'start', { title: 'Start', description: 'How to begin.' }),
    ]);
    expect(docsIndexView(archive, 'zh')[0]?.description).toEqual({
      text: 'How to begin.',
      lang: 'en',
    });
  });
});

describe('docView', () => {
  it('lists every documentation page for the sidebar and links the shown file for editing', () => {
    const first = entry('docs', 'start', { title: 'Start', order: 1 }, { fr: { title: 'Début' } });
    const second = entry('docs', 'next', { title: 'Next', order: 2 });
    const view = docView(handMadeArchive([first, second]), first, 'fr');
    expect(view.page.title).toEqual({ text: 'Début', lang: 'fr' });
    expect(view.docs.map((doc) => doc.id)).toEqual(['start', 'next']);
    expect(view.editUrl).toMatch(/\/docs\/start\/index\.md$/);
  });
});
