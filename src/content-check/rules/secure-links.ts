import { proseLines } from '../body-lines.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

const ADVICE = 'write https:// if the site offers it (browsers warn readers about plain http)';

/** Plain-http addresses in the front matter, at the field that holds each. */
function frontMatterLinks(entry: ValidEntryFile, value: unknown, path: (string | number)[]) {
  if (typeof value === 'string') {
    return value.startsWith('http://')
      ? [fieldProblem(entry, path, `'${value}' is a plain http address; ${ADVICE}`, 'warning')]
      : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]): Problem[] =>
    frontMatterLinks(entry, item, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** `http://` not preceded by a slash, so a web-archive copy (`…/web/2015/http://…`) passes. */
const HTTP_IN_TEXT = /(?<![\w/])http:\/\/[^\s)<>"'\]]+/g;

/** Warns about every plain-http address an entry links to, in its fields and in its text. */
export const secureLinks: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) => [
    ...frontMatterLinks(entry, entry.written, []),
    ...proseLines(entry).flatMap(({ line, text }) =>
      [...text.matchAll(HTTP_IN_TEXT)].map((match): Problem => ({
        file: entry.path,
        line,
        message: `the text links to '${match[0]}', a plain http address; ${ADVICE}`,
        severity: 'warning',
      })),
    ),
  ]);
