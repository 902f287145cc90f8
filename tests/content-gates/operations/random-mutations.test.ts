import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createRandom } from '../../../scripts/bench/random.ts';
import { buildSite } from '../../helpers/build-site.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { mutateShippedContent } from '../../helpers/content-mutations.ts';
import { problemLines, STACK_TRACE } from '../../helpers/problem-lines.ts';

/** The seeds of the rounds; a failing round is replayed by running it alone. */
const SEEDS = ['mutations-1', 'mutations-2', 'mutations-3'];
/** Changes per round: several, so that three builds try many kinds of mistake. */
const CHANGES = 4;

// Run with the operations, on copies of the content editors change (content/, or the folder
// ANNALS_CONTENT_DIR names): it reads that content, which no engine test may.
describe('check and build on randomly broken copies of the shipped content', () => {
  it.each(SEEDS)('agree, with no stack trace, on the changes of seed %s', async (seed) => {
    const { contentDir, changes } = await mutateShippedContent(
      inject('contentBuild').contentDir,
      createRandom(seed),
      CHANGES,
    );
    const shown = (text: string) => text.replaceAll(contentDir, 'content');
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const checked = shown(check.stdout + check.stderr);
    const build = await buildSite({
      outDir: await mkdtemp(join(tmpdir(), 'annals-mutated-site-')),
      contentDir,
    });
    const built = shown(build.output);
    const report = `Changes of seed ${seed}:\n${changes.join('\n')}\n\nCheck:\n${checked}\n\nBuild:\n${built.slice(-4000)}`;
    expect(build.exitCode === 0, report).toBe(check.status === 0);
    expect(problemLines(built), report).toEqual(problemLines(checked));
    expect(checked, report).not.toMatch(STACK_TRACE);
    expect(built, report).not.toMatch(STACK_TRACE);
  });
});
