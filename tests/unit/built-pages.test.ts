import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages, readPage } from '../../src/outputs/built-pages.ts';

const policy = (script: string) =>
  `<meta http-equiv="content-security-policy" content="script-src 'self' '${script}'">`;

/** A small built site: pages with and without search text and policies, and other files. */
const SITE: Record<string, string> = {
  'en/index.html': `<html><head>${policy('sha256-home')}</head><body>Home</body></html>`,
  'en/events/a/index.html': `<html><head>${policy('sha256-x')}</head><body><article data-pagefind-body>A</article></body></html>`,
  'fr/events/a/index.html': `<html><head>${policy('sha256-x')}</head><body><article data-pagefind-body>A fr</article></body></html>`,
  '404.html': '<html><body>Not found</body></html>',
  'en/events/a.ics': 'BEGIN:VCALENDAR',
  'pagefind/pagefind.js': '//',
};

const work = await mkdtemp(join(tmpdir(), 'annals-built-pages-'));
afterAll(() => rm(work, { recursive: true, force: true }));
let sites = 0;

async function writeSite(files: Record<string, string>): Promise<string> {
  const site = join(work, `site-${++sites}`);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(site, file, '..'), { recursive: true });
    await writeFile(join(site, file), text);
  }
  return site;
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A modification time in whole seconds, which a file can be given back exactly. */
const STAMP_TIME = new Date(Date.UTC(2026, 0, 1));

/** Gives the pages of `site` a time that `rewriteKeepingStamp` can give back. */
async function stampPages(site: string, files = Object.keys(SITE)): Promise<void> {
  for (const file of files) await utimes(join(site, file), STAMP_TIME, STAMP_TIME);
}

/** Writes `text` into a file stamped by `stampPages`, and gives it its size and time back. */
async function rewriteKeepingStamp(path: string, text: string): Promise<void> {
  const before = await stat(path);
  expect(Buffer.byteLength(text)).toBe(before.size);
  expect(before.mtimeMs).toBe(STAMP_TIME.getTime());
  await writeFile(path, text);
  await utimes(path, STAMP_TIME, STAMP_TIME);
}

describe('readPage', () => {
  it('gives the digest of the HTML, whether it is searched, and its policy', () => {
    const html = SITE['en/events/a/index.html']!;
    expect(readPage('en/events/a/index.html', html)).toEqual({
      file: 'en/events/a/index.html',
      digest: sha(html),
      searched: true,
      policy: "script-src 'self' 'sha256-x'",
    });
  });

  it('gives no policy and no search to a page without either', () => {
    expect(readPage('404.html', SITE['404.html']!)).toEqual({
      file: '404.html',
      digest: sha(SITE['404.html']!),
      searched: false,
      policy: undefined,
    });
  });

  it('reads the policy attribute whatever the case of its name', () => {
    const html = '<META HTTP-EQUIV="Content-Security-Policy" content="default-src \'none\'">';
    expect(readPage('a.html', html).policy).toBe("default-src 'none'");
  });
});

