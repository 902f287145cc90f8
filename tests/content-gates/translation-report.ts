import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { useTranslations } from '../../src/i18n/translate.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { readPage } from '../helpers/html.ts';
import type { GateContext, GateFinding } from './gates.ts';
import { entryPagePath } from './page-sources.ts';

/** What `npm run translations` reports on a content folder. */
export interface TranslationReport {
  exitCode: number;
  output: string;
  /** The translations it lists as outdated, each with its locale and file. */
  outdated: { locale: string; file: string; line: string }[];
}

/** Runs `npm run translations` on a content folder. */
export async function runTranslationReport(contentDir: string): Promise<TranslationReport> {
  const script = join(PROJECT_ROOT, 'scripts', 'translations.ts');
  const { exitCode, output } = await promisify(execFile)(
    process.execPath,
    [script, '--content', contentDir],
    { cwd: PROJECT_ROOT },
  ).then(
    ({ stdout }) => ({ exitCode: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      exitCode: error.code,
      output: `${error.stdout}${error.stderr}`,
    }),
  );
  const outdated: TranslationReport['outdated'] = [];
  let locale = '';
  for (const line of output.split('\n')) {
    const section = /^([a-z]{2,3}), ([a-z]+):$/.exec(line);
    if (section) locale = section[2] === 'outdated' ? section[1]! : '';
    const file = /^ {2}(\S+\.mdx?): /.exec(line)?.[1];
    if (locale && file) outdated.push({ locale, file, line: line.trim() });
  }
  return { exitCode, output, outdated };
}

/** Links listed under the "Outdated" heading of a locale on the English status page. */
export function outdatedOnStatusPage(page: HTMLElement, locale: string): Set<string> {
  const section = page.querySelector(`section[aria-labelledby="status-${locale}"]`);
  const outdated = useTranslations('en')('status.outdated');
  const heading = section?.querySelectorAll('h3').find((h3) => h3.text.trim() === outdated);
  const links = heading?.nextElementSibling?.querySelectorAll('a') ?? [];
  return new Set(links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * The translation report: `npm run translations` runs, and the status page lists each
 * translation it calls outdated. An outdated translation is a warning for the editor (see
 * `report.outdated`), never a failure.
 */
export async function translationReportGate(
  context: GateContext,
  report: TranslationReport,
): Promise<GateFinding> {
  const heading = '`npm run translations` and the translation status page';
  if (report.exitCode !== 0) {
    const advice = 'Fix the content errors it names; `npm run check` lists them too.';
    return { heading, problems: report.output.trim().split('\n'), advice };
  }
  const page = await readPage(context.siteDir, '/en/translation-status/');
  const entries = context.check.entries;
  const problems = report.outdated.flatMap(({ locale, file }) => {
    const translation = entries.find((entry) => entry.path === file);
    const source = entries.find(
      (entry) =>
        !entry.locale &&
        entry.collection === translation?.collection &&
        entry.id === translation?.id,
    );
    const url = source && entryPagePath(source, 'en');
    return url && outdatedOnStatusPage(page, locale).has(url)
      ? []
      : [`${file}: outdated, but /en/translation-status/ does not list it as outdated`];
  });
  return { heading, problems, advice: 'The status page and the report disagree: a bug to report.' };
}
