import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { definitions, readPage, textOf } from '../helpers/html.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const CITY = 'cities/cork/index.md';

describe('a site built from a small archive', () => {
  let site = '';
  let terminal: string[] = [];
  let contentDir = '';

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'annals-site-'));
    // One source on plain http gives the editor one warning to read.
    contentDir = await writeContentTree(
      editFile(validArchive(), CITY, 'https://example.org/cork', 'http://example.org/cork'),
    );
    const result = await buildSite({ outDir: site, contentDir });
    expect(result.exitCode, result.output).toBe(0);
    terminal = stripVTControlCharacters(result.output.replaceAll(contentDir, 'content'))
      .trimEnd()
      .split('\n');
  });

  it('prints each content warning once, no dependency’s warning boxes, and where the site is', () => {
    const warning = `content/${CITY}:5: warning: sources[0].url: 'http://example.org/cork' is a plain http address`;
    expect(terminal.filter((line) => line.includes(warning))).toHaveLength(1);
    // Rolldown's boxes for Astro's own MDX directive (withastro/astro#18087).
    expect(terminal.filter((line) => line.includes('MODULE_LEVEL_DIRECTIVE'))).toEqual([]);
    expect(terminal.at(-1)).toMatch(
      new RegExp(
        `\\[annals\\] \\d+ pages built in (\\d+ min )?\\d+ s into ${site}/; npm start serves them at http://localhost:4321/$`,
      ),
    );
  });

  it('renders an event page with its facts, in the reader language', async () => {
    const page = await readPage(site, '/en/events/2017-iclc-cork/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(page.querySelector('h1'))).toBe(
      '3rd International Conference on Learning Cities',
    );
    expect(definitions(page.querySelector('dl.facts'))).toMatchObject({
      Type: 'Conference',
      Series: 'International Conference on Learning Cities (Edition 3)',
      Dates: 'September 18 – 20, 2017',
      Venue: 'Cork City Hall',
      City: 'Cork',
      Country: 'Ireland',
      Organisers: 'UNESCO Institute for Lifelong Learning',
      Participants: 'about 650',
      Countries: '92',
    });
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2017-09-18');
    expect(textOf(page.querySelector('.prose'))).toBe('The conference met in Cork.');
  });

  it('links an event to what points at it: statement, award and publication', async () => {
    const page = await readPage(site, '/en/events/2017-iclc-cork/');
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        '/en/statements/2017-cork-call-to-action/',
        '/en/awards/2017-learning-city-award/',
        '/en/publications/2017-guide-to-action/',
        '/en/cities/cork/',
        '/en/series/iclc/',
      ]),
    );
  });

  it('shows a translation where there is one, and its session titles', async () => {
    const page = await readPage(site, '/fr/events/2017-iclc-cork/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(textOf(page.querySelector('h1'))).toBe(
      '3e Conférence internationale sur les villes apprenantes',
    );
    expect(page.querySelector('.fallback-notice')).toBeNull();
    expect(textOf(page.querySelector('.sessions'))).toContain('Ouverture');
  });

  it('falls back to the default language, marked, where there is no translation', async () => {
    const page = await readPage(site, '/fr/cities/cork/');
    expect(page.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(textOf(page.querySelector('.fallback-notice p'))).toBe(
      'Cette page n’a pas encore été traduite en français. Elle est affichée en anglais.',
    );
  });

  it('lists an award round with its winners and their countries', async () => {
    const page = await readPage(site, '/en/awards/2017-learning-city-award/');
    const row = page.querySelector('tbody tr');
    expect(textOf(row?.querySelector('th'))).toBe('Cork');
    expect(row?.querySelectorAll('td').map(textOf)).toEqual([
      'Ireland',
      'For its festival of learning.',
    ]);
  });

  it('renders the documentation page from MDX', async () => {
    const page = await readPage(site, '/en/docs/getting-started/');
    expect(textOf(page.querySelector('.prose h1'))).toBe('Hello');
  });
});
