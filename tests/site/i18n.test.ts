import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { textOf } from '../helpers/html.ts';
import { kindOfPage } from '../helpers/page-kind.ts';
import { readSitePages } from '../helpers/site-pages.ts';

const siteDir = inject('fixtureSite');
const ORIGIN = 'https://annals.example.org';
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  for (const page of await readSitePages(siteDir)) pages.set(page.urlPath, page.root);
});

/** hreflang → URL path of a page's alternate links. */
function alternatesOf(page: HTMLElement): Map<string, string> {
  return new Map(
    page
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [
        link.getAttribute('hreflang') ?? '',
        (link.getAttribute('href') ?? '').replace(ORIGIN, ''),
      ]),
  );
}

describe('every page of the fixture site', () => {
  it('declares its language, and right-to-left for Arabic', () => {
    for (const [path, page] of pages) {
      const html = page.querySelector('html');
      expect(html?.getAttribute('lang'), path).toMatch(/^(en|fr|es|ar|zh-Hans|ru)$/);
      if (path.startsWith('/ar/')) expect(html?.getAttribute('dir'), path).toBe('rtl');
      else if (path !== '/' && path !== '/404.html')
        expect(html?.getAttribute('dir'), path).toBe('ltr');
    }
  });

  it('has reciprocal hreflang alternates with an x-default, each pointing at a built page', () => {
    for (const [path, page] of pages) {
      const alternates = alternatesOf(page);
      if (alternates.size === 0) continue;
      expect(alternates.get('x-default'), path).toMatch(/^\/en\//);
      for (const [lang, target] of alternates) {
        const other = pages.get(target);
        expect(other, `${path} → ${lang} ${target}`).toBeDefined();
        if (lang === 'x-default' || !other) continue;
        // The target names the same set of pages, so each link comes back.
        expect(alternatesOf(other), `${target} back to ${path}`).toEqual(alternates);
      }
    }
  });

  it('links the language picker to the same page in each language, except on redirect and not-found pages', () => {
    for (const [path, page] of pages) {
      if (!/^\/(en|fr|es|ar|zh|ru)\/./.test(path)) continue;
      if (kindOfPage(page) === 'redirect') {
        expect(page.querySelector('.language-picker'), path).toBeNull();
        continue;
      }
      // A page not found, served for any missing address, offers each language's home page.
      const rest = path.endsWith('/404.html') ? '/' : path.slice(3);
      const targets = page
        .querySelectorAll('.language-picker a')
        .map((link) => link.getAttribute('href'));
      expect(targets, path).toEqual(
        ['en', 'fr', 'es', 'ar', 'zh', 'ru'].map((code) => `/${code}${rest}`),
      );
    }
  });
});

describe('fallback pages', () => {
  it('show the default text marked English, with a notice and links to the languages that exist', () => {
    const page = pages.get('/ar/events/2016-world-forum-vellmora/')!;
    expect(page.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('h1')?.getAttribute('dir')).toBe('ltr');
    expect(textOf(page.querySelector('.fallback-notice p'))).toBe(
      'لم تُترجَم هذه الصفحة إلى اللغة العربية بعد، وهي معروضة باللغة الإنجليزية.',
    );
    const offered = page
      .querySelectorAll('.fallback-notice a')
      .map((link) => link.getAttribute('href'));
    expect(offered).toEqual([
      '/en/events/2016-world-forum-vellmora/',
      '/fr/events/2016-world-forum-vellmora/',
    ]);
  });

  it('send search engines to the original and ask not to be indexed', () => {
    const page = pages.get('/ru/cities/port-alder/')!;
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/en/cities/port-alder/`,
    );
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, follow',
    );
  });

  it('mark the languages without a translation in the picker', () => {
    const page = pages.get('/fr/cities/vellmora/')!;
    const marked = page
      .querySelectorAll('.language-picker li')
      .filter((item) => item.querySelector('.not-translated'));
    expect(marked).toHaveLength(5);
  });
});

describe('translated pages', () => {
  it('show their own text, are indexed, and say when only the title and summary are translated', () => {
    const page = pages.get('/fr/events/2016-world-forum-vellmora/')!;
    expect(textOf(page.querySelector('h1'))).toBe('2e Forum mondial des villes apprenantes');
    expect(page.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(page.querySelector('meta[name="robots"]')).toBeNull();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/fr/events/2016-world-forum-vellmora/`,
    );
    expect(page.querySelector('.prose')?.getAttribute('lang')).toBe('en');
    expect(
      textOf(page.querySelector('article > .notice[role="note"]:not(.fallback-notice)')),
    ).toContain('n’a pas encore été traduit');
  });

  it('show a fully translated documentation page in Spanish', () => {
    const page = pages.get('/es/docs/getting-started/')!;
    expect(textOf(page.querySelector('h1'))).toBe('Primeros pasos');
    expect(page.querySelector('.prose')?.getAttribute('lang')).toBeUndefined();
    expect(page.querySelector('.notice')).toBeNull();
  });
});
