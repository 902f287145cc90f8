import { fieldProblem, type ContentRule } from './rule.ts';

/** A city wins a round of an award once: a repeated winner is a copy-and-paste slip. */
export const uniqueAwardWinners: ContentRule = ({ facts }) =>
  facts
    .filter((entry) => entry.collection === 'awards')
    .flatMap((award) => {
      const seen = new Set<string>();
      return ((award.data.winners ?? []) as { city: string }[]).flatMap((winner, index) => {
        const repeated = seen.has(winner.city);
        seen.add(winner.city);
        return repeated
          ? [
              fieldProblem(
                award,
                ['winners', index, 'city'],
                `'${winner.city}' is already listed as a winner of this round; list each city once`,
              ),
            ]
          : [];
      });
    });
