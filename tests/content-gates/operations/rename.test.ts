import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../../annals.config.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import type { ValidEntryFile } from '../../../src/content-check/validate-file.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { readPage } from '../../helpers/html.ts';
import { kindOfPage } from '../../helpers/page-kind.ts';
import { addAlias, idPattern, readContentFiles, timesNamed } from './content-files.ts';
import { copyOfContent, expectGatesPass, runGates, type GateRun } from './operate.ts';

/** One renamed entry: its collection, its folder name before and after. */
interface Renaming {
  collection: string;
  from: string;
  to: string;
  slug?: string;
}

/**
 * In each collection, the entry that the most other files name (by reference, in a
 * component, in a link): renaming it touches the most of the content.
 */
async function mostNamedEntries(contentDir: string): Promise<ValidEntryFile[]> {
  const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  const files = await readContentFiles(contentDir);
  const byCollection = Map.groupBy(
    entries.filter((entry) => !entry.locale),
    (entry) => entry.collection,
  );
  return [...byCollection.values()].map(
    (candidates) =>
      candidates
        .map((entry) => ({ entry, count: timesNamed(entry, files) }))
        .sort((a, b) => b.count - a.count)[0]!.entry,
  );
}

/**
 * Step 3 of the Editors' guide: `npm run check` names every reference to the old name, at
 * its file and line, and the editor writes the new name there.
 */
async function correctReferences(contentDir: string, renamings: Renaming[]): Promise<void> {
  const { problems } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
  for (const problem of problems.filter((candidate) => candidate.severity === 'error')) {
    const renaming = renamings.find(({ collection, from }) =>
      problem.message.includes(`/${collection}/${from}/index.md, which does not exist`),
    );
    if (!renaming) continue;
    const lines = (await readFile(problem.file, 'utf8')).split('\n');
    lines[problem.line - 1] = lines[problem.line - 1]!.replace(
      idPattern(renaming.from),
      renaming.to,
    );
    await writeFile(problem.file, lines.join('\n'));
  }
}

describe('an editor renames an entry, as the Editors’ guide says', () => {
  let contentDir = '';
  const renamings: Renaming[] = [];
  let run: GateRun;

  beforeAll(async () => {
    contentDir = await copyOfContent();
    // One entry of each collection, the most named one, so every kind of reference is hit.
    for (const entry of await mostNamedEntries(contentDir)) {
      const to = `${entry.id}-renamed`;
      const folder = join(contentDir, entry.collection);
      await rename(join(folder, entry.id), join(folder, to));
      await addAlias(join(folder, to, basename(entry.absolutePath)), entry.id);
      const slug = entry.data.slug as string | undefined;
      renamings.push({ collection: entry.collection, from: entry.id, to, slug });
    }
    await correctReferences(contentDir, renamings);
    run = await runGates(contentDir);
  });

  it('renames one entry of every collection that has entries', async () => {
    const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    const collections = new Set(entries.map((entry) => entry.collection));
    expect(renamings.map(({ collection }) => collection).sort()).toEqual([...collections].sort());
  });

  it('keeps every gate green: check, build, links, HTML, published URLs, translations', () => {
    expectGatesPass(run);
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
});
