import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const DOC = 'docs/linking/index.mdx';
const BASE_ADVICE =
  'from the root of the host, which breaks when the site is published under a base path (as on GitHub Pages); write the link relative to this page';

/** The small archive with one more documentation page, whose text is `body`. */
function withDoc(body: string) {
  return withFiles(validArchive(), {
    [DOC]: markdown('title: Linking\norder: 2\n', `\n${body}\n`),
  });
}

describe('links between pages of the site, in the text of entries', () => {
  it('accepts links relative to the page, to pages and listings that exist', async () => {
    const body = [
      'See [getting started](../getting-started/) and [its part](../getting-started/#hello).',
      'The [Cork conference](../../events/2017-iclc-cork/), [all events](../../events/),',
      '[events of 2017](../../events/year/2017/), [the data](../../../data/archive.json),',
      '[the web](https://example.org/x), [mail](mailto:a@example.org), [here](#top).',
      '<a href="../getting-started/">Getting started</a>',
      '![A photo](./photo.jpg) is an image: the image check looks for its file.',
      'Code shows mistakes on purpose: `[x](/en/docs/getting-started/)`.',
    ].join('\n');
    const tree = withFiles(withDoc(body), { 'docs/linking/photo.jpg': 'a picture' });
    expect(await checkTree(tree)).toEqual([]);
  });

  it('refuses a link from the root of the host, with the relative link to write', async () => {
    const body = [
      'See [getting started](/en/docs/getting-started/#hello).',
      'The [Cork conference](/fr/events/2017-iclc-cork/).',
      '[The data]: /data/archive.json',
      '<a href="/en/">Home</a>',
    ].join('\n');
    expect(await checkTree(withDoc(body))).toEqual([
      `content/${DOC}:6: error: links to '/en/docs/getting-started/#hello' ${BASE_ADVICE}: '../getting-started/#hello'`,
      `content/${DOC}:7: error: links to '/fr/events/2017-iclc-cork/' ${BASE_ADVICE}: '../../events/2017-iclc-cork/'`,
      `content/${DOC}:8: error: links to '/data/archive.json' ${BASE_ADVICE}: '../../../data/archive.json'`,
      `content/${DOC}:9: error: links to '/en/' ${BASE_ADVICE}: '../../'`,
    ]);
  });

  it('refuses a link to an entry page that does not exist, with the closest one', async () => {
    const body = [
      'See [getting started](../geting-started/).',
      'See [a city](../../cities/dublin/).',
    ].join('\n');
    expect(await checkTree(withDoc(body))).toEqual([
      `content/${DOC}:6: error: links to '../geting-started/', but there is no page docs/geting-started/; did you mean '../getting-started/'?`,
      `content/${DOC}:7: error: links to '../../cities/dublin/', but there is no page cities/dublin/`,
    ]);
  });

  it('follows slugs and aliases, and checks translations from their page', async () => {
    const renamed = editFile(
      validArchive(),
      'cities/cork/index.md',
      'name: Cork',
      'slug: corcaigh\naliases: [cork-city]\nname: Cork',
    );
    const tree = withFiles(renamed, {
      'events/2017-iclc-cork/es.md': markdown(
        'title: Tercera conferencia\n',
        '\nEn [Cork](../../cities/corcaigh/), antes [Cork](../../cities/cork-city/), no [Cork](../../cities/cork/).\n',
      ),
    });
    expect(await checkTree(tree)).toEqual([
      "content/events/2017-iclc-cork/es.md:5: error: links to '../../cities/cork/', but there is no page cities/cork/",
    ]);
  });

  it('refuses a link to a content file, and one that climbs above the site', async () => {
    const body = [
      'See [getting started](../getting-started/index.mdx) and [French](../getting-started/fr.mdx).',
      'Up [too far](../../../../elsewhere/).',
    ].join('\n');
    expect(await checkTree(withDoc(body))).toEqual([
      `content/${DOC}:6: error: links to the content file '../getting-started/index.mdx'; link to the page it makes instead: '../getting-started/'`,
      `content/${DOC}:6: error: links to the content file '../getting-started/fr.mdx'; link to the page it makes instead: '../getting-started/'`,
      `content/${DOC}:7: error: links to '../../../../elsewhere/', which climbs above the site; a page of this site is at most ../../../ away`,
    ]);
  });
});
