import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { readPage, textOf } from '../helpers/html.ts';

const siteDir = inject('shippedSite');
const STATES = ['Up to date', 'Outdated', 'Missing', 'Unknown'];

/** What `npm run translations` prints: counts per locale, and entries per locale and state. */
interface CommandReport {
  counts: Map<string, number[]>;
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
    const entries = /^ {2}([a-z]+): (.+)$/.exec(line);
    if (entries && heading) {
      for (const id of entries[2]!.split(', ')) listed.add(`${heading} ${entries[1]}/${id}`);
    }
  }
  return { counts, listed };
}

describe('translation status', () => {
  let command: CommandReport;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts', 'translations.ts')],
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

  it('lists on the status page only entries that npm run translations lists in the same state', async () => {
    const page = await readPage(siteDir, '/en/translation-status/');
    const onPage: string[] = [];
    for (const section of page.querySelectorAll('section[aria-labelledby^="status-"]')) {
      const locale = section.getAttribute('aria-labelledby')!.replace('status-', '');
      for (const heading of section.querySelectorAll('h3')) {
        const state = textOf(heading).toLowerCase();
        const list = heading.nextElementSibling;
        for (const link of list?.querySelectorAll('a') ?? []) {
          const [, collection, id] = /^\/en\/([a-z]+)\/([^/]+)\/$/.exec(
            link.getAttribute('href') ?? '',
          )!;
          onPage.push(`${locale} ${state} ${collection}/${id}`);
        }
      }
    }
    expect(onPage.length).toBeGreaterThan(100);
    expect(onPage.filter((line) => !command.listed.has(line))).toEqual([]);
  });
});
