import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { CONTENT_MISTAKES } from '../helpers/content-mistakes.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';
import { problemLines, STACK_TRACE } from '../helpers/problem-lines.ts';

describe('check and build, given every content mistake the checker knows', () => {
  let contentDir = '';
  let checked = '';
  let checkStatus: number | null = null;
  let built = '';
  let buildStatus: number | null = null;

  beforeAll(async () => {
    // One archive with all the mistakes, each in its own files: one build reports them all.
    const tree = CONTENT_MISTAKES.reduce(
      (archive, mistake) => mistake.make(archive),
      validArchive(),
    );
    contentDir = await writeContentTree(tree);
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    checkStatus = check.status;
    checked = (check.stdout + check.stderr).replaceAll(contentDir, 'content');
    const build = await buildSite({
      outDir: await mkdtemp(join(tmpdir(), 'annals-mistakes-')),
      contentDir,
    });
    buildStatus = build.exitCode;
    built = build.output.replaceAll(contentDir, 'content');
  });

  it.each(CONTENT_MISTAKES)(
    '$kind: refused by check at $at, and by the build at the same line',
    ({ at }) => {
      const line = problemLines(checked).find((found) => found.startsWith(`${at}: error: `));
      expect(line, checked).toBeDefined();
      expect(problemLines(built)).toContain(line);
    },
  );

  it('prints the same problems in both, stops both, and shows no stack trace', () => {
    expect(checkStatus).toBe(1);
    expect(buildStatus).not.toBe(0);
    expect(problemLines(built)).toEqual(problemLines(checked));
    expect(checked).not.toMatch(STACK_TRACE);
    expect(built).not.toMatch(STACK_TRACE);
  });
});

describe('a content mistake the build meets past the check', () => {
  it('is named at its file and line of the content, not in the bundled site, without a stack trace', async () => {
    const tree = withFiles(validArchive(), {
      'docs/points/index.mdx': markdown(
        'title: Points\norder: 5\n',
        'The points:\n\n<ActionPoints statement="2017-holm-cal-to-action" />\n',
      ),
    });
    const contentDir = await writeContentTree(tree);
    const build = await buildSite({
      outDir: await mkdtemp(join(tmpdir(), 'annals-unchecked-')),
      contentDir,
      // The check would refuse the page; this build goes on past it on purpose.
      env: { ANNALS_TEST_UNCHECKED_BUILD: '1' },
    });
    const output = build.output.replaceAll(contentDir, 'content');
    expect(build.exitCode).not.toBe(0);
    expect(output).toContain(
      'content/docs/points/index.mdx:7: error: <ActionPoints statement>: refers to content/statements/2017-holm-cal-to-action/index.md, which does not exist',
    );
    expect(output).not.toMatch(/\.prerender|dist\/|chunks\//);
    expect(output).not.toMatch(STACK_TRACE);
  });
});
