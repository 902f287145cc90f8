import type { TranslationStatus } from '../i18n/translation-status.ts';

/**
 * The translation status of the content, as `npm run translations` prints it. The
 * integration computes it from the entries it has just checked (so a build reads and
 * validates the content once: checking it again for the status page took seconds at 10,000
 * events) and serves it as a virtual module; it is imported when asked, so that in `astro
 * dev` the page shows the status of the latest check.
 */
export async function getTranslationStatus(): Promise<TranslationStatus[]> {
  return (await import('virtual:annals/translation-status')).default;
}
