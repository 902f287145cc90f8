import { assert } from 'vitest';

/**
 * Fails with every problem on its own line under a heading, so a long list stays readable
 * (an array diff would quote and escape each line).
 */
export function expectNoProblems(problems: readonly string[], heading: string): void {
  if (problems.length > 0) assert.fail(`${heading} (${problems.length}):\n${problems.join('\n')}`);
}
