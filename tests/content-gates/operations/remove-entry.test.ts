import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../../annals.config.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import type { ValidEntryFile } from '../../../src/content-check/validate-file.ts';
import {
  listPublishedPaths,
  publishedUrlsFile,
  readPublishedPaths,
  unbuiltPageMessages,
} from '../../../scripts/published-urls.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { entryPagePath } from '../page-sources.ts';
import { readContentFiles, timesNamed } from './content-files.ts';
import { copyOfContent, expectGatesPass, runGates, runScript, type GateRun } from './operate.ts';

/** The first entry, by file path, that no other file names: removing it breaks no reference. */
async function unreferencedEntry(contentDir: string): Promise<ValidEntryFile> {
  const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  const files = await readContentFiles(contentDir);
  const removable = entries
    // Without former addresses, so that its own pages are all it takes away.
    .filter((entry) => !entry.locale && !(entry.data.aliases as string[] | undefined)?.length)
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .find((entry) => timesNamed(entry, files) === 0);
  if (!removable)
    throw new Error('Every entry of the content is named by another: none to remove.');
  return removable;
}

describe('an editor removes an entry on purpose, then runs `npm run urls`', () => {
  let removed: ValidEntryFile;
  let pagesOfRemoved: string[];
  let listBefore: string[];
  let run: GateRun;

  beforeAll(async () => {
    const contentDir = await copyOfContent();
    removed = await unreferencedEntry(contentDir);
    pagesOfRemoved = site.locales.map(({ code }) => entryPagePath(removed, code));
    listBefore = await readPublishedPaths(publishedUrlsFile(contentDir));
    await rm(dirname(removed.absolutePath), { recursive: true });
    // `npm run urls` builds the site; the gates read that build rather than build again.
    const siteDir = await mkdtemp(join(tmpdir(), 'annals-removed-'));
    const urls = runScript('urls', ['--content', contentDir, '--outDir', siteDir]);
    expect(urls.status, urls.output).toBe(0);
    run = await runGates(contentDir, siteDir);
  });

  it('had published the pages of the entry, which the guard names with what to do', async () => {
    const published = pagesOfRemoved.filter((path) => listBefore.includes(path));
    const built = await listPublishedPaths(run.context.siteDir);
    expect(unbuiltPageMessages(listBefore, built)).toEqual(
      published
        .sort()
        .map(
          (path) =>
            `${path}: this URL was published and is no longer built; list the old name in \`aliases\` of the entry that replaced it, or run \`npm run urls\` if you removed it on purpose`,
        ),
    );
  });

  it('keeps every gate green once the list is rewritten: check, links, HTML, published URLs, translations', () => {
    expectGatesPass(run);
  });
});
