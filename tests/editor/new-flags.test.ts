import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { sourceFingerprint } from '../../src/i18n/translation-status.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { validArchive } from '../helpers/valid-archive.ts';

let contentDir = '';

/** Runs `npm run new -- …` on the test content; output with the folder written `content`. */
function runNew(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', contentDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    status: run.status,
    output: (run.stdout + run.stderr).replaceAll(contentDir, 'content'),
  };
}

const SOURCE = ['--source', 'https://example.org/source'];

/** One command per kind of entry, with what it needs and nothing more. */
const NEW_ENTRIES: [kind: string, path: string, args: string[]][] = [
  [
    'series',
    'series/ucln-learning-forum',
    ['--name', 'UCLN Learning Forum', '--summary', 'Forums of UCLN.'],
  ],
  ['city', 'cities/lisbon', ['--name', 'Lisbon', '--country', 'PT', ...SOURCE]],
  [
    'organisation',
    'organisations/ucln',
    [
      '--name',
      'United Cities and Local Governments',
      '--id',
      'ucln',
      '--kind',
      'network',
      '--country',
      'ES',
      '--website',
      'https://www.ucln.org',
      ...SOURCE,
    ],
  ],
  [
    'event',
    'events/2025-regional-meeting-lisbon',
    [
      '--title',
      'Regional meeting Lisbon',
      '--type',
      'regional-meeting',
      '--start',
      '2025-03-04',
      '--end',
      '2025-03-05',
      '--attendance',
      'hybrid',
      '--city',
      'lisbon',
      '--hostCities',
      'holm',
      '--organisers',
      'oll,ucln',
      '--summary',
      'A regional meeting.',
      ...SOURCE,
    ],
  ],
  [
    'statement',
    'statements/2025-lisbon-statement',
    [
      '--title',
      'Lisbon Statement',
      '--kind',
      'statement',
      '--adoptedAt',
      '2025-regional-meeting-lisbon',
      '--date',
      '2025-03',
      '--summary',
      'What was agreed.',
      ...SOURCE,
    ],
  ],
  [
    'award',
    'awards/2025-learning-town-award',
    [
      '--title',
      'Learning Town Award 2025',
      '--year',
      '2025',
      '--winner',
      'holm',
      '--winner',
      'lisbon',
      '--summary',
      'The 2025 round.',
      ...SOURCE,
    ],
  ],
  [
    'publication',
    'publications/2025-lisbon-report',
    [
      '--title',
      'Lisbon report',
      '--date',
      '2025',
      '--publishers',
      'oll',
      '--events',
      '2025-regional-meeting-lisbon',
      '--summary',
      'The report.',
      ...SOURCE,
    ],
  ],
  [
    'doc',
    'docs/publishing',
    ['--title', 'Publishing', '--order', '30', '--body', 'How to publish.'],
  ],
];

