import { defineMiddleware } from 'astro:middleware';
import { toContentError } from './content-errors.ts';

/**
 * In `astro dev` only: while the content has errors, every page answers with them, so they
 * show in Astro's error overlay with their file and line, not as a half-built page. The
 * errors are imported at each request: the integration regenerates the module after each
 * check, and a module imported once at the top would keep the first check's.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const { default: lastCheck } = await import('virtual:annals/content-errors');
  const error = toContentError(lastCheck);
  if (error) throw error;
  return next();
});
