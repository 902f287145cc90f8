import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const city = markdown('name: Lyon\ncountry: FR\nsources:\n  - url: https://example.org/lyon\n');

describe('entry folders the build would leave out', () => {
  it('names an empty folder, or one with no entry file, and the file it needs', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/lyon/photo.jpg': 'a picture',
        'events/2030-later/notes.txt': 'x',
      }),
    );
    expect(problems).toEqual([
      'content/cities/lyon:1: error: holds no index.md, so the site leaves this entry out; write the entry in content/cities/lyon/index.md, or remove the folder',
      'content/events/2030-later:1: error: holds no index.md, so the site leaves this entry out; write the entry in content/events/2030-later/index.md, or remove the folder',
    ]);
  });

  it('names an index file saved under another name, and the name it needs', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/lyon/Index.md': city,
        'cities/nantes/index.md.txt': city,
        'cities/paris/index.markdown': city,
        'docs/help/INDEX.MDX': markdown('title: Help\norder: 3\n'),
      }),
    );
    expect(problems).toEqual([
      'content/cities/lyon/Index.md:1: error: is not read, so the site leaves it out: entry file names are written in lower case; rename it to index.md',
      'content/cities/nantes/index.md.txt:1: error: is not read, so the site leaves it out: entry files end in .md, and Windows may hide an ending such as .txt; rename it to index.md',
      'content/cities/paris/index.markdown:1: error: is not read, so the site leaves it out: entry files end in .md, and Windows may hide an ending such as .txt; rename it to index.md',
      'content/docs/help/INDEX.MDX:1: error: is not read, so the site leaves it out: entry file names are written in lower case; rename it to index.mdx',
    ]);
  });

  it('names a translation saved under another name, next to its entry', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/cork/FR.md': markdown('name: Cork\n'),
        'cities/cork/es.md.txt': 'x',
      }),
    );
    expect(problems).toEqual([
      'content/cities/cork/FR.md:1: error: is not read, so the site leaves it out: entry file names are written in lower case; rename it to fr.md',
      'content/cities/cork/es.md.txt:1: error: is not read, so the site leaves it out: entry files end in .md, and Windows may hide an ending such as .txt; rename it to es.md',
    ]);
  });

  it('leaves other files of an entry alone, even named after a locale', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/cork/fr.jpg': 'a picture',
        'cities/cork/notes.txt': 'x',
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('names that Windows and macOS would take for one', () => {
  it('names both entry folders that differ only in capital letters', async () => {
    expect(await checkTree(withFiles(validArchive(), { 'cities/Cork/index.md': city }))).toEqual([
      "content/cities/Cork:1: error: 'Cork' and 'cork' differ only in capital letters, so Windows and macOS see one folder where Git has two; merge 'Cork' into 'cork' and remove it",
    ]);
  });

  it('names both files, and both collection folders', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/cork/Index.md': city,
        'Series/iclc-2/index.md': markdown('name: Copy\n'),
      }),
    );
    expect(problems).toEqual([
      "content/Series:1: error: 'Series' and 'series' differ only in capital letters, so Windows and macOS see one folder where Git has two; merge 'Series' into 'series' and remove it",
      "content/cities/cork/Index.md:1: error: 'Index.md' and 'index.md' differ only in capital letters, so Windows and macOS see one file where Git has two; merge 'Index.md' into 'index.md' and remove it",
    ]);
  });

  it('names folder names that differ only in how an accent is encoded', async () => {
    const composed = 'r\u00e9union';
    const decomposed = 're\u0301union';
    const problems = await checkTree(
      withFiles(validArchive(), {
        [`cities/${composed}/index.md`]: city,
        [`cities/${decomposed}/index.md`]: city,
      }),
    );
    expect(problems).toContain(
      `content/cities/${composed}:1: error: '${composed}' and '${decomposed}' differ only in how an accent is encoded, so Windows and macOS see one folder where Git has two; merge '${composed}' into '${decomposed}' and remove it`,
    );
  });
});
