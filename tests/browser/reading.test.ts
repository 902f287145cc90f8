import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { elementsWiderThanViewport } from '../helpers/overflow.ts';
import {
  DECLARATION_PDF,
  HYPHEN_SOURCE,
  LONG_SOURCE,
  readingArchive,
} from '../helpers/reading-archive.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { listSiteFiles, urlPathOf } from '../helpers/site-files.ts';

const DECLARATION = '/statements/2031-holmstad-declaration/';
const CHARTER = '/statements/2033-wadi-noor-charter/';
const HOLMSTAD_FORUM = '/events/2031-tarn-forum-holmstad/';

/** One entry page of each kind that has a facts list, by its path after the locale. */
const ENTRY_PAGES = [
  HOLMSTAD_FORUM,
  DECLARATION,
  '/awards/2031-tarn-award/',
  '/cities/holmstad/',
  '/organisations/tarn-institute/',
  '/publications/2032-district-guide/',
];

let siteDir = '';
let site: SiteInBrowser;
const page = (path: string) => readPage(siteDir, path);

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'annals-reading-'));
  const contentDir = await writeContentTree(readingArchive());
  const result = await buildSite({ outDir: siteDir, contentDir });
  expect(result.exitCode, result.output).toBe(0);
  site = await openSiteInBrowser(siteDir);
}, 600_000);
afterAll(() => site?.close());

/** A page of the fixture site in Chromium, at a width, with or without JavaScript. */
async function open(path: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height: 800 },
    javaScriptEnabled,
  });
  const tab = await context.newPage();
  await tab.goto(site.origin + path);
  return tab;
}

describe('a statement as documents', () => {
  it('lists each version that has a title or a copy, and names the languages it only exists in', async () => {
    const english = await page(`/en${DECLARATION}`);
    const rows = english.querySelectorAll('#documents + ul li');
    expect(rows.map(textOf)).toEqual([
      'English: Holmstad Declaration on Learning in Every District (PDF, 2 kB)',
      'French: Déclaration de Holmstad sur l’apprentissage dans chaque quartier (PDF)',
    ]);
    expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
      '/documents/statements/2031-holmstad-declaration/holmstad-declaration-en.pdf',
      'https://example.org/documents/declaration-de-holmstad.pdf',
    ]);
    expect(rows.map((row) => row.querySelector('a')?.getAttribute('hreflang'))).toEqual([
      'en',
      'fr',
    ]);
    expect(textOf(english.querySelector('#documents ~ p'))).toBe(
      'Also published in Spanish and Arabic.',
    );
    const arabic = await page(`/ar${DECLARATION}`);
    expect(arabic.querySelectorAll('#documents + ul li').map(textOf)).toEqual([
      'الإنجليزية: Holmstad Declaration on Learning in Every District (PDF، 2 كيلوبايت)',
      'الفرنسية: Déclaration de Holmstad sur l’apprentissage dans chaque quartier (PDF)',
    ]);
    expect(textOf(arabic.querySelector('#documents ~ p'))).toBe(
      'لغات نشر أخرى: الإسبانية والعربية.',
    );
  });

  it('serves a file of the entry folder at a permanent address, also under its former slug', async () => {
    for (const slug of ['2031-holmstad-declaration', 'holmstad-declaration']) {
      const response = await fetch(
        `${site.origin}/documents/statements/${slug}/holmstad-declaration-en.pdf`,
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(DECLARATION_PDF);
    }
  });

  it('gives each numbered point of the text an anchor, the same in every language', async () => {
    const anchors = async (locale: string) =>
      (await page(`/${locale}${DECLARATION}`))
        .querySelectorAll('.prose li[id]')
        .map((point) => [point.id, point.getAttribute('data-pagefind-title'), textOf(point)]);
    expect(await anchors('en')).toEqual([
      ['point-1', 'Point 1', 'Open a library in every neighbourhood within five years.'],
      ['point-2', 'Point 2', 'Offer free evening classes to every adult who asks for one.'],
      ['point-3', 'Point 3', 'Measure learning with panels of citizens chosen by lot.'],
    ]);
    expect((await anchors('fr')).map(([id, title]) => [id, title])).toEqual([
      ['point-1', 'Point 1'],
      ['point-2', 'Point 2'],
      ['point-3', 'Point 3'],
    ]);
    // A statement without numbered text gives the anchors to its action points.
    const charter = await page(`/zh${CHARTER}`);
    expect(
      charter
        .querySelectorAll('#action-points + ol li')
        .map((point) => [point.id, point.getAttribute('data-pagefind-title')]),
    ).toEqual([
      ['point-1', '第1条'],
      ['point-2', '第2条'],
    ]);
  });

  it('makes each point a search result of its own, in the language of its text', async () => {
    const tab = await open('/en/');
    // The search index of the page's language, asked as the search page asks it.
    // (A string, so that the test runner does not rewrite the page's `import()`.)
    const subResults = (query: string): Promise<string[]> =>
      tab.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(${JSON.stringify(query)});
        const found = await Promise.all(search.results.map((result) => result.data()));
        return found.flatMap((data) => data.sub_results.map((sub) => sub.url + ' ' + sub.title));
      })()`);
    expect(await subResults('evening classes')).toContain(`/en${DECLARATION}#point-2 Point 2`);
    await tab.goto(`${site.origin}/fr/`);
    expect(await subResults('citoyens tirés au sort')).toContain(
      `/fr${DECLARATION}#point-3 Point 3`,
    );
    await tab.context().close();
  });

  it('links the statements of the series in the order of its editions', async () => {
    for (const path of [DECLARATION, CHARTER]) {
      const statement = await page(`/en${path}`);
      const list = statement.querySelectorAll('#series-statements + ol li');
      expect(textOf(statement.querySelector('#series-statements'))).toBe(
        'Statements of the series Tarn Forum on Learning Cities',
      );
      expect(list.map(textOf)).toEqual([
        'Holmstad Declaration on Learning in Every District (2031)',
        'Wadi Noor Charter for Learning Cities (2033)',
      ]);
      expect(
        statement
          .querySelector('#series-statements + ol [aria-current="page"]')
          ?.getAttribute('href'),
      ).toBe(`/en${path}`);
    }
  });
});

