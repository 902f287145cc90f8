import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { readPage } from '../helpers/html.ts';
import { solidPng } from '../helpers/png.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclt-holm/index.md';

/** A documentation page using every component editors have, without importing them. */
const COMPONENTS_PAGE = `
<Callout type="tip">Write the **text** here.</Callout>

<Figure caption="The hall, seen from the stage.">

![Delegates in the hall](./hall.png)

</Figure>

<EventList country="IE" type="conference" />

<ActionPoints statement="2017-holm-call-to-action" />

<FieldReference collection="cities" />
`;

/** The small archive with a photo on the event and a logo on the city. */
function archiveWithImages() {
  let tree = editFile(
    validArchive(),
    EVENT,
    'sources:',
    'images:\n  - src: ./hall.png\n    alt: Delegates in the hall\n    caption: The opening session.\n    credit: Photo made by the test.\nsources:',
  );
  tree = withFiles(tree, {
    'docs/components/index.mdx': markdown('title: Components\norder: 2\n', COMPONENTS_PAGE),
  });
  tree = editFile(
    tree,
    'cities/holm/index.md',
    'sources:',
    'aliases: [holm-ireland]\nlogo:\n  src: ./logo.png\n  alt: Holm City Council\nsources:',
  );
  return tree;
}

let site = '';

beforeAll(async () => {
  const contentDir = await writeContentTree(archiveWithImages());
  await writeFile(
    join(contentDir, 'events/2017-iclt-holm/hall.png'),
    solidPng(1600, 900, [40, 90, 160]),
  );
  await writeFile(join(contentDir, 'cities/holm/logo.png'), solidPng(300, 120, [200, 40, 40]));
  await writeFile(join(contentDir, 'docs/components/hall.png'), solidPng(800, 450, [40, 160, 90]));
  site = await mkdtemp(join(tmpdir(), 'annals-images-'));
  const result = await buildSite({ outDir: site, contentDir });
  expect(result.exitCode, result.output).toBe(0);
});

describe('a site whose entries carry images', () => {
  it('shows event photos as responsive pictures in modern formats, with their size set', async () => {
    const page = await readPage(site, '/en/events/2017-iclt-holm/');
    const picture = page.querySelector('figure.entry-image picture');
    const types = picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    expect(picture?.querySelector('source')?.getAttribute('srcset')).toMatch(
      / 360w, .* 720w, .* 1080w/,
    );
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Delegates in the hall');
    expect(img?.getAttribute('width')).toBe('1600');
    expect(img?.getAttribute('height')).toBe('900');
    expect(page.querySelector('figure.entry-image figcaption')?.text).toBe(
      'The opening session. Photo made by the test.',
    );
  });

  it('marks the English alt text and caption on a French page', async () => {
    const page = await readPage(site, '/fr/events/2017-iclt-holm/');
    expect(page.querySelector('figure.entry-image')?.getAttribute('lang')).toBe('en');
  });

  it('shows a city logo with its alt text and size', async () => {
    const page = await readPage(site, '/en/cities/holm/');
    const logo = page.querySelector('img.entry-logo');
    expect(logo?.getAttribute('alt')).toBe('Holm City Council');
    expect(logo?.getAttribute('height')).toBe('96');
    expect(logo?.getAttribute('width')).toBe('240');
    expect(logo?.getAttribute('src')).toMatch(/\.webp$/);
  });
});

describe('an entry that was renamed', () => {
  it('sends readers from its former address to its page, in every locale', async () => {
    const html = await readFile(join(site, 'fr/cities/holm-ireland/index.html'), 'utf8');
    expect(html).toContain('content="0; url=/fr/cities/holm/"');
    expect(html).toContain(
      '<link rel="canonical" href="https://annals.example.org/fr/cities/holm/">',
    );
  });
});

describe('components of documentation pages', () => {
  it('renders a callout, a figure with its caption, an event list and action points', async () => {
    const page = await readPage(site, '/en/docs/components/');
    const prose = page.querySelector('.prose');
    expect(prose?.querySelector('aside.callout-tip .callout-title')?.text).toBe('Tip');
    expect(prose?.querySelector('aside.callout-tip strong')?.text).toBe('text');
    expect(prose?.querySelector('figure.figure img')?.getAttribute('alt')).toBe(
      'Delegates in the hall',
    );
    expect(prose?.querySelector('figure.figure figcaption')?.text).toBe(
      'The hall, seen from the stage.',
    );
    expect(prose?.querySelectorAll('.event-list li a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/events/2017-iclt-holm/',
    ]);
    expect(prose?.querySelectorAll('ol.action-points li').map((li) => li.text)).toEqual([
      'Equitable and inclusive learning environments',
      'Green and healthy learning environments',
    ]);
  });

  it('gives the reader’s language where there is one', async () => {
    const page = await readPage(site, '/es/docs/components/');
    expect(page.querySelector('aside.callout-tip .callout-title')?.text).toBe('Consejo');
    expect(page.querySelector('ol.action-points')?.getAttribute('lang')).toBeUndefined();
    expect(page.querySelector('ol.action-points li')?.text).toBe(
      'Entornos de aprendizaje equitativos e inclusivos',
    );
    expect(page.querySelector('.event-list a')?.getAttribute('href')).toBe(
      '/es/events/2017-iclt-holm/',
    );
  });

  it('lists every field of a collection, generated from its schema', async () => {
    const page = await readPage(site, '/en/docs/components/');
    const names = page.querySelectorAll('.field-reference dt code').map((code) => code.text);
    expect(names).toEqual([
      'name',
      'summary',
      'slug',
      'aliases',
      'country',
      'memberSince',
      'logo',
      'logo.src',
      'logo.alt',
      'coordinates',
      'coordinates.latitude',
      'coordinates.longitude',
      'geonames',
      'wikidata',
      'sources',
      'sources[].url',
      'sources[].title',
      'sources[].capturedAt',
      'translatedFrom',
    ]);
  });

  it('shows the code in a field description as code, not as backticks', async () => {
    const page = await readPage(site, '/en/docs/components/');
    const descriptions = page.querySelectorAll('.field-reference dd > p:first-child');
    const capturedAt = page.querySelector('#cities-sources-capturedAt + dd > p:first-child');
    expect(capturedAt?.innerHTML).toBe(
      'Set when <code>url</code> is a web-archive copy: the day the archive captured the page. The entry page then says it shows archived material.',
    );
    expect(descriptions.length).toBeGreaterThan(10);
    expect(descriptions.filter((description) => description.text.includes('`'))).toEqual([]);
  });
});
