import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { CheckResult } from '../content-check/check-content.ts';
import { formatProblem, type Problem } from '../content-check/problem.ts';

/**
 * Whether the last content check of the process found errors, for the content loader
 * (defer-to-checker.ts). This one stays on `globalThis`, under a symbol: the integration
 * (loaded by Node) and src/content.config.ts (loaded by Vite) are different module instances,
 * and the loader asks at the moment Astro syncs a changed file, long after the config was
 * evaluated. A virtual module would give it the value of the check at that evaluation,
 * and which Vite server loads the config for a sync (the dev server's, or the one `astro
 * build` makes) is not Astro's to promise. The pages and the dev middleware read the check
 * through the virtual modules of virtual-modules.ts instead.
 */
const HAS_ERRORS = Symbol.for('annals.lastCheckHasErrors');
type WithLastCheck = typeof globalThis & { [HAS_ERRORS]?: boolean };

/** Records whether the check just made found errors, for the content loader. */
export function setLastCheck(result: CheckResult): void {
  (globalThis as WithLastCheck)[HAS_ERRORS] = result.errorCount > 0;
}

/** Whether the last content check found errors. */
export function lastCheckHasErrors(): boolean {
  return (globalThis as WithLastCheck)[HAS_ERRORS] === true;
}

/**
 * The save the dev server is taking in: its check, and Astro's sync of the same change.
 * On `globalThis` for the same reason as above: the integration sets it, and the pages'
 * module instances (dev-content-gate.ts) wait for it.
 */
const SAVE_IN_PROGRESS = Symbol.for('annals.saveInProgress');
type WithSave = typeof globalThis & { [SAVE_IN_PROGRESS]?: Promise<void> };

/** Records that a save is being taken in, until `done` settles. */
export function setSaveInProgress(done: Promise<void>): void {
  (globalThis as WithSave)[SAVE_IN_PROGRESS] = done;
}

/** Settles once the last save is checked and synced (at once if none is in progress). */
export function saveTakenIn(): Promise<void> {
  return (globalThis as WithSave)[SAVE_IN_PROGRESS] ?? Promise.resolve();
}

/**
 * The content errors of a check as one error for Astro's overlay: the first problem located
 * at its file and line, so the overlay shows that line, and all of them listed.
 */
export function toContentError(check: {
  rootDir: string;
  errors: readonly Problem[];
}): AstroError | undefined {
  const { errors, rootDir } = check;
  const [first] = errors;
  if (!first) return undefined;
  const others = errors.length > 1 ? ` (and ${errors.length - 1} more below)` : '';
  const list =
    errors.length > 1 ? ` Every content error:\n${errors.map(formatProblem).join('\n')}` : '';
  const error = new AstroError(
    `${formatProblem(first)}${others}`,
    `Fix the content and save: the page reloads.${list}`,
  );
  Object.assign(error, {
    name: 'ContentError',
    title: 'The content has errors',
    loc: { file: resolve(rootDir, first.file), line: first.line, column: 1 },
    // No stack: Astro would otherwise locate the error in this file rather than the content.
    stack: '',
  });
  return error;
}
