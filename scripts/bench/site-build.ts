import { join } from 'node:path';
import { readBuildPhases, isPhaseLine, type BuildPhases } from './astro-phases.ts';
import { measure, type Measurement } from './measure.ts';
import { createPageTimes, type PageKindTime } from './page-times.ts';

/** The project this script belongs to: where `astro build` runs with the real configuration. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** One measured `astro build`, with the phases read from its log. */
export interface SiteBuild {
  measurement: Measurement;
  phases: BuildPhases;
  /** Pages built and their time, by kind of page. */
  pageKinds: Map<string, PageKindTime>;
}

/**
 * The environment of every measured build: a production build whatever NODE_ENV the shell
 * or a test runner set (Vite builds in development mode under any other value), no
 * telemetry, no colours, the bench's content.
 */
export function buildEnv(contentDir?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...(contentDir ? { ANNALS_CONTENT_DIR: contentDir } : {}),
  };
}

/** Fails with the end of the log when a measured build did not succeed. */
export function assertSucceeded(what: string, measurement: Measurement): void {
  if (measurement.exitCode === 0) return;
  throw new Error(`${what} failed (exit ${measurement.exitCode}):\n${measurement.tail.join('\n')}`);
}

/**
 * Runs `astro build` in `root` with Astro's own CLI, under the Node running this script.
 * `force` clears Astro's content cache first, so content sync is measured from scratch.
 */
export async function astroBuild(options: {
  root: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  force?: boolean;
  /** Another script that builds, such as the incremental-build runner, instead of the CLI. */
  script?: string;
  /** The kind of page an output path is, for the times by kind. */
  kindOf?: (path: string) => string;
  /** A folder for Node's CPU profile of the build (one sample every millisecond). */
  profileDir?: string;
}): Promise<SiteBuild> {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const profile = options.profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, '--cpu-prof-interval=1000']
    : [];
  const args = options.script
    ? [...profile, options.script, options.root, options.outDir]
    : [
        ...profile,
        astro,
        'build',
        '--outDir',
        options.outDir,
        ...(options.force ? ['--force'] : []),
      ];
  const pageTimes = createPageTimes(options.kindOf);
  const measurement = await measure(process.execPath, args, {
    cwd: options.root,
    env: options.env,
    keep: (line) => !pageTimes.add(line) && isPhaseLine(line),
  });
  return {
    measurement,
    phases: readBuildPhases(measurement.lines),
    pageKinds: pageTimes.kinds,
  };
}
