import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { markdown, writeContentTree, type ContentTree } from '../helpers/content-tree.ts';
import { withFiles } from '../helpers/edit-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const SOURCE = 'events/2017-iclc-cork/index.md';
const FRENCH = 'events/2017-iclc-cork/fr.md';

/** Runs git in `dir` as a test identity, dating every commit 1 January 2020. */
function git(dir: string, ...args: string[]): string {
  const identity = ['-c', 'user.name=Test', '-c', 'user.email=test@example.org'];
  return execFileSync('git', [...identity, '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z',
    },
  });
}

/** A content folder that is its own git repository, with everything committed at once. */
async function committedContent(tree: ContentTree): Promise<string> {
  const dir = await writeContentTree(tree);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Content');
  return dir;
}

/** `npm run translations -- … --content <dir>`, with the folder written `content`. */
function runTranslations(contentDir: string, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['scripts/translations.ts', ...args, '--content', contentDir],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.replaceAll(contentDir, 'content');
}

/** The French counts line: up to date, outdated, missing, unknown. */
const frenchCounts = (output: string) =>
  /^fr\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/m.exec(output)?.slice(1).map(Number);

/** Sets when a file was last written, as an editor's save would. */
const writtenOn = (dir: string, path: string, day: string) =>
  utimes(join(dir, path), new Date(day), new Date(day));

/** Each test runs the command a few times, each a new Node process that checks the content. */
const COMMAND_RUNS = { timeout: 60_000 };

describe('npm run translations on a git working tree', COMMAND_RUNS, () => {
  it('lists a translation as outdated as soon as its source is edited, before any commit', async () => {
    const dir = await committedContent(validArchive());
    expect(frenchCounts(runTranslations(dir, '--locale', 'fr'))).toEqual([1, 0, 7, 0]);

    const source = join(dir, SOURCE);
    await writeFile(source, (await readFile(source, 'utf8')).replace('Cork.', 'Cork, Ireland.'));
    const edited = runTranslations(dir, '--locale', 'fr');
    expect(frenchCounts(edited)).toEqual([0, 1, 7, 0]);
    expect(edited).toContain(
      `fr, outdated:\n  content/${FRENCH}: the source changed after the translation\n`,
    );

    // The translator catches up, saving the French text after the English one.
    await writeFile(join(dir, FRENCH), `${await readFile(join(dir, FRENCH), 'utf8')}\nTexte.\n`);
    await writtenOn(dir, SOURCE, '2024-01-02T00:00:00Z');
    await writtenOn(dir, FRENCH, '2024-01-03T00:00:00Z');
    expect(frenchCounts(runTranslations(dir, '--locale', 'fr'))).toEqual([1, 0, 7, 0]);
  });

  it('dates a new translation, not yet committed, by when it was written', async () => {
    const dir = await committedContent(validArchive());
    const spanish = 'events/2017-iclc-cork/es.md';
    await writeFile(join(dir, spanish), markdown('title: 3.ª Conferencia Internacional\n'));
    const output = runTranslations(dir, '--locale', 'es');
    expect(output).not.toContain(spanish);
    expect(/^es\s+(\d+)/m.exec(output)?.[1]).toBe('2');
  });
});

/** A French translation as an editor writes it: a comment, odd order, quotes, a long line. */
const HAND_WRITTEN_FRENCH = markdown(
  `
# Relu par l'équipe de traduction le 3 mars.
summary: "La troisième conférence du réseau, tenue à Cork, où les villes ont adopté l’Appel à l’action de Cork pour des villes apprenantes plus vertes, plus saines et plus inclusives."
sessions:
  opening: 'Ouverture'   # titre du programme officiel
title: 3e Conférence internationale sur les villes apprenantes
`,
  '\nLa conférence s’est tenue à Cork.\n',
);

describe('npm run translations -- --stamp', COMMAND_RUNS, () => {
  it('adds the stamp line and changes nothing else of the file', async () => {
    const dir = await committedContent(
      withFiles(validArchive(), { [FRENCH]: HAND_WRITTEN_FRENCH }),
    );
    const output = runTranslations(dir, '--stamp', join(dir, FRENCH));
    const fingerprint = /translatedFrom (\w{8}) /.exec(output)?.[1];
    expect(output).toBe(
      `content/${FRENCH}: translatedFrom ${fingerprint} (matches content/${SOURCE} as it is now)\n`,
    );
    expect(git(dir, 'diff', '--numstat')).toBe(`1\t0\t${FRENCH}\n`);
    expect(await readFile(join(dir, FRENCH), 'utf8')).toBe(
      HAND_WRITTEN_FRENCH.replace(
        'sur les villes apprenantes\n---',
        `sur les villes apprenantes\ntranslatedFrom: ${fingerprint}\n---`,
      ),
    );
    expect(frenchCounts(runTranslations(dir, '--locale', 'fr'))).toEqual([1, 0, 7, 0]);
  });
});
