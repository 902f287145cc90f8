import { createHash } from 'node:crypto';
import type { ValidEntryFile } from '../content-check/validate-file.ts';
import { CONTENT_MODEL } from '../schemas/model.ts';

/** Where a translation of an entry into a locale stands. */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'unknown';

export interface TranslationStatus {
  collection: string;
  id: string;
  locale: string;
  state: TranslationState;
  /** The entry's `index` file. */
  sourcePath: string;
  /** The translation file, when there is one. */
  translationPath?: string;
  /** How the state was decided, for the editor. */
  reason: string;
}

/**
 * A short fingerprint of what a translation translates: the source's translatable fields and
 * its body. Facts are left out, so correcting a date does not make translations outdated.
 */
export function sourceFingerprint(source: ValidEntryFile): string {
  const model = CONTENT_MODEL[source.collection];
  const fields = Object.keys(model.translationSchema.shape).filter(
    (key) => key !== 'translatedFrom',
  );
  const text = Object.fromEntries(fields.map((field) => [field, source.data[field] ?? null]));
  return createHash('sha256')
    .update(JSON.stringify({ text, body: source.body.trim() }))
    .digest('hex')
    .slice(0, 8);
}

/** Decides the state of one existing translation. */
function stateOf(
  source: ValidEntryFile,
  translation: ValidEntryFile,
  changeTimes: ReadonlyMap<string, number> | undefined,
): Pick<TranslationStatus, 'state' | 'reason'> {
  const recorded = translation.data.translatedFrom;
  if (typeof recorded === 'string') {
    return recorded === sourceFingerprint(source)
      ? { state: 'up-to-date', reason: 'its recorded source fingerprint matches' }
      : { state: 'outdated', reason: 'the source text changed after its recorded fingerprint' };
  }
  const sourceTime = changeTimes?.get(source.absolutePath);
  const translationTime = changeTimes?.get(translation.absolutePath);
  if (sourceTime === undefined || translationTime === undefined) {
    return { state: 'unknown', reason: 'no git history and no recorded fingerprint' };
  }
  return sourceTime > translationTime
    ? { state: 'outdated', reason: 'the source changed after the translation' }
    : { state: 'up-to-date', reason: 'the translation changed after the source' };
}

/**
 * The translation status of every entry in every locale other than the default one: missing,
 * outdated (the source changed after the translation), up to date, or unknown. A recorded
 * `translatedFrom` fingerprint decides first; otherwise the times files last changed do
 * (`getLastChangeTimes`: commits, and edits not yet committed), by absolute path.
 */
export function computeTranslationStatus(
  entries: readonly ValidEntryFile[],
  locales: readonly string[],
  changeTimes: ReadonlyMap<string, number> | undefined,
): TranslationStatus[] {
  const translations = new Map(
    entries
      .filter((entry) => entry.locale)
      .map((entry) => [`${entry.collection}/${entry.id}/${entry.locale}`, entry]),
  );
  return entries
    .filter((entry) => !entry.locale)
    .flatMap((source) =>
      locales.map((locale): TranslationStatus => {
        const translation = translations.get(`${source.collection}/${source.id}/${locale}`);
        const base = {
          collection: source.collection,
          id: source.id,
          locale,
          sourcePath: source.path,
        };
        if (!translation)
          return { ...base, state: 'missing', reason: 'there is no translation file' };
        return {
          ...base,
          translationPath: translation.path,
          ...stateOf(source, translation, changeTimes),
        };
      }),
    );
}
