import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { headersFor, readHeadersFile, type HeadersRule } from '../helpers/headers-file.ts';
import { readPage } from '../helpers/html.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';
import { outputsArchive } from '../helpers/outputs-archive.ts';
import { listSiteFiles, urlPathOf } from '../helpers/site-files.ts';
import { readSitePages, type SitePage } from '../helpers/site-pages.ts';

/** What the GitHub Pages workflow sets for a project site: the host and the repository's path. */
const HOST = 'https://network.example.org';
const BASE = '/archive/';

/** The outputs archive, with a documentation page that links to others relatively. */
const archive = withFiles(outputsArchive(), {
  'docs/publishing/index.mdx': markdown(
    'title: Publishing\norder: 2\n',
    '\nRead [getting started](../getting-started/#hello) first.\n\n```yaml\nbase: /archive/\n```\n',
  ),
});

let siteDir = '';
let pages: SitePage[] = [];
let files: string[] = [];
let headerRules: HeadersRule[] = [];

beforeAll(async () => {
  siteDir = await mkdtemp(join(tmpdir(), 'annals-published-'));
  const result = await buildSite({
    outDir: siteDir,
    contentDir: await writeContentTree(archive),
    env: { ANNALS_URL: HOST, ANNALS_BASE: BASE },
  });
  expect(result.exitCode, result.output).toBe(0);
  [pages, files, headerRules] = await Promise.all([
    readSitePages(siteDir),
    listSiteFiles(siteDir),
    readHeadersFile(siteDir),
  ]);
});

