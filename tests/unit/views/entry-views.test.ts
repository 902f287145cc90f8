import { describe, expect, it } from 'vitest';
import { awardsIndexView, awardView } from '../../../src/data/views/award.ts';
import { cityView } from '../../../src/data/views/city.ts';
import { homeView } from '../../../src/data/views/home.ts';
import { organisationView } from '../../../src/data/views/organisation.ts';
import { publicationView } from '../../../src/data/views/publication.ts';
import { seriesView } from '../../../src/data/views/series.ts';
import { statementSummaries, statementView } from '../../../src/data/views/statement.ts';
import {
  award,
  conferences,
  declaration,
  network,
  report,
  sampleArchive,
  valdoro,
} from './sample-archive.ts';

const archive = sampleArchive();
const idsOf = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('statementView', () => {
  it('gives the action points in the locale, or in the default language', () => {
    expect(statementView(archive, declaration, 'fr').actionPoints).toEqual([
      { text: 'Apprendre', lang: 'fr' },
      { text: 'Partager', lang: 'fr' },
    ]);
    expect(statementView(archive, declaration, 'es').actionPoints[0]).toEqual({
      text: 'Learn',
      lang: 'en',
    });
  });

  it('names the adopting and related events, in lists too', () => {
    const view = statementView(archive, declaration, 'en');
    expect(view.page.title.text).toBe('Valdoro Declaration');
    expect(view.adoptedAt?.id).toBe('last-conference');
    expect(idsOf(view.relatedEvents)).toEqual(['next-conference']);
    expect(statementSummaries(archive, [declaration])[0]?.adoptedAt?.id).toBe('last-conference');
  });
});

describe('awardView', () => {
  it('gives each winner its citation in the locale, marking a default-language one', () => {
    expect(awardView(archive, award, 'es').winners).toEqual([
      { city: valdoro, citation: 'Por sus bibliotecas.', citationLang: undefined },
    ]);
    expect(awardView(archive, award, 'fr').winners[0]).toMatchObject({
      citation: 'For its libraries.',
      citationLang: 'en',
    });
    expect(awardView(archive, award, 'en').winners[0]?.citationLang).toBeUndefined();
  });

  it('names where the round was conferred, and lists every round for the index', () => {
    expect(awardView(archive, award, 'en').conferredAt?.id).toBe('last-conference');
    expect(awardsIndexView(archive, 'en').map((round) => round.entry.id)).toEqual(['award-2027']);
  });
});

describe('the views of cities, organisations, publications and series', () => {
  it('list what points at the entry', () => {
    const city = cityView(archive, valdoro, 'fr');
    expect(city.page.title).toEqual({ text: 'Valdor', lang: 'fr' });
    expect(idsOf(city.awards)).toEqual(['award-2027']);
    expect(idsOf(city.events)).toEqual(['next-conference']);
    const organisation = organisationView(archive, network, 'en');
    expect(idsOf(organisation.events)).toEqual(['next-conference']);
    expect(idsOf(organisation.publications)).toEqual(['report']);
    expect(organisation.partOf).toBeUndefined();
    const publication = publicationView(archive, report, 'en');
    expect(idsOf(publication.publishers)).toEqual(['network']);
    expect(idsOf(publication.events)).toEqual(['last-conference']);
    expect(idsOf(seriesView(archive, conferences, 'en').editions)).toEqual([
      'next-conference',
      'last-conference',
    ]);
  });
});

describe('homeView', () => {
  it('splits events into upcoming and recent on the day given', () => {
    const before = homeView(archive, '2027-01-01');
    expect(before.upcoming.map((event) => event.entry.id)).toEqual([
      'last-conference',
      'next-conference',
    ]);
    expect(before.recent).toEqual([]);
    const between = homeView(archive, '2030-01-01');
    expect(between.upcoming.map((event) => event.entry.id)).toEqual(['next-conference']);
    expect(between.recent.map((event) => event.entry.id)).toEqual(['last-conference']);
  });

  it('counts events per year and names the latest award and its winners', () => {
    const view = homeView(archive, '2030-01-01');
    expect(view.years).toEqual([
      { key: '2031', count: 1 },
      { key: '2027', count: 1 },
    ]);
    expect(view.latestAward?.entry.id).toBe('award-2027');
    expect(idsOf(view.latestAward?.winners ?? [])).toEqual(['valdoro']);
    expect(view.numbers.events).toBe(2);
  });
});
