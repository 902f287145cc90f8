import { fieldProblem, inCollection, type ContentRule } from './rule.ts';

/** A city wins a round of an award once: a repeated winner is a copy-and-paste slip. */
export const uniqueAwardWinners: ContentRule = ({ facts }) =>
  facts.filter(inCollection('awards')).flatMap((award) => {
    const seen = new Set<string>();
    return (award.data.winners ?? []).flatMap((winner, index) => {
      // A reference, as the checker reads it: the folder name of the city.
      const city = String(winner.city);
      const repeated = seen.has(city);
      seen.add(city);
      return repeated
        ? [
            fieldProblem(
              award,
              ['winners', index, 'city'],
              `'${city}' is already listed as a winner of this round; list each city once`,
            ),
          ]
        : [];
    });
  });
