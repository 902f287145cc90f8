/** One thing wrong with the content, located in a file for the editor to fix. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** Dotted path of the front-matter field, like `sessions[2].start`, when there is one. */
  field?: string;
  /** What is wrong, and what is allowed. */
  message: string;
  /** Errors stop the build; warnings are printed and let it go on. */
  severity: 'error' | 'warning';
}

/** The one-line form editors see: `path:line: error: field: message`. */
export function formatProblem(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}: ${problem.severity}: ${field}${problem.message}`;
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
}

/**
 * The order a report prints problems in: warnings first, then errors, each by file and
 * line, so the errors that must be fixed are the last lines above the summary.
 */
export function reportOrder(problems: Problem[]): Problem[] {
  const sorted = sortProblems(problems);
  return [
    ...sorted.filter((problem) => problem.severity === 'warning'),
    ...sorted.filter((problem) => problem.severity === 'error'),
  ];
}

/** Writes a field path the way editors read YAML: `winners[3].city`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`,
    )
    .join('');
}
