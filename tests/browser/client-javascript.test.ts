import { describe, expect, inject, it } from 'vitest';
import { clientScriptsIn } from '../helpers/client-script.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { listSiteFiles, urlPathOf } from '../helpers/site-files.ts';
import { readSitePages } from '../helpers/site-pages.ts';

/**
 * URL paths allowed to ship or run JavaScript. The site works without it; the search page
 * will be the one exception, added here as, for example, `/^\/[a-z-]+\/search\/$/` for its
 * pages and `/^\/pagefind\//` for the files of its index.
 */
const ALLOWED_PATHS: readonly RegExp[] = [];

const allowed = (urlPath: string) => ALLOWED_PATHS.some((pattern) => pattern.test(urlPath));
const siteDir = inject('shippedSite');

describe('zero client JavaScript', () => {
  it('the build writes no JavaScript files', async () => {
    const files = await listSiteFiles(siteDir);
    expect(files.length).toBeGreaterThan(0);
    const scripts = files.filter((file) => /\.m?js$/.test(file) && !allowed(urlPathOf(file)));
    expectNoProblems(scripts, 'JavaScript files in the build');
  });

  it('no page runs JavaScript: no <script>, no event handler attribute, no javascript: URL', async () => {
    const pages = (await readSitePages(siteDir)).filter((page) => !allowed(page.urlPath));
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((page) =>
      clientScriptsIn(page.root).map((script) => `${page.file}: ${script}`),
    );
    expectNoProblems(problems, 'client JavaScript in pages');
  });
});
