/** Median, least and greatest of the defined values, or undefined when there are none. */
export function summarise(values: readonly (number | undefined)[]) {
  const known = values
    .filter((value): value is number => value !== undefined)
    .sort((a, b) => a - b);
  if (!known.length) return undefined;
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  return { median, min: known[0]!, max: known.at(-1)!, count: known.length };
}

/** Milliseconds as seconds: `12.3 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** Milliseconds as such, rounded: `412 ms`. */
export const milliseconds = (ms: number) => `${Math.round(ms)} ms`;

/** Bytes in the largest unit that keeps them readable: `1.23 GB`, `456 MB`, `12.3 kB`. */
export function bytes(value: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let size = value;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${size.toFixed(size < 10 && unit ? 2 : size < 100 && unit ? 1 : 0)} ${units[unit]}`;
}

/** A measured value over several runs: `12.3 s (11.9–13.0)`, or the single value. */
export function spread(
  values: readonly (number | undefined)[],
  format: (value: number) => string,
  missing = '—',
): string {
  const stats = summarise(values);
  if (!stats) return missing;
  if (stats.count === 1 || stats.min === stats.max) return format(stats.median);
  return `${format(stats.median)} (${format(stats.min)}–${format(stats.max)})`;
}

/** The ratio of two medians, `1.18×`, or a dash when either is unknown. */
export function ratio(
  ours: readonly (number | undefined)[],
  theirs: readonly (number | undefined)[],
) {
  const a = summarise(ours)?.median;
  const b = summarise(theirs)?.median;
  return a !== undefined && b ? `${(a / b).toFixed(2)}×` : '—';
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
