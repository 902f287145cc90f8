import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const EVENT = 'events/2025-regional-meeting-lisbon';

/** `npm run new -- …` on the test content, as the Editors' guide shows it. */
function runNew(contentDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', contentDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

// The path the Editors' guide takes a new editor along: a new host city, a new event in it,
// a French translation of the event, then the build that publishes them.
describe('an editor adds an event with a new host city and a French translation', () => {
  let contentDir = '';
  let siteDir = '';
  let build = { exitCode: null as number | null, output: '' };

  beforeAll(async () => {
    contentDir = await writeContentTree(validArchive());
    const steps = [
      ['city', '--name', 'Lisbon', '--country', 'PT', '--source', 'https://example.org/lisbon'],
      [
        'event',
        '--title',
        'Regional meeting in Lisbon',
        '--type',
        'regional-meeting',
        '--start',
        '2025-03-04',
        '--attendance',
        'in-person',
        '--city',
        'lisbon',
        '--hostCities',
        'lisbon',
        '--summary',
        'A regional meeting of learning cities.',
        '--source',
        'https://example.org/meeting',
        '--id',
        '2025-regional-meeting-lisbon',
      ],
      ['translation', '--of', EVENT, '--locale', 'fr'],
    ];
    for (const step of steps) {
      const { status, output } = runNew(contentDir, ...step);
      expect(status, output).toBe(0);
    }
    // The translator replaces the marked English with French, as the draft asks.
    const draft = join(contentDir, EVENT, 'fr.md');
    const drafted = await readFile(draft, 'utf8');
    await writeFile(
      draft,
      drafted
        .replace('"[translate] Regional meeting in Lisbon"', 'Réunion régionale à Lisbonne')
        .replace(
          '"[translate] A regional meeting of learning cities."',
          'Une réunion régionale des villes apprenantes.',
        )
        .replace(/\n\[translate\][^\n]*\n/, '\n'),
    );
    siteDir = await mkdtemp(join(tmpdir(), 'annals-walkthrough-'));
    build = await buildSite({ outDir: siteDir, contentDir });
  });

  it('builds', () => {
    expect(build.exitCode, build.output).toBe(0);
  });

  it('publishes the event in French, with its facts from the one source', async () => {
    const page = await readPage(siteDir, `/fr/${EVENT}/`);
    expect(textOf(page.querySelector('h1'))).toBe('Réunion régionale à Lisbonne');
    expect(page.querySelector('.fallback-notice')).toBeNull();
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-04');
    expect(page.querySelector('main a[href="/fr/cities/lisbon/"]')).not.toBeNull();
  });

  it('lists the event on the new city’s page', async () => {
    const page = await readPage(siteDir, '/en/cities/lisbon/');
    expect(textOf(page.querySelector('h1'))).toBe('Lisbon');
    expect(page.querySelector(`main a[href="/en/${EVENT}/"]`)).not.toBeNull();
  });
});
