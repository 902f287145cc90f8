import { describe, expect, it } from 'vitest';
import { chronologicalEditions, editionNeighbours } from '../../src/data/editions.ts';
import { getTimeline } from '../../src/data/timeline.ts';

const edition = (id: string, start: string) => ({ id, data: { start } });
// Newest first, the way the archive sorts events.
const editions = [
  edition('2019-third', '2019-10-01'),
  edition('2017-second', '2017-09-18'),
  edition('2015-first', '2015-09-28'),
];

describe('editionNeighbours', () => {
  it('puts editions from the first to the latest', () => {
    expect(chronologicalEditions(editions).map((e) => e.id)).toEqual([
      '2015-first',
      '2017-second',
      '2019-third',
    ]);
  });

  it('links the middle edition to the one before and the one after', () => {
    const { previous, next } = editionNeighbours(editions, '2017-second');
    expect(previous?.id).toBe('2015-first');
    expect(next?.id).toBe('2019-third');
  });

  it('gives the first edition no previous one and the latest no next one', () => {
    expect(editionNeighbours(editions, '2015-first')).toEqual({
      previous: undefined,
      next: editions[1],
    });
    expect(editionNeighbours(editions, '2019-third')).toEqual({
      previous: editions[1],
      next: undefined,
    });
  });

  it('gives nothing for an event that is not an edition of the series', () => {
    expect(editionNeighbours(editions, 'elsewhere')).toEqual({});
  });
});

describe('getTimeline', () => {
  const event = (start: string, type: string, series?: string) => ({
    data: { start, type, series: series ? { id: series } : undefined },
  });
  const award = (year: number, winners: number) => ({
    data: { year, winners: Array.from({ length: winners }, () => ({})) },
  });

  it('counts events per year, type and series, with award rounds and their winners', () => {
    const round = award(2015, 3);
    const rows = getTimeline(
      [
        event('2017-09-18', 'conference', 'forum'),
        event('2015-09-28', 'conference', 'forum'),
        event('2015-03-02', 'webinar'),
      ],
      [round],
    );
    expect(rows.map((row) => [row.year, row.events, row.bar])).toEqual([
      ['2015', 2, 20],
      ['2017', 1, 10],
    ]);
    expect(Object.fromEntries(rows[0]?.byType ?? [])).toEqual({ conference: 1, webinar: 1 });
    expect(Object.fromEntries(rows[0]?.bySeries ?? [])).toEqual({ forum: 1 });
    expect(rows[0]?.awards).toEqual([{ award: round, winners: 3 }]);
  });

  it('lists a year with an award round and no event', () => {
    const rows = getTimeline([], [award(2020, 1)]);
    expect(rows.map((row) => [row.year, row.events, row.bar])).toEqual([['2020', 0, 0]]);
  });
});
