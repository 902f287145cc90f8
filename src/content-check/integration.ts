import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site-config.ts';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';
import { summarize } from './report.ts';

/**
 * Runs the content check before Astro reads any content, so a build with content mistakes
 * stops with the same `file:line: field: message` lines as `npm run check`, never a trace.
 */
export function contentCheckIntegration(site: SiteConfig): AstroIntegration {
  return {
    name: 'annals:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        const result = await checkContent({ rootDir: fileURLToPath(config.root), site });
        for (const problem of result.problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (result.errorCount === 0 || command === 'dev') return;
        // The problems are already listed; a stack trace would only bury them.
        const error = new Error(summarize(result));
        error.stack = '';
        throw error;
      },
    },
  };
}
