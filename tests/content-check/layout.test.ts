import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const city = markdown('name: Lyon\ncountry: FR\nsources:\n  - url: https://example.org/lyon\n');

describe('where content files live', () => {
  it('refuses a folder that is not a collection, suggesting the closest', async () => {
    const problems = await checkTree(withFiles(validArchive(), { 'event/x/index.md': city }));
    expect(problems).toEqual([
      'content/event:1: error: is not a collection (did you mean events?); the content folders are: events, series, statements, awards, cities, organisations, publications, docs',
    ]);
  });

  it('refuses an entry written as a file instead of a folder', async () => {
    const problems = await checkTree(withFiles(validArchive(), { 'cities/lyon.md': city }));
    expect(problems).toEqual([
      'content/cities/lyon.md:1: error: entries are folders; move this file to content/cities/lyon/index.md',
    ]);
  });

  it('refuses a folder name that is not a slug, and proposes one', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/Saint Étienne/index.md': city }),
    );
    expect(problems).toEqual([
      "content/cities/Saint Étienne:1: error: folder name 'Saint Étienne' is not a slug; rename the folder to 'saint-etienne' (lower-case letters, digits and hyphens)",
    ]);
  });

  it('refuses the wrong kind of file for a collection', async () => {
    const problems = await checkTree(withFiles(validArchive(), { 'cities/lyon/index.mdx': city }));
    expect(problems).toEqual([
      'content/cities/lyon/index.mdx:1: error: cities entries are written in .md files; rename it to index.md',
    ]);
  });

  it('refuses a translation into the default locale', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/cork/en.md': markdown('name: Cork\n') }),
    );
    expect(problems).toEqual([
      'content/cities/cork/en.md:1: error: index.md already holds the en text; merge this file into index.md and remove it',
    ]);
  });

  it('refuses a translation into a locale the site does not have', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/cork/de.md': markdown('name: Cork\n') }),
    );
    expect(problems).toEqual([
      "content/cities/cork/de.md:1: error: 'de' is not a locale of this site; name a translation after one of: fr, es, ar, zh, ru, or add the locale to annals.config.ts",
    ]);
  });

  it('refuses a translation without its source entry', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/lyon/fr.md': markdown('name: Lyon\n') }),
    );
    expect(problems).toEqual([
      'content/cities/lyon/fr.md:1: error: is a translation without its source entry; add content/cities/lyon/index.md with the facts and the en text, or remove this file',
    ]);
  });

  it('leaves other files in an entry folder alone', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), {
        'cities/cork/photo.jpg': 'binary',
        'cities/cork/notes.txt': 'x',
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('front matter that cannot be read', () => {
  it('reports a file without front matter', async () => {
    const problems = await checkTree(
      withFiles(validArchive(), { 'cities/lyon/index.md': '# Lyon\n' }),
    );
    expect(problems).toEqual([
      'content/cities/lyon/index.md:1: error: has no front matter; start the file with a line `---`, the fields, and another `---`',
    ]);
  });

  it('reports malformed YAML once, on its line, and does not crash', async () => {
    const broken = markdown(
      'name: Lyon\ncountry: FR\nsources:\n  - url: https://example.org/lyon\n   title: wrong indent\n',
    );
    const problems = await checkTree(withFiles(validArchive(), { 'cities/lyon/index.md': broken }));
    expect(problems).toEqual([
      'content/cities/lyon/index.md:6: error: this line is not lined up with the line above it; indent each field of a list item by the same number of spaces, and start a new item with `- `',
    ]);
  });

  it('reports a key written twice', async () => {
    const twice = markdown('name: Lyon\ncountry: FR\nname: Lugdunum\n');
    const problems = await checkTree(withFiles(validArchive(), { 'cities/lyon/index.md': twice }));
    expect(problems).toEqual([
      "content/cities/lyon/index.md:4: error: 'name' is already written above; keep one of them",
    ]);
  });

  it('reports front matter that is a list instead of fields', async () => {
    const list = markdown('- name: Lyon\n');
    const problems = await checkTree(withFiles(validArchive(), { 'cities/lyon/index.md': list }));
    expect(problems).toEqual([
      'content/cities/lyon/index.md:2: error: front matter must be fields written `name: value`, one per line',
    ]);
  });
});
