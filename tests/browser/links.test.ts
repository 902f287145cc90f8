import { describe, inject, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';

const siteDir = inject('fixtureSite');

describe('links', () => {
  it('every link, fragment and asset on every page leads to something that was built', async () => {
    expectNoProblems(await findBrokenLinks(siteDir, site.url), 'broken links');
  });
});
