import { describe, expect, it } from 'vitest';
import { checkTree } from '../helpers/check.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { readingArchive } from '../helpers/reading-archive.ts';

const STATEMENT = 'statements/2031-holmstad-declaration/index.md';

/** The archive with the English version of the declaration written as `version`. */
function withEnglishVersion(version: string) {
  return editFile(readingArchive(), STATEMENT, '    file: holmstad-declaration-en.pdf', version);
}

describe('document files of statements and publications', () => {
  it('accepts a file next to the entry, a link, and a version known by its language', async () => {
    expect(await checkTree(readingArchive())).toEqual([]);
  });

  it('names a missing file and suggests the one meant', async () => {
    expect(await checkTree(withEnglishVersion('    file: holmstad-declaraton-en.pdf'))).toEqual([
      `content/${STATEMENT}:11: error: documents[0].file: 'holmstad-declaraton-en.pdf' is not in content/statements/2031-holmstad-declaration/; did you mean holmstad-declaration-en.pdf?`,
    ]);
    const withoutFile = withFiles(readingArchive(), {
      'statements/2031-holmstad-declaration/holmstad-declaration-en.pdf': undefined,
    });
    expect(await checkTree(withoutFile)).toEqual([
      `content/${STATEMENT}:11: error: documents[0].file: 'holmstad-declaration-en.pdf' is not in content/statements/2031-holmstad-declaration/; put the file there, next to index.md, or correct its name`,
    ]);
  });

  it('refuses a file that is not a document, and a version that is both a file and a link', async () => {
    expect(await checkTree(withEnglishVersion('    file: photo.jpg'))).toEqual([
      `content/${STATEMENT}:11: error: documents[0].file: 'photo.jpg' is not a document file in the entry folder; put a PDF, EPUB, ODT, DOCX, DOC, RTF, or TXT file next to index.md and write its name, like call-to-action-fr.pdf`,
    ]);
    const both = withEnglishVersion(
      '    file: holmstad-declaration-en.pdf\n    url: https://example.org/declaration.pdf',
    );
    expect(await checkTree(both)).toEqual([
      `content/${STATEMENT}:11: error: documents[0].file: a version is a file or an address, not both; keep one, or list the other as a version of its own`,
    ]);
  });

  it('reports documents written as something else than a list once, at the schema', async () => {
    const archive = readingArchive();
    const text = archive[STATEMENT]!.replace(
      /documents:\n(?: {2}.*\n)+/,
      'documents: holmstad-declaration-en.pdf\n',
    );
    const tree = { ...archive, [STATEMENT]: text };
    const problems = await checkTree(tree);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/statements\/2031-holmstad-declaration\/index\.md:\d+: error: documents: /,
    );
  });
});
