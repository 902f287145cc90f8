import { CONTENT_MODEL } from '../../schemas/model.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { fieldPath, type Problem } from '../problem.ts';
import {
  fieldOf,
  type CheckedFile,
  type FactsFile,
  type TranslationFile,
} from '../validate-file.ts';

/**
 * The entries a cross-file rule sees: every file whose front matter could be read. A file
 * that failed its schema is there too, with only the fields that passed in `data`, so a
 * rule must not assume a field is present because its schema requires it.
 */
export interface RuleInput {
  facts: FactsFile[];
  translations: TranslationFile[];
  /** The facts file of an entry, by collection and id. */
  factsOf: <C extends CollectionName>(collection: C, id: string) => FactsFile<C> | undefined;
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
  entry: CheckedFile,
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
export function isUnreadable(entry: CheckedFile, field: string): boolean {
  return entry.written[field] !== undefined && fieldOf(entry, field) === undefined;
}

/** Whether the content model expects entries of a collection to give `field` (`expectedFields`). */
export function expects(collection: CollectionName, field: 'summary' | 'sources'): boolean {
  return (CONTENT_MODEL[collection].expectedFields as readonly string[]).includes(field);
}

/** A type guard for `filter`: the facts files of `collection`, with that schema's fields. */
export function inCollection<C extends CollectionName>(collection: C) {
  return (file: FactsFile): file is Extract<FactsFile, { collection: C }> =>
    file.collection === collection;
}

/** A type guard for `filter`: the translation files of `collection`. */
export function translationIn<C extends CollectionName>(collection: C) {
  return (file: TranslationFile): file is Extract<TranslationFile, { collection: C }> =>
    file.collection === collection;
}
