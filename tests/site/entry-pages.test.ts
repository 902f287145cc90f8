import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';
import { definitions, normalizeSpace, readPage, textOf } from '../helpers/html.ts';

/** The fields of each collection that reference other entries, and the collection they name. */
const REFERENCES: Record<string, [field: string, collection: string][]> = {
  events: [
    ['series', 'series'],
    ['city', 'cities'],
    ['organisers', 'organisations'],
    ['hostCities', 'cities'],
  ],
  statements: [
    ['adoptedAt', 'events'],
    ['relatedEvents', 'events'],
  ],
  awards: [['conferredAt', 'events']],
  organisations: [['partOf', 'organisations']],
  publications: [
    ['publishers', 'organisations'],
    ['events', 'events'],
  ],
};

const siteDir = inject('fixtureSite');
let entries: readonly ValidEntryFile[] = [];
const slugOf = (entry: ValidEntryFile) => (entry.data.slug as string | undefined) ?? entry.id;
const urlOf = (collection: string, id: string, locale = 'en') => {
  const entry = entries.find(
    (candidate) => candidate.collection === collection && candidate.id === id && !candidate.locale,
  );
  return `/${locale}/${collection}/${entry ? slugOf(entry) : id}/`;
};

beforeAll(async () => {
  entries = await fixtureEntries();
});

describe('the pages of entries', () => {
  it('has a page for every entry in every locale', async () => {
    const missing: string[] = [];
    for (const entry of entries.filter((candidate) => !candidate.locale)) {
      for (const { code } of site.locales) {
        const file = join(siteDir, urlOf(entry.collection, entry.id, code), 'index.html');
        await access(file).catch(() => missing.push(file));
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows every entry under its own name, with links to every entry it references and to its sources', async () => {
    for (const entry of entries.filter((candidate) => !candidate.locale)) {
      const page = await readPage(siteDir, urlOf(entry.collection, entry.id));
      expect(textOf(page.querySelector('h1')), entry.path).toBe(
        normalizeSpace(String(entry.data.title ?? entry.data.name)),
      );
      const hrefs = new Set(
        page.querySelectorAll('main a').map((link) => link.getAttribute('href')),
      );
      for (const [field, collection] of REFERENCES[entry.collection] ?? []) {
        const value = entry.data[field];
        for (const id of Array.isArray(value) ? value : value ? [value] : []) {
          expect(
            hrefs.has(urlOf(collection, String(id))),
            `${entry.path} → ${field} ${String(id)}`,
          ).toBe(true);
        }
      }
      for (const source of (entry.data.sources ?? []) as { url: string }[]) {
        expect(hrefs.has(source.url), `${entry.path} source ${source.url}`).toBe(true);
      }
    }
  });

  it('links every award winner from its round', async () => {
    for (const award of entries.filter((entry) => entry.collection === 'awards' && !entry.locale)) {
      const page = await readPage(siteDir, urlOf('awards', award.id));
      const hrefs = page.querySelectorAll('tbody th a').map((link) => link.getAttribute('href'));
      const winners = (award.data.winners as { city: string }[]).map((winner) =>
        urlOf('cities', winner.city),
      );
      expect(hrefs).toEqual(winners);
    }
  });

  it('shows each translation in its own language', async () => {
    for (const translation of entries.filter((entry) => entry.locale)) {
      const page = await readPage(
        siteDir,
        urlOf(translation.collection, translation.id, translation.locale),
      );
      expect(textOf(page.querySelector('h1')), translation.path).toBe(
        normalizeSpace(String(translation.data.title ?? translation.data.name)),
      );
      expect(page.querySelector('.fallback-notice'), translation.path).toBeNull();
    }
  });
});

describe('facts as a reader finds them', () => {
  const factsOf = async (path: string) =>
    definitions((await readPage(siteDir, path)).querySelector('dl.facts'));

  it('a rescheduled forum shows its dates, the dates first planned and its figures', async () => {
    expect(await factsOf('/en/events/2016-world-forum-vellmora/')).toMatchObject({
      Dates: 'September 26 – 28, 2016',
      Status: 'Rescheduled',
      'Originally planned': 'April 4 – 6, 2016',
      Participants: 'more than 700',
      Countries: '80',
    });
  });

  it('an online meeting keeps its time in its own zone and its registration link', async () => {
    const page = await readPage(siteDir, '/en/events/2020-online-cluster-meeting/');
    expect(definitions(page.querySelector('dl.facts'))).toMatchObject({
      Dates: 'November 17, 2020',
      Time: '1:00 – 2:30 PM Central European Standard Time',
      Attendance: 'Online',
      Participation: 'Open to all',
      Languages: 'English',
    });
    expect(page.querySelector('a[href="https://example.org/cluster/register"]')).not.toBeNull();
  });

  it('a forum gives its theme, venue, address, languages, interpretation and sessions', async () => {
    const path = '/en/events/2014-world-forum-port-alder/';
    expect(await factsOf(path)).toMatchObject({
      Theme: 'Towns that learn together',
      Venue: 'Harbour Hall',
      Address: '1 Quay Street, Port Alder',
      Languages: 'English and French',
      Interpretation: 'French and Arabic',
    });
    const page = await readPage(siteDir, path);
    expect(page.querySelectorAll('.sessions li')).toHaveLength(3);
  });

  it('a workshop is by invitation, with interpretation in some sessions', async () => {
    expect(await factsOf('/en/events/2019-workshop-lanhe/')).toMatchObject({
      Participation: 'By invitation',
      Languages: 'English and Chinese',
      Interpretation: 'in some sessions',
    });
  });

  it('a hybrid forum counts who came in person and who joined online', async () => {
    expect(await factsOf('/en/events/2022-hybrid-forum-kisima/')).toMatchObject({
      Attendance: 'In person and online',
      'Participants in person': '150',
      'Participants online': 'more than 400',
    });
  });

  it('a meeting that moved online says so', async () => {
    expect(await factsOf('/en/events/2023-expert-meeting-maple-falls/')).toMatchObject({
      Status: 'Moved online',
      Attendance: 'Online',
    });
  });
});
