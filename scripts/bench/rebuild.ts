import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertSucceeded,
  astroBuild,
  buildEnv,
  PROJECT_ROOT,
  type SiteBuild,
} from './site-build.ts';

/** A rebuild after one edit, with and without Astro's incremental build. */
export interface Rebuilds {
  plain: SiteBuild;
  /** Undefined when the installed Astro has no `experimental.incrementalBuild`. */
  incremental?: SiteBuild;
}

/** Whether the installed Astro knows `experimental.incrementalBuild` (7.2 and later). */
function hasIncrementalBuild(): boolean {
  const schema = join(
    PROJECT_ROOT,
    'node_modules',
    'astro',
    'dist',
    'core',
    'config',
    'schemas',
    'base.js',
  );
  return existsSync(schema) && readFileSync(schema, 'utf8').includes('incrementalBuild');
}

/** Edits the body of the middle event, as an editor fixing a sentence would; returns the undo. */
async function editOneEvent(contentDir: string): Promise<{ undo: () => Promise<void> }> {
  const events = (await readdir(join(contentDir, 'events'))).sort();
  const path = join(contentDir, 'events', events[Math.floor(events.length / 2)]!, 'index.md');
  const original = await readFile(path, 'utf8');
  await writeFile(path, `${original.trimEnd()}\n\nOne sentence added by the benchmark.\n`);
  return { undo: () => writeFile(path, original) };
}

/** Builds once with a warm cache, edits one event, and measures the next build. */
async function rebuildAfterEdit(contentDir: string, outDir: string, script?: string) {
  const env = buildEnv(contentDir);
  assertSucceeded(
    'priming build',
    (await astroBuild({ root: PROJECT_ROOT, outDir, env, script })).measurement,
  );
  const edit = await editOneEvent(contentDir);
  try {
    const rebuild = await astroBuild({ root: PROJECT_ROOT, outDir, env, script });
    assertSucceeded('rebuild', rebuild.measurement);
    return rebuild;
  } finally {
    await edit.undo();
  }
}

/**
 * The cost of a rebuild after editing one event: as Astro builds by default (its content
 * cache kept), and with `experimental.incrementalBuild` on when the installed Astro has it.
 */
export async function measureRebuilds(contentDir: string, outDir: string): Promise<Rebuilds> {
  const plain = await rebuildAfterEdit(contentDir, outDir);
  const incremental = hasIncrementalBuild()
    ? await rebuildAfterEdit(contentDir, outDir, join(import.meta.dirname, 'astro-incremental.ts'))
    : undefined;
  return { plain, incremental };
}
