import { fieldProblem, type ContentRule } from './rule.ts';

/**
 * Collections whose entries need a sentence saying what they were: listings, search results
 * and link previews show it. Cities and organisations are known by their name and country,
 * so they are left out, or the warning would be noise on most of them.
 */
const NEEDS_SUMMARY = new Set(['events', 'series', 'statements', 'awards', 'publications']);

/**
 * Warns about an entry without a summary, which readers would otherwise see blank. It reads
 * what was written, so a summary written wrongly is only the schema's error.
 */
export const summaryGiven: ContentRule = ({ facts }) =>
  facts
    .filter((entry) => NEEDS_SUMMARY.has(entry.collection) && entry.written.summary === undefined)
    .map((entry) =>
      fieldProblem(
        entry,
        ['summary'],
        'none given; add one or two sentences on what it is, shown under the title, in listings and in search results',
        'warning',
      ),
    );
