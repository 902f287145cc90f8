import { describe, expect, it } from 'vitest';
import { createRegionScheme } from '../../src/data/region-scheme.ts';
import { makeArchive, makeEntry, ref } from '../helpers/archive-entries.ts';

const REGIONS = createRegionScheme([
  { key: 'europe', name: {}, countries: ['IE', 'FR'], aliases: [] },
  { key: 'africa', name: {}, countries: ['NG'], aliases: [] },
]);

const holm = makeEntry('cities', 'holm', { name: 'Holm', country: 'IE', aliases: ['holme'] });
const lagos = makeEntry('cities', 'lagos', { name: 'Lagos', country: 'NG' });
const series = makeEntry('series', 'tarn-forum', { name: 'Tarn Forum' });
const network = makeEntry('organisations', 'holm-network', { name: 'Holm Network' });
const office = makeEntry('organisations', 'holm-network-office', {
  name: 'Office',
  partOf: ref('organisations', 'holm-network'),
});
const first = makeEntry('events', '2013-lanhe', {
  start: '2013-10-21',
  series: ref('series', 'tarn-forum'),
  city: ref('cities', 'lagos'),
});
const second = makeEntry('events', '2017-holm', {
  start: '2017-09-18',
  series: ref('series', 'tarn-forum'),
  city: ref('cities', 'holm'),
  hostCities: [ref('cities', 'lagos')],
  organisers: [ref('organisations', 'holm-network')],
  aliases: ['2017-holme'],
});
const online = makeEntry('events', '2020-online', { start: '2020-05-01', country: 'FR' });
const call = makeEntry('statements', 'holm-call', {
  date: '2017-09-20',
  adoptedAt: ref('events', '2017-holm'),
  relatedEvents: [ref('events', '2013-lanhe')],
});
const undated = makeEntry('statements', 'undated', {});
const award = makeEntry('awards', 'award-2017', {
  year: 2017,
  conferredAt: ref('events', '2017-holm'),
  winners: [{ city: ref('cities', 'holm') }],
});
const earlierAward = makeEntry('awards', 'award-2015', { year: 2015 });
const report = makeEntry('publications', 'report', {
  date: '2018-01-01',
  events: [ref('events', '2017-holm')],
  publishers: [ref('organisations', 'holm-network')],
});
const guide = makeEntry('docs', 'guide', { order: 2 });
const start = makeEntry('docs', 'start', { order: 1 });

/** Entries given in no useful order, as the join must not rely on the loader's. */
const archive = makeArchive(
  [
    earlierAward,
    guide,
    call,
    first,
    holm,
    online,
    award,
    undated,
    second,
    lagos,
    series,
    report,
    start,
    network,
    office,
  ],
  REGIONS,
);
const idsOf = (entries: readonly { id: string }[] | undefined) => entries?.map((entry) => entry.id);

describe('joinArchive', () => {
  it('sorts dated collections newest first, and documentation by order', () => {
    expect(idsOf(archive.events)).toEqual(['2020-online', '2017-holm', '2013-lanhe']);
    expect(idsOf(archive.statements)).toEqual(['holm-call', 'undated']);
    expect(idsOf(archive.awards)).toEqual(['award-2017', 'award-2015']);
    expect(idsOf(archive.docs)).toEqual(['start', 'guide']);
  });

  it('finds an entry by its folder name or a former name, and only in its collection', () => {
    expect(archive.get('cities', 'holm')).toBe(holm);
    expect(archive.find('cities', 'holme')).toBe(holm);
    expect(archive.find('events', '2017-holme')).toBe(second);
    expect(archive.find('events', 'holme')).toBeUndefined();
    expect(() => archive.get('cities', 'holme')).toThrow("No cities entry 'holme'");
  });

  it('links entries both ways: from the event to its city, and from the city to its events', () => {
    expect(archive.get('cities', second.data.city!.id)).toBe(holm);
    expect(idsOf(archive.linksTo.eventsOfCity.get('lagos'))).toEqual(['2017-holm', '2013-lanhe']);
    expect(idsOf(archive.linksTo.eventsOfSeries.get('tarn-forum'))).toEqual([
      '2017-holm',
      '2013-lanhe',
    ]);
    expect(idsOf(archive.linksTo.eventsOfOrganisation.get('holm-network'))).toEqual(['2017-holm']);
    expect(idsOf(archive.linksTo.statementsOfEvent.get('2013-lanhe'))).toEqual(['holm-call']);
    expect(idsOf(archive.linksTo.statementsOfEvent.get('2017-holm'))).toEqual(['holm-call']);
    expect(idsOf(archive.linksTo.awardsOfEvent.get('2017-holm'))).toEqual(['award-2017']);
    expect(idsOf(archive.linksTo.awardsOfCity.get('holm'))).toEqual(['award-2017']);
    expect(idsOf(archive.linksTo.publicationsOfEvent.get('2017-holm'))).toEqual(['report']);
    expect(idsOf(archive.linksTo.publicationsOfOrganisation.get('holm-network'))).toEqual([
      'report',
    ]);
    expect(idsOf(archive.linksTo.partsOfOrganisation.get('holm-network'))).toEqual([
      'holm-network-office',
    ]);
    expect(archive.linksTo.eventsOfCity.get('nowhere')).toBeUndefined();
  });

  it('places an event from its city, or from its own country when it has no city', () => {
    expect(archive.placeOf(second)).toEqual({
      city: holm,
      country: 'IE',
      region: expect.objectContaining({ key: 'europe' }),
    });
    expect(archive.placeOf(first).region?.key).toBe('africa');
    expect(archive.placeOf(online)).toEqual({
      city: undefined,
      country: 'FR',
      region: expect.objectContaining({ key: 'europe' }),
    });
  });

  it('leaves the loaded lists as they were', () => {
    const events = [first, second];
    makeArchive(events, REGIONS);
    expect(events).toEqual([first, second]);
  });
});
