import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { writeContentTree } from '../helpers/content-tree.ts';
import { KEY, startDriven } from '../helpers/terminal-driver.ts';
import { validArchive } from '../helpers/valid-archive.ts';

const node = process.execPath;
const newCommand = (contentDir: string, ...args: string[]) =>
  startDriven(node, ['scripts/new.ts', ...args, '--content', contentDir], { cwd: PROJECT_ROOT });

describe('npm run new, answering its questions', () => {
  it('adds an event and, on the way, its new host city', async () => {
    const contentDir = await writeContentTree(validArchive());
    const run = newCommand(contentDir, 'event');
    await run.answer('title: Name of the event', 'Regional meeting in Lisbon', KEY.enter);
    await run.answer('type: Kind of event', KEY.down, KEY.down, KEY.enter);
    await run.answer('start: First day', '2025-02-30', KEY.enter);
    await run.waitFor("'2025-02-30' is not a day of the calendar");
    await run.answer('', ...Array(10).fill(KEY.backspace), '2025-03-04', KEY.enter);
    // An end before the start is refused at once, at the end, before any other question.
    await run.answer('end: Last day', '2025-03-03', KEY.enter);
    await run.waitFor(
      '2025-03-03 is before start 2025-03-04; the last day must be on or after the first',
    );
    await run.answer('', ...Array(10).fill(KEY.backspace), '2025-03-05', KEY.enter);
    await run.answer('attendance: How people took part', KEY.enter);
    await run.answer('city: The city it took place in', 'lisbon');
    await run.answer('+ add a new city', KEY.enter);
    await run.answer('name: Name of the city', 'Lisbon', KEY.enter);
    // A country is named by its code or its name in one of the site's languages.
    await run.answer('country: Country', 'Portugual', KEY.enter);
    await run.waitFor("'Portugual' is not an ISO 3166-1 alpha-2 country code");
    await run.answer('', ...Array(9).fill(KEY.backspace), 'Portugal', KEY.enter);
    await run.answer('memberSince:', KEY.enter);
    await run.answer('summary:', KEY.enter);
    await run.answer('sources: Where the facts', 'https://example.org/lisbon', KEY.enter);
    await run.answer('(1 so far; leave empty when done)', KEY.enter);
    await run.answer('id: the folder name', KEY.enter);
    // The time zones offered are those of the city's country.
    await run.answer('timeZone: IANA time zone', KEY.down, KEY.down, KEY.down);
    await run.waitFor('Atlantic/Azores');
    await run.answer('Europe/Lisbon', KEY.enter);
    await run.answer('hostCities: Cities that hosted', 'lisb');
    await run.answer('lisbon · Lisbon', KEY.enter);
    await run.answer('hostCities: Cities that hosted or co-organised it. (1 so far', 'cork');
    await run.answer('cork · Cork', KEY.enter);
    await run.answer('hostCities: Cities that hosted or co-organised it. (2 so far', KEY.enter);
    await run.answer('organisers:', KEY.enter);
    await run.answer('series:', KEY.enter);
    await run.answer('summary:', 'A regional meeting of learning cities.', KEY.enter);
    await run.answer('sources:', 'https://example.org/meeting', KEY.enter);
    await run.answer('(1 so far; leave empty when done)', KEY.enter);
    await run.answer('id: the folder name', KEY.enter);
    const { exitCode, output } = await run.finish();
    expect(exitCode, output).toBe(0);
    expect(output).not.toContain('end: end:');
    expect(output).toContain(`Created ${contentDir}/cities/lisbon/index.md`);
    expect(output).toContain(
      `Created ${contentDir}/events/2025-regional-meeting-in-lisbon/index.md`,
    );
    expect(output).toContain('The checker passes on it. Preview it with `npm run dev`.');
    const city = await readFile(join(contentDir, 'cities/lisbon/index.md'), 'utf8');
    expect(city).toContain('\ncountry: PT\n');
    const event = await readFile(
      join(contentDir, 'events/2025-regional-meeting-in-lisbon/index.md'),
      'utf8',
    );
    expect(event).toBe(`---
title: Regional meeting in Lisbon
summary: A regional meeting of learning cities.
type: regional-meeting
start: 2025-03-04
end: 2025-03-05
timeZone: Europe/Lisbon
attendance: in-person
city: lisbon
hostCities:
  - lisbon
  - cork
sources:
  - url: https://example.org/meeting
---
`);
  }, 60_000);
});

describe('npm run new, choosing a translation', () => {
  it('asks what to add, which entry and which language, and drafts the translation', async () => {
    const contentDir = await writeContentTree(validArchive());
    const run = newCommand(contentDir);
    await run.answer('What do you want to add?', ...Array(8).fill(KEY.down), KEY.enter);
    await run.answer('Which entry?', 'cork call');
    await run.answer('statements/2017-cork-call-to-action · Cork Call to Action', KEY.enter);
    await run.answer('Into which language?', KEY.enter);
    const { exitCode, output } = await run.finish();
    expect(exitCode, output).toBe(0);
    expect(output).toContain(
      `Created ${contentDir}/statements/2017-cork-call-to-action/fr.md\nTranslate the text marked [translate], then remove the marks; until then the checker refuses it:\n  ${contentDir}/statements/2017-cork-call-to-action/fr.md:2: title\n`,
    );
  }, 60_000);
});
