import { fieldProblem, type ContentRule } from './rule.ts';

/** Collections whose entries state facts, and so should say where the facts come from. */
const FACTUAL = new Set([
  'events',
  'statements',
  'awards',
  'cities',
  'organisations',
  'publications',
]);

/** Warns about a factual entry without a source; an archive without sources cannot be trusted. */
export const sourcesGiven: ContentRule = ({ facts }) =>
  facts
    .filter((entry) => FACTUAL.has(entry.collection) && !(entry.data.sources as unknown[]).length)
    .map((entry) =>
      fieldProblem(
        entry,
        ['sources'],
        'none given; add the page or document these facts come from',
        'warning',
      ),
    );
