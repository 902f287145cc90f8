import { saveTakenIn, toContentError } from './content-errors.ts';

/**
 * In `astro dev`: throws the content errors of the last check, for Astro's overlay, after
 * waiting for a save the server is still taking in, so a page is never rendered from content
 * the checker has not seen. Astro runs a route's `getStaticPaths()` before any middleware
 * (a missing favicon does too), so both the middleware and the archive's loader ask here:
 * otherwise entries Astro kept as written for the checker (defer-to-checker.ts) would reach a
 * page's code and end in a stack trace instead of the checker's `file:line` message.
 */
export async function refuseCheckedContent(): Promise<void> {
  await saveTakenIn();
  // Imported at each call: the integration regenerates the module after each check, and a
  // module imported once at the top would keep the first check's errors.
  const { default: lastCheck } = await import('virtual:annals/content-errors');
  const error = toContentError(lastCheck);
  if (error) throw error;
}
