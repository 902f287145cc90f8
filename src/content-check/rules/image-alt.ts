import { proseLines } from '../body-lines.ts';
import type { Problem } from '../problem.ts';
import type { ContentRule } from './rule.ts';

/** A Markdown image with empty brackets, or an HTML image without an `alt` attribute. */
const NO_ALT = /!\[\s*\]\(|<img\b(?![^>]*\balt=)[^>]*>/g;

/**
 * Warns about an image in an entry's text without alt text: a reader who cannot see it
 * learns nothing of it. (Images in the front matter cannot omit it: their schema needs it.)
 */
export const imageAltGiven: ContentRule = ({ facts, translations }) =>
  [...facts, ...translations].flatMap((entry) =>
    proseLines(entry).flatMap(({ line, text }) =>
      [...text.matchAll(NO_ALT)].map((): Problem => ({
        file: entry.path,
        line,
        message:
          'an image has no alt text; say what it shows, for readers who cannot see it: ![The mayor opens the conference](photo.jpg), or alt="" only if it is decoration',
        severity: 'warning',
      })),
    ),
  );
