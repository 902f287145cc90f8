import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CheckedImage } from '../checked-image.ts';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import { fieldValues, type FieldPath } from './field-values.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

function missingImage(entry: ValidEntryFile, image: CheckedImage, path: FieldPath) {
  const folder = dirname(entry.absolutePath);
  const suggestion = closestMatch(image.path.replace(/^\.\//, ''), readdirSync(folder));
  const hint = suggestion
    ? `did you mean ./${suggestion}?`
    : `put the image file there, next to ${entry.path.split('/').pop()}, or correct its name`;
  const shown = entry.path.slice(0, entry.path.lastIndexOf('/') + 1);
  return fieldProblem(entry, path, `'${image.path}' is not in ${shown}; ${hint}`);
}

/** An image named in the front matter must be a file in the entry folder. */
export const imagesExist: ContentRule = ({ facts }) =>
  facts.flatMap((entry): Problem[] =>
    fieldValues(entry.data)
      .filter((found): found is [CheckedImage, FieldPath] => found[0] instanceof CheckedImage)
      .filter(([image]) => !existsSync(join(dirname(entry.absolutePath), image.path)))
      .map(([image, path]) => missingImage(entry, image, path)),
  );
