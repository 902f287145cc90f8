import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../../annals.config.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { TRANSLATE_MARK } from '../../../src/content-check/rules/translation-marks.ts';
import type { ValidEntryFile } from '../../../src/content-check/validate-file.ts';
import { translationLocales } from '../../../src/schemas/site-config.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { readPage } from '../../helpers/html.ts';
import { entryPagePath } from '../page-sources.ts';
import { outdatedOnStatusPage } from '../translation-report.ts';
import { copyOfContent, expectGatesPass, runGates, runScript, type GateRun } from './operate.ts';

const byPath = (a: ValidEntryFile, b: ValidEntryFile) => (a.path < b.path ? -1 : 1);

/**
 * A translator's work on a draft of `npm run new -- translation`: every text marked
 * `[translate]` is taken as translated, and the line asking for the text is deleted.
 */
async function translateDraft(file: string): Promise<void> {
  const draft = await readFile(file, 'utf8');
  const lines = draft.split('\n').filter((line) => !line.startsWith(TRANSLATE_MARK));
  await writeFile(file, lines.join('\n').replaceAll(`${TRANSLATE_MARK} `, ''));
}

/**
 * The first translation of the content, by file path, with the entry it translates. Content
 * without any (a new archive) gets one: the first entry, drafted with `npm run new` into the
 * first language after the default one, and translated.
 */
async function translatedEntry(contentDir: string) {
  const check = () => checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  let { entries } = await check();
  if (!entries.some((entry) => entry.locale)) {
    const [first] = entries.sort(byPath);
    const locale = translationLocales(site)[0]!;
    const draft = runScript('new', [
      ...['translation', '--of', `${first!.collection}/${first!.id}`],
      ...['--locale', locale, '--content', contentDir],
    ]);
    expect(draft.status, draft.output).toBe(0);
    await translateDraft(join(dirname(first!.absolutePath), `${locale}${extname(first!.path)}`));
    ({ entries } = await check());
  }
  const translation = entries.filter((entry) => entry.locale).sort(byPath)[0]!;
  const source = entries.find(
    (entry) =>
      !entry.locale && entry.collection === translation.collection && entry.id === translation.id,
  )!;
  return { translation, source };
}

describe('an editor changes the English text of a translated entry', () => {
  let translation: ValidEntryFile;
  let source: ValidEntryFile;
  let run: GateRun;

  beforeAll(async () => {
    const contentDir = await copyOfContent();
    ({ translation, source } = await translatedEntry(contentDir));
    // The translation was current: its translator recorded so.
    const stamp = runScript('translations', [
      '--content',
      contentDir,
      '--stamp',
      translation.absolutePath,
    ]);
    expect(stamp.status, stamp.output).toBe(0);
    // Then an editor adds a sentence to the English text.
    await appendFile(source.absolutePath, '\nA sentence added in English after the translation.\n');
    run = await runGates(contentDir);
  });

  it('keeps every gate green: check, build, links, HTML, published URLs, translations', () => {
    expectGatesPass(run);
  });

  it('makes the translation outdated: a warning of `npm run translations`, not an error', () => {
    expect(run.report.exitCode).toBe(0);
    expect(run.report.outdated).toContainEqual(
      expect.objectContaining({ locale: translation.locale, file: translation.path }),
    );
  });

  it('lists the translation as outdated on the status page', async () => {
    const page = await readPage(run.context.siteDir, '/en/translation-status/');
    expect(outdatedOnStatusPage(page, translation.locale!)).toContain(entryPagePath(source, 'en'));
  });
});
