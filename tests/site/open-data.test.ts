import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';
import { readPage } from '../helpers/html.ts';

const siteDir = inject('fixtureSite');
const read = (file: string) => readFile(join(siteDir, file), 'utf8');
let entries: readonly ValidEntryFile[] = [];
const factsOf = (collection: string) =>
  entries.filter((entry) => entry.collection === collection && !entry.locale);

beforeAll(async () => {
  entries = await fixtureEntries();
});

describe('the archive as JSON', () => {
  it('validates against its JSON Schema (draft 2020-12)', async () => {
    const schema = JSON.parse(await read('data/schema/v1/archive.schema.json'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(await read('data/archive.json')));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
    expect(schema.$id).toBe('https://annals.example.org/data/schema/v1/archive.schema.json');
  });

  it('holds every entry once, sorted by id, with its translations', async () => {
    const archive = JSON.parse(await read('data/archive.json'));
    for (const collection of ['events', 'statements', 'awards', 'cities', 'organisations']) {
      const ids = archive[collection].map((entry: { id: string }) => entry.id);
      expect(ids).toEqual(
        factsOf(collection)
          .map((entry) => entry.id)
          .sort(),
      );
    }
    const forum = archive.events.find(
      (event: { id: string }) => event.id === '2014-world-forum-port-alder',
    );
    expect(forum.data).toMatchObject({
      city: 'port-alder',
      organisers: ['institute-for-adult-learning', 'port-alder-council'],
    });
    expect(Object.keys(forum.translations)).toEqual(['ar', 'es', 'fr', 'zh']);
    expect(forum.translations.fr.title).toBe('1er Forum mondial des villes apprenantes');
  });

  it('documents each field with the description of its content schema', async () => {
    const schema = JSON.parse(await read('data/schema/v1/archive.schema.json'));
    const event = schema.properties.events.items.properties.data.properties;
    expect(event.timeZone.description).toBe(
      'IANA time zone of the times, like Europe/Berlin. Required when a time is given.',
    );
    expect(event.city).toMatchObject({ type: 'string', description: 'The city it took place in.' });
  });
});

describe('the CSV tables', () => {
  it('round-trip the events through a CSV parser, one row each, in CRLF lines', async () => {
    const text = await read('data/events.csv');
    expect(text.split('\r\n').length - 1).toBe(factsOf('events').length + 1);
    const rows: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });
    expect(rows.map((row) => row.id)).toEqual(
      factsOf('events')
        .map((entry) => entry.id)
        .sort(),
    );
    const cluster = rows.find((row) => row.id === '2020-online-cluster-meeting');
    expect(cluster).toMatchObject({
      title: 'Online meeting of the cluster on planning and evaluation',
      start_time: '13:00',
      time_zone: 'Europe/Berlin',
      organisers: 'institute-for-adult-learning;learning-towns-network',
      country: '',
    });
  });

  it('round-trip every winner of every award round, citations with commas included', async () => {
    const text = await read('data/award-winners.csv');
    const rows: Record<string, string>[] = parse(text, { columns: true });
    const winners = factsOf('awards').flatMap((award) =>
      (award.data.winners as { city: string; citation?: string }[]).map((winner) => ({
        award: award.id,
        city: winner.city,
        citation: winner.citation ?? '',
      })),
    );
    expect(rows.map(({ award, city, citation }) => ({ award, city, citation }))).toEqual(
      winners.sort((a, b) => (a.award < b.award ? -1 : a.award > b.award ? 1 : 0)),
    );
  });
});

describe('the Data page', () => {
  it('links every open-data file, calendar and feed in each locale', async () => {
    const page = await readPage(siteDir, '/ru/data/');
    const hrefs = page.querySelectorAll('main a').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/data/archive.json',
        '/data/schema/v1/archive.schema.json',
        '/data/events.csv',
        '/data/award-winners.csv',
        '/data/cities.csv',
        '/data/cities.geojson',
        '/data/events.geojson',
        '/data/datapackage.json',
        '/ru/events.ics',
        '/ru/upcoming.ics',
        '/ru/rss.xml',
        '/sitemap-index.xml',
      ]),
    );
  });
});
