import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { codeBlocksDocs, FRONT_MATTER_PAGE } from '../helpers/code-blocks-docs.ts';
import { writeContentTree, type ContentTree } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { readPage } from '../helpers/html.ts';
import { outputsArchive } from '../helpers/outputs-archive.ts';
import { listSiteFiles } from '../helpers/site-files.ts';
import { validArchive } from '../helpers/valid-archive.ts';

/** Builds the content into a new folder and returns the folder. */
async function build(tree: ContentTree, contentDir?: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'annals-repeat-'));
  // The day that decides what is upcoming is fixed, as reproducible builds fix it.
  const result = await buildSite({
    outDir,
    contentDir: contentDir ?? (await writeContentTree(tree)),
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  });
  expect(result.exitCode, result.output).toBe(0);
  return outDir;
}

/** The code blocks of a built page, as HTML. */
async function codeBlocksOf(site: string, urlPath: string): Promise<string[]> {
  const page = await readPage(site, urlPath);
  return page.querySelectorAll('pre').map((pre) => pre.outerHTML);
}

// The archive holds what the shipped content holds: feeds, calendars and exports, and
// documentation pages in several languages full of code blocks.
const archive = withFiles(outputsArchive(), codeBlocksDocs());

describe('two builds of the same content', () => {
  let contentDir = '';
  let first = '';

  beforeAll(async () => {
    contentDir = await writeContentTree(archive);
    first = await build(archive, contentDir);
  });

  it('write the same files, byte for byte', async () => {
    const second = await build(archive, contentDir);
    const files = await listSiteFiles(first);
    expect(await listSiteFiles(second)).toEqual(files);
    expect(files).toEqual(
      expect.arrayContaining([
        'en/rss.xml',
        'en/events.ics',
        'data/archive.json',
        'sitemap-0.xml',
        'fr/docs/guide-part-1/index.html',
      ]),
    );
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expectNoProblems(differing, 'files that differ between the two builds');
  });

  // Pages compile in no fixed order. A page's code must come out the same whether or not
  // another page was compiled before it: when Shiki coloured code blocks, a grammar that
  // another page happened to load first changed the colours (shikijs/shiki#1298). Code
  // blocks are plain now (astro.config.mjs), and this keeps it so if colours come back.
  it('render a page’s code the same, whatever the other pages hold', async () => {
    const alone = await build(withFiles(validArchive(), FRONT_MATTER_PAGE.files));
    const path = `/en/docs/${FRONT_MATTER_PAGE.id}/`;
    const blocks = await codeBlocksOf(first, path);
    expect(blocks).toHaveLength(1);
    expect(await codeBlocksOf(alone, path)).toEqual(blocks);
  });
});
