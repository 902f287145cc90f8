import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/outputs/built-pages.ts';
import { writeSearchIndex } from '../../src/outputs/search-index.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;

/** A built site of three pages, one of them in French, and one page left out of search. */
const PAGES: Record<string, string> = {
  'en/events/a/index.html': page('en', 'Forum in Valdoro', 'Beekeepers met in Valdoro.'),
  'en/events/b/index.html': page('en', 'Workshop in Qinghe', 'A workshop on reading.'),
  'fr/events/a/index.html': page('fr', 'Forum à Valdoro', 'Les apiculteurs se sont réunis.'),
  'en/index.html': '<!doctype html><html lang="en"><body><p>Home</p></body></html>',
};

const work = await mkdtemp(join(tmpdir(), 'annals-search-store-'));
afterAll(() => rm(work, { recursive: true, force: true }));
// Kept from one build to the next, as Astro's cache folder is.
const store = { dir: join(work, 'store'), code: 'v1' };
let builds = 0;

/** A build: a fresh site folder with `pages`, indexed with the store; what it logged. */
async function build(pages: Record<string, string>, code = store.code) {
  const site = join(work, `site-${++builds}`);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(site, file, '..'), { recursive: true });
    await writeFile(join(site, file), html);
  }
  const said: string[] = [];
  // Only `info` is called; the rest of Astro's logger is not needed here.
  const logger = {
    info: (line: string) => void said.push(line),
  } as unknown as AstroIntegrationLogger;
  await writeSearchIndex(
    pathToFileURL(`${site}/`),
    logger,
    { defaultLocale: 'en', defaultLang: 'en', store: { ...store, code } },
    await readBuiltPages(site),
  );
  return { site, said: said.join('\n') };
}

/** The search index of a built site, file by file. */
async function indexOf(site: string): Promise<Map<string, Buffer>> {
  const files = (await listSiteFiles(site)).filter((file) => file.startsWith('pagefind/'));
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(join(site, file))] as const)),
  );
}

// Each build starts Pagefind's binary and indexes anew, up to a few seconds on a busy machine.
describe('the search index kept between builds', { timeout: 180_000 }, () => {
  it('is put back, the same byte for byte, when no indexed page changed', async () => {
    const first = await build(PAGES);
    expect(first.said).toMatch(/3 pages indexed into pagefind\//);
    // The page that is not indexed may change: the index would not.
    const second = await build({ ...PAGES, 'en/index.html': PAGES['en/index.html'] + ' ' });
    expect(second.said).toMatch(/no indexed page changed since the last build/);
    expect(await indexOf(second.site)).toEqual(await indexOf(first.site));
    expect((await indexOf(second.site)).size).toBeGreaterThan(5);
  });

  it('is written anew when an indexed page changed, or the code that writes it', async () => {
    const edited = {
      ...PAGES,
      'en/events/b/index.html': page('en', 'Workshop in Qinghe', 'A workshop on writing.'),
    };
    const changed = await build(edited);
    expect(changed.said).toMatch(/3 pages indexed into pagefind\//);
    const cold = await build(edited, 'v2');
    expect(cold.said).toMatch(/3 pages indexed into pagefind\//);
    expect(await indexOf(changed.site)).toEqual(await indexOf(cold.site));
    expect(await indexOf(changed.site)).not.toEqual(await indexOf(join(work, 'site-1')));
  });
});
