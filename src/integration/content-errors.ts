import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { CheckResult } from '../content-check/check-content.ts';
import { formatProblem } from '../content-check/problem.ts';

/**
 * The last content check of the dev server. It lives on `globalThis` because the
 * integration and the middleware that reads it are loaded by different module loaders
 * (Node and Vite's) in the one dev process.
 */
const LAST_CHECK = Symbol.for('annals.lastContentCheck');
type WithLastCheck = typeof globalThis & {
  [LAST_CHECK]?: { result: CheckResult; rootDir: string };
};

export function setLastCheck(result: CheckResult, rootDir: string): void {
  (globalThis as WithLastCheck)[LAST_CHECK] = { result, rootDir };
}

/**
 * The content errors of the last check as one error for Astro's overlay: the first problem
 * located at its file and line, so the overlay shows that line, and all of them listed.
 */
export function lastCheckError(): AstroError | undefined {
  const last = (globalThis as WithLastCheck)[LAST_CHECK];
  const errors = last?.result.problems.filter((problem) => problem.severity === 'error') ?? [];
  const [first] = errors;
  if (!last || !first) return undefined;
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
    loc: { file: resolve(last.rootDir, first.file), line: first.line, column: 1 },
    // No stack: Astro would otherwise locate the error in this file rather than the content.
    stack: '',
  });
  return error;
}
