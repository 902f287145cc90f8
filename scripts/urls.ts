/**
 * `npm run urls`: builds the site into a temporary folder and rewrites
 * tests/published-urls.txt with the path of every page it has.
 *
 * The list is what the site has promised to keep: a test fails when a listed page is no
 * longer built, as happens when a slug changes without the old one kept in `aliases`.
 * Run this deliberately, after adding pages or after removing one on purpose, and commit
 * the list with the change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './lib/cli.ts';
import { listPublishedPaths, PUBLISHED_URLS_FILE } from './published-urls.ts';

readCommandLine({
  usage: 'npm run urls',
  help: `Builds the site into a temporary folder and rewrites ${PUBLISHED_URLS_FILE} with the
path of every page it has: the addresses the site promises to keep. Run it after adding
pages, or after removing one on purpose, and commit the list with the change.`,
  options: {},
});

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = await mkdtemp(join(tmpdir(), 'annals-urls-'));
const astro = join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
  cwd: rootDir,
  stdio: ['ignore', 'ignore', 'inherit'],
  // The shipped content, even when the shell points builds elsewhere.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ANNALS_CONTENT_DIR: '' },
});
if (build.status !== 0) {
  console.error('The build failed; the list of published URLs is unchanged.');
  process.exitCode = 1;
} else {
  const paths = await listPublishedPaths(outDir);
  await writeFile(join(rootDir, PUBLISHED_URLS_FILE), `${paths.join('\n')}\n`);
  console.log(`Wrote ${paths.length} paths to ${PUBLISHED_URLS_FILE}.`);
}
await rm(outDir, { recursive: true, force: true });
