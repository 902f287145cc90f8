import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { withAstroLock } from '../../helpers/astro-lock.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { expectNoProblems } from '../../helpers/expect-none.ts';
import { readPage, textOf } from '../../helpers/html.ts';
import { kindOfPage } from '../../helpers/page-kind.ts';
import { checkGate } from '../gates.ts';
import { entryPagePath } from '../page-sources.ts';
import { outdatedOnStatusPage } from '../translation-report.ts';
import {
  addEventInNewCity,
  changeTranslatedText,
  NEW_CITY,
  NEW_EVENT,
  removeUnreferencedEntry,
  renameMostNamedEntries,
  type Renaming,
} from './editor-operations.ts';
import { copyOfContent, expectGatesPass, runGates, runScript, type GateRun } from './operate.ts';

// An editor's everyday operations, one after the other on one copy of the content, as a week
// of pull requests would bring them. `npm run check` runs after each; the build and the gates
// that read it run once, after the last, which is the one that builds (`npm run urls`).
describe('an editor’s everyday operations, one after the other', () => {
  let contentDir = '';
  /** What `npm run check` found after each operation, by the operation's name. */
  const checks: [string, string[]][] = [];
  let listBefore: string[] = [];
  let renamings: Renaming[] = [];
  let translation: ValidEntryFile;
  let source: ValidEntryFile;
  let removed: ValidEntryFile;
  let run: GateRun;

  async function checkAfter(operation: string): Promise<void> {
    const check = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    checks.push([operation, checkGate(check).problems]);
  }

  beforeAll(async () => {
    contentDir = await copyOfContent();
    listBefore = await readPublishedPaths(publishedUrlsFile(contentDir));

    // One entry of each collection, the most named one, so every kind of reference is hit.
    renamings = await renameMostNamedEntries(contentDir);
    await checkAfter('renaming an entry with its old name in `aliases`');

    ({ translation, source } = await changeTranslatedText(contentDir));
    await checkAfter('changing the English text of a translated entry');

    await addEventInNewCity(contentDir);
    await checkAfter('adding an event in a new city with `npm run new`');

    const keep = new Set([`${source.collection}/${source.id}`]);
    removed = await removeUnreferencedEntry(contentDir, keep);
    // `npm run urls` builds the site; the gates read that build rather than build again.
    const siteDir = await mkdtemp(join(tmpdir(), 'annals-operations-site-'));
    const urls = await withAstroLock(async () =>
      runScript('urls', ['--content', contentDir, '--outDir', siteDir]),
    );
    expect(urls.status, urls.output).toBe(0);
    await checkAfter('removing an entry, then running `npm run urls`');
    run = await runGates(contentDir, siteDir);
  });

  it('leaves `npm run check` without errors after each operation', () => {
    expectNoProblems(
      checks.flatMap(([operation, problems]) =>
        problems.map((line) => `after ${operation}: ${line}`),
      ),
      '`npm run check` finds errors after an operation the Editors’ guide describes',
      'The operation, done as the guide says, should leave no error: the guide or the checker is wrong.',
    );
  });

  it('keeps every gate green after them: check, build, links, HTML, published URLs, translations', () => {
    expectGatesPass(run);
  });

  it('renames one entry of every collection that has entries', async () => {
    const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    const collections = new Set(entries.map((entry) => entry.collection));
    expect(renamings.map(({ collection }) => collection).sort()).toEqual([...collections].sort());
  });

  it('sends readers from each former address to the page under its new name', async () => {
    for (const { collection, from, to, slug } of renamings) {
      // An entry with a slug of its own keeps its address; its former folder name redirects.
      const address = slug ?? to;
      for (const { code } of site.locales) {
        const page = await readPage(run.context.siteDir, `/${code}/${collection}/${from}/`);
        expect(kindOfPage(page), `/${code}/${collection}/${from}/`).toBe('redirect');
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          `${site.url}/${code}/${collection}/${address}/`,
        );
      }
    }
  });

  it('makes the changed translation outdated: a warning of `npm run translations`, not an error', () => {
    expect(run.report.exitCode).toBe(0);
    expect(run.report.outdated).toContainEqual(
      expect.objectContaining({ locale: translation.locale, file: translation.path }),
    );
  });

  it('lists the changed translation as outdated on the status page', async () => {
    const page = await readPage(run.context.siteDir, '/en/translation-status/');
    expect(outdatedOnStatusPage(page, translation.locale!)).toContain(entryPagePath(source, 'en'));
  });

  it('publishes the new event, linked from the new city’s page', async () => {
    const page = await readPage(run.context.siteDir, `/en/cities/${NEW_CITY}/`);
    expect(textOf(page.querySelector('h1'))).toBe('Tollbridge');
    expect(page.querySelector(`main a[href="/en/events/${NEW_EVENT}/"]`)).not.toBeNull();
  });

  it('still builds every page published before, but the removed entry’s, which the guard names with what to do', async () => {
    const pagesOfRemoved = site.locales
      .map(({ code }) => entryPagePath(removed, code))
      .filter((path) => listBefore.includes(path));
    const built = await listPublishedPaths(run.context.siteDir);
    expect(unbuiltPageMessages(listBefore, built)).toEqual(
      pagesOfRemoved
        .sort()
        .map(
          (path) =>
            `${path}: this URL was published and is no longer built; list the old name in \`aliases\` of the entry that replaced it, or run \`npm run urls\` if you removed it on purpose`,
        ),
    );
  });
});
