import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from './check.ts';

/**
 * One Astro process at a time in the project's own folder, across every test file and process
 * of a run. Astro writes the content's module and image maps to the project's `.astro/`
 * folder, and keeps the shipped content's cache under node_modules/.astro/: two processes at
 * once (the content's build and `astro dev`, or `npm run urls` in the project) would read
 * each other's. Builds of the tests' own content folders run in copies of the project and
 * need no turn (tests/helpers/build-site.ts).
 *
 * The lock is a folder, made atomically, under node_modules: copies of the project that tests
 * make (`npm run init`'s test) link the same node_modules, so their processes queue here too.
 */
const LOCK_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'annals-astro-lock');
const OWNER_FILE = join(LOCK_DIR, 'owner');
/** How often a waiting process looks again: short next to a build, long next to a syscall. */
const POLL_MS = 150;

/** Whether a process still runs; a lock left by one that does not is taken over. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockOwner = async () => Number(await readFile(OWNER_FILE, 'utf8').catch(() => ''));

async function acquire(): Promise<void> {
  await mkdir(join(LOCK_DIR, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      await writeFile(OWNER_FILE, String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await lockOwner();
    // An owner not yet written is a process between its mkdir and its writeFile: wait for it.
    // A lock left by a run that was stopped is taken over, if it is still that run's.
    if (owner && !isRunning(owner) && (await lockOwner()) === owner)
      await rm(LOCK_DIR, { recursive: true, force: true });
    else await sleep(POLL_MS + Math.random() * POLL_MS);
  }
}

/**
 * Takes the lock until the returned function is called, for a process that outlives a call.
 * Releasing twice (an `astro dev` that exits, then is stopped) releases once: the second call
 * would remove the lock another process has taken since.
 */
export async function holdAstroLock(): Promise<() => Promise<void>> {
  await acquire();
  let released: Promise<void> | undefined;
  return () => (released ??= rm(LOCK_DIR, { recursive: true, force: true }));
}

/** Runs `work` (which starts Astro in the project) once no other such process is running. */
export async function withAstroLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await holdAstroLock();
  try {
    return await work();
  } finally {
    await release();
  }
}
