import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { FRONT_MATTER } from '../../src/content-check/front-matter.ts';
import {
  assertSucceeded,
  astroBuild,
  buildEnv,
  PROJECT_ROOT,
  type SiteBuild,
} from './site-build.ts';

/**
 * Rebuilds with Astro's incremental build, which the shipped configuration turns on: with no
 * change since the last build, and after editing one event's text; and whether the latter
 * wrote what a cold build of the same content writes.
 */
export interface Rebuilds {
  /** The first build into the rebuilds' folder, from the cold build's cache. */
  priming: SiteBuild;
  unchanged: SiteBuild;
  afterEdit: SiteBuild;
  /** Files of the rebuild after the edit that a cold build writes otherwise, or not at all. */
  differing: string[];
}

/** Whether a Markdown file has text below its front matter. */
const hasBody = (source: string) => source.replace(FRONT_MATTER, '').trim() !== '';

/**
 * Edits the body of the middle event that has one, as an editor fixing a sentence would. An
 * event without a body would gain one, which its listings show (they mark untranslated text),
 * so that edit would say nothing of an edit of a body's text.
 */
async function editOneEvent(contentDir: string): Promise<void> {
  const events = (await readdir(join(contentDir, 'events'))).sort();
  for (let at = Math.floor(events.length / 2); at < events.length; at += 1) {
    const path = join(contentDir, 'events', events[at]!, 'index.md');
    const original = await readFile(path, 'utf8');
    if (!hasBody(original)) continue;
    await writeFile(path, `${original.trimEnd()}\n\nOne sentence added by the benchmark.\n`);
    return;
  }
  throw new Error('No event of the second half of the archive has a body to edit.');
}

/** Every file under `dir`, relative to it, sorted. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files two sites do not share byte for byte, each with what is wrong with it. */
export async function siteDifferences(expected: string, actual: string): Promise<string[]> {
  const [want, got] = await Promise.all([filesOf(expected), filesOf(actual)]);
  const has = new Set(got);
  const problems = [
    ...want.filter((file) => !has.has(file)).map((file) => `${file} (missing)`),
    ...got.filter((file) => !want.includes(file)).map((file) => `${file} (extra)`),
  ];
  for (const file of want.filter((path) => has.has(path))) {
    const [a, b] = await Promise.all([
      readFile(join(expected, file)),
      readFile(join(actual, file)),
    ]);
    if (!a.equals(b)) problems.push(`${file} (differs)`);
  }
  return problems;
}

/**
 * Builds once to fill the cache, again with nothing changed, then edits one event and
 * builds again; then builds the edited content cold (`--force`) into another folder and
 * compares. The rebuilds write into one folder throughout, as a build server's `dist/` is:
 * Astro's image module names the output folder, so pages with images are reused only there.
 * Each rebuild's log is written beside them (`rebuild-*.log`, kept with `--keep`).
 */
export async function measureRebuilds(contentDir: string, workDir: string): Promise<Rebuilds> {
  const env = buildEnv(contentDir);
  const outDir = join(workDir, 'site-rebuild');
  const build = async (what: string, options: { outDir?: string; force?: boolean } = {}) => {
    const result = await astroBuild({ root: PROJECT_ROOT, outDir, env, ...options });
    assertSucceeded(what, result.measurement);
    const log = result.measurement.lines.map(
      (line) => `${(line.atMs / 1000).toFixed(1)}\t${line.text}`,
    );
    await writeFile(join(workDir, `rebuild-${what.replaceAll(' ', '-')}.log`), log.join('\n'));
    return result;
  };
  const priming = await build('priming build');
  const unchanged = await build('rebuild with no change');
  await editOneEvent(contentDir);
  const afterEdit = await build('rebuild after one edit');
  const coldDir = join(workDir, 'site-cold');
  await build('cold build of the edited content', { outDir: coldDir, force: true });
  return { priming, unchanged, afterEdit, differing: await siteDifferences(coldDir, outDir) };
}
