import type { TranslationStatus } from '../../i18n/translation-status.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { Archive } from '../archive.ts';
import type { Entry } from '../load-archive.ts';

/** One entry's translation state in one locale, with the entry to link to. */
export type TranslationStatusRow = TranslationStatus & { entry: Entry };

/** The statuses of the translation-status page, each with its entry resolved for its link. */
export function translationStatusView(
  archive: Archive,
  statuses: readonly TranslationStatus[],
): TranslationStatusRow[] {
  return statuses.map((status) => ({
    ...status,
    entry: archive.get(status.collection as CollectionName, status.id),
  }));
}
