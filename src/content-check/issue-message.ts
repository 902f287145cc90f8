import type { z } from 'astro/zod';
import { describeValue } from '../schemas/fields/expected.ts';
import { closestMatch } from './closest-match.ts';

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with `- `)',
  object: 'a group of fields (indented `name: value` lines)',
  record: 'a group of `name: value` lines',
  date: 'a date',
};

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  if (issue.origin === 'array') return `needs ${bound} ${limit} item${limit === '1' ? '' : 's'}`;
  if (issue.origin === 'string')
    return issue.code === 'too_small' && limit === '1'
      ? 'is empty; write the text or remove the field'
      : `must be ${bound} ${limit} characters long`;
  return `must be ${bound} ${limit}, got ${String(issue.input)}`;
}

/** A date, number or true/false: what YAML makes of a bare value that looks like one. */
const typedByYaml = (value: unknown) =>
  value instanceof Date || typeof value === 'number' || typeof value === 'boolean';

/**
 * The message for a Zod issue that its schema did not word itself. Schemas word the
 * messages they know best (dates, countries, URLs); this map covers the generic cases, and
 * always says what was found and what is allowed.
 */
export function genericIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required; add it as ${expected}`;
      const found = `expected ${expected}, got ${describeValue(issue.input)}`;
      // YAML reads `2019-10-01`, `2019` or `true` written bare as a date, number or yes/no.
      return issue.expected === 'string' && typedByYaml(issue.input)
        ? `${found}; put the value in quotes to keep it as text`
        : found;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (issue.input === undefined) return `is required; use one of: ${allowed.join(', ')}`;
      const suggestion = closestMatch(String(issue.input), allowed);
      const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
      return `${describeValue(issue.input)} is not allowed${hint}; use one of: ${allowed.join(', ')}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_union':
      return `${describeValue(issue.input)} does not fit any of the allowed forms of this field`;
    default:
      return undefined;
  }
}
