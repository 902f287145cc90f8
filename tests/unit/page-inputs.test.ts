import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/data/archive.ts';
import { entryDigest, pageCacheKey } from '../../src/data/cache-key.ts';
import { groupBy } from '../../src/data/group-by.ts';
import type { Entry } from '../../src/data/load-archive.ts';
import { entryPageInputs } from '../../src/data/page-inputs.ts';

const ref = (id: string) => ({ id });

/** An entry with its fields and the digest Astro would give its `index.md`. */
function entry(collection: string, id: string, data: Record<string, unknown> = {}, digest = id) {
  return {
    collection,
    id,
    slug: id,
    data,
    source: { id, data, digest, filePath: `${collection}/${id}/index.md` },
    translations: new Map(),
  } as unknown as Entry;
}

const event = (id: string, data: Record<string, unknown>) =>
  entry('events', id, { start: '2015-01-01', hostCities: [], organisers: [], ...data });

/**
 * Two series, three cities, a parent organisation and its part, events in each series, a
 * statement, an award round and a publication: enough links to show what each page reads.
 */
function archiveOf() {
  const series = [entry('series', 'forum'), entry('series', 'webinars')];
  const cities = ['port', 'vale', 'hill'].map((id) => entry('cities', id));
  const organisations = [
    entry('organisations', 'network'),
    entry('organisations', 'council', { partOf: ref('network') }),
  ];
  const events = [
    event('forum-1', { series: ref('forum'), city: ref('port'), organisers: [ref('council')] }),
    event('forum-2', { series: ref('forum'), city: ref('vale') }),
    event('webinar', { series: ref('webinars'), city: ref('hill') }),
  ];
  const statements = [
    entry('statements', 'declaration', { adoptedAt: ref('forum-1'), relatedEvents: [] }),
  ];
  const awards = [
    entry('awards', 'prize', { conferredAt: ref('forum-2'), winners: [{ city: ref('hill') }] }),
  ];
  const publications = [
    entry('publications', 'report', { publishers: [ref('network')], events: [ref('forum-1')] }),
  ];
  const all = [...series, ...cities, ...organisations, ...events, ...statements, ...awards];
  const lookup = new Map([...all, ...publications].map((e) => [`${e.collection}/${e.id}`, e]));
  const ids = (refs: unknown) => ((refs ?? []) as { id: string }[]).map((r) => r.id);
  const one = (r: unknown) => (r ? [(r as { id: string }).id] : []);
  const data = (e: Entry) => e.data as Record<string, unknown>;
  return {
    events,
    series,
    statements,
    awards,
    cities,
    organisations,
    publications,
    docs: [],
    get: (collection: string, id: string) => lookup.get(`${collection}/${id}`),
    linksTo: {
      eventsOfSeries: groupBy(events, (e) => one(data(e).series)),
      eventsOfCity: groupBy(events, (e) => [...one(data(e).city), ...ids(data(e).hostCities)]),
      eventsOfOrganisation: groupBy(events, (e) => ids(data(e).organisers)),
      statementsOfEvent: groupBy(statements, (s) => [...one(data(s).adoptedAt)]),
      awardsOfEvent: groupBy(awards, (a) => one(data(a).conferredAt)),
      awardsOfCity: groupBy(awards, (a) =>
        (data(a).winners as { city: { id: string } }[]).map((w) => w.city.id),
      ),
      publicationsOfEvent: groupBy(publications, (p) => ids(data(p).events)),
      publicationsOfOrganisation: groupBy(publications, (p) => ids(data(p).publishers)),
      partsOfOrganisation: groupBy(organisations, (o) => one(data(o).partOf)),
    },
  } as unknown as Archive;
}

/** What a page of the entry reads, as `collection/id`, each once, sorted. */
function inputsOf(archive: Archive, collection: keyof Archive, id: string): string[] {
  const page = (archive[collection] as Entry[]).find((e) => e.id === id) as Entry;
  return [...new Set(entryPageInputs(archive, page).map((e) => `${e.collection}/${e.id}`))].sort();
}

describe('what a page reads', () => {
  const archive = archiveOf();

  it('an event page: its series, city, organisers and their parent, statements, publications', () => {
    expect(inputsOf(archive, 'events', 'forum-1')).toEqual([
      'cities/port',
      'events/forum-1',
      'organisations/council',
      'organisations/network',
      'publications/report',
      'series/forum',
      'statements/declaration',
    ]);
  });

  it('an event page does not read another edition of its series, nor its award-less neighbours', () => {
    expect(inputsOf(archive, 'events', 'forum-2')).toEqual([
      'awards/prize',
      'cities/hill',
      'cities/vale',
      'events/forum-2',
      'series/forum',
    ]);
  });

  it('a city page: the events it lists with what each shows, and the awards it won', () => {
    expect(inputsOf(archive, 'cities', 'hill')).toEqual([
      'awards/prize',
      'cities/hill',
      'cities/vale',
      'events/forum-2',
      'events/webinar',
      'series/forum',
      'series/webinars',
    ]);
  });

  it('a series page: its editions and their statements', () => {
    expect(inputsOf(archive, 'series', 'forum')).toEqual(
      expect.arrayContaining(['events/forum-1', 'events/forum-2', 'statements/declaration']),
    );
    expect(inputsOf(archive, 'series', 'forum')).not.toContain('events/webinar');
  });

  it('an organisation page: its parts, its events and its publications', () => {
    expect(inputsOf(archive, 'organisations', 'network')).toEqual(
      expect.arrayContaining(['organisations/council', 'publications/report']),
    );
    expect(inputsOf(archive, 'organisations', 'council')).toEqual(
      expect.arrayContaining(['organisations/network', 'events/forum-1', 'cities/port']),
    );
  });

  it('a statement page: the statements of every edition of its event’s series', () => {
    expect(inputsOf(archive, 'statements', 'declaration')).toEqual(
      expect.arrayContaining(['events/forum-1', 'events/forum-2', 'cities/port', 'series/forum']),
    );
  });
});

describe('the cache key of a page', () => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  });
  const day = (iso: string) => {
    process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${iso}T00:00:00Z`) / 1000);
  };
  const forum = event('forum', { start: '2026-09-14', end: '2026-09-16' });

  it('changes when a file of an entry it reads changes, translations included', () => {
    day('2026-01-01');
    const before = pageCacheKey('en', [forum]);
    const edited = entry('events', 'forum', forum.data as Record<string, unknown>, 'other');
    expect(pageCacheKey('en', [edited])).not.toBe(before);
    const translated = {
      ...forum,
      translations: new Map([['fr', { source: { digest: 'fr-1' } }]]),
    } as unknown as Entry;
    expect(entryDigest(translated)).not.toBe(entryDigest(forum));
    expect(pageCacheKey('en', [translated])).not.toBe(before);
  });

  it('differs per locale and with what else the page shows', () => {
    expect(pageCacheKey('fr', [forum])).not.toBe(pageCacheKey('en', [forum]));
    expect(pageCacheKey('en', [forum], { page: 2 })).not.toBe(pageCacheKey('en', [forum]));
  });

  it('keeps its value from day to day, until an event it shows ends', () => {
    day('2026-01-01');
    const upcoming = pageCacheKey('en', [forum]);
    day('2026-09-16');
    expect(pageCacheKey('en', [forum])).toBe(upcoming);
    day('2026-09-17');
    expect(pageCacheKey('en', [forum])).not.toBe(upcoming);
  });
});