describe('readBuiltPages', () => {
  it('reads every HTML page of the site, in the order of their paths, and nothing else', async () => {
    const site = await writeSite(SITE);
    const pages = await readBuiltPages(site);
    expect(pages.map((page) => page.file)).toEqual([
      '404.html',
      join('en', 'events', 'a', 'index.html'),
      join('en', 'index.html'),
      join('fr', 'events', 'a', 'index.html'),
    ]);
    expect(pages).toEqual(pages.map((page) => readPage(page.file, SITE[page.file]!)));
  });

  it('writes no record without a record file', async () => {
    const site = await writeSite(SITE);
    await readBuiltPages(site);
    expect(existsSync(join(site, '..', 'record.json'))).toBe(false);
  });

  it('does not read again a page with the size and time recorded, and gives it as before', async () => {
    const site = await writeSite(SITE);
    await stampPages(site);
    const record = join(work, `record-${sites}.json`);
    const first = await readBuiltPages(site, record);
    const page = join(site, 'fr/events/a/index.html');
    await rewriteKeepingStamp(page, (await readFile(page, 'utf8')).replace('A fr', 'B fr'));
    // Its digest is the recorded one: the file was not read.
    expect(await readBuiltPages(site, record)).toEqual(first);
  });

  it('reads again a page whose size or time changed, and a page added', async () => {
    const site = await writeSite(SITE);
    const record = join(work, `record-${sites}.json`);
    await readBuiltPages(site, record);
    const resized = SITE['en/index.html']!.replace('Home', 'Homepage');
    await writeFile(join(site, 'en/index.html'), resized);
    const retimed = join(site, 'fr/events/a/index.html');
    const sameSize = SITE['fr/events/a/index.html']!.replace('A fr', 'B fr');
    await writeFile(retimed, sameSize);
    await utimes(retimed, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await writeFile(join(site, 'es.html'), '<html>es</html>');
    const pages = await readBuiltPages(site, record);
    expect(pages.find((page) => page.file === join('en', 'index.html'))?.digest).toBe(sha(resized));
    expect(pages.find((page) => page.file === join('fr', 'events', 'a', 'index.html'))).toEqual(
      readPage(join('fr', 'events', 'a', 'index.html'), sameSize),
    );
    expect(pages.find((page) => page.file === 'es.html')?.digest).toBe(sha('<html>es</html>'));
  });

  it('reads again a page whose size changed under the recorded time', async () => {
    const site = await writeSite(SITE);
    await stampPages(site);
    const record = join(work, `record-${sites}.json`);
    await readBuiltPages(site, record);
    const longer = SITE['404.html']!.replace('Not found', 'Nothing found');
    await writeFile(join(site, '404.html'), longer);
    await stampPages(site, ['404.html']);
    const [notFound] = await readBuiltPages(site, record);
    expect(notFound?.digest).toBe(sha(longer));
  });

  it('records each policy once, however many pages carry it', async () => {
    const site = await writeSite(SITE);
    const record = join(work, `record-${sites}.json`);
    await readBuiltPages(site, record);
    const { policies } = JSON.parse(await readFile(record, 'utf8')) as { policies: string[] };
    expect(policies.toSorted()).toEqual([
      "script-src 'self' 'sha256-home'",
      "script-src 'self' 'sha256-x'",
    ]);
  });

  it('reads a site of more pages than it reads at once, each page once', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 150 }, (_, n) => [`p${String(n).padStart(3, '0')}.html`, `<p>${n}</p>`]),
    );
    const pages = await readBuiltPages(await writeSite(many));
    expect(pages).toEqual(Object.entries(many).map(([file, html]) => readPage(file, html)));
  });

  it('keeps in the record what it read the second time, for the third', async () => {
    const site = await writeSite(SITE);
    const record = join(work, `record-${sites}.json`);
    await readBuiltPages(site, record);
    const changed = SITE['en/index.html']!.replace('Home', 'Homepage');
    await writeFile(join(site, 'en/index.html'), changed);
    await stampPages(site, ['en/index.html']);
    const second = await readBuiltPages(site, record);
    await rewriteKeepingStamp(join(site, 'en/index.html'), changed.replace('Homepage', 'Homeward'));
    expect(await readBuiltPages(site, record)).toEqual(second);
  });

  it('reads every page again when the record is of another folder, or unreadable', async () => {
    const site = await writeSite(SITE);
    const copy = await writeSite(SITE);
    await stampPages(site);
    const record = join(work, `record-${sites}.json`);
    await readBuiltPages(site, record);
    const page = join(copy, 'en/index.html');
    // The copy's page has another text under the recorded page's size and time.
    const other = SITE['en/index.html']!.replace('Home', 'Hove');
    await writeFile(page, other);
    await stampPages(copy, ['en/index.html']);
    const read = await readBuiltPages(copy, record);
    expect(read.find((p) => p.file === join('en', 'index.html'))?.digest).toBe(sha(other));
    const third = other.replace('Hove', 'Howe');
    await rewriteKeepingStamp(page, third);
    await writeFile(record, '{');
    const again = await readBuiltPages(copy, record);
    expect(again.find((p) => p.file === join('en', 'index.html'))?.digest).toBe(sha(third));
  });
});
