import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../../annals.config.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { PROJECT_ROOT } from '../helpers/check.ts';
import { expectNoProblems } from '../helpers/expect-none.ts';
import { icsLineProblems, parseCalendar, type ParsedEvent } from '../helpers/ical.ts';
import { readPage } from '../helpers/html.ts';
import { listSiteFiles } from '../helpers/site-files.ts';

const siteDir = inject('shippedSite');
const calendars = new Map<string, string>();
const eventsOf = (file: string): ParsedEvent[] => parseCalendar(calendars.get(file)!).events;

beforeAll(async () => {
  for (const file of (await listSiteFiles(siteDir)).filter((name) => name.endsWith('.ics'))) {
    calendars.set(file, await readFile(join(siteDir, file), 'utf8'));
  }
});

describe('the calendars of the shipped site', () => {
  it('exist per event and per locale: all events and upcoming ones', () => {
    const files = [...calendars.keys()];
    for (const locale of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) {
      expect(files).toContain(`${locale}/events.ics`);
      expect(files).toContain(`${locale}/upcoming.ics`);
      expect(files).toContain(`${locale}/events/2015-iclc-mexico-city.ics`);
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
    expect(calendars.size).toBeGreaterThan(100);
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
    const single = eventsOf('en/events/2015-iclc-mexico-city.ics')[0];
    expect(uids).toContain(single?.uid);
    expect(single?.uid).toBe('2015-iclc-mexico-city@annals.example.org');
  });

  it('keep the wall time of the online cluster meeting in Berlin: 13:00–14:30 CET is 12:00–13:30 UTC', () => {
    const [meeting] = eventsOf('en/events/2020-cluster-meeting-educational-planning.ics');
    expect(meeting).toMatchObject({
      allDay: false,
      start: '2020-11-17T12:00:00Z',
      end: '2020-11-17T13:30:00Z',
      location: expect.stringMatching(/^https:\/\/zoom\.us\/meeting\/register\//),
    });
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      timeStyle: 'short',
    });
    expect(berlin.format(meeting?.startInstant)).toBe('13:00');
  });

  it('make date-only events all-day, ending the day after their last day', () => {
    const [conference] = eventsOf('fr/events/2015-iclc-mexico-city.ics');
    expect(conference).toMatchObject({ allDay: true, start: '2015-09-28', end: '2015-10-01' });
    expect(conference?.summary).toBe('2e Conférence internationale sur les villes apprenantes');
  });

  it('hold every event, and in the upcoming calendar those ending on or after the build day', async () => {
    const { entries } = await checkContent({ rootDir: PROJECT_ROOT, site });
    const events = entries.filter((entry) => entry.collection === 'events' && !entry.locale);
    const uid = (id: string) => `${id}@annals.example.org`;
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = events.filter((event) => String(event.data.end ?? event.data.start) >= today);
    const uids = (file: string) =>
      eventsOf(file)
        .map((event) => event.uid)
        .sort();
    expect(uids('ru/events.ics')).toEqual(events.map((event) => uid(event.id)).sort());
    expect(uids('ru/upcoming.ics')).toEqual(upcoming.map((event) => uid(event.id)).sort());
  });

  it('are offered on every event page through an "Add to calendar" link', async () => {
    const page = await readPage(siteDir, '/ar/events/2015-iclc-mexico-city/');
    const link = page.querySelector('a[type="text/calendar"]');
    expect(link?.getAttribute('href')).toBe('/ar/events/2015-iclc-mexico-city.ics');
  });
});
