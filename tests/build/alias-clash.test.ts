import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { editFile } from '../helpers/edit-tree.ts';
import { outputsArchive } from '../helpers/outputs-archive.ts';

describe('two entries claiming one URL', () => {
  it('stop the build, naming both files', async () => {
    // The online meeting takes the Cork conference's former address as its own old one.
    const tree = editFile(
      outputsArchive(),
      'events/2020-online-meeting/index.md',
      'title:',
      'aliases: [cork-2017]\ntitle:',
    );
    const contentDir = await writeContentTree(tree);
    const result = await buildSite({
      outDir: await mkdtemp(join(tmpdir(), 'annals-clash-')),
      contentDir,
    });
    expect(result.exitCode).toBe(1);
    expect(result.output.replaceAll(contentDir, 'content')).toContain(
      'content/events/2020-online-meeting/index.md:2: error: aliases[0]: the old URL /events/cork-2017/ is already kept by content/events/2017-iclc-cork/index.md; an old address can lead to one entry only',
    );
  });
});
