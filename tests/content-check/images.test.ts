import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclc-cork/index.md';

/** The archive with a photo on the event, written with `images`, and the file beside it. */
function withPhoto(images: string) {
  const tree = editFile(validArchive(), EVENT, 'sources:', `${images}\nsources:`);
  // The checker only looks for the file; the build tests use a real picture.
  return withFiles(tree, { 'events/2017-iclc-cork/hall.jpg': 'not read by the checker' });
}

describe('images in the front matter', () => {
  it('accepts an image next to the entry, with alt text', async () => {
    expect(
      await checkTree(withPhoto('images:\n  - src: ./hall.jpg\n    alt: Delegates in the hall')),
    ).toEqual([]);
  });

  it('requires alt text', async () => {
    expect(await checkTree(withPhoto('images:\n  - src: hall.jpg\n    alt: " "'))).toEqual([
      `content/${EVENT}:27: error: images[0].alt: is empty; say what the image shows, for readers who cannot see it`,
    ]);
    expect(await checkTree(withPhoto('images:\n  - src: hall.jpg'))).toEqual([
      `content/${EVENT}:26: error: images[0].alt: is required; add alt text saying what the image shows, like The mayor opens the conference`,
    ]);
  });

  it('names a missing file and suggests the one meant', async () => {
    expect(
      await checkTree(withPhoto('images:\n  - src: ./hal.jpg\n    alt: Delegates in the hall')),
    ).toEqual([
      `content/${EVENT}:26: error: images[0].src: './hal.jpg' is not in content/events/2017-iclc-cork/; did you mean ./hall.jpg?`,
    ]);
  });

  it('refuses an address or a file that is not an image', async () => {
    const logo = 'logo:\n  src: https://example.org/logo.png\n  alt: Cork';
    const tree = editFile(validArchive(), 'cities/cork/index.md', 'sources:', `${logo}\nsources:`);
    expect(await checkTree(tree)).toEqual([
      "content/cities/cork/index.md:5: error: logo.src: 'https://example.org/logo.png' is not an image file in the entry folder; put a .jpg, .png, .webp, .avif, .gif or .svg file next to index.md and write its name, like ./opening.jpg",
    ]);
  });
});
