import type { Archive } from '../archive.ts';
import { getBuildDay } from '../build-day.ts';
import { groupEvents } from '../event-listings.ts';
import { getHeadlineNumbers, type HeadlineNumbers } from '../headline-numbers.ts';
import type { Entry } from '../load-archive.ts';
import { getPastEvents, getUpcomingEvents } from '../upcoming-events.ts';
import { eventSummaries, type EventSummaryView } from './event-summary.ts';
import { statementSummaries, type StatementSummaryView } from './statement.ts';

/** How many past events and statements the home page shows before linking to all. */
const RECENT_EVENTS = 5;
const LATEST_STATEMENTS = 3;

/** Everything a locale's home page shows of the archive. */
export interface HomeView {
  numbers: HeadlineNumbers;
  /** Events not yet over on the build day, soonest first. */
  upcoming: EventSummaryView[];
  /** The latest events that are over, newest first. */
  recent: EventSummaryView[];
  /** Every year with events, newest first, with how many. */
  years: { key: string; count: number }[];
  statements: StatementSummaryView[];
  /** The newest award round and the cities that won it. */
  latestAward?: { entry: Entry<'awards'>; winners: Entry<'cities'>[] };
}

/** What the home page shows, as of `today` (the build day unless a test gives one). */
export function homeView(archive: Archive, today: string = getBuildDay()): HomeView {
  const latestAward = archive.awards[0];
  return {
    numbers: getHeadlineNumbers(archive),
    upcoming: eventSummaries(archive, getUpcomingEvents(archive, today)),
    recent: eventSummaries(archive, getPastEvents(archive, today).slice(0, RECENT_EVENTS)),
    years: groupEvents(archive, 'year').map((group) => ({
      key: group.key,
      count: group.events.length,
    })),
    statements: statementSummaries(archive, archive.statements.slice(0, LATEST_STATEMENTS)),
    latestAward: latestAward && {
      entry: latestAward,
      winners: latestAward.data.winners.map((winner) => archive.get('cities', winner.city.id)),
    },
  };
}
