import type { AstroIntegrationLogger, ViteUserConfig } from 'astro';
import { checkContent } from '../content-check/check-content.ts';
import { formatProblem, reportOrder } from '../content-check/problem.ts';
import { summarize } from '../content-check/report.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { setLastCheck } from './content-errors.ts';

/** A Vite plugin, typed through Astro, which is what the project depends on. */
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/** Time to let an editor's save settle (editors write a file in several steps). */
const SETTLE_MS = 150;

/** Runs the content check and records it for the dev middleware, logging what it found. */
export async function checkAndRecord(
  options: { rootDir: string; site: SiteConfig; contentDir: string },
  logger: AstroIntegrationLogger,
) {
  const result = await checkContent(options);
  for (const problem of reportOrder(result.problems)) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  setLastCheck(result, options.rootDir);
  return result;
}

/**
 * A Vite plugin for `astro dev`: checks the content again whenever a file under the
 * content folder changes, then reloads the browser, which shows the errors in the overlay
 * (or the page, once they are fixed).
 */
export function watchContent(
  options: { rootDir: string; site: SiteConfig; contentDir: string },
  logger: AstroIntegrationLogger,
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
          server.ws.send({ type: 'full-reload' });
        }, SETTLE_MS);
      });
    },
  };
}
