import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyOutDirKeepingPages, recordPages } from '../../src/integration/kept-pages.ts';

let work = '';
let outDir = '';
let recordFile = '';

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'annals-kept-'));
  outDir = join(work, 'dist');
  recordFile = join(work, 'cache', 'annals-pages.json');
  mkdirSync(dirname(recordFile), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function write(file: string, text = `text of ${file}`) {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const present = (file: string) => existsSync(join(outDir, file));
const urls = (...files: string[]) => files.map((file) => pathToFileURL(join(outDir, file)));

/** A build that wrote these route files and these other files, and recorded its pages. */
function lastBuild(pages: string[], others: string[] = []) {
  for (const file of [...pages, ...others]) write(file);
  recordPages(outDir, recordFile, new Set(), urls(...pages));
}

describe('the output folder before a build', () => {
  it('keeps the pages the last build left as they were, and removes everything else', () => {
    lastBuild(
      ['en/index.html', 'en/events/a/index.html', 'data/events.csv'],
      ['_astro/page.1234.css', 'pagefind/pagefind.js', 'en/events/a.ics', 'favicon.svg'],
    );
    write('stray.html');
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    expect([...kept.keys()].sort()).toEqual(
      ['data/events.csv', 'en/events/a/index.html', 'en/index.html'].map((file) =>
        file.split('/').join(sep),
      ),
    );
    for (const file of ['en/index.html', 'en/events/a/index.html', 'data/events.csv']) {
      expect(present(file), file).toBe(true);
    }
    for (const file of ['_astro', 'pagefind', 'en/events/a.ics', 'favicon.svg', 'stray.html']) {
      expect(present(file), file).toBe(false);
    }
  });

  it('removes a page that was written again, or touched, since the last build', () => {
    lastBuild(['en/a/index.html', 'en/b/index.html', 'en/c/index.html']);
    write('en/a/index.html', 'edited by hand, longer than before');
    utimesSync(join(outDir, 'en/b/index.html'), new Date(), new Date(Date.now() + 5000));
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    expect(kept.size).toBe(1);
    expect(present('en/c/index.html')).toBe(true);
    expect(present('en/a/index.html')).toBe(false);
    expect(present('en/b/index.html')).toBe(false);
  });

  it('removes a page whose size changed though its time was put back, and one deleted by hand', () => {
    lastBuild(['en/a/index.html', 'en/b/index.html', 'en/c/index.html']);
    const path = join(outDir, 'en/a/index.html');
    const { mtime } = statSync(path);
    writeFileSync(path, 'same time, other text of other length');
    utimesSync(path, mtime, mtime);
    rmSync(join(outDir, 'en/b/index.html'));
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    expect([...kept.keys()]).toEqual([join('en', 'c', 'index.html')]);
    expect(present('en/a/index.html')).toBe(false);
  });

  it('keeps nothing for a forced build, without a record, or with the record of another folder', () => {
    lastBuild(['en/index.html']);
    expect(emptyOutDirKeepingPages(outDir, recordFile, false).size).toBe(0);
    expect(present('en')).toBe(false);

    lastBuild(['en/index.html']);
    expect(emptyOutDirKeepingPages(outDir, join(work, 'none.json'), true).size).toBe(0);
    expect(present('en')).toBe(false);

    lastBuild(['en/index.html']);
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { outDir: string };
    writeFileSync(recordFile, JSON.stringify({ ...record, outDir: join(work, 'other') }));
    expect(emptyOutDirKeepingPages(outDir, recordFile, true).size).toBe(0);
    expect(present('en')).toBe(false);
  });

  it('leaves a git checkout in the folder, as Astro does', () => {
    lastBuild([], ['.git/HEAD', 'index.html']);
    emptyOutDirKeepingPages(outDir, recordFile, true);
    expect(present('.git/HEAD')).toBe(true);
    expect(present('index.html')).toBe(false);
  });

  it('does nothing when there is no output folder yet', () => {
    expect(emptyOutDirKeepingPages(outDir, recordFile, true).size).toBe(0);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the output folder after a build', () => {
  it('removes the kept pages no route wrote this time, and the folders they leave empty', () => {
    lastBuild(['en/index.html', 'en/events/gone/index.html', 'en/events/stays/index.html']);
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    expect(kept.size).toBe(3);
    recordPages(outDir, recordFile, kept, urls('en/index.html', 'en/events/stays/index.html'));
    expect(present('en/events/gone')).toBe(false);
    expect(present('en/events/stays/index.html')).toBe(true);
    expect(present('en/index.html')).toBe(true);
  });

  it('takes a kept page that the build moved away in its stride, and leaves the output folder', () => {
    lastBuild(['en/404/index.html']);
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    rmSync(join(outDir, 'en/404/index.html'));
    recordPages(outDir, recordFile, kept, []);
    expect(present('en')).toBe(false);
    expect(existsSync(outDir)).toBe(true);
  });

  it('records the route files with their size and time, for the next build to keep', () => {
    lastBuild(['en/index.html']);
    write('en/new/index.html');
    const kept = emptyOutDirKeepingPages(outDir, recordFile, true);
    write('en/new/index.html');
    recordPages(
      outDir,
      recordFile,
      kept,
      urls('en/index.html', 'en/new/index.html', 'en/missing.html'),
    );
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as {
      outDir: string;
      files: Record<string, [number, number]>;
    };
    expect(record.outDir).toBe(outDir);
    expect(Object.keys(record.files).sort()).toEqual(
      [join('en', 'index.html'), join('en', 'new', 'index.html')].sort(),
    );
    expect(record.files[join('en', 'new', 'index.html')]?.[0]).toBe(
      'text of en/new/index.html'.length,
    );
    expect(emptyOutDirKeepingPages(outDir, recordFile, true).size).toBe(2);
  });
});
