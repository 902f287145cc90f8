import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { kindOfPage } from '../helpers/page-kind.ts';
import { readSitePages } from '../helpers/site-pages.ts';

const siteDir = inject('fixtureSite');
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  for (const page of await readSitePages(siteDir)) pages.set(page.urlPath, page.root);
});

/** Pages a reader reads: a redirect page (a former address) is not reached by links. */
const readPages = () => [...pages].filter(([, root]) => kindOfPage(root) !== 'redirect');

/** Clicks from `start` to every page it leads to, following the links a reader sees. */
function clicksFrom(start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const path = queue.shift()!;
    for (const link of pages.get(path)?.querySelectorAll('body a[href]') ?? []) {
      const target = new URL(link.getAttribute('href') ?? '', `http://site${path}`).pathname;
      if (pages.has(target) && !distance.has(target)) {
        distance.set(target, (distance.get(path) ?? 0) + 1);
        queue.push(target);
      }
    }
  }
  return distance;
}

describe('finding one’s way', () => {
  it('reaches every English entry page from the home page in at most three clicks', () => {
    const distance = clicksFrom('/en/');
    const entryPages = readPages()
      .map(([path]) => path)
      .filter((path) =>
        /^\/en\/(events|statements|awards|cities|organisations|publications|series|docs)\/[^/]+\/$/.test(
          path,
        ),
      );
    const far = entryPages.filter((path) => (distance.get(path) ?? Infinity) > 3);
    expect(entryPages.length).toBeGreaterThan(30);
    expectNoProblems(far, 'entry pages more than three clicks from /en/');
  });
});
