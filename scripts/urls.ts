/**
 * `npm run urls`: builds the site and rewrites `content/published-urls.txt` with the path of
 * every page it has.
 *
 *   npm run urls                        the content folder of annals.config.ts
 *   npm run urls -- --content DIR       another content folder; its list is DIR/published-urls.txt
 *   npm run urls -- --outDir DIR        keep the built site in DIR (by default it is deleted)
 *
 * The list is what the archive has promised readers: the published-URL gate fails when a
 * listed page is no longer built, as happens when a slug changes without the old one kept in
 * `aliases`. Run this deliberately, after adding pages or after removing one on purpose, and
 * commit the list with the change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import site from '../annals.config.ts';
import { resolveContentDir } from '../src/content-check/check-content.ts';
import { readCommandLine } from './lib/cli.ts';
import { listPublishedPaths, publishedUrlsFile } from './published-urls.ts';

const { values } = readCommandLine({
  usage: 'npm run urls -- [--content DIR] [--outDir DIR]',
  help: `Builds the site and rewrites published-urls.txt in the content folder with the path
of every page it has: the addresses the site promises to keep. Run it after adding pages, or
after removing one on purpose, and commit the list with the change. --content reads another
content folder (and rewrites its list); --outDir keeps the built site in that folder.`,
  options: { content: { type: 'string' }, outDir: { type: 'string' } },
});

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolveContentDir(rootDir, site, values.content);
const outDir = values.outDir
  ? resolve(rootDir, values.outDir)
  : await mkdtemp(join(tmpdir(), 'annals-urls-'));
const astro = join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
  cwd: rootDir,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ANNALS_CONTENT_DIR: contentDir },
});
if (build.status !== 0) {
  console.error('The build failed; the list of published URLs is unchanged.');
  process.exitCode = 1;
} else {
  const paths = await listPublishedPaths(outDir);
  const file = publishedUrlsFile(contentDir);
  await writeFile(file, `${paths.join('\n')}\n`);
  console.log(`Wrote ${paths.length} paths to ${relative(process.cwd(), file)}.`);
}
if (!values.outDir) await rm(outDir, { recursive: true, force: true });
