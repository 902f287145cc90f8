import type { AstroIntegrationLogger } from 'astro';
import { checkContent, type CheckResult } from '../content-check/check-content.ts';
import { formatProblem, reportOrder } from '../content-check/problem.ts';
import { summarize } from '../content-check/report.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { setLastCheck } from './content-errors.ts';
import { invalidateVirtualModules } from './virtual-modules.ts';
import type { VitePlugin } from './vite-plugin.ts';

/** Time to let an editor's save settle (editors write a file in several steps). */
const SETTLE_MS = 150;

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
 * content folder changes, hands the result to `onCheck`, regenerates the virtual modules
 * made from it, then reloads the browser, which shows the errors in the overlay (or the
 * page, once they are fixed).
 */
export function watchContent(
  options: { rootDir: string; site: SiteConfig; contentDir: string },
  logger: AstroIntegrationLogger,
  onCheck: (result: CheckResult) => void,
): VitePlugin {
  return {
    name: 'annals:watch-content',
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.add(options.contentDir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(options.contentDir)) return;
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const result = await checkAndRecord(options, logger);
          logger.info(summarize(result));
          onCheck(result);
          invalidateVirtualModules(server);
          server.ws.send({ type: 'full-reload' });
        }, SETTLE_MS);
      });
    },
  };
}
