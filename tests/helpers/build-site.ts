import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/integration/cache-dir.ts';
import { PROJECT_ROOT } from './check.ts';

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
}): Promise<BuildResult> {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
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
  const result = await new Promise<BuildResult>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
  // Each test writes its content to a new temporary folder, whose cache nothing reads again.
  if (options.contentDir && !options.keepCache) {
    await rm(astroCacheDir(PROJECT_ROOT, options.contentDir), { recursive: true, force: true });
  }
  return result;
}
