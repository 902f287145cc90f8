import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/integration/cache-dir.ts';
import { withAstroLock } from './astro-lock.ts';
import { PROJECT_ROOT } from './check.ts';
import { copyBuildRoot, nodeOptionsIn } from './project-copy.ts';

/** The variables Vite gives `import.meta.env`, which vitest sets in the test process. */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export interface BuildResult {
  exitCode: number | null;
  /** Everything the build printed, standard output and error together. */
  output: string;
}

/**
 * Builds the project as `npm run build` does, from another content folder if given, into
 * `outDir`. Runs Astro in a child process, as an editor would, so errors reach the output.
 *
 * A build of another content folder runs in a copy of the project made for it, so that test
 * files build at the same time: Astro keeps a build's module maps and server bundle in its
 * project's `.astro/` folder. A build of the content itself uses the project and its cache,
 * as `npm run build` does, one at a time with the other Astro processes that do
 * (tests/helpers/astro-lock.ts).
 */
export async function buildSite(options: {
  outDir: string;
  contentDir?: string;
  /** Extra environment, such as SOURCE_DATE_EPOCH to fix the day the build sees as today. */
  env?: Record<string, string>;
  /**
   * Keeps Astro's cache of this content folder after the build, so that the next build of
   * the same folder is an incremental one; whoever sets it removes the cache at the end.
   */
  keepCache?: boolean;
  /**
   * A copy of the project to build in (tests/helpers/project-copy.ts), kept from one build
   * to the next by a test that builds incrementally or edits the project's own files.
   */
  root?: string;
}): Promise<BuildResult> {
  const ownCopy = options.root === undefined && options.contentDir !== undefined;
  const root = options.root ?? (ownCopy ? await copyBuildRoot() : PROJECT_ROOT);
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [astro, 'build', '--outDir', options.outDir];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };
  // Vitest puts its own Vite variables into the environment; Astro's Vite would read them
  // back into import.meta.env, and BASE_URL=/ would hide the site's base path.
  for (const name of VITE_ENV) delete env[name];
  // Vitest also sets NODE_ENV=test, which Astro keeps and Vite reads as a development build
  // (import.meta.env.DEV true): the pages would take their `astro dev` paths. `npm run build`
  // from an editor's shell has no NODE_ENV, and Astro makes it production.
  delete env.NODE_ENV;
  if (options.contentDir) env.ANNALS_CONTENT_DIR = options.contentDir;
  Object.assign(env, options.env);
  if (root !== PROJECT_ROOT) env.NODE_OPTIONS = nodeOptionsIn(root, env.NODE_OPTIONS);
  const build = () =>
    new Promise<BuildResult>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: root, env });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ exitCode, output }));
    });
  const result = options.contentDir ? await build() : await withAstroLock(build);
  // Each test writes its content to a new temporary folder, whose cache nothing reads again.
  if (options.contentDir && !options.keepCache) {
    await rm(astroCacheDir(root, options.contentDir), { recursive: true, force: true });
  }
  if (ownCopy) await rm(root, { recursive: true, force: true });
  return result;
}