/** Every address on the site's host written in a text file: feeds, calendars, data, pages. */
async function siteAddressesIn(file: string): Promise<string[]> {
  // BibTeX writes an address in braces (`url = {https://…},`): a brace ends it.
  // iCalendar folds long lines: a line break and a space continue the line before.
  const text = (await readFile(join(siteDir, file), 'utf8')).replace(/\r?\n[ \t]/g, '');
  return text.match(/https:\/\/network\.example\.org[^\s"'<>\\){}]*/g) ?? [];
}

/** What is wrong with an address of the site: outside the base, or leading to nothing. */
function addressProblem(address: string): string | undefined {
  const path = new URL(address).pathname;
  if (!path.startsWith(BASE)) return `${address} is outside the base path ${BASE}`;
  const within = path.slice(BASE.length);
  const built = within === '' || within.endsWith('/') ? `${within}index.html` : within;
  return files.includes(built) ? undefined : `${address}: nothing is built there`;
}

describe('a site published under a base path, at the address a build server gives', () => {
  it('has no broken link or asset on any page, and none leaves the base path', async () => {
    expect(pages.length).toBeGreaterThan(100);
    expectNoProblems(await findBrokenLinks(siteDir, HOST, { base: BASE }), 'broken links');
  });

  it('writes every address of the site in feeds, calendars, sitemaps, data and metadata with the base', async () => {
    const outputs = files.filter((file) => /\.(xml|ics|json|txt|html)$/.test(file));
    const addresses = new Map<string, string>();
    for (const file of outputs) {
      for (const address of await siteAddressesIn(file)) addresses.set(address, file);
    }
    const kinds = new Set([...addresses.values()].map((file) => file.split('.').at(-1)));
    expect([...kinds].sort()).toEqual(['html', 'ics', 'json', 'txt', 'xml']);
    const problems = [...addresses].flatMap(([address, file]) => {
      const problem = addressProblem(address);
      return problem ? [`${file}: ${problem}`] : [];
    });
    expectNoProblems(problems, 'addresses of the site that do not lead to a built file');
  });

  it('sends a redirect page to the current page, under the base', async () => {
    const redirects = pages.flatMap((page) => {
      const refresh = page.root.querySelector('meta[http-equiv="refresh"]');
      return refresh ? [refresh.getAttribute('content') ?? ''] : [];
    });
    expect(redirects).toContain(`0; url=${BASE}en/events/iclt-3-holm/`);
    const targets = redirects.map((content) => content.replace(/^0; url=/, HOST));
    expectNoProblems(
      targets.flatMap((target) => addressProblem(target) ?? []),
      'redirects',
    );
  });

  it('keeps a relative link of a documentation page in the reader’s language', async () => {
    for (const locale of ['en', 'fr']) {
      const page = await readPage(siteDir, `/${locale}/docs/publishing/`);
      const href = page.querySelector('.prose a')?.getAttribute('href') ?? '';
      const target = new URL(href, `${HOST}${BASE}${locale}/docs/publishing/`);
      expect(target.pathname + target.hash).toBe(`${BASE}${locale}/docs/getting-started/#hello`);
    }
  });

  it('loads the search bundle from under the base', async () => {
    const search = await readPage(siteDir, '/en/search/');
    const settings = JSON.parse(
      search.querySelector('[data-search]')?.getAttribute('data-settings') ?? '{}',
    ) as { bundle?: string; words?: string };
    expect(settings.bundle).toBe(`${BASE}pagefind/`);
    expect(settings.words).toBe(`${BASE}en/search/words.json`);
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('en/search/words.json');
  });
});

/** The page's Content Security Policy, from its `<meta>`, as directive → sources. */
function policyOf(page: SitePage): Map<string, string[]> | undefined {
  const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta) return undefined;
  const directives = (meta.getAttribute('content') ?? '').split(';').map((d) => d.trim());
  return new Map(
    directives.filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * What on a page its policy would block: inline script or style it has no hash for, event
 * handlers, and style attributes.
 */
function blockedOn(page: SitePage, policy: Map<string, string[]>): string[] {
  const scripts = page.root
    .querySelectorAll('script:not([src])')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')
    .filter((script) => !policy.get('script-src')?.includes(sha256(script.rawText)));
  const styles = page.root
    .querySelectorAll('style')
    .filter((style) => !policy.get('style-src')?.includes(sha256(style.rawText)));
  const attributes = page.root
    .querySelectorAll('*')
    .flatMap((element) => Object.keys(element.attributes))
    .filter((name) => name === 'style' || /^on/i.test(name));
  return [
    ...scripts.map(() => 'an inline script without its hash in the policy'),
    ...styles.map(() => 'an inline style without its hash in the policy'),
    ...attributes.map((name) => `a ${name} attribute`),
  ].map((what) => `${page.file}: ${what}`);
}

describe('the Content Security Policy of a built site', () => {
  it('is carried by every page, and lets no inline script or eval run', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((page) => {
      const policy = policyOf(page);
      if (!policy) return [`${page.file}: no Content Security Policy`];
      const scripts = policy.get('script-src') ?? [];
      const loose = scripts.filter((source) =>
        ["'unsafe-inline'", "'unsafe-eval'"].includes(source),
      );
      return [
        ...(policy.get('default-src')?.join(' ') === "'self'" ? [] : [`${page.file}: default-src`]),
        ...loose.map((source) => `${page.file}: script-src allows ${source}`),
        ...blockedOn(page, policy),
      ];
    });
    expectNoProblems(problems, 'pages whose policy is missing, loose, or blocks the page');
  });

  it('is sent as a header on every path under the base, with what only a header can say', () => {
    const pagePolicy = policyOf(pages.find((page) => page.file === 'en/search/index.html')!)!;
    for (const file of files) {
      const policy = headersFor(headerRules, `${BASE}${urlPathOf(file).slice(1)}`)[
        'content-security-policy'
      ];
      expect(policy, file).toContain("frame-ancestors 'self'");
      for (const [directive, sources] of pagePolicy) {
        expect(policy, file).toContain(`${directive} ${sources.join(' ')}`);
      }
    }
  });

  it('lets browsers keep files named after their content a year, and ask again for the rest', () => {
    // The main search bundle's chunks, and those of each locale's default-language bundle.
    const hashed =
      /^(_astro\/|pagefind\/(fallback\/[^/]+\/)?(fragment|index|filter)\/|pagefind\/.*\.pf_meta$)/;
    const wrong = files.flatMap((file) => {
      const cache = headersFor(headerRules, `${BASE}${urlPathOf(file).slice(1)}`)['cache-control'];
      const expected = hashed.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
      return file === '_headers' || cache === expected ? [] : [`${file}: ${cache}`];
    });
    expect(files.filter((file) => hashed.test(file)).length).toBeGreaterThan(10);
    expect(files.filter((file) => /^pagefind\/fallback\/.*\/fragment\//.test(file))).not.toEqual(
      [],
    );
    expectNoProblems(wrong, 'files cached for the wrong time');
  });
});
