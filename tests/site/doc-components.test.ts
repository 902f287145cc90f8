import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPage, textOf } from '../helpers/html.ts';

const siteDir = inject('fixtureSite');
let page: HTMLElement;

beforeAll(async () => {
  page = await readPage(siteDir, '/en/docs/components/');
});

/** The element that follows the heading with this text, where a component's output goes. */
const after = (heading: string) =>
  page.querySelectorAll('.prose h2').find((h2) => textOf(h2) === heading)?.nextElementSibling;

describe('components of a documentation page', () => {
  it('list the events of a country, and the last of a series up to a limit', () => {
    const links = (heading: string) =>
      after(heading)
        ?.querySelectorAll('a')
        .map((link) => link.getAttribute('href'));
    expect(links('Events in Ireland')).toEqual(['/en/events/2014-world-forum-port-alder/']);
    expect(links('The last two forums')).toEqual([
      '/en/events/2026-world-forum-coral-bay/',
      '/en/events/2016-world-forum-vellmora/',
    ]);
  });

  it('find an entry by the name it had before it was renamed, as its old URL does', () => {
    // The page ends with a statement and a town named by their former names.
    const points = page.querySelectorAll('.prose ol.action-points').at(-1);
    const events = page.querySelectorAll('.prose ul.event-list').at(-1);
    expect(points?.querySelectorAll('li').map(textOf)).toEqual([
      'Green learning spaces',
      'Learning for green jobs',
    ]);
    expect(events?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/en/events/2014-world-forum-port-alder/',
    ]);
  });
});
