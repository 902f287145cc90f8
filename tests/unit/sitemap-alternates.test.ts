import { describe, expect, it } from 'vitest';
// The integration's own grouping, which its `i18n` option runs (a module of its build, which
// the package does not export): the alternates must not change.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { createAlternates } from '../../src/outputs/sitemap-alternates.ts';

const BASE = 'https://example.org/archive/';
const LANGS = { en: 'en', fr: 'fr', zh: 'zh-Hans', ar: 'ar' };

function alternatesOf(urls: readonly string[]) {
  const alternates = createAlternates(BASE, 'en', LANGS);
  for (const url of urls) alternates.add(url);
  return alternates;
}

describe('createAlternates', () => {
  it('gives a page its versions at the same path, itself included, in address order', () => {
    const urls = [`${BASE}zh/events/a/`, `${BASE}en/events/a/`, `${BASE}fr/events/a/`];
    expect(alternatesOf(urls).of(`${BASE}fr/events/a/`)).toEqual([
      { url: `${BASE}en/events/a/`, lang: 'en' },
      { url: `${BASE}fr/events/a/`, lang: 'fr' },
      { url: `${BASE}zh/events/a/`, lang: 'zh-Hans' },
    ]);
  });

  it('gives none to a page alone at its path', () => {
    const alternates = alternatesOf([`${BASE}en/events/a/`, `${BASE}fr/events/b/`]);
    expect(alternates.of(`${BASE}en/events/a/`)).toBeUndefined();
  });

  it('leaves out a page outside the site, even at a path of the same length', () => {
    const outside = 'https://example.org/elsewhr/en/events/a/';
    const alternates = alternatesOf([`${BASE}en/events/a/`, `${BASE}fr/events/a/`, outside]);
    expect(alternates.of(outside)).toBeUndefined();
    expect(alternates.of(`${BASE}en/events/a/`)?.map((link) => link.url)).toEqual([
      `${BASE}en/events/a/`,
      `${BASE}fr/events/a/`,
    ]);
  });

  it('groups the site root with the locales home pages', () => {
    const alternates = alternatesOf([BASE, `${BASE}fr/`, `${BASE}zh`]);
    expect(alternates.of(`${BASE}fr/`)).toEqual([
      { url: BASE, lang: 'en' },
      { url: `${BASE}fr/`, lang: 'fr' },
      { url: `${BASE}zh`, lang: 'zh-Hans' },
    ]);
  });

  it('puts a page whose first segment is no locale in the default locale, at its whole path', () => {
    const urls = [`${BASE}en/events/`, `${BASE}events/`, `${BASE}ar/events/`];
    expect(alternatesOf(urls).of(`${BASE}events/`)).toEqual([
      { url: `${BASE}ar/events/`, lang: 'ar' },
      { url: `${BASE}en/events/`, lang: 'en' },
      { url: `${BASE}events/`, lang: 'en' },
    ]);
  });

  it('takes a page added after a question into the next answer, in order', () => {
    const alternates = alternatesOf([`${BASE}fr/x/`, `${BASE}zh/x/`]);
    expect(alternates.of(`${BASE}fr/x/`)?.map((link) => link.lang)).toEqual(['fr', 'zh-Hans']);
    alternates.add(`${BASE}en/x/`);
    expect(alternates.of(`${BASE}fr/x/`)?.map((link) => link.lang)).toEqual([
      'en',
      'fr',
      'zh-Hans',
    ]);
  });

  it('gives the alternates @astrojs/sitemap gives with its i18n option', () => {
    const paths = ['', 'events/', 'events/2019-forum/', 'cities/holm/', 'data/', 'docs/guide/'];
    const urls = [
      ...paths.flatMap((path, n) =>
        Object.keys(LANGS)
          .filter((_, at) => (n + at) % 3 !== 0)
          .map((code) => `${BASE}${code}/${path}`),
      ),
      ...paths.map((path) => `${BASE}${path}`),
      'https://elsewhere.org/en/events/',
    ];
    const expected = generateSitemap(urls, BASE, { i18n: { defaultLocale: 'en', locales: LANGS } });
    const alternates = alternatesOf(urls.toReversed());
    const found = (expected as { url: string }[]).map(({ url }) => ({
      url,
      links: alternates.of(url),
    }));
    expect(found).toEqual(
      (expected as { url: string; links?: unknown }[]).map(({ url, links }) => ({ url, links })),
    );
    expect(found.filter(({ links }) => links).length).toBeGreaterThan(10);
  });
});
