import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { generateArchive } from '../../scripts/bench/generate.ts';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';
import { checkHtmlFolder } from '../helpers/nu-checker.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

// The benchmark times builds of a generated archive; its figures only mean something if
// that archive builds into a correct site. A small one is checked here as the shipped site
// is: every link leads somewhere, and every page is valid HTML.
describe('a site built from a small benchmark archive', () => {
  const archive = generateArchive(24);
  let siteDir = '';

  beforeAll(async () => {
    siteDir = await mkdtemp(join(tmpdir(), 'annals-bench-site-'));
    const result = await buildSite({
      outDir: siteDir,
      contentDir: await writeContentTree(archive),
    });
    expect(result.exitCode, result.output).toBe(0);
  });

  it('builds a page in every locale for each of its events', async () => {
    const slugs = Object.keys(archive).flatMap(
      (path) => /^events\/([^/]+)\/index\.md$/.exec(path)?.[1] ?? [],
    );
    expect(slugs).toHaveLength(24);
    const files = new Set(await listSiteFiles(siteDir));
    const missing = slugs.flatMap((slug) =>
      site.locales
        .map((locale) => `${locale.code}/events/${slug}/index.html`)
        .filter((file) => !files.has(file)),
    );
    expectNoProblems(missing, 'event pages not built');
  });

  it('has no broken link, fragment or asset', async () => {
    expectNoProblems(await findBrokenLinks(siteDir, site.url), 'broken links');
  });

  it('passes the Nu Html Checker on every page', async () => {
    const { checkedFiles, errors } = await checkHtmlFolder(siteDir);
    expect(checkedFiles.length).toBeGreaterThan(24 * site.locales.length);
    expectNoProblems(errors, 'HTML errors, as path:line: message');
  });
});
