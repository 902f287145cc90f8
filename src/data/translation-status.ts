import site from '../../annals.config.ts';
import { checkContent } from '../content-check/check-content.ts';
import { computeTranslationStatus, type TranslationStatus } from '../i18n/translation-status.ts';
import { getLastCommitTimes } from './git-history.ts';

let statuses: Promise<TranslationStatus[]> | undefined;

/** The translation status of the content, as `npm run translations` prints it; read once. */
export function getTranslationStatus(): Promise<TranslationStatus[]> {
  statuses ??= checkContent({ rootDir: process.cwd(), site }).then((result) =>
    computeTranslationStatus(
      result.entries,
      site.locales.map((locale) => locale.code).filter((code) => code !== site.defaultLocale),
      getLastCommitTimes(),
    ),
  );
  return statuses;
}