describe('sources', () => {
  it('show their title, or their site and a short path, with the whole address in the link', async () => {
    const links = (await page(`/en${HOLMSTAD_FORUM}`)).querySelectorAll('.sources a');
    expect(
      links.map((link) => [textOf(link), link.getAttribute('href'), link.getAttribute('title')]),
    ).toEqual([
      ['example.org/news/holmstad-declaration-adopted-', HYPHEN_SOURCE, HYPHEN_SOURCE],
      ['example.org/…/the-first-tarn-forum-adopts-the-hol…', LONG_SOURCE, LONG_SOURCE],
      [
        'Tarn Forum 2031, the programme',
        'https://example.org/tarn-forum/2031',
        'https://example.org/tarn-forum/2031',
      ],
    ]);
  });
});

describe('right-to-left and Chinese pages', () => {
  it('isolate every Latin run of every Arabic page, so its punctuation stays in place', async () => {
    const paths = (await listSiteFiles(siteDir))
      .filter((file) => file.startsWith('ar/') && file.endsWith('.html'))
      .map(urlPathOf);
    expect(paths).toContain(`/ar${HOLMSTAD_FORUM}`);
    const tab = await open('/ar/');
    const loose: string[] = [];
    for (const path of paths) {
      // A former address only sends the reader on to the page. Told from the built file: in
      // the browser its refresh may already be under way, and would end a reading of it.
      if ((await page(path)).querySelector('meta[http-equiv="refresh"]')) continue;
      await tab.goto(site.origin + path);
      const texts = await tab.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (parent?.closest('[hidden], script, style, bdi, [dir]:not(html)')) continue;
          if (/[A-Za-z]/.test(node.textContent ?? '')) found.push(node.textContent!.trim());
        }
        return found;
      });
      loose.push(...texts.map((text) => `${path}: ${text}`));
    }
    expect(loose).toEqual([]);
    await tab.context().close();
  });

  it('keep the hyphen at the end of an address on an Arabic page', async () => {
    const tab = await open(`/ar${HOLMSTAD_FORUM}`);
    const link = tab.locator(`.sources a[href="${HYPHEN_SOURCE}"]`);
    const [hyphenLeft, textLeft] = await link.evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      const length = text.textContent!.length;
      range.setStart(text, length - 1);
      range.setEnd(text, length);
      const hyphen = range.getBoundingClientRect();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      return [hyphen.left, range.getBoundingClientRect().left];
    });
    // Read left to right: the hyphen comes after the first letter, at the right end.
    expect(hyphenLeft).toBeGreaterThan(textLeft);
    await tab.context().close();
  });

  it('write a place with the locale’s own punctuation', async () => {
    const place = async (locale: string) =>
      textOf((await page(`/${locale}/events/`)).querySelector('.entry-list .meta')).split(' · ')[2];
    expect(await place('en')).toBe('Wadi Noor Industrial City, Saudi Arabia');
    expect(await place('ar')).toBe('Wadi Noor Industrial City، المملكة العربية السعودية');
    expect(await place('zh')).toBe('Wadi Noor Industrial City，沙特阿拉伯');
  });

  it('never give two facts of one list the same label, in any locale', async () => {
    const repeated: string[] = [];
    for (const { code } of LOCALES) {
      for (const path of ENTRY_PAGES) {
        const labels = (await page(`/${code}${path}`)).querySelectorAll('dl.facts dt').map(textOf);
        expect(labels.length, `/${code}${path}`).toBeGreaterThan(1);
        const twice = labels.filter((label, index) => labels.indexOf(label) !== index);
        if (twice.length > 0) repeated.push(`/${code}${path}: ${twice.join(', ')}`);
      }
    }
    expect(repeated).toEqual([]);
  });
});

