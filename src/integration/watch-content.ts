import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegrationLogger } from 'astro';
import { checkContent, type CheckResult } from '../content-check/check-content.ts';
import { formatProblem, reportOrder } from '../content-check/problem.ts';
import { summarize } from '../content-check/report.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { setLastCheck, setSaveInProgress } from './content-errors.ts';
import { devDataStoreFile, writtenAt } from './dev-data-store.ts';
import { invalidateVirtualModules } from './virtual-modules.ts';
import type { VitePlugin } from './vite-plugin.ts';

/** Time to let an editor's save settle (editors write a file in several steps). */
const SETTLE_MS = 150;

/**
 * How long after a save Astro may take to write its content store (devDataStoreFile), and
 * how often to look. A save that changes no entry's data is never written there, so the wait
 * has an end. A busy machine can outlast it; pages then wait for the entries the check had
 * refused (kept-entries.ts). Only tests set ANNALS_TEST_STORE_WAIT_MS, to 0, to play
 * a sync slower than the wait.
 */
const STORE_WRITTEN_MS = Number(process.env.ANNALS_TEST_STORE_WAIT_MS ?? 1500);
const STORE_POLL_MS = 50;

/** Resolves once `path` is written after `since`, or when the wait is up; says which. */
async function writtenAfter(path: string, since: number): Promise<boolean> {
  while (Date.now() - since < STORE_WRITTEN_MS) {
    if ((await writtenAt(path)) >= since) return true;
    await sleep(STORE_POLL_MS);
  }
  return false;
}

/** Runs the content check and records it for the content loader, logging what it found. */
export async function checkAndRecord(
  options: { rootDir: string; site: SiteConfig; contentDir: string },
  logger: AstroIntegrationLogger,
) {
  const result = await checkContent(options);
  for (const problem of reportOrder(result.problems)) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  setLastCheck(result);
  return result;
}

/**
 * A Vite plugin for `astro dev`: checks the content again whenever a file under the
 * content folder changes, hands the result to `onCheck` and regenerates the virtual modules
 * made from it. Until Astro has synced the same change, pages wait (dev-content-gate.ts), so
 * a page is rendered neither from the previous check nor from entries the check has not
 * seen. Astro reloads the browser once its store is written; when the save changed nothing
 * in it, this plugin reloads the browser itself (two reloads at once can lose one).
 */
export function watchContent(
  options: { rootDir: string; site: SiteConfig; contentDir: string },
  logger: AstroIntegrationLogger,
  onCheck: (result: CheckResult) => void,
): VitePlugin {
  const store = devDataStoreFile(options.rootDir);
  return {
    name: 'annals:watch-content',
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let release = () => {};
      server.watcher.add(options.contentDir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(options.contentDir)) return;
        const savedAt = Date.now();
        // A request from now on waits for this save, not for the one before it.
        release();
        setSaveInProgress(new Promise((resolve) => (release = resolve)));
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const done = release;
          try {
            const result = await checkAndRecord(options, logger);
            logger.info(summarize(result));
            onCheck(result);
            invalidateVirtualModules(server);
            const synced = await writtenAfter(store, savedAt);
            if (!synced) server.ws.send({ type: 'full-reload' });
          } finally {
            done();
          }
        }, SETTLE_MS);
      });
    },
  };
}
