import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content.ts';
import { formatProblem } from '../content-check/problem.ts';
import { summarize } from '../content-check/report.ts';
import { shareTranslationStatus } from '../data/translation-status.ts';
import { createSitemap, fallbackPageUrls } from '../outputs/sitemap.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * The Annals integration. Before Astro reads any content it runs the content check, so a
 * build with content mistakes stops with the same `file:line: field: message` lines as
 * `npm run check`, never a stack trace. With the checked entries it then sets up the outputs
 * that need to know which pages are translations and which are fallbacks, and hands the
 * translation status to its page.
 */
export function annals(site: SiteConfig): AstroIntegration {
  return {
    name: 'annals',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, updateConfig }) => {
        const result = await checkContent({ rootDir: fileURLToPath(config.root), site });
        for (const problem of result.problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (result.errorCount > 0 && command !== 'dev') {
          // The problems are already listed; a stack trace would only bury them.
          const error = new Error(summarize(result));
          error.stack = '';
          throw error;
        }
        // In dev the content changes under the server, so the status page checks it itself.
        if (command === 'build') shareTranslationStatus(result.entries);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const fallbacks = fallbackPageUrls(result.entries, site, base);
        updateConfig({ integrations: [createSitemap(site, base, fallbacks)] });
      },
    },
  };
}