describe('a page not found', () => {
  it('answers under /ar/ in Arabic, right to left, with the language picker', async () => {
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    const response = await tab.goto(`${site.origin}/ar/events/no-such-event/`);
    expect(response?.status()).toBe(404);
    expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.locator('main h1').textContent()).toBe('الصفحة غير موجودة');
    await tab.locator('.language-picker__button').click();
    const languages = tab.locator('#language-menu a');
    expect(
      await languages.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(LOCALES.map(({ code }) => `/${code}/`));
    await context.close();
  });

  it('says so in every language of the site at the root, for hosts that serve only one', async () => {
    const notFound = await page('/404.html');
    const others = notFound.querySelectorAll('.not-found-languages > li');
    expect(others.map((other) => [other.getAttribute('lang'), other.getAttribute('dir')])).toEqual(
      LOCALES.slice(1).map(({ lang, dir }) => [lang, dir]),
    );
    expect(textOf(others[2]?.querySelector('h2'))).toBe('الصفحة غير موجودة');
    expect(others[2]?.querySelector('a')?.getAttribute('href')).toBe('/ar/');
  });
});

describe('the language picker', () => {
  it('opens over the page, and closes with Escape and with a click outside', async () => {
    for (const width of [360, 1280]) {
      const tab = await open(`/en${DECLARATION}`, width);
      const menu = tab.locator('#language-menu');
      const mainTop = () =>
        tab.locator('main').evaluate((main) => main.getBoundingClientRect().top);
      const before = await mainTop();
      await tab.locator('.language-picker__button').click();
      expect(await menu.isVisible()).toBe(true);
      expect(await mainTop()).toBe(before);
      await tab.keyboard.press('Escape');
      expect(await menu.isVisible()).toBe(false);
      await tab.locator('.language-picker__button').click();
      expect(await menu.isVisible()).toBe(true);
      await tab.mouse.click(width / 2, 600);
      expect(await menu.isVisible()).toBe(false);
      await tab.context().close();
    }
  });

  it('works with the keyboard, and without JavaScript', async () => {
    const tab = await open(`/en${DECLARATION}`, 1280, false);
    await tab.locator('.language-picker__button').focus();
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('English');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`**/fr${DECLARATION}`);
    await tab.context().close();
  });
});

describe('layout', () => {
  it('fits the documentation to a 320 px phone, and gives its code the width of a desktop', async () => {
    const phone = await open('/en/docs/writing-guide/', 320);
    expect(await elementsWiderThanViewport(phone)).toEqual([]);
    await phone.context().close();
    const desktop = await open('/en/docs/writing-guide/', 1280);
    const codeWidth = await desktop.locator('pre').evaluate((pre) => pre.clientWidth);
    expect(codeWidth).toBeGreaterThan(850);
    await desktop.context().close();
  });

  it('starts an entry within the first 200 px of a 360 px phone', async () => {
    for (const path of [
      `/en${DECLARATION}`,
      `/fr${HOLMSTAD_FORUM}`,
      `/ar/publications/2032-district-guide/`,
    ]) {
      const tab = await open(path, 360);
      const top = await tab
        .locator('main h1')
        .evaluate((title) => title.getBoundingClientRect().top);
      expect(top, path).toBeLessThanOrEqual(200);
      await tab.context().close();
    }
  });
});
