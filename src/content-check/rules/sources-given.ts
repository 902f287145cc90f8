import { expects, fieldProblem, type ContentRule } from './rule.ts';

/** Whether the editor wrote no source: the field left out or an empty list. */
const noneWritten = (sources: unknown) =>
  sources === undefined || (Array.isArray(sources) && !sources.length);

/**
 * Warns about a factual entry (its collection's `expectedFields` name `sources`) without a source; an archive without sources cannot be
 * trusted. It reads what was written, so sources written wrongly are only the schema's error.
 */
export const sourcesGiven: ContentRule = ({ facts }) =>
  facts
    .filter((entry) => expects(entry.collection, 'sources') && noneWritten(entry.written.sources))
    .map((entry) =>
      fieldProblem(
        entry,
        ['sources'],
        'none given; add the page or document these facts come from',
        'warning',
      ),
    );
