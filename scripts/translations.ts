/**
 * `npm run translations`: which entries are missing or outdated in each locale.
 *
 *   npm run translations                          every locale
 *   npm run translations -- --locale fr           one locale
 *   npm run translations -- --stamp content/events/x/fr.md
 *                                                 records that fr.md now matches its source
 *
 * A translation is outdated when its source text changed after it: known from the
 * `translatedFrom` fingerprint that --stamp records, or else from when each file last changed
 * (its last commit, or an edit not yet committed).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import site from '../annals.config.ts';
import { translationLocales } from '../src/schemas/site-config.ts';
import { resolveContentDir } from '../src/content-check/check-content.ts';
import { readCommandLine } from './lib/cli.ts';
import { checkContentOrExit } from './lib/error-free-content.ts';
import { getLastChangeTimes } from '../src/data/git-history.ts';
import {
  computeTranslationStatus,
  sourceFingerprint,
  type TranslationStatus,
} from '../src/i18n/translation-status.ts';
import { stampTranslation } from './lib/stamp-translation.ts';

const { values } = readCommandLine({
  usage: 'npm run translations -- [--locale CODE] [--stamp FILE] [--content DIR]',
  help: `Lists the translations that are missing or outdated, per locale. A translation is
outdated when its source text changed after it: known from its translatedFrom
fingerprint, or else from when each file last changed.

  --locale CODE     only this locale, like fr
  --stamp FILE      record that a translation file (content/events/x/fr.md) matches its
                    source as it is now, after updating it
  --content DIR     another content folder than the one in annals.config.ts`,
  options: { locale: { type: 'string' }, stamp: { type: 'string' }, content: { type: 'string' } },
});
const rootDir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(rootDir);
const result = await checkContentOrExit(rootDir, site, values.content);

if (values.stamp) {
  const path = values.stamp.replaceAll('\\', '/');
  const translation = result.entries.find(
    (entry) => entry.locale && resolve(entry.absolutePath) === resolve(path),
  );
  const source =
    translation &&
    result.entries.find(
      (entry) =>
        !entry.locale && entry.collection === translation.collection && entry.id === translation.id,
    );
  if (!translation || !source) {
    console.error(
      `${path} is not a translation file of the content (like content/events/<id>/fr.md).`,
    );
    process.exit(1);
  }
  const text = await readFile(translation.absolutePath, 'utf8');
  await writeFile(translation.absolutePath, stampTranslation(text, sourceFingerprint(source)));
  console.log(
    `${translation.path}: translatedFrom ${sourceFingerprint(source)} (matches ${source.path} as it is now)`,
  );
  process.exit(0);
}

const locales = translationLocales(site);
const shown = values.locale ? locales.filter((code) => code === values.locale) : locales;
if (shown.length === 0) {
  console.error(
    `'${values.locale}' is not a translation locale; use one of: ${locales.join(', ')}`,
  );
  process.exit(1);
}
const statuses = computeTranslationStatus(
  result.entries,
  shown,
  getLastChangeTimes(resolveContentDir(rootDir, site, values.content)),
);
const STATES = ['up-to-date', 'outdated', 'missing', 'unknown'] as const;
const count = (locale: string, state: string) =>
  statuses.filter((s) => s.locale === locale && s.state === state).length;

console.log(
  `Translation status against ${site.defaultLocale} (${statuses.length / shown.length} entries)\n`,
);
console.log(['locale', ...STATES].map((cell) => cell.padEnd(12)).join(''));
for (const locale of shown)
  console.log(
    [locale, ...STATES.map((state) => String(count(locale, state)))]
      .map((cell) => cell.padEnd(12))
      .join(''),
  );

const listed = (rows: TranslationStatus[]) =>
  Object.entries(Object.groupBy(rows, (row) => row.collection)).map(
    ([collection, group]) => `  ${collection}: ${(group ?? []).map((row) => row.id).join(', ')}`,
  );
for (const locale of shown) {
  for (const state of ['outdated', 'unknown'] as const) {
    const rows = statuses.filter((s) => s.locale === locale && s.state === state);
    if (rows.length)
      console.log(
        `\n${locale}, ${state}:\n${rows.map((row) => `  ${row.translationPath}: ${row.reason}`).join('\n')}`,
      );
  }
  const missing = statuses.filter((s) => s.locale === locale && s.state === 'missing');
  if (missing.length) console.log(`\n${locale}, missing:\n${listed(missing).join('\n')}`);
}
