import type { Problem } from '../../src/content-check/problem.ts';

/** GitHub's escaping of a workflow command's message: `%`, CR and LF. */
const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** GitHub's escaping of a property value, which also may not hold `:` or `,`. */
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * A problem as a GitHub Actions annotation, which GitHub shows on the line of the file in
 * a pull request: `::error file=…,line=…,title=…::message`.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `title=${escapeProperty(problem.field ?? 'content check')}`,
  ].join(',');
  return `::${problem.severity} ${properties}::${escapeData(problem.message)}`;
}
