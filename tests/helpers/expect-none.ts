import { assert } from 'vitest';

/**
 * Problems as one message: a heading with their count, each on its own line, and `advice`,
 * what to do about them, said once under the list.
 */
export function describeProblems(
  problems: readonly string[],
  heading: string,
  advice?: string,
): string {
  const lines = problems.map((problem) => `  ${problem}`).join('\n');
  return `${heading} (${problems.length}):\n${lines}${advice ? `\n${advice}` : ''}`;
}

/**
 * Fails with every problem on its own line under a heading, so a long list stays readable
 * (an array diff would quote and escape each line). A gate on the content gives `advice`, so
 * that the editor who has to act reads what to do.
 */
export function expectNoProblems(
  problems: readonly string[],
  heading: string,
  advice?: string,
): void {
  if (problems.length > 0) assert.fail(describeProblems(problems, heading, advice));
}
