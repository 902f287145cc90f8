import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../../annals.config.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { PROJECT_ROOT } from '../../helpers/check.ts';
import { readPage, textOf } from '../../helpers/html.ts';
import { copyOfContent, expectGatesPass, runGates, runScript, type GateRun } from './operate.ts';

const CITY = 'tollbridge';
const EVENT = '2025-regional-meeting-tollbridge';

describe('an editor adds an event in a new city with `npm run new -- …flags`', () => {
  let run: GateRun;

  beforeAll(async () => {
    const contentDir = await copyOfContent();
    const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site, contentDir });
    const organiser = entries.find((entry) => entry.collection === 'organisations');
    const city = ['city', '--name', 'Tollbridge', '--country', 'PT'];
    const event = [
      ...['event', '--title', 'Regional meeting in Tollbridge', '--type', 'regional-meeting'],
      ...['--start', '2025-05-12', '--end', '2025-05-13', '--attendance', 'in-person'],
      ...['--city', CITY, '--hostCities', CITY, '--id', EVENT],
      ...(organiser ? ['--organisers', organiser.id] : []),
      ...['--summary', 'A regional meeting of learning cities.'],
    ];
    for (const args of [city, event]) {
      const created = runScript('new', [
        ...args,
        ...['--source', 'https://example.org/source', '--content', contentDir],
      ]);
      expect(created.status, created.output).toBe(0);
    }
    run = await runGates(contentDir);
  });

  it('keeps every gate green: check, build, links, HTML, published URLs, translations', () => {
    expectGatesPass(run);
  });

  it('publishes the event, linked from the new city’s page', async () => {
    const page = await readPage(run.context.siteDir, `/en/cities/${CITY}/`);
    expect(textOf(page.querySelector('h1'))).toBe('Tollbridge');
    expect(page.querySelector(`main a[href="/en/events/${EVENT}/"]`)).not.toBeNull();
  });
});
