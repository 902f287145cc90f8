import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import site from '../../annals.config.ts';
import {
  listPublishedPaths,
  PUBLISHED_URLS_FILE,
  readPublishedPaths,
} from '../../scripts/published-urls.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { fileOfUrlPath } from '../helpers/site-files.ts';

const siteDir = inject('shippedSite');

describe('published URLs', () => {
  it('are all still built: a changed slug keeps its old one in `aliases`', async () => {
    const published = await readPublishedPaths(join(PROJECT_ROOT, PUBLISHED_URLS_FILE));
    // Any archive has its home page in every language, so the list is never empty.
    expect(published.length).toBeGreaterThan(site.locales.length);
    const gone = published.filter((path) => !existsSync(join(siteDir, fileOfUrlPath(path))));
    expectNoProblems(
      gone,
      `published pages no longer built; keep each old slug in the entry's \`aliases\`, or run \`npm run urls\` to drop them on purpose`,
    );
  });

  it('are listed from the pages of a build, in order, without assets', async () => {
    const paths = await listPublishedPaths(siteDir);
    expect(paths).toContain(`/${site.defaultLocale}/events/`);
    expect(paths).toContain('/404.html');
    expect(paths.some((path) => path.startsWith('/_astro/'))).toBe(false);
    expect(paths).toEqual([...paths].sort());
  });
});
