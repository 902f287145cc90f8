import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../../annals.config.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
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

const siteDir = inject('shippedSite');
let entries: ValidEntryFile[] = [];
const slugOf = (entry: ValidEntryFile) => (entry.data.slug as string | undefined) ?? entry.id;
const urlOf = (collection: string, id: string, locale = 'en') => {
  const entry = entries.find(
    (candidate) => candidate.collection === collection && candidate.id === id && !candidate.locale,
  );
  return `/${locale}/${collection}/${entry ? slugOf(entry) : id}/`;
};

beforeAll(async () => {
  const result = await checkContent({ rootDir: PROJECT_ROOT, site });
  // Some sources were consulted at plain-http addresses; whether an https copy says the same
  // is for an editor to confirm, so those warnings stay, and no other problem may appear.
  const others = result.problems.filter((problem) => !problem.message.includes('plain http'));
  expect(others).toEqual([]);
  expect(result.problems.every((problem) => problem.severity === 'warning')).toBe(true);
  entries = result.entries;
});

describe('the shipped content', () => {
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

describe('facts of the seed documents, as a reader finds them', () => {
  it('the 2015 award round lists its twelve cities', async () => {
    const page = await readPage(siteDir, '/en/awards/2015-learning-city-award/');
    expect(page.querySelectorAll('tbody th').map(textOf)).toEqual(
      expect.arrayContaining([
        'Melton',
        'Sorocaba',
        'Beijing',
        'Bahir Dar',
        'Espoo',
        'Cork',
        'Amman',
        'Mexico City',
        'Ybycuí',
        'Balanga',
        'Namyangju',
        'Swansea',
      ]),
    );
    expect(page.querySelectorAll('tbody tr')).toHaveLength(12);
  });

  it('the 2nd ICLC shows its dates, its rescheduling and its figures', async () => {
    const facts = definitions(
      (await readPage(siteDir, '/en/events/2015-iclc-mexico-city/')).querySelector('dl.facts'),
    );
    expect(facts).toMatchObject({
      Dates: 'September 28 – 30, 2015',
      Status: 'Rescheduled',
      'Originally planned': 'May 7 – 9, 2015',
      Theme: 'Building Sustainable Learning Cities',
      Participants: 'more than 650',
      Countries: '95',
      Speakers: '64',
    });
  });

  it('the online cluster meeting keeps its time in its own zone and its registration link', async () => {
    const page = await readPage(siteDir, '/en/events/2020-cluster-meeting-educational-planning/');
    expect(definitions(page.querySelector('dl.facts'))).toMatchObject({
      Dates: 'November 17, 2020',
      Time: '1:00 – 2:30 PM Central European Standard Time',
      Attendance: 'Online',
      Participation: 'Open to all',
      Languages: 'English',
    });
    expect(page.querySelector('a[href^="https://zoom.us/meeting/register/"]')).not.toBeNull();
  });

  it('the Querétaro regional meeting gives its venue, address and language', async () => {
    const facts = definitions(
      (await readPage(siteDir, '/en/events/2023-regional-meeting-queretaro/')).querySelector(
        'dl.facts',
      ),
    );
    expect(facts.Venue).toBe('Querétaro Congress Center');
    expect(facts.Address).toContain('Paseo de las Artes 1531-B');
    expect(facts.Languages).toBe('Spanish');
  });

  it('the Shanghai workshop is by invitation, in English with some interpretation', async () => {
    const facts = definitions(
      (
        await readPage(siteDir, '/en/events/2024-capacity-building-workshop-shanghai/')
      ).querySelector('dl.facts'),
    );
    expect(facts).toMatchObject({
      Participation: 'By invitation',
      Languages: 'English',
      Interpretation: 'in some sessions',
    });
  });

  it('the Daejeon forum lists its six programme sections', async () => {
    const page = await readPage(siteDir, '/en/events/2022-uclg-learning-forum-daejeon/');
    expect(page.querySelectorAll('.sessions li')).toHaveLength(6);
  });
});
