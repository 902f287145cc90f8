import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_ARCHIVE_DIR } from '../fixtures/fixture-archive.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { readPage, textOf } from '../helpers/html.ts';

const siteDir = inject('fixtureSite');
const STATES = ['Up to date', 'Outdated', 'Missing', 'Unknown'];

/** What `npm run translations` prints: counts per locale, and entries per locale and state. */
interface CommandReport {
  counts: Map<string, number[]>;
  /** `fr outdated series/world-forum`, one per entry listed under a state. */
  listed: Set<string>;
}

function readCommandReport(output: string): CommandReport {
  const counts = new Map<string, number[]>();
  const listed = new Set<string>();
  let heading = '';
  for (const line of output.split('\n')) {
    const row = /^([a-z]{2,3})\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (row) counts.set(row[1]!, row.slice(2).map(Number));
    const section = /^([a-z]{2,3}), (outdated|missing|unknown):$/.exec(line);
    if (section) heading = `${section[1]} ${section[2]}`;
    // Outdated and unknown translations are listed by file, missing ones by id per collection.
    const file = /^ {2}\S*\/([a-z]+)\/([^/]+)\/[a-z]{2,3}\.mdx?: /.exec(line);
    if (file && heading) listed.add(`${heading} ${file[1]}/${file[2]}`);
    const ids = /^ {2}([a-z]+): ([a-z0-9-]+(?:, [a-z0-9-]+)*)$/.exec(line);
    if (ids && heading)
      for (const id of ids[2]!.split(', ')) listed.add(`${heading} ${ids[1]}/${id}`);
  }
  return { counts, listed };
}

describe('translation status', () => {
  let command: CommandReport;

  beforeAll(async () => {
    // A copy outside git, as the fixture site was built from: states come from fingerprints.
    const contentDir = await mkdtemp(join(tmpdir(), 'annals-status-'));
    await cp(FIXTURE_ARCHIVE_DIR, contentDir, { recursive: true });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts', 'translations.ts'), '--content', contentDir],
      { cwd: PROJECT_ROOT },
    );
    command = readCommandReport(stdout);
  });

  it('counts the same on the status page as npm run translations, for every locale', async () => {
    const page = await readPage(siteDir, '/en/translation-status/');
    const headings = page.querySelectorAll('thead th').map(textOf);
    expect(headings).toEqual(['Language', ...STATES]);
    const sections = page.querySelectorAll('section[aria-labelledby^="status-"]');
    const locales = sections.map((section) =>
      section.getAttribute('aria-labelledby')!.replace('status-', ''),
    );
    expect(locales).toEqual([...command.counts.keys()]);
    const rows = page.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(locales.length);
    rows.forEach((row, index) => {
      const counts = row.querySelectorAll('td').map((cell) => Number(textOf(cell)));
      expect(counts, locales[index]).toEqual(command.counts.get(locales[index]!));
    });
  });

  it('lists on the status page the same entries in the same states as npm run translations', async () => {
    const page = await readPage(siteDir, '/en/translation-status/');
    const onPage = new Set<string>();
    for (const section of page.querySelectorAll('section[aria-labelledby^="status-"]')) {
      const locale = section.getAttribute('aria-labelledby')!.replace('status-', '');
      for (const heading of section.querySelectorAll('h3')) {
        const state = textOf(heading).toLowerCase();
        const list = heading.nextElementSibling;
        for (const link of list?.querySelectorAll('a') ?? []) {
          const [, collection, id] = /^\/en\/([a-z]+)\/([^/]+)\/$/.exec(
            link.getAttribute('href') ?? '',
          )!;
          onPage.add(`${locale} ${state} ${collection}/${id}`);
        }
      }
    }
    expect(onPage).toContain('fr outdated series/world-forum');
    expect([...onPage].sort()).toEqual([...command.listed].sort());
  });
});
