import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { markdown, writeContentTree } from '../helpers/content-tree.ts';
import { editFile, withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2017-iclc-cork/index.md';

/** One mistake of each kind the issue names, each in its own file. */
function brokenArchive() {
  let tree = validArchive();
  tree = withFiles(tree, {
    'cities/lyon/index.md': markdown('name: Lyon\ncountry: FR\n  bad: indent\n'),
  });
  tree = editFile(tree, EVENT, 'venue:', 'venu:');
  tree = editFile(tree, 'cities/cork/index.md', 'country: IE', 'country: 353');
  tree = editFile(
    tree,
    'awards/2017-learning-city-award/index.md',
    '- city: cork',
    '- city: corke',
  );
  tree = withFiles(tree, {
    'series/iclc-2/index.md': markdown('name: Copy\nslug: iclc\nsummary: A copy.\n'),
  });
  return tree;
}

const EXPECTED_LINES = [
  "content/awards/2017-learning-city-award/index.md:7: error: winners[0].city: refers to content/cities/corke/index.md, which does not exist; did you mean 'cork'?",
  'content/cities/cork/index.md:3: error: country: expected a two-letter ISO 3166-1 country code, like MX, got the number 353',
  "content/cities/lyon/index.md:4: error: this line is indented under 'country', which already has its value; remove the spaces at its start, or put it in a list or group the field takes",
  'content/events/2017-iclc-cork/index.md:10: error: venu: is not a field here; did you mean venue?',
  'content/series/iclc-2/index.md:3: error: slug: the URL /series/iclc/ is already taken by content/series/iclc/index.md; give one of them another slug',
];

/** Output lines with the temporary content folder written as `content`. */
const linesOf = (output: string, contentDir: string) => output.replaceAll(contentDir, 'content');

describe('content with mistakes', () => {
  let contentDir = '';

  beforeAll(async () => {
    contentDir = await writeContentTree(brokenArchive());
  });

  it('`npm run check` lists every problem with file and line, and exits 1 without a stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const output = linesOf(run.stdout + run.stderr, contentDir);
    expect(run.status).toBe(1);
    for (const line of EXPECTED_LINES) expect(output).toContain(line);
    expect(output).toContain(
      'content files: 5 errors and 0 warnings. Fix the errors above; each line names the file, line and field.',
    );
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('the build stops with the same messages, writes no site, and shows no stack trace', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'annals-broken-'));
    const result: BuildResult = await buildSite({ outDir: join(outDir, 'dist'), contentDir });
    const output = linesOf(result.output, contentDir);
    expect(result.exitCode).not.toBe(0);
    for (const line of EXPECTED_LINES) expect(output).toContain(line);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Stack trace');
    expect(spawnSync('ls', [join(outDir, 'dist')]).status).not.toBe(0);
  });
});
