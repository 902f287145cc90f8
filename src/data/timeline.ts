/** The shape of an event the timeline counts. */
interface TimelineEvent {
  data: { start: string; type: string; series?: { id: string } };
}

/** The shape of an award round the timeline lists. */
interface TimelineAward {
  data: { year: number; winners: readonly unknown[] };
}

/** One year of the network: its events counted, and its award rounds. */
export interface TimelineYear<Award> {
  year: string;
  events: number;
  /** Events per type and per series id, in order of first appearance. */
  byType: Map<string, number>;
  bySeries: Map<string, number>;
  awards: { award: Award; winners: number }[];
  /** The year's events on a scale of 0 to 20 against the busiest year, for its bar. */
  bar: number;
}

const count = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The archive year by year, from the first year with an event or an award round to the
 * last; years in between with neither are left out.
 */
export function getTimeline<Award extends TimelineAward>(
  events: readonly TimelineEvent[],
  awards: readonly Award[],
): TimelineYear<Award>[] {
  const years = new Map<string, TimelineYear<Award>>();
  const yearOf = (year: string) => {
    let row = years.get(year);
    if (!row) {
      row = { year, events: 0, byType: new Map(), bySeries: new Map(), awards: [], bar: 0 };
      years.set(year, row);
    }
    return row;
  };
  for (const event of events) {
    const row = yearOf(event.data.start.slice(0, 4));
    row.events += 1;
    count(row.byType, event.data.type);
    if (event.data.series) count(row.bySeries, event.data.series.id);
  }
  for (const award of awards) {
    yearOf(String(award.data.year)).awards.push({ award, winners: award.data.winners.length });
  }
  const rows = [...years.values()].toSorted((a, b) => (a.year < b.year ? -1 : 1));
  const busiest = Math.max(1, ...rows.map((row) => row.events));
  for (const row of rows) row.bar = Math.round((row.events / busiest) * 20);
  return rows;
}
