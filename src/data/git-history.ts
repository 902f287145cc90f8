import { execFileSync } from 'node:child_process';

function git(args: string[], cwd?: string): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

const histories = new Map<string, ReadonlyMap<string, number> | undefined>();

/**
 * When each file under `dir` was last committed (Unix seconds), keyed by its path relative
 * to `dir`, read from one `git log` for the whole folder. Undefined without
 * git history: outside a repository, or in a shallow clone, which has lost it and would date
 * every file to the clone (starlight #2084).
 */
export function getLastCommitTimes(dir = '.'): ReadonlyMap<string, number> | undefined {
  if (histories.has(dir)) return histories.get(dir);
  let times: Map<string, number> | undefined;
  if (git(['rev-parse', '--is-shallow-repository'], dir)?.trim() === 'false') {
    const log = git(['log', '--format=%x00%ct', '--name-only', '--relative', '--', '.'], dir) ?? '';
    times = new Map();
    // Newest commit first: the first time a file appears is its last change.
    for (const commit of log.split('\0').slice(1)) {
      const [time = '', ...files] = commit.trim().split('\n');
      for (const file of files) {
        if (file && !times.has(file)) times.set(file, Number(time));
      }
    }
  }
  histories.set(dir, times);
  return times;
}

/** The day (YYYY-MM-DD, UTC) a file was last committed, when git history knows it. */
export function getLastUpdated(filePath: string): string | undefined {
  const time = getLastCommitTimes()?.get(filePath);
  return time === undefined ? undefined : new Date(time * 1000).toISOString().slice(0, 10);
}
