import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { regionName } from '../../src/i18n/place-names.ts';
import { buildSite } from '../helpers/build-site.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { validArchive } from '../helpers/valid-archive.ts';

/** The build sees 1 January 2020 as today, so the 2021 webinar is upcoming. */
const JANUARY_2020 = String(Date.UTC(2020, 0, 1) / 1000);

function archiveWithUpcomingEvent() {
  const tree = withFiles(validArchive(), {
    'events/2021-webinar-on-health/index.md': markdown(`
title: Webinar on learning for health
type: webinar
start: 2021-03-02
startTime: '14:00'
endTime: '15:30'
timeZone: Europe/Berlin
attendance: online
participation: open
languages: [en, fr]
links:
  - kind: registration
    url: https://example.org/register
sources:
  - url: https://example.org/webinar
    capturedAt: 2020-12-05
`),
  });
  const documents = editFile(
    tree,
    'statements/2017-holm-call-to-action/index.md',
    'sources:',
    '  - language: fr\n  - language: es\n    url: https://example.org/llamamiento.pdf\nsources:',
  );
  return editFile(
    documents,
    'docs/getting-started/index.mdx',
    '# Hello\n',
    '## First steps\n\nText.\n\n### Details\n\nMore.\n',
  );
}

describe('the reader pages of a small archive', () => {
  let site = '';
  const page = (path: string) => readPage(site, path);

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'annals-reader-'));
    const contentDir = await writeContentTree(archiveWithUpcomingEvent());
    const result = await buildSite({
      outDir: site,
      contentDir,
      env: { SOURCE_DATE_EPOCH: JANUARY_2020 },
    });
    expect(result.exitCode, result.output).toBe(0);
  });

  it('lists events by year, newest first, each with date, type, place or online, and languages', async () => {
    const events = await page('/en/events/');
    expect(events.querySelectorAll('main h2').map(textOf)).toEqual(['2021', '2017']);
    expect(events.querySelectorAll('.entry-list .meta').map(textOf)).toEqual([
      'March 2, 2021 · Webinar · Online · English and French',
      'September 18 – 20, 2017 · Conference · Holm, Ireland · English',
    ]);
  });

  it('has a listing page for every year, type, country and region with events', async () => {
    const titles = async (path: string) =>
      (await page(path)).querySelectorAll('.entry-list h3').map(textOf);
    const holm = '3rd International Conference on Learning Cities';
    expect(await titles('/en/events/year/2017/')).toEqual([holm]);
    expect(await titles('/en/events/type/conference/')).toEqual([holm]);
    expect(await titles('/en/events/country/ie/')).toEqual([holm]);
    // Ireland's region is whichever the site's configuration places it in.
    const region = REGIONS.regionOf('IE')!;
    expect(await titles(`/en/events/region/${region.key}/`)).toEqual([holm]);
    expect(textOf((await page(`/en/events/region/${region.key}/`)).querySelector('h1'))).toBe(
      `Events in ${regionName(region, 'en')}`,
    );
    expect(
      (await page('/en/events/year/')).querySelectorAll('main .entry-list li').map(textOf),
    ).toEqual(['2021 (1)', '2017 (1)']);
  });

  it('says a past event took place, and shows an upcoming one how to take part', async () => {
    const past = await page('/en/events/2017-iclt-holm/');
    expect(textOf(past.querySelector('article > p.muted'))).toBe(
      'This event took place September 18 – 20, 2017.',
    );
    expect(past.querySelector('#take-part')).toBeNull();
    const upcoming = await page('/en/events/2021-webinar-on-health/');
    expect(textOf(upcoming.querySelector('article > p.muted'))).toBe(
      'This event is coming up March 2, 2021.',
    );
    const takePart = upcoming.querySelector('#take-part')?.parentNode;
    expect(textOf(takePart)).toContain('Online, Open to all.');
    expect(takePart?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/register');
  });

  it('offers a past event as its calendar file, and invites readers to add an upcoming one', async () => {
    const calendarLink = async (path: string) =>
      textOf((await page(path)).querySelector('a[type="text/calendar"]'));
    expect(await calendarLink('/en/events/2017-iclt-holm/')).toBe(
      'Calendar file of this event (.ics)',
    );
    expect(await calendarLink('/en/events/2021-webinar-on-health/')).toBe('Add to calendar (.ics)');
    expect(await calendarLink('/ar/events/2017-iclt-holm/')).toBe('ملف تقويم هذه الفعالية (.ics)');
    expect(await calendarLink('/ar/events/2021-webinar-on-health/')).toBe('أضف إلى التقويم (.ics)');
  });

  it('shows times in the event zone, named, and an archived-copy notice with its capture date', async () => {
    const upcoming = await page('/en/events/2021-webinar-on-health/');
    expect(textOf(upcoming.querySelector('dl.facts'))).toContain(
      '2:00 – 3:30 PM Central European Standard Time',
    );
    expect(textOf(upcoming.querySelector('.notice'))).toBe(
      'Parts of this page come from an archived copy of its source, captured on December 5, 2020. The information may be out of date.',
    );
  });

  it('leads the home page with upcoming events, then recent ones, the numbers and the latest award', async () => {
    const home = await page('/en/');
    expect(textOf(home.querySelector('#upcoming')?.parentNode.querySelector('h3'))).toBe(
      'Webinar on learning for health',
    );
    expect(textOf(home.querySelector('#recent')?.parentNode.querySelector('h3'))).toBe(
      '3rd International Conference on Learning Cities',
    );
    expect(home.querySelectorAll('.numbers li').map(textOf)).toEqual([
      '2 Events',
      '1 Cities',
      '1 Countries',
      '2017–2021 Years covered',
    ]);
    expect(textOf(home.querySelector('#award')?.parentNode)).toContain('Learning Town Award 2017');
  });

  it("lists a statement's official versions with only what is known of each", async () => {
    const statement = await page('/en/statements/2017-holm-call-to-action/');
    const rows = statement.querySelectorAll('#documents + ul li');
    expect(rows.map(textOf)).toEqual([
      'English: Holm Call to Action for Learning Cities',
      'Spanish: example.org/llamamiento.pdf (PDF)',
    ]);
    expect(rows[1]?.querySelector('a')?.getAttribute('hreflang')).toBe('es');
    expect(textOf(statement.querySelector('#documents ~ p'))).toBe('Also published in French.');
  });

  it('puts breadcrumbs on detail pages, through the year for an event', async () => {
    const crumbs = (await page('/en/events/2017-iclt-holm/'))
      .querySelectorAll('.breadcrumbs li')
      .map(textOf);
    expect(crumbs).toEqual([
      'Home',
      'Events',
      '2017',
      '3rd International Conference on Learning Cities',
    ]);
  });

  it('groups cities by region and country', async () => {
    const cities = await page('/en/cities/');
    expect(textOf(cities.querySelector('main h2'))).toBe(regionName(REGIONS.regionOf('IE')!, 'en'));
    expect(textOf(cities.querySelector('main dt'))).toBe('Ireland');
    expect(textOf(cities.querySelector('main dd'))).toBe('Holm');
  });

  it('shows every award round with its winners on one page', async () => {
    const awards = await page('/en/awards/');
    expect(textOf(awards.querySelector('main h2'))).toBe('Learning Town Award 2017');
    expect(awards.querySelectorAll('main tbody th').map(textOf)).toEqual(['Holm']);
  });

  it('gives documentation pages a sidebar, a table of contents and an edit link', async () => {
    const doc = await page('/en/docs/getting-started/');
    expect(doc.querySelector('.docs-sidebar a[aria-current="page"]')?.getAttribute('href')).toBe(
      '/en/docs/getting-started/',
    );
    const toc = doc.querySelectorAll('.toc a');
    expect(toc.map(textOf)).toEqual(['First steps', 'Details']);
    for (const link of toc)
      expect(doc.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    expect(doc.querySelector('a[href$="/getting-started/index.mdx"]')).not.toBeNull();
  });

  it('has a 404 page that is not indexed and leads back into the archive', async () => {
    const notFound = await page('/404.html');
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/en/events/', '/fr/', '/ar/']),
    );
  });

  it('links to the collections where the content model places them, in its order', async () => {
    const links = async (path: string, selector: string) =>
      (await page(path))
        .querySelectorAll(selector)
        .map((a) => `${textOf(a)} ${a.getAttribute('href')}`);
    expect(await links('/fr/', '.site-nav a')).toEqual([
      'Événements /fr/events/',
      'Déclarations /fr/statements/',
      'Prix /fr/awards/',
      'Villes /fr/cities/',
      'Organisations /fr/organisations/',
      'Publications /fr/publications/',
      'Documentation /fr/docs/',
    ]);
    expect((await links('/fr/', '.site-footer a')).slice(0, 2)).toEqual([
      'Séries /fr/series/',
      'Documentation /fr/docs/',
    ]);
    const browse = [
      'Événements /fr/events/',
      'Déclarations /fr/statements/',
      'Prix /fr/awards/',
      'Villes /fr/cities/',
    ];
    expect((await links('/fr/search/', '[data-search-no-script] a')).slice(0, 4)).toEqual(browse);
    expect(await links('/fr/404.html', 'main ul a')).toEqual(expect.arrayContaining(browse));
  });
});
