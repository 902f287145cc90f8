import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageUrl, searchPages } from '../../src/outputs/search-pages.ts';

const work = await mkdtemp(join(tmpdir(), 'annals-search-pages-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Twenty event pages, more than are read ahead, each saying which one it is. */
const FILES = Array.from({ length: 20 }, (_, at) => join('en', 'events', `e${at}`, 'index.html'));
for (const [at, file] of FILES.entries()) {
  await mkdir(join(work, file, '..'), { recursive: true });
  await writeFile(join(work, file), `<article data-pagefind-body>Event ${at}</article>`);
}

async function collect(files: readonly string[]) {
  const pages = [];
  for await (const page of searchPages(work, files)) pages.push(page);
  return pages;
}

describe('pageUrl', () => {
  it('gives a built page the address Pagefind gives it', () => {
    expect(pageUrl(join('fr', 'events', 'x', 'index.html'))).toBe('/fr/events/x/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('searchPages', () => {
  it('gives each page it is handed, in the order handed, with its address and HTML', async () => {
    const order = [...FILES].reverse();
    const pages = await collect(order);
    expect(pages.map((page) => page.url)).toEqual(order.map(pageUrl));
    expect(pages[0]).toEqual({
      url: '/en/events/e19/',
      html: '<article data-pagefind-body>Event 19</article>',
    });
    expect(pages.at(-1)!.html).toContain('Event 0<');
  });

  it('reads only the pages it is handed', async () => {
    const pages = await collect([FILES[3]!, FILES[11]!]);
    expect(pages.map((page) => page.html)).toEqual([
      '<article data-pagefind-body>Event 3</article>',
      '<article data-pagefind-body>Event 11</article>',
    ]);
  });

  it('throws a page it cannot read when that page comes, after the pages before it', async () => {
    const given: string[] = [];
    const reading = (async () => {
      for await (const page of searchPages(work, [FILES[0]!, 'missing/index.html', FILES[1]!]))
        given.push(page.url);
    })();
    await expect(reading).rejects.toThrow(/ENOENT/);
    expect(given).toEqual(['/en/events/e0/']);
  });
});
