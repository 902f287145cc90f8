import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { readPage } from '../helpers/html.ts';
import { solidPng } from '../helpers/png.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclc-cork/index.md';

/** The small archive with a photo on the event and a logo on the city. */
function archiveWithImages() {
  let tree = editFile(
    validArchive(),
    EVENT,
    'sources:',
    'images:\n  - src: ./hall.png\n    alt: Delegates in the hall\n    caption: The opening session.\n    credit: Photo made by the test.\nsources:',
  );
  tree = editFile(
    tree,
    'cities/cork/index.md',
    'sources:',
    'logo:\n  src: ./logo.png\n  alt: Cork City Council\nsources:',
  );
  return tree;
}

describe('a site whose entries carry images', () => {
  let site = '';

  beforeAll(async () => {
    const contentDir = await writeContentTree(archiveWithImages());
    await writeFile(
      join(contentDir, 'events/2017-iclc-cork/hall.png'),
      solidPng(1600, 900, [40, 90, 160]),
    );
    await writeFile(join(contentDir, 'cities/cork/logo.png'), solidPng(300, 120, [200, 40, 40]));
    site = await mkdtemp(join(tmpdir(), 'annals-images-'));
    const result = await buildSite({ outDir: site, contentDir });
    expect(result.exitCode, result.output).toBe(0);
  });

  it('shows event photos as responsive pictures in modern formats, with their size set', async () => {
    const page = await readPage(site, '/en/events/2017-iclc-cork/');
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
    const page = await readPage(site, '/fr/events/2017-iclc-cork/');
    expect(page.querySelector('figure.entry-image')?.getAttribute('lang')).toBe('en');
  });

  it('shows a city logo with its alt text and size', async () => {
    const page = await readPage(site, '/en/cities/cork/');
    const logo = page.querySelector('img.entry-logo');
    expect(logo?.getAttribute('alt')).toBe('Cork City Council');
    expect(logo?.getAttribute('height')).toBe('96');
    expect(logo?.getAttribute('width')).toBe('240');
    expect(logo?.getAttribute('src')).toMatch(/\.webp$/);
  });
});
