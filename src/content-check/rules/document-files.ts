import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import type { CheckedFile } from '../validate-file.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

function missingFile(entry: CheckedFile, file: string, index: number): Problem {
  const folder = dirname(entry.absolutePath);
  const name = file.replace(/^\.\//, '');
  const suggestion = closestMatch(name, readdirSync(folder));
  const hint = suggestion
    ? `did you mean ${suggestion}?`
    : `put the file there, next to ${entry.path.split('/').pop()}, or correct its name`;
  const shown = entry.path.slice(0, entry.path.lastIndexOf('/') + 1);
  return fieldProblem(entry, ['documents', index, 'file'], `'${file}' is not in ${shown}; ${hint}`);
}

/** A document `file` of a statement or publication must be a file in the entry folder. */
export const documentFilesExist: ContentRule = ({ facts }) =>
  facts.flatMap((entry): Problem[] => {
    // Only the collections whose schema has `documents` have them in `data`.
    const documents = 'documents' in entry.data ? (entry.data.documents ?? []) : [];
    const folder = dirname(entry.absolutePath);
    return documents.flatMap((document, index) => {
      const file = document.file;
      return typeof file === 'string' && !existsSync(join(folder, file))
        ? [missingFile(entry, file, index)]
        : [];
    });
  });
