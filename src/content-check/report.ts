import type { CheckResult } from './check-content.ts';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The closing line of a check: how much was read and what was found. */
export function summarize(result: CheckResult): string {
  const found = [
    result.errorCount ? count(result.errorCount, 'error') : '',
    result.warningCount ? count(result.warningCount, 'warning') : '',
  ].filter(Boolean);
  const files = count(result.fileCount, 'content file');
  if (!found.length) return `Checked ${files}: no problems.`;
  const advice = result.errorCount
    ? ' Fix the errors above; each line names the file, line and field.'
    : '';
  return `Checked ${files}: ${found.join(' and ')}.${advice}`;
}
