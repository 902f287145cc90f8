import { proseLines } from '../body-lines.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import { fieldValues } from './field-values.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

const ADVICE = 'write https:// if the site offers it (browsers warn readers about plain http)';

/** Plain-http addresses in the front matter, at the field that holds each. */
function frontMatterLinks(entry: ValidEntryFile): Problem[] {
  return fieldValues(entry.written)
    .filter(([value]) => typeof value === 'string' && value.startsWith('http://'))
    .map(([value, path]) =>
      fieldProblem(entry, path, `'${String(value)}' is a plain http address; ${ADVICE}`, 'warning'),
    );
}

/** `http://` not preceded by a slash, so a web-archive copy (`…/web/2015/http://…`) passes. */
const HTTP_IN_TEXT = /(?<![\w/])http:\/\/[^\s)<>"'\]]+/g;

/** Warns about every plain-http address an entry links to, in its fields and in its text. */
export const secureLinks: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => [
    ...frontMatterLinks(entry),
    ...proseLines(entry).flatMap(({ line, text }) =>
      [...text.matchAll(HTTP_IN_TEXT)].map((match): Problem => ({
        file: entry.path,
        line,
        message: `the text links to '${match[0]}', a plain http address; ${ADVICE}`,
        severity: 'warning',
      })),
    ),
  ]);