describe('npm run new with flags', () => {
  beforeAll(async () => {
    contentDir = await writeContentTree(validArchive());
  });

  it.each(NEW_ENTRIES)('creates a %s that the checker passes', (_kind, path, args) => {
    const { status, output } = runNew(_kind, ...args);
    const file = `content/${path}/index.${_kind === 'doc' ? 'mdx' : 'md'}`;
    expect(output).toBe(
      `Created ${file}\nThe checker passes on it. Preview it with \`npm run dev\`.\n`,
    );
    expect(status).toBe(0);
  });

  it('writes the fields in the order of the schema, as the guide lists them', async () => {
    expect(await readFile(join(contentDir, 'events/2025-regional-meeting-lisbon/index.md'), 'utf8'))
      .toBe(`---
title: Regional meeting Lisbon
summary: A regional meeting.
type: regional-meeting
start: 2025-03-04
end: 2025-03-05
attendance: hybrid
city: lisbon
organisers:
  - oll
  - ucln
hostCities:
  - holm
sources:
  - url: https://example.org/source
---
`);
  });

  it('leaves the whole content valid', async () => {
    const result = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    expect(result.problems).toEqual([]);
  });

  it('refuses a folder that exists', () => {
    expect(runNew('city', '--name', 'Lisbon', '--country', 'PT')).toEqual({
      status: 1,
      output:
        "--id: 'lisbon': content/cities/lisbon/ already exists; choose another id, or edit the entry in it\nNothing was created.\n",
    });
  });

  it('shows what the checker warns about in the new entry', () => {
    expect(
      runNew('organisation', '--name', 'UCLN', '--kind', 'network', '--id', 'ucln-network'),
    ).toEqual({
      status: 0,
      output: [
        'Created content/organisations/ucln-network/index.md',
        'content/organisations/ucln-network/index.md:1: warning: sources: none given; add the page or document these facts come from',
        'The checker passes on it (see the warnings above). Preview it with `npm run dev`.',
        '',
      ].join('\n'),
    });
  });

  it('refuses a folder name that another entry uses as its address', () => {
    expect(
      runNew(
        'series',
        '--name',
        'Holm conferences',
        '--id',
        'iclt-holm',
        '--aliases',
        'holm-conferences',
      ).status,
    ).toBe(0);
    expect(runNew('series', '--name', 'Holm conferences', '--id', 'holm-conferences')).toEqual({
      status: 1,
      output:
        "--id: 'holm-conferences': the address /series/holm-conferences/ is already taken by content/series/iclt-holm/index.md; choose another id\nNothing was created.\n",
    });
  });

  it('refuses bad values with the checker’s messages, naming each flag, and creates nothing', () => {
    expect(
      runNew(
        'event',
        '--title',
        'Meeting',
        '--type',
        'conferense',
        '--start',
        '2025-02-30',
        '--attendance',
        'in-person',
        '--city',
        'lisbn',
      ),
    ).toEqual({
      status: 1,
      output: [
        "--type: the text 'conferense' is not allowed (did you mean conference?); use one of: conference, forum, regional-meeting, cluster-meeting, expert-meeting, workshop, webinar",
        "--start: '2025-02-30' is not a day of the calendar",
        "--city: refers to content/cities/lisbn/index.md, which does not exist; did you mean 'lisbon'?",
        'Nothing was created.',
        '',
      ].join('\n'),
    });
  });

  it('names the required flags that are missing, and a misspelt flag with the usage', () => {
    expect(runNew('city', '--name', 'Porto')).toEqual({
      status: 1,
      output:
        '--country: is required; add a two-letter ISO 3166-1 country code, like MX\nNothing was created.\n',
    });
    const misspelt = runNew('city', '--nmae', 'Porto');
    expect(misspelt.status).toBe(2);
    expect(misspelt.output).toMatch(
      /^--nmae is not a flag of cities; did you mean --name\? the flags are: --id, --body, --content, --help, --name, .*; usage: npm run new -- <kind> \[--field value …\] \(--help explains\)\n$/,
    );
  });

  it('takes a country by its name in any of the site’s languages, or its code in any case', async () => {
    const cities: [id: string, country: string, code: string][] = [
      ['porto', 'Portugal', 'PT'],
      ['guadalajara', 'Mexique', 'MX'],
      ['ambato', 'Ecuador', 'EC'],
      ['tianjin', '中国', 'CN'],
      ['galway', 'ie', 'IE'],
    ];
    for (const [id, country, code] of cities) {
      const { status, output } = runNew('city', '--name', id, '--country', country, ...SOURCE);
      expect(status, output).toBe(0);
      const file = await readFile(join(contentDir, `cities/${id}/index.md`), 'utf8');
      expect(file).toContain(`\ncountry: ${code}\n`);
    }
  });

  it('drafts a translation marked to translate, with the fingerprint of its source', async () => {
    const { status, output } = runNew(
      'translation',
      '--of',
      'events/2017-iclt-holm',
      '--locale',
      'es',
    );
    expect(status).toBe(0);
    expect(output).toContain('content/events/2017-iclt-holm/es.md:2: title\n');
    const result = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    const source = result.entries.find((entry) => entry.id === '2017-iclt-holm' && !entry.locale)!;
    expect(await readFile(join(contentDir, 'events/2017-iclt-holm/es.md'), 'utf8')).toBe(`---
title: "[translate] 3rd International Conference on Learning Cities"
summary: "[translate] The third conference of the network."
sessions:
  opening: "[translate] Opening"
translatedFrom: ${sourceFingerprint(source)}
---

[translate] Translate the text below, then delete this line.

The conference met in Holm.
`);
    expect(runNew('translation', '--of', 'events/2017-iclt-holm', '--locale', 'es').output).toBe(
      'content/events/2017-iclt-holm/es.md already exists; edit it, or see `npm run translations` for what is outdated\n',
    );
    expect(runNew('translation', '--of', 'events/2017-iclt-hlm', '--locale', 'de').output).toBe(
      "--of: 'events/2017-iclt-hlm' is not an entry; did you mean events/2017-iclt-holm?\n--locale: 'de' is not a translation locale; use one of: fr, es, ar, zh, ru\nNothing was created.\n",
    );
  });
});
