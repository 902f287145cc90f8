import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';

type BuildOptions = NonNullable<NonNullable<ViteUserConfig['build']>['rolldownOptions']>;
type OnLog = NonNullable<BuildOptions['onLog']>;

/**
 * Rolldown's log handler for the build: drops the `MODULE_LEVEL_DIRECTIVE` warning Rolldown
 * gives for Astro's own `"use astro:head-inject"` directive, once per MDX page and language
 * (24 boxes for the shipped guide), and passes every other log on. Astro reads the directive
 * before bundling, so nothing is lost. Upstream: withastro/astro#18087; remove this when an
 * Astro release fixes it.
 */
export const dropHeadInjectWarning: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) {
    return;
  }
  handler(level, log);
};

/** The Vite settings that keep the build's terminal to what an editor needs. */
export const quietBuild: ViteUserConfig = {
  build: { rolldownOptions: { onLog: dropHeadInjectWarning } },
};

/**
 * The last line of a build: how many pages, how long it took, and where the site is, as
 * `1112 pages built in 1 min 12 s into dist/; npm start serves them at http://localhost:4321/`.
 */
export function closingLine(pages: number, milliseconds: number, outDir: URL, previewUrl: string) {
  const seconds = Math.round(milliseconds / 1000);
  const time = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const path = fileURLToPath(outDir).replace(/\/$/, '');
  const inProject = relative(process.cwd(), path);
  const folder = inProject.startsWith('..') || isAbsolute(inProject) ? path : inProject || '.';
  return `${pages} pages built in ${time} into ${folder}/; npm start serves them at ${previewUrl}`;
}
