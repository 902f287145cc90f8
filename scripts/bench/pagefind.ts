import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measure, type Measurement } from './measure.ts';

/** How the project's `npm run build` indexes the site for search, if it does. */
export type PagefindStep =
  | { kind: 'none' }
  /** A command after `astro build` in the build script, like `pagefind --site dist`. */
  | { kind: 'command'; args: string[] }
  /** Inside `astro build` (an integration): seen by the index it leaves in the output. */
  | { kind: 'in-build' };

/** The arguments of the `pagefind` command in a build script, without its `--site`. */
function pagefindArgs(script: string): string[] | undefined {
  const command = script
    .split(/&&|;/)
    .map((part) => part.trim().split(/\s+/))
    .find((words) => words[0] === 'pagefind' || (words[0] === 'npx' && words[1] === 'pagefind'));
  if (!command) return undefined;
  const args = command.slice(command[0] === 'npx' ? 2 : 1);
  return args.filter(
    (arg, index) => !arg.startsWith('--site') && args[index - 1] !== '--site' && arg !== '-s',
  );
}

/** Reads the project's build script to see whether and how it runs Pagefind. */
export async function detectPagefind(
  projectRoot: string,
  builtSite: string,
): Promise<PagefindStep> {
  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const args = pagefindArgs(manifest.scripts?.build ?? '');
  if (args) return { kind: 'command', args };
  return existsSync(join(builtSite, 'pagefind')) ? { kind: 'in-build' } : { kind: 'none' };
}

/** Runs the build script's Pagefind command on a built site, as `npm run build` would. */
export function runPagefind(
  projectRoot: string,
  args: string[],
  site: string,
): Promise<Measurement> {
  const bin = join(projectRoot, 'node_modules', '.bin', 'pagefind');
  return measure(bin, [...args, '--site', site], { cwd: projectRoot });
}
