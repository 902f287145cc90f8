import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import site from '../../annals.config.ts';
import { checkContent, type CheckResult } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import {
  listPublishedPaths,
  publishedUrlsFile,
  readPublishedPaths,
  unbuiltPageMessages,
} from '../../scripts/published-urls.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { findBrokenLinks } from '../helpers/link-check.ts';
import { checkHtmlFolder } from '../helpers/nu-checker.ts';
import { listSiteFiles } from '../helpers/site-files.ts';
import { describePageFile, pageSources } from './page-sources.ts';

/**
 * What one gate found, written for the editor who has to act: one line per problem naming
 * the file (or the URL and the file it comes from), a heading saying what the lines are,
 * and what to do about them.
 */
export interface GateFinding {
  heading: string;
  problems: string[];
  advice: string;
}

/** Fails, as a gate does, with the finding's lines, heading and advice when it has problems. */
export function expectGatePasses(finding: GateFinding): void {
  expectNoProblems(finding.problems, finding.heading, finding.advice);
}

/** A content folder, checked, and the site built from it, as every gate reads them. */
export interface GateContext {
  contentDir: string;
  siteDir: string;
  check: CheckResult;
  /** The content file behind each entry page, for messages (see `pageSources`). */
  sources: ReadonlyMap<string, string>;
}

/** Checks a content folder once, for the gates that read a site built from it. */
export async function createGateContext(contentDir: string, siteDir: string): Promise<GateContext> {
  const check = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  return { contentDir, siteDir, check, sources: pageSources(check.entries, site) };
}

/** `npm run check`: every error in the content. Warnings are printed, never a failure. */
export function checkGate(check: CheckResult): GateFinding {
  return {
    heading: '`npm run check` finds errors in the content',
    problems: check.problems.filter((p) => p.severity === 'error').map(formatProblem),
    advice: 'Fix each line in the file and at the line it names; `npm run check` lists the same.',
  };
}

/** The lines of `check`'s warnings, to show beside a passing gate. */
export function checkWarnings(check: CheckResult): string[] {
  return check.problems.filter((p) => p.severity === 'warning').map(formatProblem);
}

/** Lines of a build's output that name a content file and line (`path.md:12: …`). */
const CONTENT_LINE = /^\S+\.mdx?:\d+: .*$/gm;

/** `npm run build`: whether the site builds, and if not, the content lines it stopped on. */
export function buildGate(build: BuildResult): GateFinding {
  const named = build.output.match(CONTENT_LINE) ?? [];
  const lines = named.length ? named : build.output.trim().split('\n').slice(-30);
  return {
    heading: '`npm run build` does not build the site',
    problems: build.exitCode === 0 ? [] : lines,
    advice: 'Fix what the lines name; `npm run build` prints the same when run on its own.',
  };
}

/** The link check: every link, fragment and asset on every page leads to something built. */
export async function linkGate(context: GateContext): Promise<GateFinding> {
  const describe = (file: string) => describePageFile(file, context.sources);
  return {
    heading: 'Links that lead nowhere (the link, what is wrong, the pages that have it)',
    problems: await findBrokenLinks(context.siteDir, site.url, {
      base: site.base,
      describePage: describe,
    }),
    advice:
      'Correct the link in the file named after each page. A link to an entry that was renamed keeps working when the old name is in its `aliases`.',
  };
}

/**
 * The HTML checker (Nu Html Checker) on the pages of the site, or on `files` only (paths in
 * the site folder). Errors name the page, its content file, and the line of the built page.
 */
export async function htmlGate(
  context: GateContext,
  files?: readonly string[],
): Promise<GateFinding> {
  const result = await checkHtmlFolder(context.siteDir, files);
  return {
    heading: 'HTML errors (the page, its content file, the line of the built page, the error)',
    problems: result.errors.map((error) => {
      const [, file = '', line, message = error] = /^(.+?)(?::(\d+))?: (.*)$/.exec(error) ?? [];
      const where = line ? `, line ${line} of the page` : '';
      return `${describePageFile(file, context.sources)}${where}: ${message}`;
    }),
    advice:
      'Most come from raw HTML written in a Markdown text: correct or remove it in the file named; `npm run build` and this check show the result.',
  };
}

/** The published-URL guard: every page the archive has published is still built. */
export async function publishedUrlGate(context: GateContext): Promise<GateFinding> {
  const published = await readPublishedPaths(publishedUrlsFile(context.contentDir));
  const built = await listPublishedPaths(context.siteDir);
  return {
    heading: `Published pages no longer built (listed in ${publishedUrlsFile('content')})`,
    problems: unbuiltPageMessages(published, built),
    advice: 'Each line says what to do.',
  };
}

/**
 * Reproducible builds: a second build of the same content writes the same files, byte for
 * byte, as the README promises. A difference is the engine's defect, not the editor's, so
 * the advice says how to report it rather than what to change.
 */
export async function reproducibleBuildGate(
  context: GateContext,
  secondSiteDir: string,
): Promise<GateFinding> {
  const [first, second] = await Promise.all([
    listSiteFiles(context.siteDir),
    listSiteFiles(secondSiteDir),
  ]);
  const inSecond = new Set(second);
  const describe = (file: string) => describePageFile(file, context.sources);
  const problems = [
    ...first
      .filter((file) => !inSecond.has(file))
      .map((f) => `${describe(f)}: only in the first build`),
    ...second
      .filter((file) => !first.includes(file))
      .map((f) => `${describe(f)}: only in the second build`),
  ];
  for (const file of first.filter((candidate) => inSecond.has(candidate))) {
    const [a, b] = await Promise.all([
      readFile(join(context.siteDir, file)),
      readFile(join(secondSiteDir, file)),
    ]);
    if (!a.equals(b)) problems.push(`${describe(file)}: differs between the two builds`);
  }
  return {
    heading: 'Files that two builds of the same content write differently',
    problems,
    advice:
      'This is a defect of Annals, not of your content: open an issue with these lines and the content files they name. Your change can still be published.',
  };
}

/** Every HTML page of a built site, by its path in the site folder. */
export async function htmlFilesOf(siteDir: string): Promise<string[]> {
  return (await listSiteFiles(siteDir)).filter((file) => file.endsWith('.html'));
}
