import { isAbsolute, relative, resolve } from 'node:path';
import { translationLocales, type SiteConfig } from '../schemas/site-config.ts';
import { CONTENT_MODEL, type CollectionModel } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { checkedImage } from './checked-image.ts';
import { createCheckedReference } from './checked-reference.ts';
import { discoverEntries } from './discover.ts';
import { sortProblems, type Problem } from './problem.ts';
import { getBuildDay } from '../data/build-day.ts';
import { uniqueAwardWinners } from './rules/award-winners.ts';
import { countriesHaveRegion } from './rules/country-regions.ts';
import { documentFilesExist } from './rules/document-files.ts';
import { eventCountryMatchesCity } from './rules/event-place.ts';
import { bodyHtmlAllowed } from './rules/body-html.ts';
import { bodyLinksLead } from './rules/body-links.ts';
import { imageAltGiven } from './rules/image-alt.ts';
import { mdxCodeRefused } from './rules/mdx-code.ts';
import { mdxComponentsValid } from './rules/mdx-components.ts';
import { mdxSyntaxValid } from './rules/mdx-syntax.ts';
import { imagesExist } from './rules/images-exist.ts';
import { pageLinks } from './rules/page-links.ts';
import { pastEventStatus } from './rules/past-event-status.ts';
import type { ContentRule, RuleInput } from './rules/rule.ts';
import { secureLinks } from './rules/secure-links.ts';
import { sourcesGiven } from './rules/sources-given.ts';
import { summaryGiven } from './rules/summary-given.ts';
import { translationMarksRemoved } from './rules/translation-marks.ts';
import { translationMatchesSource } from './rules/translation-matches-source.ts';
import { uniqueAliases } from './rules/unique-aliases.ts';
import { uniqueSlugs } from './rules/unique-slugs.ts';
import {
  validateFile,
  type FactsFile,
  type TranslationFile,
  type ValidEntryFile,
} from './validate-file.ts';

const RULES: ContentRule[] = [
  uniqueSlugs,
  uniqueAliases,
  eventCountryMatchesCity,
  countriesHaveRegion,
  uniqueAwardWinners,
  imagesExist,
  documentFilesExist,
  translationMatchesSource,
  translationMarksRemoved,
  sourcesGiven,
  summaryGiven,
  pastEventStatus,
  secureLinks,
  imageAltGiven,
  pageLinks,
  mdxSyntaxValid,
  mdxComponentsValid,
  mdxCodeRefused,
  bodyHtmlAllowed,
  bodyLinksLead,
];

export interface CheckOptions {
  /** The project root; paths in messages are relative to it. */
  rootDir: string;
  site: SiteConfig;
  /** Content folder, overriding the site configuration (the benchmark points it elsewhere). */
  contentDir?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Every entry file that passed its schema, with its parsed front matter. */
  entries: ValidEntryFile[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
  /** The entry files read, as paths are shown to editors. */
  files: string[];
}

/** The content folder: the option, else `ANNALS_CONTENT_DIR`, else the site configuration. */
export function resolveContentDir(rootDir: string, site: SiteConfig, override?: string): string {
  return resolve(rootDir, override || process.env.ANNALS_CONTENT_DIR || site.contentDir);
}

/**
 * How files are named to the editor: relative to the project with `/`, or absolute when
 * they are outside it (another content folder).
 */
export function displayPathFrom(rootDir: string): (path: string) => string {
  return (path) => {
    const shown = relative(rootDir, path);
    return (shown.startsWith('..') || isAbsolute(shown) ? path : shown).split('\\').join('/');
  };
}

/**
 * Checks all content without building: where each file is, its front matter against its
 * schema, its references, and the rules that span files. Returns every problem at once.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const { rootDir, site } = options;
  const contentDir = resolveContentDir(rootDir, site, options.contentDir);
  const displayPath = displayPathFrom(rootDir);
  const discovery = discoverEntries({
    contentDir,
    defaultLocale: site.defaultLocale,
    translationLocales: translationLocales(site),
    displayPath,
  });
  const contentPath = displayPath(contentDir);
  const reference = createCheckedReference(discovery.ids, contentPath);
  const factsSchemas = new Map(
    Object.entries(CONTENT_MODEL as Record<string, CollectionModel>).map(([name, model]) => [
      name,
      model.createFactsSchema(reference, checkedImage),
    ]),
  );
  const validations = discovery.files.map((file) => {
    const model = CONTENT_MODEL[file.collection];
    if (!file.locale) return validateFile(file, factsSchemas.get(file.collection)!);
    const factsShape = (factsSchemas.get(file.collection) as { shape?: object } | undefined)?.shape;
    return validateFile(file, model.translationSchema, Object.keys(factsShape ?? {}));
  });
  // The rules read every file whose front matter could be read, valid or not, so that a
  // file's schema errors do not hide its other problems.
  const readable = validations.flatMap((validation) =>
    validation.entry ? [validation.entry] : [],
  );
  const valid = validations.flatMap((validation) =>
    validation.entry && !validation.problems.length ? [validation.entry] : [],
  );
  const facts = readable.filter((entry): entry is FactsFile => !entry.locale);
  const byKey = new Map(facts.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const ruleInput: RuleInput = {
    facts,
    translations: readable.filter((entry): entry is TranslationFile => Boolean(entry.locale)),
    factsOf: <C extends CollectionName>(collection: C, id: string) =>
      byKey.get(`${collection}/${id}`) as FactsFile<C> | undefined,
    today: getBuildDay(),
    ids: discovery.ids,
    contentPath,
    site,
  };
  const problems = sortProblems([
    ...discovery.problems,
    ...validations.flatMap((validation) => validation.problems),
    ...RULES.flatMap((rule) => rule(ruleInput)),
  ]);
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  return {
    problems,
    entries: valid,
    errorCount,
    warningCount: problems.length - errorCount,
    fileCount: discovery.files.length,
    files: discovery.files.map((file) => file.path),
  };
}
