import { describe, expect, inject, it } from 'vitest';
import { listPublishedPaths, unbuiltPageMessages } from '../../scripts/published-urls.ts';

const siteDir = inject('fixtureSite');

describe('published URLs', () => {
  it('are listed from the pages of a build, redirect pages included, in order, without assets', async () => {
    const paths = await listPublishedPaths(siteDir);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/404.html',
        '/en/events/2014-world-forum-port-alder/',
        '/fr/cities/alder-harbour/',
      ]),
    );
    expect(paths.some((path) => path.startsWith('/_astro/'))).toBe(false);
    expect(paths).toEqual([...paths].sort());
  });

  it('that a build no longer has are named, each with the two ways to mend it', async () => {
    const built = await listPublishedPaths(siteDir);
    const published = ['/en/cities/port-alder/', '/en/cities/port-alder-old/', '/fr/'];
    expect(unbuiltPageMessages(published, built)).toEqual([
      '/en/cities/port-alder-old/: this URL was published and is no longer built; list the old name in `aliases` of the entry that replaced it, or run `npm run urls` if you removed it on purpose',
    ]);
  });
});
