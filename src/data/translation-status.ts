import site from '../../annals.config.ts';
import { checkContent, resolveContentDir } from '../content-check/check-content.ts';
import { translationLocales } from '../schemas/site-config.ts';
import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { computeTranslationStatus, type TranslationStatus } from '../i18n/translation-status.ts';
import { getLastChangeTimes } from './git-history.ts';

const TRANSLATION_LOCALES = translationLocales(site);

/**
 * The integration and the pages are loaded apart (the pages are bundled), but `astro build`
 * runs both in one process; the statuses are handed over on `globalThis`, under a symbol.
 */
const SHARED = Symbol.for('annals.translationStatus');
type WithShared = typeof globalThis & { [SHARED]?: TranslationStatus[] };

let statuses: Promise<TranslationStatus[]> | undefined;

/**
 * Computes the statuses from the entries the integration has just checked, so that a build
 * reads and validates the content once: checking it again for the status page took seconds
 * at 10,000 events.
 */
export function shareTranslationStatus(
  entries: readonly ValidEntryFile[],
  contentDir: string,
): void {
  (globalThis as WithShared)[SHARED] = computeTranslationStatus(
    entries,
    TRANSLATION_LOCALES,
    getLastChangeTimes(contentDir),
  );
}

/** The translation status of the content, as `npm run translations` prints it; read once. */
export function getTranslationStatus(): Promise<TranslationStatus[]> {
  const shared = (globalThis as WithShared)[SHARED];
  statuses ??= shared
    ? Promise.resolve(shared)
    : checkContent({ rootDir: process.cwd(), site }).then((result) =>
        computeTranslationStatus(
          result.entries,
          TRANSLATION_LOCALES,
          getLastChangeTimes(resolveContentDir(process.cwd(), site)),
        ),
      );
  return statuses;
}
