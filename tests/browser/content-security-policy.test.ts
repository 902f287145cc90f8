import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { outputsArchive } from '../helpers/outputs-archive.ts';
import { recordPageErrors } from '../helpers/page-errors.ts';
import { recordPolicyViolations } from '../helpers/policy-violations.ts';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

/** Served as a GitHub Pages project site is, so search must find its bundle under it. */
const BASE = '/archive/';

/** The outputs archive (JSON-LD on every entry), with a documentation page using components. */
const archive = withFiles(outputsArchive(), {
  'docs/components/index.mdx': markdown(
    'title: Components\norder: 2\n',
    '\n<Callout type="warning">\nCheck before you publish.\n</Callout>\n\n<EventList />\n\n```yaml\nbase: /archive/\n```\n',
  ),
});

let site: SiteInBrowser;

beforeAll(async () => {
  const siteDir = await mkdtemp(join(tmpdir(), 'annals-csp-'));
  const result = await buildSite({
    outDir: siteDir,
    contentDir: await writeContentTree(archive),
    env: { ANNALS_BASE: BASE },
  });
  expect(result.exitCode, result.output).toBe(0);
  site = await openSiteInBrowser(siteDir, { base: BASE });
}, 600_000);
afterAll(() => site?.close());

/** A page whose policy is enforced, with what the policy blocks and what else goes wrong. */
async function openPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await site.browser.newPage();
  return { page, violations: await recordPolicyViolations(page), errors: recordPageErrors(page) };
}

/** Loads a path under the base; returns the policy the server sent with it. */
async function visit(page: Page, path: string): Promise<string> {
  const response = await page.goto(`${site.origin}${BASE}${path}`);
  expect(response?.status(), path).toBe(200);
  return (await response?.headerValue('content-security-policy')) ?? '';
}

/** The path of the first event page the events listing links to: `en/events/<slug>/`. */
async function firstEventPage(page: Page): Promise<string> {
  await visit(page, 'en/events/');
  const paths = await page
    .locator('main a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  const facets = /^(year|type|country|region|page)$/;
  const event = paths
    .filter((path) => path.startsWith(`${BASE}en/events/`))
    .map((path) => path.slice(`${BASE}en/events/`.length))
    .find((rest) => /^[^/]+\/$/.test(rest) && !facets.test(rest.slice(0, -1)));
  expect(event, 'a link to an event page on the events listing').toBeDefined();
  return `en/events/${event}`;
}

describe('pages with their Content Security Policy enforced', () => {
  it('shows an event page, with its JSON-LD, without a violation', async () => {
    const { page, violations, errors } = await openPage();
    const event = await firstEventPage(page);
    expect(await visit(page, event)).toContain("script-src 'self'");
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    expectNoProblems([...violations, ...errors], `what went wrong on ${event}`);
    await page.close();
  });

  it('shows a documentation page with components without a violation', async () => {
    const { page, violations, errors } = await openPage();
    await visit(page, 'en/docs/components/');
    expect(await page.locator('.callout').textContent()).toContain('Check before you publish.');
    expectNoProblems([...violations, ...errors], 'what went wrong on the documentation page');
    await page.close();
  });

  it('searches, with Pagefind’s worker and WebAssembly, without a violation', async () => {
    const { page, violations, errors } = await openPage();
    const event = await firstEventPage(page);
    await visit(page, event);
    const title = (await page.locator('h1').textContent()) ?? '';
    const word = title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    await visit(page, 'en/search/');
    await page.locator('#search-query').fill(word);
    // The search announces its outcome: results, none, or that it could not load.
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    expectNoProblems([...violations, ...errors], `what went wrong searching for ${word}`);
    const paths = await page
      .locator('[data-search-results] li h2 a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(paths).toContain(`${BASE}${event}`);
    await page.close();
  });
});
