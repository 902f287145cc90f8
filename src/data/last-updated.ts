import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();
let shallow: boolean | undefined;

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The day a file was last changed, from git history. A shallow clone has lost that history
 * and would date every file to the clone (starlight #2084), so then no date is claimed.
 */
export function getLastUpdated(filePath: string): string | undefined {
  shallow ??= git(['rev-parse', '--is-shallow-repository']) !== 'false';
  if (shallow) return undefined;
  if (!cache.has(filePath))
    cache.set(filePath, git(['log', '-1', '--format=%cs', '--', filePath]) || undefined);
  return cache.get(filePath);
}
