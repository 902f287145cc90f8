import { describe, expect, inject, it } from 'vitest';
import { clientScriptsIn } from '../helpers/client-script.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { listSiteFiles, urlPathOf } from '../helpers/site-files.ts';
import { readSitePages } from '../helpers/site-pages.ts';

/** The search pages are the one place that runs JavaScript; every other page works without. */
const SEARCH_PAGE = /^\/[a-z]{2,3}\/search\/$/;
/**
 * Pagefind's script and worker, which the search page loads when the reader starts searching,
 * and the worker of each locale's default-language bundle, which it loads when the locale's
 * own results are few.
 */
const SEARCH_CODE = /^\/pagefind\/(pagefind\.js|(fallback\/[a-z-]+\/)?pagefind-worker\.js)$/;

const siteDir = inject('fixtureSite');

describe('zero client JavaScript outside search', () => {
  it("the build writes no JavaScript files but the search page script and Pagefind's own", async () => {
    const pages = await readSitePages(siteDir);
    const searchScripts = new Set(
      pages
        .filter((page) => SEARCH_PAGE.test(page.urlPath))
        .flatMap((page) =>
          page.root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
        ),
    );
    expect(searchScripts.size).toBe(1);
    const files = await listSiteFiles(siteDir);
    const scripts = files.filter(
      (file) =>
        /\.m?js$/.test(file) &&
        !SEARCH_CODE.test(urlPathOf(file)) &&
        !searchScripts.has(urlPathOf(file)),
    );
    expectNoProblems(scripts, 'JavaScript files in the build');
  });

  it('no page but the search page runs JavaScript: no <script>, no event handler attribute, no javascript: URL', async () => {
    const pages = (await readSitePages(siteDir)).filter((page) => !SEARCH_PAGE.test(page.urlPath));
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((page) =>
      clientScriptsIn(page.root).map((script) => `${page.file}: ${script}`),
    );
    expectNoProblems(problems, 'client JavaScript in pages');
  });
});
