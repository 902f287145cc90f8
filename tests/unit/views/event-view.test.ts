import { describe, expect, it } from 'vitest';
import { isUpcoming } from '../../../src/data/upcoming-events.ts';
import { eventView } from '../../../src/data/views/event.ts';
import { eventSummaries } from '../../../src/data/views/event-summary.ts';
import { lastConference, nextConference, sampleArchive } from './sample-archive.ts';

const TODAY = '2030-01-01';

describe('eventView', () => {
  const archive = sampleArchive();

  it('titles the page in the locale and keeps the untranslated summary in the default language', () => {
    const { page } = eventView(archive, nextConference, 'fr', TODAY);
    expect(page.title).toEqual({ text: 'Cinquième conférence', lang: 'fr' });
    expect(page.summary).toEqual({ text: 'The fifth edition.', lang: 'en' });
    expect(page.isTranslated).toBe(true);
    expect(page.bodyFallsBack).toBe(true);
    expect(page.translatedLocales).toEqual(['en', 'fr']);
  });

  it('falls back to the default language where the locale has no translation', () => {
    const { page, sessions } = eventView(archive, nextConference, 'es', TODAY);
    expect(page.title).toEqual({ text: 'Fifth Conference', lang: 'en' });
    expect(page.isTranslated).toBe(false);
    expect(sessions.map((session) => session.localTitle.lang)).toEqual(['en', 'en']);
  });

  it('translates session titles one by one', () => {
    const { sessions } = eventView(archive, nextConference, 'fr', TODAY);
    expect(sessions.map((session) => session.localTitle)).toEqual([
      { text: 'Ouverture', lang: 'fr' },
      { text: 'Closing', lang: 'en' },
    ]);
  });

  it('places the event and names its series and organisers', () => {
    const view = eventView(archive, nextConference, 'en', TODAY);
    expect(view.series?.id).toBe('conferences');
    expect(view.city?.id).toBe('valdoro');
    expect(view.country).toBe('PT');
    expect(view.organisers.map((organiser) => organiser.id)).toEqual(['network']);
  });

  it('offers registration while the event is to come, and not once it is over', () => {
    const coming = eventView(archive, nextConference, 'en', TODAY);
    expect(coming.isUpcoming).toBe(true);
    expect(coming.takePartLinks.map((link) => link.kind)).toEqual(['registration']);
    expect(eventView(archive, nextConference, 'en', '2031-09-13').isUpcoming).toBe(false);
  });

  it('links the statements, awards and publications of the event, and its files in the locale', () => {
    const view = eventView(archive, lastConference, 'fr', TODAY);
    expect(view.statements.map((statement) => statement.id)).toEqual(['declaration']);
    expect(view.awards.map((award) => award.id)).toEqual(['award-2027']);
    expect(view.publications.map((publication) => publication.id)).toEqual(['report']);
    expect(view.calendarUrl).toBe('/fr/events/last-conference.ics');
    expect(view.yearCrumb).toEqual({ label: '2027', href: '/fr/events/year/2027/' });
  });

  it('puts the city and country in the search record, in the locale', () => {
    const { page } = eventView(archive, nextConference, 'fr', TODAY);
    expect(page.searchRecord.meta.place).toContain('Valdor');
    expect(page.searchRecord.filters.year).toBe('2031');
  });
});

describe('isUpcoming', () => {
  it('counts an event as upcoming up to and including its last day', () => {
    expect(isUpcoming({ start: '2031-09-10', end: '2031-09-12' }, '2031-09-12')).toBe(true);
    expect(isUpcoming({ start: '2031-09-10', end: '2031-09-12' }, '2031-09-13')).toBe(false);
    expect(isUpcoming({ start: '2031-09-10' }, '2031-09-10')).toBe(true);
  });
});

describe('eventSummaries', () => {
  it('gives each event its city and country, the country from the city when it has none', () => {
    const [next, last] = eventSummaries(sampleArchive(), [nextConference, lastConference]);
    expect(next).toMatchObject({ city: { id: 'valdoro' }, country: 'PT' });
    expect(last?.city).toBeUndefined();
    expect(last?.country).toBe('KR');
  });
});
