import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { kindOfPage } from '../helpers/page-kind.ts';
import { fileOfUrlPath } from '../helpers/site-files.ts';
import { readSitePages, type SitePage } from '../helpers/site-pages.ts';
import { childText, elementsOf, parseXml } from '../helpers/xml.ts';

const siteDir = inject('fixtureSite');
const ORIGIN = 'https://annals.example.org';
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
/** The category that says whether an item is new or changed since it first appeared. */
const NEW_OR_UPDATED: Record<string, string[]> = {
  en: ['New', 'Updated'],
  fr: ['Nouveau', 'Mis à jour'],
  es: ['Nuevo', 'Actualizado'],
  ar: ['جديد', 'محدَّث'],
  zh: ['新增', '已更新'],
  ru: ['Новое', 'Обновлено'],
};
const read = (file: string) => readFile(join(siteDir, file), 'utf8');
/** Whether an address on the site is a file of the build. */
const isBuilt = (url: string) =>
  url.startsWith(ORIGIN) && existsSync(join(siteDir, fileOfUrlPath(new URL(url).pathname)));
let pages: SitePage[] = [];

/** What the feeds hold: every event and statement of the fixture, fewer than the 50 shown. */
let feedEntries = 0;

beforeAll(async () => {
  pages = await readSitePages(siteDir);
  feedEntries = (await fixtureEntries()).filter(
    (entry) => !entry.locale && ['events', 'statements'].includes(entry.collection),
  ).length;
});

describe('RSS feeds', () => {
  it('parse as XML in every locale, each item with a title, a built link, a guid and a date', async () => {
    for (const locale of LOCALES) {
      const feed = parseXml(await read(`${locale}/rss.xml`));
      const channel = elementsOf(feed, 'channel')[0]!;
      expect(feed.documentElement?.getAttribute('version')).toBe('2.0');
      expect(childText(channel, 'language')).toBe(locale === 'zh' ? 'zh-Hans' : locale);
      const items = elementsOf(channel, 'item');
      expect(items.length).toBe(feedEntries);
      for (const item of items) {
        const link = childText(item, 'link') ?? '';
        expect(childText(item, 'title'), link).toBeTruthy();
        expect(isBuilt(link), link).toBe(true);
        expect(link.startsWith(`${ORIGIN}/${locale}/`), link).toBe(true);
        expect(childText(item, 'guid')).toBe(link);
        expect(Number.isNaN(Date.parse(childText(item, 'pubDate') ?? '')), link).toBe(false);
        const categories = elementsOf(item, 'category').map((category) => category.textContent);
        expect(categories, link).toHaveLength(2);
        expect(NEW_OR_UPDATED[locale], link).toContain(categories[1]);
      }
    }
  });

  it('are advertised in the head of every page, in the page’s locale', () => {
    // Pages that only send the reader on (the site root, former addresses) are not read.
    const read = pages.filter((page) => kindOfPage(page.root) !== 'redirect');
    expect(read.length).toBeGreaterThan(300);
    const problems = read.flatMap((page) => {
      const link = page.root.querySelector(
        'head link[rel="alternate"][type="application/rss+xml"]',
      );
      const locale = /^\/([a-z]{2})\//.exec(page.urlPath)?.[1] ?? 'en';
      const expected = `${ORIGIN}/${locale}/rss.xml`;
      return link?.getAttribute('href') === expected
        ? []
        : [`${page.file}: no link to ${expected}`];
    });
    expectNoProblems(problems, 'pages without their feed');
  });
});

describe('the sitemap', () => {
  const urls: { loc: string; alternates: Map<string, string> }[] = [];

  beforeAll(async () => {
    const index = parseXml(await read('sitemap-index.xml'));
    const sitemaps = elementsOf(index, 'loc').map((loc) => loc.textContent ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      const document = parseXml(await read(new URL(sitemap).pathname.slice(1)));
      for (const url of elementsOf(document, 'url')) {
        const alternates = new Map(
          elementsOf(url, 'link').map((link) => [
            link.getAttribute('hreflang') ?? '',
            link.getAttribute('href') ?? '',
          ]),
        );
        urls.push({ loc: childText(url, 'loc') ?? '', alternates });
      }
    }
  });

  it('lists only pages that were built, with every language of the site', () => {
    expect(urls.length).toBeGreaterThan(200);
    expectNoProblems(
      urls.filter(({ loc }) => !isBuilt(loc)).map(({ loc }) => loc),
      'sitemap URLs missing from the build',
    );
    const locales = new Set(urls.map(({ loc }) => new URL(loc).pathname.split('/')[1]));
    expect([...locales].sort()).toEqual([...LOCALES].sort());
  });

  it('has reciprocal hreflang alternates with an x-default, each a listed page', () => {
    const byLoc = new Map(urls.map((url) => [url.loc, url]));
    const problems = urls.flatMap(({ loc, alternates }) => {
      if (alternates.size === 0) return [];
      const found: string[] = [];
      if (!alternates.get('x-default')?.startsWith(`${ORIGIN}/en/`))
        found.push(`${loc}: no x-default`);
      for (const [lang, href] of alternates) {
        if (lang === 'x-default') continue;
        const other = byLoc.get(href);
        if (!other) found.push(`${loc}: ${lang} ${href} is not listed`);
        else if ([...other.alternates.values()].every((back) => back !== loc))
          found.push(`${loc}: ${href} does not link back`);
      }
      return found;
    });
    expect(urls.some(({ alternates }) => alternates.size > 2)).toBe(true);
    expectNoProblems(problems, 'hreflang problems');
  });

  it('is named by robots.txt', async () => {
    expect(await read('robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\n`,
    );
  });
});
