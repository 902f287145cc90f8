import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_COMMAND } from '../../scripts/init/init-answers.ts';
import { SITE_CONFIG_HOOK } from '../../src/integration/site-config-file.ts';
import { withAstroLock } from '../helpers/astro-lock.ts';
import { copyProject } from '../helpers/project-copy.ts';

/**
 * The environment of a command an editor runs: none of this test run's VITEST variables or
 * NODE_ENV, nor the fixture's content and configuration that the engine projects set for
 * this project.
 */
const editorEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
  // Vitest's NODE_ENV=test would make Astro build in development mode (build-site.ts).
  NODE_ENV: undefined,
  ASTRO_TELEMETRY_DISABLED: '1',
  ANNALS_CONTENT_DIR: '',
  ANNALS_CONFIG: '',
  NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(`--import=${SITE_CONFIG_HOOK}`, '').trim(),
};

/** Runs a command in the copy of the project, as an editor would in its folder. */
function run(cwd: string, command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: editorEnv, encoding: 'utf8' });
}
const output = (result: SpawnSyncReturns<string>) =>
  stripVTControlCharacters(`${result.stdout}${result.stderr}`);

// Locales and regions other than the fixture site's (six locales, UNESCO's regions), which
// the engine tests must not notice.
const INIT_FLAGS = [
  '--url',
  'https://archive.example.net',
  '--locales',
  'en,fr',
  '--title',
  'en=Archive of the Example Network',
  '--title',
  'fr=Archives du réseau exemple',
  '--description',
  'en=What the example network did, with sources.',
];

/** A copy of the project with one commit, so its working tree starts clean, as a clone's. */
async function cloneProject(): Promise<string> {
  const dir = await copyProject();
  const git = ['-c', 'user.name=Test', '-c', 'user.email=test@example.org'];
  run(dir, 'git', ['init', '-q']);
  run(dir, 'git', ['add', '-A']);
  run(dir, 'git', [...git, 'commit', '-qm', 'clone']);
  return dir;
}

describe('npm run init, in a fresh copy of the project', () => {
  let project = '';
  const node = (script: string, args: string[] = []) =>
    run(project, process.execPath, [join(project, script), ...args]);

  beforeAll(async () => {
    project = await cloneProject();
  });

  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('refuses to overwrite uncommitted changes, and names --force', async () => {
    await writeFile(join(project, 'notes.txt'), 'an editor’s unsaved work\n');
    const result = node('scripts/init.ts', INIT_FLAGS);
    expect(result.status).toBe(1);
    expect(output(result)).toContain(
      'npm run init replaces annals.config.ts and content/, but 1 file has uncommitted changes. Commit or stash them first, or run it with --force.',
    );
    await rm(join(project, 'notes.txt'));
  });

  it('refuses an unknown flag with its usage and exit code 2, writing nothing', () => {
    const result = node('scripts/init.ts', [...INIT_FLAGS, '--colour', 'blue']);
    expect(result.status).toBe(2);
    expect(output(result)).toBe(
      `unknown option --colour; usage: ${INIT_COMMAND.usage} (--help explains)\n`,
    );
    expect(run(project, 'git', ['status', '--porcelain']).stdout).toBe('');
  });

  it('writes the configuration and a starter archive that checks, builds and passes the content gates', async () => {
    // It builds the starter archive (npm run urls), as the test's other builds do: one at a time.
    const init = await withAstroLock(async () => node('scripts/init.ts', INIT_FLAGS));
    expect(init.status, output(init)).toBe(0);
    expect(output(init)).toMatch(/Checked \d+ content files: 0 errors and 0 warnings\./);
    expect(output(init)).toMatch(/Wrote \d+ paths to content\/published-urls\.txt\./);
    const config = await readFile(join(project, 'annals.config.ts'), 'utf8');
    expect(config).toContain("url: 'https://archive.example.net'");
    expect(config).toContain("regions: 'un-m49'");

    const check = node('scripts/check.ts');
    expect(check.status, output(check)).toBe(0);
    expect(output(check)).toMatch(/: 0 errors and 0 warnings\.$/m);

    // The content gates, which build the starter archive twice as `npm run build` does and
    // compare the two builds; and engine tests as npm test runs them in the new archive: they
    // keep the fixture's six locales and its regions in-process (interface strings per
    // locale), in the scripts they start (npm run check on an archive with a Spanish
    // translation) and in the fixture site they build (its Arabic pages, right to left).
    const engineTests = [
      'tests/unit/ui-strings.test.ts',
      'tests/unit/check-command.test.ts',
      'tests/site/i18n.test.ts',
    ];
    const tests = node('node_modules/vitest/vitest.mjs', [
      ...['run', '--project', 'content-gates', '--project', 'unit', '--project', 'site'],
      ...['tests/content-gates/', ...engineTests],
    ]);
    expect(tests.status, output(tests)).toBe(0);
    expect(output(tests)).toMatch(/Test Files {2}5 passed \(5\)/);
  });
});
