import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SITE_CONFIG_HOOK } from '../../src/integration/site-config-file.ts';
import { PROJECT_ROOT } from './check.ts';

/** The project's files as a clone has them: tracked ones and new ones not yet committed. */
function projectFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  // A copy's own node_modules is a link, which git lists as a file; each copy links its own.
  return listed.stdout.split('\n').filter((file) => file && file !== 'node_modules');
}

async function copyFiles(files: string[], prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await Promise.all(
    files.map((file) =>
      cp(join(PROJECT_ROOT, file), join(dir, file)).catch((error: NodeJS.ErrnoException) => {
        // A file deleted in the working tree but still in the index is not part of the copy.
        if (error.code !== 'ENOENT') throw error;
      }),
    ),
  );
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * A copy of the project as a clone has it, with node_modules linked. For a test that changes
 * the project's own files (its interface strings, its configuration), which other test files
 * running at the same time read, or that runs the project's commands as in a new clone.
 */
export function copyProject(): Promise<string> {
  return copyFiles(projectFiles(), 'annals-project-');
}

/**
 * A copy of what a build of another content folder reads (the code, its configuration, the
 * public files; not the tests nor the shipped content), with node_modules linked. Astro keeps
 * a build's module maps and server bundle in its project's `.astro/` folder, so builds in
 * copies of their own can run at the same time.
 */
export function copyBuildRoot(): Promise<string> {
  const files = projectFiles().filter((file) => !/^(tests|content)\//.test(file));
  return copyFiles(files, 'annals-build-');
}

/**
 * NODE_OPTIONS for a Node process in `root`, a copy of the project: the copy's own hook
 * gives its annals.config.ts the configuration ANNALS_CONFIG names; the project's hook, which
 * the test run loads, would redirect only the project's.
 */
export function nodeOptionsIn(root: string, nodeOptions = ''): string {
  const copysHook = join(root, relative(PROJECT_ROOT, SITE_CONFIG_HOOK));
  return nodeOptions.replaceAll(`--import=${SITE_CONFIG_HOOK}`, `--import=${copysHook}`);
}
