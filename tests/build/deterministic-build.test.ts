import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { outputsArchive } from '../helpers/outputs-archive.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

/** Builds the content into a new folder and returns the folder. */
async function build(contentDir: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'annals-repeat-'));
  // The day that decides what is upcoming is fixed, as reproducible builds fix it.
  const result = await buildSite({ outDir, contentDir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  expect(result.exitCode, result.output).toBe(0);
  return outDir;
}

describe('two builds of the same content', () => {
  it('write the same files, byte for byte', async () => {
    const contentDir = await writeContentTree(outputsArchive());
    const first = await build(contentDir);
    const second = await build(contentDir);
    const files = await listSiteFiles(first);
    expect(await listSiteFiles(second)).toEqual(files);
    expect(files).toEqual(
      expect.arrayContaining(['en/rss.xml', 'en/events.ics', 'data/archive.json', 'sitemap-0.xml']),
    );
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expectNoProblems(differing, 'files that differ between the two builds');
  });
});
