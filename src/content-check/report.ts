/** How many problems of each kind a check found, in how many files. */
export interface ProblemCounts {
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The closing line of a check: how much was read and how many errors and warnings it
 * found, both always counted; `where` names the part of the content checked, if not all.
 */
export function summarize(counts: ProblemCounts, where = ''): string {
  const files = `${count(counts.fileCount, 'content file')}${where ? ` in ${where}` : ''}`;
  const found = `${count(counts.errorCount, 'error')} and ${count(counts.warningCount, 'warning')}`;
  const advice = counts.errorCount
    ? ' Fix the errors above; each line names the file, line and field.'
    : '';
  return `Checked ${files}: ${found}.${advice}`;
}
