import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { markdown } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

describe('a translation still marked to translate', () => {
  it('is refused field by field and in its text, naming the language', async () => {
    const draft = markdown(
      'name: "[translate] Cork"\nsummary: Une ville.\n',
      '\n[translate] Translate the text below, then delete this line.\n\nCork is a city.\n',
    );
    expect(await checkTree(withFiles(validArchive(), { 'cities/cork/fr.md': draft }))).toEqual([
      'content/cities/cork/fr.md:2: error: name: is still marked [translate]; write the French text in place of the English, without the mark',
      'content/cities/cork/fr.md:6: error: the text is still marked [translate]; translate the text, then delete the line with the mark',
    ]);
  });
});
