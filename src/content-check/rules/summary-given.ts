import { expects, fieldProblem, type ContentRule } from './rule.ts';

/**
 * Warns about an entry without a summary, which readers would otherwise see blank in
 * listings, search results and link previews, in the collections whose `expectedFields`
 * in the content model name it. It reads
 * what was written, so a summary written wrongly is only the schema's error.
 */
export const summaryGiven: ContentRule = ({ facts }) =>
  facts
    .filter((entry) => expects(entry.collection, 'summary') && entry.written.summary === undefined)
    .map((entry) =>
      fieldProblem(
        entry,
        ['summary'],
        'none given; add one or two sentences on what it is, shown under the title, in listings and in search results',
        'warning',
      ),
    );
