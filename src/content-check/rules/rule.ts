import { CONTENT_MODEL } from '../../schemas/model.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { fieldPath, type Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';

/**
 * The entries a cross-file rule sees: every file whose front matter could be read. A file
 * that failed its schema is there too, with only the fields that passed in `data`, so a
 * rule must not assume a field is present because its schema requires it.
 */
export interface RuleInput {
  facts: ValidEntryFile[];
  translations: ValidEntryFile[];
  /** The facts file of an entry, by collection and id. */
  factsOf: (collection: string, id: string) => ValidEntryFile | undefined;
  /** The build day, YYYY-MM-DD, which tells past events from upcoming ones. */
  today: string;
  /** The folder names of the entries of each collection: what a reference may name. */
  ids: Record<CollectionName, Set<string>>;
  /** The content folder, as paths are shown to editors. */
  contentPath: string;
  /** The site configuration, for rules that depend on it (its regions). */
  site: SiteConfig;
}

/** A check across files, which no single file's schema can make. */
export type ContentRule = (input: RuleInput) => Problem[];

/** A problem on one field of an entry file. */
export function fieldProblem(
  entry: ValidEntryFile,
  path: (string | number)[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: entry.path, line: entry.lineOf(path), field: fieldPath(path), message, severity };
}

/**
 * Whether a field was written but did not pass its schema: its value is unknown to the
 * rules, which then say nothing about it rather than guess (its own error is reported).
 */
export function isUnreadable(entry: ValidEntryFile, field: string): boolean {
  return entry.written[field] !== undefined && entry.data[field] === undefined;
}

/** Whether the content model expects entries of a collection to give `field` (`expectedFields`). */
export function expects(collection: CollectionName, field: 'summary' | 'sources'): boolean {
  return (CONTENT_MODEL[collection].expectedFields as readonly string[]).includes(field);
}
