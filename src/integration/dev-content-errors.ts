import { defineMiddleware } from 'astro:middleware';
import { refuseCheckedContent } from './dev-content-gate.ts';

/**
 * In `astro dev` only: while the content has errors, every page answers with them, so they
 * show in Astro's error overlay with their file and line, not as a half-built page.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  await refuseCheckedContent();
  return next();
});
