import { fieldProblem, inCollection, type ContentRule } from './rule.ts';

/**
 * Warns about an event that is over but still reads as upcoming: its front matter says
 * `status: scheduled` and it still offers a registration link. `scheduled` is also the
 * default for events that went ahead, so an event without either is left alone.
 */
export const pastEventStatus: ContentRule = ({ facts, today }) =>
  facts
    .filter(inCollection('events'))
    .filter((event) => event.written.status === 'scheduled')
    .flatMap((event) => {
      const lastDay = event.data.end ?? event.data.start;
      const links = event.data.links ?? [];
      if (!lastDay || lastDay >= today || !links.some((link) => link.kind === 'registration'))
        return [];
      return [
        fieldProblem(
          event,
          ['status'],
          `the event ended on ${lastDay} but is still marked scheduled, with a registration link; remove the registration link and record what happened: remove status if it went ahead, or set cancelled or postponed, and add the sources that say so`,
          'warning',
        ),
      ];
    });
