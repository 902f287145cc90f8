import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../helpers/json-ld-check.ts';
import type { SitePage } from '../helpers/site-pages.ts';

const ORIGIN = 'https://site.example';

/** A built page at `urlPath` whose head holds these JSON-LD blocks. */
const pageWith = (urlPath: string, ...data: object[]): SitePage => ({
  file: `${urlPath.slice(1)}index.html`,
  urlPath,
  root: parse(
    `<html><head>${data.map((node) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`).join('')}</head></html>`,
  ),
});

const EVENT = {
  '@type': 'Event',
  '@id': `${ORIGIN}/e/#event`,
  name: 'Conference',
  startDate: '2017-09-18',
  location: { '@type': 'Place', name: 'Cork', address: { '@type': 'PostalAddress' } },
};

describe('the JSON-LD check', () => {
  it('accepts complete events, and statements that name them by an @id their page describes', () => {
    const online = {
      ...EVENT,
      '@id': `${ORIGIN}/o/#event`,
      startDate: '2020-11-17T13:00:00+01:00',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/live' },
    };
    const report = checkJsonLd(
      [
        pageWith('/e/', EVENT),
        pageWith('/o/', online),
        pageWith('/s/', { '@type': 'CreativeWork', about: { '@id': `${ORIGIN}/e/#event` } }),
      ],
      ORIGIN,
    );
    expect(report).toEqual({ problems: [], events: 2, references: 1 });
  });

  it('reports a nested event with only a name and url, and a reference no page describes', () => {
    const statement = {
      '@type': 'CreativeWork',
      about: { '@type': 'Event', name: 'Conference', url: `${ORIGIN}/e/` },
      mentions: { '@id': `${ORIGIN}/gone/#event` },
    };
    expect(checkJsonLd([pageWith('/s/', statement)], ORIGIN).problems).toEqual([
      '/s/: [0].about: location: missing',
      '/s/: [0].about: startDate: undefined is no ISO 8601 start',
      `/s/: [0].mentions: refers to ${ORIGIN}/gone/#event, which no page describes`,
    ]);
  });

  it('reports a series without dates, a time without offset, empty values and a node described elsewhere', () => {
    const event = {
      ...EVENT,
      startDate: '2020-11-17T13:00',
      superEvent: { '@type': 'EventSeries', name: 'ICLC', url: `${ORIGIN}/series/` },
      encoding: [],
      address: {},
    };
    expect(checkJsonLd([pageWith('/elsewhere/', event)], ORIGIN).problems).toEqual([
      `/elsewhere/: [0]: describes ${ORIGIN}/e/#event on a page of another address`,
      '/elsewhere/: [0]: startDate: "2020-11-17T13:00" is no ISO 8601 start',
      '/elsewhere/: [0].superEvent: location: missing',
      '/elsewhere/: [0].superEvent: startDate: undefined is no ISO 8601 start',
      '/elsewhere/: [0].encoding: empty array',
      '/elsewhere/: [0].address: empty object',
    ]);
  });
});
