import type { ValidEntryFile } from '../validate-file.ts';
import { fieldProblem, isUnreadable, type ContentRule } from './rule.ts';

/** Keys of a translation's map that its source entry does not have. */
function unknownKeys(
  translation: ValidEntryFile,
  field: string,
  knownKeys: string[],
  what: string,
) {
  const map = (translation.data[field] ?? {}) as Record<string, unknown>;
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

/**
 * A translation may only translate what its source has: the session titles of sessions that
 * exist, the citations of actual winners, and as many action points as the source lists.
 */
export const translationMatchesSource: ContentRule = ({ translations, factsOf }) =>
  translations.flatMap((translation) => {
    const source = factsOf(translation.collection, translation.id);
    const compared = { events: 'sessions', awards: 'winners', statements: 'actionPoints' }[
      translation.collection as string
    ];
    if (!source || (compared && isUnreadable(source, compared))) return [];
    if (translation.collection === 'events') {
      const sessions = (source.data.sessions ?? []) as { id: string }[];
      return unknownKeys(
        translation,
        'sessions',
        sessions.map((session) => session.id),
        'session',
      );
    }
    if (translation.collection === 'awards') {
      const winners = (source.data.winners ?? []) as { city: string }[];
      return unknownKeys(
        translation,
        'citations',
        winners.map((winner) => winner.city),
        'winner',
      );
    }
    const sourcePoints = source.data.actionPoints as unknown[] | undefined;
    const points = translation.data.actionPoints as unknown[] | undefined;
    if (
      translation.collection === 'statements' &&
      points &&
      points.length !== (sourcePoints?.length ?? 0)
    ) {
      return [
        fieldProblem(
          translation,
          ['actionPoints'],
          `has ${points.length} items but index.md has ${sourcePoints?.length ?? 0}; translate each action point once, in the same order`,
        ),
      ];
    }
    return [];
  });
