import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** When each file was first and last committed (Unix seconds), by path relative to `dir`. */
interface CommitTimes {
  first: ReadonlyMap<string, number>;
  last: ReadonlyMap<string, number>;
}

const histories = new Map<string, CommitTimes | undefined>();

/**
 * The commit times of every file under `dir`, read from one `git log` for the whole folder.
 * Undefined without git history: outside a repository, or in a shallow clone, which has
 * lost it and would date every file to the clone (starlight #2084).
 */
function getCommitTimes(dir: string): CommitTimes | undefined {
  if (histories.has(dir)) return histories.get(dir);
  let times: { first: Map<string, number>; last: Map<string, number> } | undefined;
  if (git(['rev-parse', '--is-shallow-repository'], dir)?.trim() === 'false') {
    const log = git(['log', '--format=%x00%ct', '--name-only', '--relative', '--', '.'], dir) ?? '';
    times = { first: new Map(), last: new Map() };
    // Newest commit first: the first time a file appears is its last change, the last
    // time is when it was added.
    for (const commit of log.split('\0').slice(1)) {
      const [time = '', ...files] = commit.trim().split('\n');
      for (const file of files) {
        if (!file) continue;
        if (!times.last.has(file)) times.last.set(file, Number(time));
        times.first.set(file, Number(time));
      }
    }
  }
  histories.set(dir, times);
  return times;
}

/**
 * When each file under `dir` was last committed (Unix seconds), keyed by its path relative
 * to `dir`; undefined without git history.
 */
export function getLastCommitTimes(dir = '.'): ReadonlyMap<string, number> | undefined {
  return getCommitTimes(dir)?.last;
}

/** When each file under `dir` was first committed (Unix seconds); undefined without history. */
export function getFirstCommitTimes(dir = '.'): ReadonlyMap<string, number> | undefined {
  return getCommitTimes(dir)?.first;
}

/** Files under `dir` that differ from the last commit: edited (staged or not) or new. */
function uncommittedFiles(dir: string): string[] {
  const edited = git(['diff', '--name-only', '-z', '--relative', 'HEAD', '--', '.'], dir) ?? '';
  const added = git(['ls-files', '-z', '--others', '--exclude-standard', '--', '.'], dir) ?? '';
  return `${edited}\0${added}`.split('\0').filter(Boolean);
}

/**
 * When each file under `dir` last changed (Unix seconds), by absolute path: its last commit,
 * or, while the working tree differs from that commit (an edit not yet committed, a new
 * file), the time the file was last written. An editor who changes a text sees at once what
 * the change makes outdated. Undefined without git history.
 */
export function getLastChangeTimes(dir: string): ReadonlyMap<string, number> | undefined {
  const committed = getLastCommitTimes(dir);
  if (!committed) return undefined;
  const times = new Map([...committed].map(([file, time]) => [resolve(dir, file), time]));
  for (const file of uncommittedFiles(dir)) {
    const path = resolve(dir, file);
    // A deleted file has no time; the working copy of a file is never older than its commit.
    const written = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (written !== undefined) times.set(path, Math.max(written / 1000, times.get(path) ?? 0));
  }
  return times;
}

/** The day (YYYY-MM-DD, UTC) a file was last committed, when git history knows it. */
export function getLastUpdated(filePath: string): string | undefined {
  const time = getLastCommitTimes()?.get(filePath);
  return time === undefined ? undefined : new Date(time * 1000).toISOString().slice(0, 10);
}
