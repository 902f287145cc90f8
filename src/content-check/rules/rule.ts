import type { SiteConfig } from '../../schemas/site-config.ts';
import { fieldPath, type Problem } from '../problem.ts';
import type { ValidEntryFile } from '../validate-file.ts';

/** The entries a cross-file rule sees: every file that passed its own schema. */
export interface RuleInput {
  facts: ValidEntryFile[];
  translations: ValidEntryFile[];
  /** The facts file of an entry, by collection and id. */
  factsOf: (collection: string, id: string) => ValidEntryFile | undefined;
  /** The build day, YYYY-MM-DD, which tells past events from upcoming ones. */
  today: string;
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
