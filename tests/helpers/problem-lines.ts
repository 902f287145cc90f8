import { stripVTControlCharacters } from 'node:util';

/**
 * The problem lines of a check's or a build's output, sorted, with the build's log prefix
 * taken off, so that the two can be compared: `content/…:line: error: …`.
 */
export function problemLines(output: string): string[] {
  return stripVTControlCharacters(output)
    .split('\n')
    .map((line) => line.replace(/^.*?\[(ERROR|WARN)\] \[annals\] /, ''))
    .filter((line) => /^content\/.*?:\d+: (error|warning): /.test(line))
    .sort();
}

/** A Node stack frame, or Astro's heading for one. */
export const STACK_TRACE = /^\s+at |Stack trace/m;
