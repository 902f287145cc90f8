import {
  fieldOf,
  type CheckedFile,
  type FactsFile,
  type TranslationFile,
} from '../validate-file.ts';
import { fieldProblem, isUnreadable, type ContentRule } from './rule.ts';

/** Keys of a translation's map that its source entry does not have. */
function unknownKeys(translation: CheckedFile, field: string, knownKeys: string[], what: string) {
  const map = (fieldOf(translation, field) ?? {}) as Record<string, unknown>;
  return Object.keys(map)
    .filter((key) => !knownKeys.includes(key))
    .map((key) =>
      fieldProblem(
        translation,
        [field, key],
        `index.md has no ${what} '${key}'; use one of: ${knownKeys.join(', ') || '(none yet)'}`,
      ),
    );
}

/** A statement's translation lists as many action points as its source, or none. */
function actionPointsMatch(
  translation: TranslationFile<'statements'>,
  source: FactsFile<'statements'>,
) {
  const sourcePoints = source.data.actionPoints;
  const points = translation.data.actionPoints;
  if (!points || points.length === (sourcePoints?.length ?? 0)) return [];
  return [
    fieldProblem(
      translation,
      ['actionPoints'],
      `has ${points.length} items but index.md has ${sourcePoints?.length ?? 0}; translate each action point once, in the same order`,
    ),
  ];
}

/**
 * A translation may only translate what its source has: the session titles of sessions that
 * exist, the citations of actual winners, and as many action points as the source lists.
 * A source whose list did not pass its schema is not compared: that list is its own error.
 */
export const translationMatchesSource: ContentRule = ({ translations, factsOf }) =>
  translations.flatMap((translation) => {
    if (translation.collection === 'events') {
      const source = factsOf('events', translation.id);
      if (!source || isUnreadable(source, 'sessions')) return [];
      const sessions = (source.data.sessions ?? []).map((session) => session.id);
      return unknownKeys(translation, 'sessions', sessions, 'session');
    }
    if (translation.collection === 'awards') {
      const source = factsOf('awards', translation.id);
      if (!source || isUnreadable(source, 'winners')) return [];
      // References, as the checker reads them: the folder names of the cities.
      const winners = (source.data.winners ?? []).map((winner) => String(winner.city));
      return unknownKeys(translation, 'citations', winners, 'winner');
    }
    if (translation.collection === 'statements') {
      const source = factsOf('statements', translation.id);
      if (!source || isUnreadable(source, 'actionPoints')) return [];
      return actionPointsMatch(translation, source);
    }
    return [];
  });
