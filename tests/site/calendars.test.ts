import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../fixtures/annals.config.ts';
import { FIXTURE_BUILD_DAY } from '../fixtures/fixture-archive.ts';
import { fixtureEntries } from '../fixtures/fixture-entries.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { icsLineProblems, parseCalendar, type ParsedEvent } from '../helpers/ical.ts';
import { readPage } from '../helpers/html.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

const siteDir = inject('fixtureSite');
const LOCALES = site.locales.map((locale) => locale.code);
const FORUM = '2014-world-forum-port-alder';
const calendars = new Map<string, string>();
const eventsOf = (file: string): ParsedEvent[] => parseCalendar(calendars.get(file)!).events;

beforeAll(async () => {
  for (const file of (await listSiteFiles(siteDir)).filter((name) => name.endsWith('.ics'))) {
    calendars.set(file, await readFile(join(siteDir, file), 'utf8'));
  }
});

describe('the calendars of the fixture site', () => {
  it('exist per event and per locale: all events and upcoming ones', () => {
    const files = [...calendars.keys()];
    for (const locale of LOCALES) {
      expect(files).toContain(`${locale}/events.ics`);
      expect(files).toContain(`${locale}/upcoming.ics`);
      expect(files).toContain(`${locale}/events/${FORUM}.ics`);
    }
  });

  it('all parse with ical.js, every event with a UID, a start and a summary', () => {
    const problems = [...calendars.keys()].flatMap((file) => {
      try {
        return eventsOf(file)
          .filter((event) => !event.uid || !event.start || !event.summary)
          .map((event) => `${file}: ${JSON.stringify(event)}`);
      } catch (error) {
        return [`${file}: ${String(error)}`];
      }
    });
    expect(calendars.size).toBeGreaterThan(LOCALES.length * 10);
    expectNoProblems(problems, 'calendars without UID, DTSTART or SUMMARY');
  });

  it('fold lines at 75 octets and end every line with CRLF', () => {
    const problems = [...calendars].flatMap(([file, source]) =>
      icsLineProblems(source).map((problem) => `${file}: ${problem}`),
    );
    expectNoProblems(problems, 'line problems');
  });

  it('list every event once in the calendar of all events, with the UID of its own file', () => {
    const all = eventsOf('zh/events.ics');
    const uids = all.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const single = eventsOf(`en/events/${FORUM}.ics`)[0];
    expect(uids).toContain(single?.uid);
    expect(single?.uid).toBe(`${FORUM}@annals.example.org`);
  });

  it('keep the wall time of the online cluster meeting in Berlin: 13:00–14:30 CET is 12:00–13:30 UTC', () => {
    const [meeting] = eventsOf('en/events/2020-online-cluster-meeting.ics');
    expect(meeting).toMatchObject({
      allDay: false,
      start: '2020-11-17T12:00:00Z',
      end: '2020-11-17T13:30:00Z',
      location: 'https://example.org/cluster/register',
    });
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      timeStyle: 'short',
    });
    expect(berlin.format(meeting?.startInstant)).toBe('13:00');
  });

  it('make date-only events all-day, ending the day after their last day, titled in the locale', () => {
    const [forum] = eventsOf(`fr/events/${FORUM}.ics`);
    expect(forum).toMatchObject({ allDay: true, start: '2014-05-12', end: '2014-05-15' });
    expect(forum?.summary).toBe('1er Forum mondial des villes apprenantes');
  });

  it('hold every event, and in the upcoming calendar those ending on or after the build day', async () => {
    const events = (await fixtureEntries()).filter(
      (entry) => entry.collection === 'events' && !entry.locale,
    );
    const uid = (id: string) => `${id}@annals.example.org`;
    const upcoming = events.filter(
      (event) => String(event.data.end ?? event.data.start) >= FIXTURE_BUILD_DAY,
    );
    const uids = (file: string) =>
      eventsOf(file)
        .map((event) => event.uid)
        .sort();
    expect(upcoming.map((event) => event.id)).toEqual(['2026-world-forum-coral-bay']);
    expect(uids('ru/events.ics')).toEqual(events.map((event) => uid(event.id)).sort());
    expect(uids('ru/upcoming.ics')).toEqual(upcoming.map((event) => uid(event.id)).sort());
  });

  it('are offered on every event page through an "Add to calendar" link', async () => {
    const page = await readPage(siteDir, `/ar/events/${FORUM}/`);
    const link = page.querySelector('a[type="text/calendar"]');
    expect(link?.getAttribute('href')).toBe(`/ar/events/${FORUM}.ics`);
  });
});
