import { isUpcoming } from '../../data/upcoming-events.ts';
import { fieldProblem, type ContentRule } from './rule.ts';

/**
 * Warns about an event that is over but still reads as upcoming: its front matter says
 * `status: scheduled` and it still offers a registration link. `scheduled` is also the
 * default for events that went ahead, so an event without either is left alone.
 */
export const pastEventStatus: ContentRule = ({ facts, today }) =>
  facts
    .filter((entry) => entry.collection === 'events' && entry.written.status === 'scheduled')
    .flatMap((event) => {
      const dates = event.data as { start?: string; end?: string };
      const links = (event.data.links ?? []) as { kind: string }[];
      if (
        !dates.start ||
        isUpcoming({ start: dates.start, end: dates.end }, today) ||
        !links.some((link) => link.kind === 'registration')
      )
        return [];
      const lastDay = dates.end ?? dates.start;
      return [
        fieldProblem(
          event,
          ['status'],
          `the event ended on ${lastDay} but is still marked scheduled, with a registration link; remove the registration link and record what happened: remove status if it went ahead, or set cancelled or postponed, and add the sources that say so`,
          'warning',
        ),
      ];
    });
