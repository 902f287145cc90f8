import { proseLines } from '../body-lines.ts';
import type { Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';
import { fieldValues } from './field-values.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

/** What `npm run new -- translation` puts before each text still to translate. */
export const TRANSLATE_MARK = '[translate]';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The fields of a translation whose text still starts with the mark. */
function markedFields(entry: ValidEntryFile): Problem[] {
  const language = languageNames.of(entry.locale ?? '') ?? entry.locale;
  return fieldValues(entry.written)
    .filter(([value]) => typeof value === 'string' && value.startsWith(TRANSLATE_MARK))
    .map(([, path]) =>
      fieldProblem(
        entry,
        path,
        `is still marked ${TRANSLATE_MARK}; write the ${language} text in place of the English, without the mark`,
      ),
    );
}

/**
 * A translation still holding text marked to translate would publish English as if it were
 * translated, so it is an error: translate it, or leave the translation out until it is.
 */
export const translationMarksRemoved: ContentRule = ({ translations }) =>
  translations.flatMap((entry) => [
    ...markedFields(entry),
    ...proseLines(entry)
      .filter(({ text }) => text.trimStart().startsWith(TRANSLATE_MARK))
      .map(({ line }): Problem => ({
        file: entry.path,
        line,
        message: `the text is still marked ${TRANSLATE_MARK}; translate the text, then delete the line with the mark`,
        severity: 'error',
      })),
  ]);
