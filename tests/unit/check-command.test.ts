import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

let contentDir = '';

/** The archive with a warning (a city without sources) and two errors in other files. */
function archiveWithProblems() {
  let tree = editFile(
    validArchive(),
    'cities/cork/index.md',
    'sources:\n  - url: https://example.org/cork\n',
    '',
  );
  tree = editFile(tree, 'events/2017-iclc-cork/index.md', 'venue:', 'venu:');
  return editFile(
    tree,
    'awards/2017-learning-city-award/index.md',
    '- city: cork',
    '- city: corke',
  );
}

/** Runs `npm run check -- …args` from `cwd` as npm would; output with the folder as `content`. */
function check(args: string[], cwd = PROJECT_ROOT) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
  });
  const shown = (text: string) => text.replaceAll(contentDir, 'content');
  return { status: run.status, stdout: shown(run.stdout), stderr: shown(run.stderr) };
}

const WARNING =
  'content/cities/cork/index.md:1: warning: sources: none given; add the page or document these facts come from';
const AWARD_ERROR =
  "content/awards/2017-learning-city-award/index.md:7: error: winners[0].city: refers to content/cities/corke/index.md, which does not exist; did you mean 'cork'?";
const EVENT_ERROR =
  /^content\/events\/2017-iclc-cork\/index\.md:10: error: venu: is not a field here; did you mean venue\? allowed fields are: /;

// Each test starts the command a few times, each start reading the whole archive.
describe('npm run check', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    contentDir = await writeContentTree(archiveWithProblems());
  });

  it('prints warnings, then errors, each labelled, and a closing line counting both', () => {
    const { status, stdout } = check(['--content', contentDir]);
    const lines = stdout.trimEnd().split('\n');
    expect(status).toBe(1);
    expect(lines[0]).toBe(WARNING);
    expect(lines[1]).toBe(AWARD_ERROR);
    expect(lines[2]).toMatch(EVENT_ERROR);
    expect(lines.slice(3)).toEqual([
      'Checked 10 content files: 2 errors and 1 warning. Fix the errors above; each line names the file, line and field.',
    ]);
  });

  it('reports one entry, typed from where the editor is, checked against the whole archive', () => {
    // The event names cork and uil, which are elsewhere; only its own problem is reported.
    const { status, stdout } = check(
      ['events/2017-iclc-cork', '--content', contentDir],
      contentDir,
    );
    const lines = stdout.trimEnd().split('\n');
    expect(status).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(EVENT_ERROR);
    expect(lines[1]).toBe(
      'Checked 2 content files in content/events/2017-iclc-cork: 1 error and 0 warnings. Fix the errors above; each line names the file, line and field.',
    );
    expect(check([`${contentDir}/cities`, '--content', contentDir])).toEqual({
      status: 0,
      stdout: `${WARNING}\nChecked 1 content file in content/cities: 0 errors and 1 warning.\n`,
      stderr: '',
    });
  });

  it('prints GitHub annotations with --format github', () => {
    const { status, stdout } = check([
      `${contentDir}/awards`,
      '--content',
      contentDir,
      '--format',
      'github',
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      "::error file=content/awards/2017-learning-city-award/index.md,line=7,title=winners[0].city::refers to content/cities/corke/index.md, which does not exist; did you mean 'cork'?\nChecked 1 content file in content/awards: 1 error and 0 warnings. Fix the errors above; each line names the file, line and field.\n",
    );
  });

  it('answers --help, and a mistake in its arguments with one line of usage and exit code 2', () => {
    const help = check(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: npm run check -- \[path …\] \[--content DIR\] \[--format text\|github\]\n\n/,
    );
    const usage =
      'usage: npm run check -- [path …] [--content DIR] [--format text|github] (--help explains)\n';
    expect(check(['--contnet', contentDir])).toEqual({
      status: 2,
      stdout: '',
      stderr: `unknown option --contnet (did you mean --content?); ${usage}`,
    });
    expect(check(['--format', 'xml'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `--format takes text or github, not 'xml'; ${usage}`,
    });
    expect(check(['events/no-such-entry', '--content', contentDir], contentDir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `'events/no-such-entry' is not a file or folder; ${usage}`,
    });
    expect(check(['src', '--content', contentDir]).stderr).toBe(
      `'src' is not in the content folder content; ${usage}`,
    );
  });
});

describe('every script', { timeout: 60_000 }, () => {
  it.each([
    ['translations', 'Usage: npm run translations -- '],
    ['urls', 'Usage: npm run urls\n'],
    ['new', 'Usage: npm run new -- <kind>'],
    ['bench', 'Usage: npm run bench -- '],
    ['init', 'Usage: npm run init -- '],
  ])(
    'npm run %s answers --help, and an unknown option with one line and exit code 2',
    (name, usage) => {
      const help = spawnSync(process.execPath, [`scripts/${name}.ts`, '--help'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout.startsWith(usage)).toBe(true);
      const wrong = spawnSync(process.execPath, [`scripts/${name}.ts`, '--no-such-option'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/^[^\n]*; usage: npm run [^\n]*\(--help explains\)\n$/);
      expect(wrong.stdout).toBe('');
    },
  );
});
