import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { REDIRECT_PAGE } from './page-types.ts';

const siteDir = inject('fixtureSite');
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser(siteDir);
});
afterAll(() => site?.close());

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Expects the page at `path`, showing a heading, and returns the heading's text. */
async function expectPageAt(page: Page, path: string): Promise<string> {
  expect(new URL(page.url()).pathname).toBe(path);
  const heading = page.locator('h1');
  expect(await heading.isVisible(), `${path} shows its <h1>`).toBe(true);
  return normalized(await heading.innerText());
}

/**
 * Clicks the first visible link to `path` in the page's content, as a reader would, and
 * expects to land on that page under a heading that the link's text names.
 */
async function follow(page: Page, path: string): Promise<void> {
  const from = new URL(page.url()).pathname;
  const link = page.locator(`main a[href="${path}"]`).filter({ visible: true }).first();
  expect(await link.count(), `${from} has a visible link to ${path} in its content`).toBe(1);
  const linkText = normalized(await link.innerText());
  await Promise.all([page.waitForURL(site.origin + path), link.click()]);
  const heading = await expectPageAt(page, path);
  expect(
    linkText.includes(heading) || heading.includes(linkText),
    `the link "${linkText}" on ${from} leads to a page headed "${heading}"`,
  ).toBe(true);
}

async function back(page: Page, path: string): Promise<void> {
  await page.goBack();
  await expectPageAt(page, path);
}

const HOME = '/en/';
const YEAR = '/en/events/year/2016/';
const EVENT = '/en/events/2016-world-forum-vellmora/';
const STATEMENT = '/en/statements/2016-vellmora-call-to-action/';
const AWARD = '/en/awards/2016-learning-town-prize/';
const WINNER = '/en/cities/valle-claro/';

describe('a reader following links', () => {
  it('goes from the home page through a year to an event, its statement, its award round and a winning city, and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + HOME);
    await expectPageAt(page, HOME);
    await follow(page, YEAR);
    await follow(page, EVENT);
    await follow(page, STATEMENT);
    await back(page, EVENT);
    await follow(page, AWARD);
    await follow(page, WINNER);
    await back(page, AWARD);
    await back(page, EVENT);
    await back(page, YEAR);
    await back(page, HOME);
    await page.close();
  });
});

describe('a reader with an old link', () => {
  it('arrives from the former address of a renamed entry at its page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + REDIRECT_PAGE.path);
    await page.waitForURL(site.origin + REDIRECT_PAGE.target);
    expect(await expectPageAt(page, REDIRECT_PAGE.target)).toBe('Port-Aulne');
    await page.close();
  });
});
