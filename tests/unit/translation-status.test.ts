import { describe, expect, it } from 'vitest';
import type { ValidEntryFile } from '../../src/content-check/validate-file.ts';
import { computeTranslationStatus, sourceFingerprint } from '../../src/i18n/translation-status.ts';

function file(
  path: string,
  data: Record<string, unknown>,
  body = '',
  locale?: string,
): ValidEntryFile {
  return {
    collection: 'cities',
    id: 'cork',
    locale,
    path,
    absolutePath: `/x/${path}`,
    data,
    written: data,
    body,
    bodyLine: 3,
    lineOf: () => 1,
  };
}

const SOURCE = 'content/cities/cork/index.md';
const FRENCH = 'content/cities/cork/fr.md';
const source = file(SOURCE, { name: 'Cork', country: 'IE', sources: [] }, 'A city on the Lee.');
const statusOf = (translation: ValidEntryFile | undefined, times?: Map<string, number>) =>
  computeTranslationStatus(translation ? [source, translation] : [source], ['fr'], times)[0]!;

describe('translation status', () => {
  it('is missing when there is no translation file', () => {
    expect(statusOf(undefined)).toMatchObject({ locale: 'fr', state: 'missing' });
  });

  it('follows the recorded fingerprint when there is one', () => {
    const current = file(
      FRENCH,
      { name: 'Cork', translatedFrom: sourceFingerprint(source) },
      '',
      'fr',
    );
    const stale = file(FRENCH, { name: 'Cork', translatedFrom: '00000000' }, '', 'fr');
    expect(statusOf(current).state).toBe('up-to-date');
    expect(statusOf(stale)).toMatchObject({
      state: 'outdated',
      reason: 'the source text changed after its recorded fingerprint',
    });
  });

  it('ignores changes to facts, which translations do not carry', () => {
    const corrected = { ...source, data: { ...source.data, country: 'GB' } };
    expect(sourceFingerprint(corrected)).toBe(sourceFingerprint(source));
    expect(sourceFingerprint({ ...source, body: 'A city on the river Lee.' })).not.toBe(
      sourceFingerprint(source),
    );
  });

  it('falls back to when the files changed: outdated when the source changed after the translation', () => {
    const translation = file(FRENCH, { name: 'Cork' }, '', 'fr');
    // Change times are keyed by absolute path, as getLastChangeTimes gives them.
    const changed = (english: number, french: number) =>
      new Map([
        [source.absolutePath, english],
        [translation.absolutePath, french],
      ]);
    expect(statusOf(translation, changed(200, 100))).toMatchObject({
      state: 'outdated',
      reason: 'the source changed after the translation',
    });
    expect(statusOf(translation, changed(100, 200))).toMatchObject({
      state: 'up-to-date',
      reason: 'the translation changed after the source',
    });
  });

  it('is unknown without a fingerprint or git history, rather than guessed', () => {
    expect(statusOf(file(FRENCH, { name: 'Cork' }, '', 'fr'), undefined)).toMatchObject({
      state: 'unknown',
      reason: 'no git history and no recorded fingerprint',
    });
  });
});
