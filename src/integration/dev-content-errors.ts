import { defineMiddleware } from 'astro:middleware';
import { lastCheckError } from './content-errors.ts';

/**
 * In `astro dev` only: while the content has errors, every page answers with them, so they
 * show in Astro's error overlay with their file and line, not as a half-built page.
 */
export const onRequest = defineMiddleware((_context, next) => {
  const error = lastCheckError();
  if (error) throw error;
  return next();
});
